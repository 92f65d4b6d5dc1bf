package missingreturn

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/ginx"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, r *gin.Engine) {
	mux.HandleFunc("POST /helper/items", helperCreate)
	mux.HandleFunc("GET /helper/items", helperList)
	mux.HandleFunc("GET /helper/closure", helperClosure)
	r.POST("/helper/gin", helperGin)
}

func helperCreate(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		respond.Error(w, http.StatusBadRequest, err.Error()) // want `missing-return: respond\.Error completes the response in helperCreate but the handler goes on to write another one; return after it`
	}
	respond.JSON(w, http.StatusCreated, it)
}

func helperGin(c *gin.Context) {
	var it item
	if err := c.ShouldBindJSON(&it); err != nil {
		ginx.Fail(c, http.StatusBadRequest, err.Error()) // want `missing-return: ginx\.Fail completes the response in helperGin`
	}
	c.JSON(http.StatusCreated, it)
}

// A closure the handler declares writes its own response like a helper.
func helperClosure(w http.ResponseWriter, r *http.Request) {
	fail := func(code int, msg string) {
		http.Error(w, msg, code)
	}
	if r.URL.Query().Get("id") == "" {
		fail(http.StatusBadRequest, "id is required") // want `missing-return: fail completes the response in helperClosure`
	}
	respond.JSON(w, http.StatusOK, item{})
}

// --- negatives ---

func helperList(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		respond.Error(w, http.StatusBadRequest, "q is required")
		return
	}
	// respond.Maybe writes only when err is not nil: it gets no fact and
	// stays opaque, so what follows is not reported.
	respond.Maybe(w, nil)
	respond.JSON(w, http.StatusOK, []item{})
}

func helperGinRoutes(r *gin.Engine, load func() error) {
	r.GET("/helper/gin/load", func(c *gin.Context) {
		ok := ginx.SuccessOrAbort(c, http.StatusInternalServerError, load()) // want `missing-return: ginx\.SuccessOrAbort completes the response in helperGinRoutes\.func`
		if !ok {
			log.Print("load failed")
		}
		c.JSON(http.StatusOK, "loaded")
	})

	r.GET("/helper/gin/load/test", func(c *gin.Context) {
		if !ginx.Succeeded(c, http.StatusInternalServerError, load()) { // want `missing-return: ginx\.Succeeded completes the response in helperGinRoutes\.func`
			log.Print("load failed")
		}
		c.JSON(http.StatusOK, "loaded")
	})

	// --- negatives ---
	r.GET("/helper/gin/load/test/ok", func(c *gin.Context) {
		if !ginx.Succeeded(c, http.StatusInternalServerError, load()) {
			return
		}
		c.JSON(http.StatusOK, "loaded")
	})
	r.GET("/helper/gin/load/mixed", func(c *gin.Context) {
		if !ginx.Mixed(c, http.StatusInternalServerError, load(), true) {
			log.Print("load failed") // Mixed has no fact: unknown whether it answered
		}
		c.JSON(http.StatusOK, "loaded")
	})
	r.GET("/helper/gin/load/dropped", func(c *gin.Context) {
		// the result is dropped: whether it answered is unknown here
		ginx.SuccessOrAbort(c, http.StatusInternalServerError, load())
		c.JSON(http.StatusOK, "loaded")
	})
	r.GET("/helper/gin/load/ok", func(c *gin.Context) {
		if !ginx.SuccessOrAbort(c, http.StatusInternalServerError, load()) {
			return
		}
		c.JSON(http.StatusOK, "loaded")
	})
}

// Helpers held in an unexported package-level variable or struct field,
// every value this package gives them the same helper.
var writeErr = func(w http.ResponseWriter, code int, msg string) {
	http.Error(w, msg, code)
}

type fieldServer struct {
	fail  func(w http.ResponseWriter, code int, msg string)
	mixed func(w http.ResponseWriter, err error)
}

func newFieldServer(debug bool) *fieldServer {
	s := &fieldServer{fail: respond.Error, mixed: respond.Failure}
	if debug {
		s.mixed = respond.Maybe // writes on some paths only: the field is opaque
	}
	return s
}

func (s *fieldServer) routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /helper/field", s.field)
	mux.HandleFunc("GET /helper/var", pkgVar)
	mux.HandleFunc("GET /helper/mixed", s.mixedField)
}

func (s *fieldServer) field(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		s.fail(w, http.StatusBadRequest, "id is required") // want `missing-return: s\.fail completes the response in fieldServer\.field`
	}
	respond.JSON(w, http.StatusOK, item{})
}

func pkgVar(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		writeErr(w, http.StatusBadRequest, "id is required") // want `missing-return: writeErr completes the response in pkgVar`
	}
	respond.JSON(w, http.StatusOK, item{})
}

// --- negatives ---

