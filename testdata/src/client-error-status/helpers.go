package clienterrorstatus

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"statuslint.test/src/helpers/ginx"
	"statuslint.test/src/helpers/render"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/notes", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Error(w, http.StatusInternalServerError, err.Error()) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/notes`
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})

	// respond.Rendered sends the status, then renders through a writer that
	// answers 500 itself only when it cannot encode: still a status wrapper.
	mux.HandleFunc("POST /helper/notes/rendered", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Rendered(w, r, http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/notes/rendered`
			return
		}
		respond.Rendered(w, r, http.StatusCreated, n)
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/notes/ok", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error())
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})
	mux.HandleFunc("POST /helper/notes/rendered/ok", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Rendered(w, r, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		// render.JSON answers 500 itself only when it cannot encode n: the
		// status in effect is 200 otherwise, not a client error's.
		render.JSON(w, r, n)
	})
}

// Bool helpers that answer when they return true (HandleError(c, err,
// code)): on their true branch the error they were given is not nil, so
// its origin classifies the status they answered with.
func handledRoutes(mux *http.ServeMux, r *gin.Engine) {
	mux.HandleFunc("POST /helper/handled", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		err := json.NewDecoder(r.Body).Decode(&n)
		if respond.HandleError(w, err, http.StatusInternalServerError) { // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/handled`
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})
	r.POST("/helper/gin/handled", func(c *gin.Context) {
		var n map[string]string
		if ginx.HandleError(c, json.NewDecoder(c.Request.Body).Decode(&n), http.StatusInternalServerError) { // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/gin/handled`
			return
		}
		c.JSON(http.StatusCreated, n)
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/handled/ok", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		err := json.NewDecoder(r.Body).Decode(&n)
		if respond.HandleError(w, err, http.StatusBadRequest) {
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})
	r.POST("/helper/gin/rejected", func(c *gin.Context) {
		var n map[string]string
		err := json.NewDecoder(c.Request.Body).Decode(&n)
		// ginx.Reject is given a bool, not the error: nothing says which
		// error it answers
		if ginx.Reject(c, err == nil, http.StatusInternalServerError) {
			return
		}
		c.JSON(http.StatusCreated, n)
	})
}

// 401 and 403 through another package's helpers; gin's binders too.
func accessHelperRoutes(mux *http.ServeMux, r *gin.Engine) {
	mux.HandleFunc("POST /helper/access/notes", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Error(w, http.StatusForbidden, err.Error()) // want `client-error-status: 403 Forbidden answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/access/notes; the client sent it, which is 400 Bad Request, not a permission denial`
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})
	r.POST("/helper/gin/bind", func(c *gin.Context) {
		var n map[string]string
		if ginx.HandleError(c, c.ShouldBindJSON(&n), http.StatusInternalServerError) { // want `client-error-status: 500 Internal Server Error answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindJSON: malformed input or a failed binding tag\) in POST /helper/gin/bind`
			return
		}
		c.JSON(http.StatusCreated, n)
	})
	r.POST("/helper/gin/bind/fail", func(c *gin.Context) {
		var n map[string]string
		if err := c.ShouldBindJSON(&n); err != nil {
			ginx.Fail(c, http.StatusUnauthorized, err.Error()) // want `client-error-status: 401 Unauthorized answers a request its binder rejected \(the error comes from gin\.Context\.ShouldBindJSON: malformed input or a failed binding tag\) in POST /helper/gin/bind/fail`
			return
		}
		c.JSON(http.StatusCreated, n)
	})

	// --- quiet ---
	r.POST("/helper/gin/bind/ok", func(c *gin.Context) {
		var n map[string]string
		if ginx.HandleError(c, c.ShouldBindJSON(&n), http.StatusBadRequest) {
			return
		}
		c.JSON(http.StatusCreated, n)
	})
}
