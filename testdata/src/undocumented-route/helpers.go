package undocumentedroute

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

// A route of a handler that answers through another package's helper is
// still a route.
func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /r/books/{id}", func(w http.ResponseWriter, r *http.Request) { respond.JSON(w, http.StatusOK, "book") })
	mux.HandleFunc("POST /r/books", func(w http.ResponseWriter, r *http.Request) { // want `undocumented-route: route POST /r/books is in none of the -openapi documents`
		respond.JSON(w, http.StatusCreated, "book")
	})
}