func (s *fieldServer) mixedField(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		s.mixed(w, nil)
	}
	respond.JSON(w, http.StatusOK, item{})
}

// A call that never returns ends the branch: log.Fatal, a local function
// that always exits, another package's (respond.Fatal).
func exitsAfter(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("die") {
	case "log":
		http.Error(w, "dying", http.StatusServiceUnavailable)
		log.Fatal("asked to")
	case "local":
		http.Error(w, "dying", http.StatusServiceUnavailable)
		die("asked to")
	case "helper":
		http.Error(w, "dying", http.StatusServiceUnavailable)
		respond.Fatal(errors.New("asked to"))
	}
	w.Write([]byte("ok"))
}

func die(msg string) {
	log.Print(msg)
	panic(http.ErrAbortHandler)
}

// A local function that may return does not end the branch.
func logsAfter(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("die") != "" {
		http.Error(w, "dying", http.StatusServiceUnavailable) // want `missing-return: http.Error completes the response in logsAfter but the handler goes on to write another one; return after it`
		maybeDie(r.URL.Query().Get("die"))
	}
	w.Write([]byte("ok"))
}

func maybeDie(msg string) {
	if msg == "now" {
		panic(msg)
	}
	log.Print(msg)
}

// A helper that sends the header on every path and a body on some has
// answered: what the handler writes after it is a second response.
func carefulFallsThrough(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		respond.Careful(w, http.StatusBadRequest, map[string]string{"error": "missing id"}) // want `missing-return: respond\.Careful completes the response in carefulFallsThrough but the handler goes on to write another one; return after it`
	}
	respond.JSON(w, http.StatusOK, []string{})
}

// A status wrapper rendering through a library writer that answers 500
// itself when it cannot encode has answered with its status argument.
func renderedFallsThrough(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		respond.Rendered(w, r, http.StatusBadRequest, map[string]string{"error": "missing id"}) // want `missing-return: respond\.Rendered completes the response in renderedFallsThrough but the handler goes on to write another one; return after it`
	}
	respond.Rendered(w, r, http.StatusOK, []string{})
}

// A writer whose own paths answer 400 on some paths only (render.Checked)
// makes respond.Validated opaque: what follows it is not reported.
func validatedFallsThrough(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		respond.Validated(w, r, http.StatusBadRequest, map[string]string{"error": "missing id"})
	}
	respond.Rendered(w, r, http.StatusOK, []string{})
}

// A status alone (no body on any path) is not an answer yet: the body
// follows it.
func helperStatusThenBody(w http.ResponseWriter, r *http.Request) {
	respond.Status(w, http.StatusAccepted)
	json.NewEncoder(w).Encode(map[string]string{"state": "queued"})
}

// A bool helper that answers when it returns true (ginx.HandleError): on
// its true branch the handler has answered, so the write after the branch
// is a second response.
func handleErrorGin(c *gin.Context) {
	var it item
	err := c.ShouldBindJSON(&it)
	if ginx.HandleError(c, err, http.StatusBadRequest) { // want `missing-return: ginx\.HandleError completes the response in handleErrorGin but the handler goes on to write another one; return after it`
		log.Print("bad item")
	}
	c.JSON(http.StatusCreated, it)
}

func handleErrorEcho(c echo.Context) error {
	var it item
	err := c.Bind(&it)
	if echox.HandleError(c, err, http.StatusBadRequest) { // want `missing-return: echox\.HandleError completes the response in handleErrorEcho`
		log.Print("bad item")
	}
	return c.JSON(http.StatusCreated, it)
}

func handleErrorNetHTTP(w http.ResponseWriter, r *http.Request) {
	var it item
	err := json.NewDecoder(r.Body).Decode(&it)
	if respond.HandleError(w, err, http.StatusBadRequest) { // want `missing-return: respond\.HandleError completes the response in handleErrorNetHTTP`
		log.Print("bad item")
	}
	respond.JSON(w, http.StatusCreated, it)
}

// --- negatives ---

// The false branch writes the normal answer: nothing was written before it.
func handleErrorReturns(c *gin.Context) {
	var it item
	if ginx.HandleError(c, c.ShouldBindJSON(&it), http.StatusBadRequest) {
		return
	}
	c.JSON(http.StatusCreated, it)
}

func handleErrorElse(w http.ResponseWriter, r *http.Request) {
	var it item
	err := json.NewDecoder(r.Body).Decode(&it)
	if !respond.HandleError(w, err, http.StatusBadRequest) {
		respond.JSON(w, http.StatusCreated, it)
	}
}

// ginx.Failed returns true without writing: not a conditional wrapper.
func failedGin(c *gin.Context) {
	var it item
	if ginx.Failed(c, c.ShouldBindJSON(&it), http.StatusBadRequest) {
		log.Print("bad item")
	}
	c.JSON(http.StatusCreated, it)
}
