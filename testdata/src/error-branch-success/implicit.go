package errorbranchsuccess

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"

	"statuslint.test/src/helpers/respond"
)

// A body written in an error branch with no status set answers with the
// implicit 200, just as w.WriteHeader(200) would.

type orderServer struct {
	db   *sql.DB
	page *template.Template
}

type order struct {
	ID   int    `json:"id"`
	Item string `json:"item" validate:"required"`
}

// errPage is a chi Renderer that picks its own status.
type errPage struct{ err error }

func (e errPage) Render(w http.ResponseWriter, r *http.Request) error {
	render.Status(r, http.StatusInternalServerError)
	return nil
}

func orderRoutes(sm *http.ServeMux, cr chi.Router, gm *mux.Router, g *gin.Engine, e *echo.Echo, e5 *echo5.Echo, app *fiber.App, s *orderServer) {
	sm.HandleFunc("GET /orders", s.listOrders)
	sm.HandleFunc("GET /orders/{id}", s.getOrder)
	sm.HandleFunc("POST /orders", s.createOrder)
	sm.HandleFunc("PUT /orders/{id}", s.updateOrder)
	sm.HandleFunc("GET /orders/{id}/page", s.orderPage)
	sm.HandleFunc("GET /orders/{id}/helper", s.orderHelperPage)
	cr.Get("/chi/orders/{id}", s.chiOrder)
	gm.HandleFunc("/mux/orders", s.muxOrders).Methods(http.MethodGet)
	g.POST("/gin/orders/:id", s.ginCreateOrder)
	g.PUT("/gin/orders/:id", s.ginValidateOrder)
	e.POST("/echo/orders", s.echoCreateOrder)
	e5.GET("/echo5/orders", s.echo5ListOrders)
	app.Post("/fiber/orders", s.fiberCreateOrder)

	sm.HandleFunc("GET /orders/explicit", s.explicitStatusFirst)
	sm.HandleFunc("GET /orders/ok", s.successBranch)
	sm.HandleFunc("GET /orders/encode", s.encodeFailed)
	sm.HandleFunc("GET /orders/template", s.templateFailed)
	sm.HandleFunc("GET /orders/warn", s.warnAndGoOn)
	sm.HandleFunc("GET /orders/gone", s.goneIsFine)
	sm.HandleFunc("GET /orders/write", s.writeFailed)
	sm.HandleFunc("GET /orders/unknown", s.unknownError)
	cr.Get("/chi/orders/{id}/renderer", s.chiRenderer)
	g.GET("/gin/orders/status", s.ginStatusFirst)
	e.GET("/echo/orders/status", s.echoStatusFirst)
	app.Get("/fiber/orders/returned-error", s.fiberReturnsError)
}

// --- positives ---

func (s *orderServer) listOrders(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT id FROM orders")
	if err != nil {
		fmt.Fprintf(w, "error: %v", err) // want `error-branch-success: fmt\.Fprintf writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.DB\.QueryContext\) in GET /orders; the request did not succeed, set 500 Internal Server Error before the body`
		return
	}
	defer rows.Close()
	w.Write([]byte("[]"))
}

func (s *orderServer) getOrder(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		w.Write([]byte("failed")) // want `error-branch-success: w\.Write writes the body with no status set, so the client gets 200 OK for a request that could not be read \(the error comes from strconv\.Atoi\) in GET /orders/\{id\}; the request did not succeed, set 400 Bad Request before the body`
		return
	}
	fmt.Fprint(w, id)
}

