package undocumentedroute

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

// A route of a handler that answers through another package's helper is
// still a route.
func helperRoutes() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /r/books/{id}", func(w http.ResponseWriter, r *http.Request) { respond.JSON(w, http.StatusOK, "book") })
	mux.HandleFunc("POST /r/books", func(w http.ResponseWriter, r *http.Request) { // want `undocumented-route: route POST /r/books is in none of the -openapi documents`
		respond.JSON(w, http.StatusCreated, "book")
	})
	http.ListenAndServe(":8080", mux)
}

// partialRoutes is given its router by another package: its routes' prefix
// is unknown, and no document of the test names an empty base path, so the
// route is nobody's to list.
func partialRoutes(mux *http.ServeMux) {
	mux.HandleFunc("PATCH /r/books/{id}", func(w http.ResponseWriter, r *http.Request) { respond.JSON(w, http.StatusOK, "book") })
}
