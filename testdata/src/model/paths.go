package model

// Full route paths: group, Route, Mount, PathPrefix and StripPrefix
// prefixes, and routers handed to functions of the package.

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	"github.com/gorilla/mux"
	echo4 "github.com/labstack/echo/v4"
)

func ginPaths() *gin.Engine {
	r := gin.New()
	v1 := r.Group("/v1")
	pathsRegisterUsers(v1)
	pathsRegisterUsers(r.Group("/v2/"))
	admin := v1.Group("admin")
	admin.DELETE("/users/:id", pathsGinDelete)
	todo := r.Group("/todo").Use(ginAuth) // Use returns the same group
	todo.GET("/list", pathsGinTodos)
	return r
}

func pathsGinTodos(c *gin.Context) {} // want `handler pathsGinTodos gin GET at GET /todo/list$`

// pathsRegisterUsers is called with two groups: its routes are under both.
func pathsRegisterUsers(g *gin.RouterGroup) {
	g.GET("/users/:id", pathsGinUser)
	g.POST("", pathsGinCreate)
}

// pathsRegisterElsewhere is called from no function of this package: the
// prefix is unknown and the route keeps its pattern.
func pathsRegisterElsewhere(g *gin.RouterGroup) {
	g.GET("/reports", pathsGinReports)
}

// pathsUnderBase: a prefix that is not a constant in the middle of the
// path; the route is what follows it.
func pathsUnderBase(base string) {
	r := gin.New()
	api := r.Group("/api")
	api.Group(base).GET("/pages/:id", pathsGinPage)
	r.Run()
}

func pathsGinPage(c *gin.Context) {} // want `handler pathsGinPage gin GET at GET …/pages/:id$`

func pathsGinUser(c *gin.Context)    {} // want `handler pathsGinUser gin GET at GET /v1/users/:id; GET /v2/users/:id$`
func pathsGinCreate(c *gin.Context)  {} // want `handler pathsGinCreate gin POST at POST /v1; POST /v2$`
func pathsGinDelete(c *gin.Context)  {} // want `handler pathsGinDelete gin DELETE at DELETE /v1/admin/users/:id$`
func pathsGinReports(c *gin.Context) {} // want `handler pathsGinReports gin GET at GET …/reports$`

func echoPaths() *echo4.Echo {
	e := echo4.New()
	api := e.Group("/api")
	hooks := api.Group("/webhooks")
	hooks.POST("", pathsEchoCreate)
	hooks.GET("/:id", pathsEchoGet)
	return e
}

func pathsEchoCreate(c echo4.Context) error { return nil } // want `handler pathsEchoCreate echo POST at POST /api/webhooks$`
func pathsEchoGet(c echo4.Context) error    { return nil } // want `handler pathsEchoGet echo GET at GET /api/webhooks/:id$`

func fiberPaths() *fiber.App {
	app := fiber.New()
	api := app.Group("/api")
	api.Route("/orders", func(r fiber.Router) {
		r.Get("/:id", pathsFiberOrder)
	})
	shop := fiber.New()
	shop.Delete("/items/:id", pathsFiberDelete)
	app.Mount("/shop", shop)
	todo := app.Group("/todo").Use(pathsFiberAuth)
	todo.Get("/list", pathsFiberTodos)
	return app
}

func pathsFiberAuth(c *fiber.Ctx) error  { return c.Next() } // want `handler pathsFiberAuth fiber unknown`
func pathsFiberTodos(c *fiber.Ctx) error { return nil }      // want `handler pathsFiberTodos fiber GET, HEAD at GET, HEAD /todo/list$`

func pathsFiberOrder(c *fiber.Ctx) error  { return nil } // want `handler pathsFiberOrder fiber GET, HEAD at GET, HEAD /api/orders/:id$`
func pathsFiberDelete(c *fiber.Ctx) error { return nil } // want `handler pathsFiberDelete fiber DELETE at DELETE /shop/items/:id$`

func chiPaths() http.Handler {
	r := chi.NewRouter()
	r.Route("/projects", func(r chi.Router) {
		r.Get("/", pathsChiList)
		r.Route("/{id}", func(r chi.Router) {
			r.Delete("/", pathsChiDelete)
		})
	})
	r.Mount("/admin", pathsAdminRouter())
	r.Group(func(g chi.Router) {
		g.With(chiMiddleware).Post("/login", pathsChiLogin)
	})
	return r
}

// pathsAdminRouter's router is mounted under /admin where it is called.
func pathsAdminRouter() http.Handler {
	r := chi.NewRouter()
	r.Get("/stats", pathsChiStats)
	return r
}

func pathsChiList(w http.ResponseWriter, r *http.Request)   {} // want `handler pathsChiList net/http GET at GET /projects$`
func pathsChiDelete(w http.ResponseWriter, r *http.Request) {} // want `handler pathsChiDelete net/http DELETE at DELETE /projects/{id}$`
func pathsChiStats(w http.ResponseWriter, r *http.Request)  {} // want `handler pathsChiStats net/http GET at GET /admin/stats$`
func pathsChiLogin(w http.ResponseWriter, r *http.Request)  {} // want `handler pathsChiLogin net/http POST at POST /login$`

func muxPaths() *mux.Router {
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/users/{id}", pathsMuxUser).Methods("GET")
	api.Methods("POST").Path("/users").HandlerFunc(pathsMuxCreate)
	r.PathPrefix("/legacy").Handler(http.StripPrefix("/legacy", pathsLegacy()))
	return r
}

// pathsLegacy's mux sees the path without /legacy: its patterns are under it.
func pathsLegacy() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("GET /old/{id}", pathsLegacyOld)
	return m
}

func pathsMuxUser(w http.ResponseWriter, r *http.Request)   {} // want `handler pathsMuxUser net/http GET at GET /api/users/{id}$`
func pathsMuxCreate(w http.ResponseWriter, r *http.Request) {} // want `handler pathsMuxCreate net/http POST at POST /api/users$`
func pathsLegacyOld(w http.ResponseWriter, r *http.Request) {} // want `handler pathsLegacyOld net/http GET, HEAD at GET, HEAD /legacy/old/{id}$`

func httpPaths() {
	api := http.NewServeMux()
	api.HandleFunc("POST /books", pathsHTTPCreate)
	http.Handle("/api/", http.StripPrefix("/api", api))
	// A mux served as a handler without StripPrefix sees the whole path.
	whole := http.NewServeMux()
	whole.HandleFunc("DELETE /files/{id}", pathsHTTPDelete)
	http.Handle("/files/", whole)
}

func pathsHTTPCreate(w http.ResponseWriter, r *http.Request) {} // want `handler pathsHTTPCreate net/http POST at POST /api/books$`
func pathsHTTPDelete(w http.ResponseWriter, r *http.Request) {} // want `handler pathsHTTPDelete net/http DELETE at DELETE /files/{id}$`