func (s *orderServer) createOrder(w http.ResponseWriter, r *http.Request) {
	var in order
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		io.WriteString(w, "bad order: "+err.Error()) // want `error-branch-success: io\.WriteString writes the body with no status set, so the client gets 200 OK for a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /orders; .*set 400 Bad Request before the body`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *orderServer) updateOrder(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec("UPDATE orders SET item = ? WHERE id = ?", r.FormValue("item"), r.PathValue("id")); err != nil {
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()}) // want `error-branch-success: json\.NewEncoder\(w\)\.Encode writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.DB\.Exec\) in PUT /orders/\{id\}; .*set 500 Internal Server Error before the body`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *orderServer) orderPage(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := s.db.QueryRow("SELECT item FROM orders WHERE id = ?", r.PathValue("id")).Scan(&o.Item); err != nil {
		s.page.Execute(w, err) // want `error-branch-success: s\.page\.Execute writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.Row\.Scan\) in GET /orders/\{id\}/page; .*set 500 Internal Server Error before the body`
		return
	}
	s.page.Execute(w, o)
}

// A helper that writes a body and no status.
func (s *orderServer) orderHelperPage(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := s.db.QueryRow("SELECT item FROM orders WHERE id = ?", r.PathValue("id")).Scan(&o.Item); err != nil {
		respond.Page(w, s.page, err) // want `error-branch-success: respond\.Page writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.Row\.Scan\) in GET /orders/\{id\}/helper`
		return
	}
	respond.Page(w, s.page, o)
}

func (s *orderServer) chiOrder(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := s.db.QueryRow("SELECT item FROM orders WHERE id = ?", chi.URLParam(r, "id")).Scan(&o.Item); err != nil {
		render.JSON(w, r, map[string]string{"error": err.Error()}) // want `error-branch-success: render\.JSON writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.Row\.Scan\) in GET /chi/orders/\{id\}`
		return
	}
	render.JSON(w, r, o)
}

func (s *orderServer) muxOrders(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT id FROM orders WHERE owner = ?", mux.Vars(r)["owner"])
	if err != nil {
		fmt.Fprintln(w, "could not list orders") // want `error-branch-success: fmt\.Fprintln writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.DB\.Query\) in GET /mux/orders`
		return
	}
	rows.Close()
	w.WriteHeader(http.StatusNoContent)
}

func (s *orderServer) ginCreateOrder(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.Writer.WriteString("bad order id") // want `error-branch-success: c\.Writer\.WriteString writes the body with no status set, so the client gets 200 OK for a request that could not be read \(the error comes from strconv\.Atoi\) in POST /gin/orders/:id; .*set 400 Bad Request before the body`
		return
	}
	c.JSON(http.StatusCreated, order{ID: id})
}

func (s *orderServer) ginValidateOrder(c *gin.Context) {
	var in order
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	if err := validate.Struct(in); err != nil {
		c.Writer.Write([]byte(err.Error())) // want `error-branch-success: c\.Writer\.Write writes the body with no status set, so the client gets 200 OK for a request that failed validation \(the error comes from validator\.Validate\.Struct\) in PUT /gin/orders/:id; .*set 422 Unprocessable Entity before the body`
		return
	}
	c.Status(http.StatusNoContent)
}

func (s *orderServer) echoCreateOrder(c echo.Context) error {
	var in order
	if err := c.Bind(&in); err != nil {
		_, werr := c.Response().Write([]byte("bad order")) // want `error-branch-success: c\.Response\(\)\.Write writes the body with no status set, so the client gets 200 OK for a request that could not be read \(the error comes from echo\.Context\.Bind\) in POST /echo/orders; .*set 400 Bad Request before the body`
		return werr
	}
	return c.JSON(http.StatusCreated, in)
}

func (s *orderServer) echo5ListOrders(c *echo5.Context) error {
	rows, err := s.db.Query("SELECT id FROM orders")
	if err != nil {
		c.Response().Write([]byte("could not list orders")) // want `error-branch-success: c\.Response\(\)\.Write writes the body with no status set, so the client gets 200 OK for a server failure \(the error comes from sql\.DB\.Query\) in GET /echo5/orders`
		return nil
	}
	rows.Close()
	return c.NoContent(http.StatusNoContent)
}

// fiber: the handler returns the write's own error, nil when it worked.
func (s *orderServer) fiberCreateOrder(c *fiber.Ctx) error {
	var in order
	if err := c.BodyParser(&in); err != nil {
		return c.SendString("bad order: " + err.Error()) // want `error-branch-success: c\.SendString writes the body with no status set, so the client gets 200 OK for a request that could not be read \(the error comes from fiber\.Ctx\.BodyParser\) in POST /fiber/orders; .*set 400 Bad Request before the body`
	}
	return c.Status(fiber.StatusCreated).JSON(in)
}

