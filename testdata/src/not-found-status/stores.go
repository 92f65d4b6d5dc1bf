package notfoundstatus

// Error classes from another package's store, in echo, fiber, chi and
// gorilla/mux: the translated sentinel, its predicate and a store whose
// only error is a not-found are evidence; a store that can fail in
// several ways gives `err != nil` no class.

import (
	"errors"
	"net/http"
	"path"

	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/store"
)

func storeFrameworkRoutes(e *echo.Echo, app *fiber.App, r chi.Router, m *mux.Router, s *store.Store, mem *store.Mem) {
	e.GET("/store/echo/:id", func(c echo.Context) error {
		name, err := s.Find(c.Request().Context(), c.Param("id"))
		if errors.Is(err, store.ErrMissing) {
			return c.JSON(http.StatusInternalServerError, echo.Map{"error": "no user"}) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\) in GET /store/echo/:id`
		}
		return c.JSON(http.StatusOK, name)
	})
	e.GET("/store/echo/:id/lookup", func(c echo.Context) error {
		name, err := mem.Lookup(c.Param("id"))
		if err != nil { // not-found or another failure: no class
			return c.JSON(http.StatusInternalServerError, echo.Map{"error": err.Error()})
		}
		return c.JSON(http.StatusOK, name)
	})
	app.Get("/store/fiber/:id", func(c *fiber.Ctx) error {
		title, err := mem.Title(c.Params("id"))
		if err != nil {
			return c.Status(fiber.StatusInternalServerError).SendString(err.Error()) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.Mem\.Title, which fails only with store\.ErrMissing`
		}
		return c.SendString(title)
	})
	app.Get("/store/fiber/:id/ok", func(c *fiber.Ctx) error {
		title, err := mem.Title(c.Params("id"))
		if err != nil {
			return c.Status(fiber.StatusNotFound).SendString(err.Error())
		}
		return c.SendString(title)
	})
	r.Get("/store/chi/{id}", func(w http.ResponseWriter, r *http.Request) {
		name, err := s.Find(r.Context(), chi.URLParam(r, "id"))
		if store.IsNotFound(err) {
			w.WriteHeader(http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.IsNotFound, which tests store\.ErrMissing`
			return
		}
		w.Write([]byte(name))
	})
	m.HandleFunc("/store/mux/{id}", func(w http.ResponseWriter, r *http.Request) {
		name, err := mem.Lookup(mux.Vars(r)["id"])
		if err != nil { // several ways to fail: quiet
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write([]byte(name))
	}).Methods("GET")
}

// Through an interface of the store's package with one implementation
// there (store.Titles: *Mem): the call fails as Mem.Title does. One with
// two implementations (store.Named) gives no class.
func storeInterfaceRoutes(mux *http.ServeMux) {
	titles := store.NewTitles()
	mux.HandleFunc("GET /store/titles/{id}", func(w http.ResponseWriter, r *http.Request) {
		title, err := titles.Title(r.PathValue("id"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.Titles\.Title, which fails only with store\.ErrMissing`
			return
		}
		w.Write([]byte(title))
	})
	mux.HandleFunc("GET /store/titles/home", func(w http.ResponseWriter, r *http.Request) {
		// the key is the program's own, not the client's: a missing home
		// title is the server's failure, so 500 is right
		title, err := titles.Title(path.Join("pages", "home"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write([]byte(title))
	})
	named := store.NewNamed(true)
	mux.HandleFunc("GET /store/names", func(w http.ResponseWriter, r *http.Request) {
		name, err := named.Name()
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Write([]byte(name))
	})
}
