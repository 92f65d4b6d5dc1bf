package methodstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"statuslint.test/src/helpers/api"
	"statuslint.test/src/helpers/ginx"
	"statuslint.test/src/helpers/respond"
)

// Statuses written through helpers of another package count like direct ones.

func helperRoutes(mux *http.ServeMux, r *gin.Engine, rs *respond.Responder) {
	mux.HandleFunc("GET /helper/items", helperList)
	mux.HandleFunc("GET /helper/created", func(w http.ResponseWriter, r *http.Request) {
		rs.Created(w, nil) // want `method-status: 201 Created answers GET /helper/created`
	})
	mux.HandleFunc("POST /helper/items", helperCreate)

	// Handlers declared in another package, checked at the registration.
	mux.HandleFunc("GET /helper/widgets", api.CreateWidget)                       // want `method-status: api\.CreateWidget: 201 Created answers GET /helper/widgets, registered here; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	mux.Handle("DELETE /helper/widgets/{id}", api.DeleteWidget(nil))              // want `method-status: api\.DeleteWidget: 201 Created answers DELETE /helper/widgets/\{id\}, registered here; .*use 200 OK`
	mux.Handle("GET /helper/wrapped", logged(http.HandlerFunc(api.CreateWidget))) // want `method-status: api\.CreateWidget: 201 Created answers GET /helper/wrapped`
	mux.HandleFunc("POST /helper/widgets", api.CreateWidget)                      // POST may create
	h := &api.Handler{}
	mux.HandleFunc("GET /helper/archive", h.Archive) // 201 only when the method is POST
	r.GET("/helper/gin", func(c *gin.Context) {
		ginx.Fail(c, http.StatusConflict, "busy") // want `method-status: 409 Conflict answers GET /helper/gin`
	})
}

func helperList(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, []string{}) // want `method-status: 201 Created answers GET /helper/items; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
}

// --- negatives ---

func helperCreate(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, nil) // POST may create
}

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { next.ServeHTTP(w, r) })
}

func helperGinRoutes(r *gin.Engine, load func() error) {
	r.GET("/helper/gin/load", func(c *gin.Context) {
		if !ginx.SuccessOrAbort(c, http.StatusConflict, load()) { // want `method-status: 409 Conflict answers GET /helper/gin/load`
			return
		}
		c.JSON(http.StatusOK, "loaded")
	})
	r.POST("/helper/gin/load", func(c *gin.Context) {
		if !ginx.SuccessOrAbort(c, http.StatusConflict, load()) { // POST may conflict
			return
		}
		c.JSON(http.StatusCreated, "loaded")
	})
}