// --- negatives ---

// The status is set before the body: an explicit 500, no implicit 200.
func (s *orderServer) explicitStatusFirst(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT id FROM orders")
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, "error: %v", err)
		return
	}
	rows.Close()
	fmt.Fprint(w, "[]")
}

// A body with no status outside an error branch is the normal 200.
func (s *orderServer) successBranch(w http.ResponseWriter, r *http.Request) {
	var item string
	err := s.db.QueryRow("SELECT item FROM orders LIMIT 1").Scan(&item)
	if err == nil {
		fmt.Fprint(w, item)
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// The encoder may have written (and sent 200) before it failed: the body
// in its error branch is not known to be what sends the status.
func (s *orderServer) encodeFailed(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(order{}); err != nil {
		fmt.Fprintf(w, "error: %v", err)
	}
}

func (s *orderServer) templateFailed(w http.ResponseWriter, r *http.Request) {
	if err := s.page.Execute(w, order{}); err != nil {
		fmt.Fprintf(w, "error: %v", err)
	}
}

// A warning written in the branch, and the page goes on.
func (s *orderServer) warnAndGoOn(w http.ResponseWriter, r *http.Request) {
	var n int
	if err := s.db.QueryRow("SELECT count(*) FROM orders").Scan(&n); err != nil {
		fmt.Fprintf(w, "<!-- count unavailable: %v -->\n", err)
	}
	fmt.Fprintf(w, "<p>%d orders</p>", n)
}

// A not-found sentinel: the rules for that class decide.
func (s *orderServer) goneIsFine(w http.ResponseWriter, r *http.Request) {
	var item string
	err := s.db.QueryRow("SELECT item FROM orders WHERE id = ?", r.FormValue("id")).Scan(&item)
	if errors.Is(err, sql.ErrNoRows) {
		fmt.Fprint(w, "no such order")
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	fmt.Fprint(w, item)
}

// The write failed: the header is gone already.
func (s *orderServer) writeFailed(w http.ResponseWriter, r *http.Request) {
	if _, err := w.Write([]byte("ok")); err != nil {
		fmt.Fprintf(w, "error: %v", err)
	}
}

// An error from the project's own code: no named origin.
func (s *orderServer) unknownError(w http.ResponseWriter, r *http.Request) {
	if err := (&cache{}).Purge(r.FormValue("id")); err != nil {
		fmt.Fprint(w, "purge failed")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// render.Render: the Renderer picks the status.
func (s *orderServer) chiRenderer(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := s.db.QueryRow("SELECT item FROM orders WHERE id = ?", chi.URLParam(r, "id")).Scan(&o.Item); err != nil {
		render.Render(w, r, errPage{err})
		return
	}
	render.JSON(w, r, o)
}

func (s *orderServer) ginStatusFirst(c *gin.Context) {
	id, err := strconv.Atoi(c.Query("id"))
	if err != nil {
		c.Status(http.StatusBadRequest)
		c.Writer.WriteString("bad order id")
		return
	}
	c.JSON(http.StatusOK, order{ID: id})
}

func (s *orderServer) echoStatusFirst(c echo.Context) error {
	var in order
	if err := c.Bind(&in); err != nil {
		c.Response().WriteHeader(http.StatusBadRequest)
		c.Response().Write([]byte("bad order"))
		return nil
	}
	return c.JSON(http.StatusOK, in)
}

// fiber's error handler answers the returned error (500 by default) and
// replaces the buffered body.
func (s *orderServer) fiberReturnsError(c *fiber.Ctx) error {
	rows, err := s.db.Query("SELECT id FROM orders")
	if err != nil {
		c.SendString("could not list orders")
		return err
	}
	rows.Close()
	return c.SendStatus(fiber.StatusNoContent)
}
