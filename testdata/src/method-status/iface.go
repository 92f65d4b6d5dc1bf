package methodstatus

// Handlers reached through interface-typed values: the one implementation
// of the interface is the handler (here, or in another package through
// its summary); an interface with two implementations stays unresolved.

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/labstack/echo/v4"

	"statuslint.test/src/helpers/hooks"
)

type feedHandler interface {
	Feed(c echo.Context) error
}

func newFeedHandler() feedHandler { return &feeds{} }

type feeds struct{}

func (f *feeds) Feed(c echo.Context) error {
	return c.JSON(http.StatusCreated, []string{}) // want `method-status: 201 Created answers GET /feeds; .*, use 200 OK`
}

type lister interface {
	List(c echo.Context) error
}

type memLister struct{}

func (memLister) List(c echo.Context) error { return c.JSON(http.StatusCreated, []string{}) }

type dbLister struct{}

func (dbLister) List(c echo.Context) error { return c.JSON(http.StatusCreated, []string{}) }

func ifaceRoutes(e *echo.Echo, mem bool) {
	h := newFeedHandler()
	e.GET("/feeds", h.Feed)

	var l lister = dbLister{}
	if mem {
		l = memLister{}
	}
	e.GET("/lists", l.List) // two implementations: unresolved, no finding

	hk := hooks.New()
	e.GET("/hooks", hk.List) // want `method-status: hooks.Handler.List: 201 Created answers GET /hooks, registered here; .*, use 200 OK`
	st := hooks.NewStore(mem)
	e.GET("/stores", st.Items) // two implementations in hooks: unresolved
}

// gin and net/http: the same, through a constructor returning the interface.
type shelfAPI interface {
	Shelf(c *gin.Context)
}

type shelves struct{}

func newShelfAPI() shelfAPI { return shelves{} }

func (shelves) Shelf(c *gin.Context) {
	c.JSON(http.StatusCreated, []string{}) // want `method-status: 201 Created answers GET /shelves/:id; .*, use 200 OK`
}

type stockAPI interface {
	Stock(w http.ResponseWriter, r *http.Request)
}

type stock struct{}

func (*stock) Stock(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /stock; .*, use 200 OK`
	json.NewEncoder(w).Encode([]string{})
}

func ifaceMoreRoutes(r *gin.Engine, mux *http.ServeMux) {
	api := newShelfAPI()
	r.GET("/shelves/:id", api.Shelf)
	var st stockAPI = &stock{}
	mux.HandleFunc("GET /stock", st.Stock)
}
