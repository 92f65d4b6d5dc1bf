package emptydeleteok

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"statuslint.test/src/helpers/api"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, r chi.Router) {
	mux.HandleFunc("DELETE /helper/items/{id}", helperDeleteOK)
	mux.HandleFunc("DELETE /helper/body/{id}", helperDeleteBody)

	// Handlers of another package, checked at the registration.
	mux.HandleFunc("DELETE /helper/cache", api.ClearCache)     // want `empty-delete-ok: api\.ClearCache: 200 OK with no body answers DELETE /helper/cache, registered here; a DELETE with nothing to return is 204 No Content`
	mux.HandleFunc("POST /helper/cache", api.ClearCache)       // not a DELETE
	mux.HandleFunc("DELETE /helper/widgets", api.CreateWidget) // writes a body
	r.Delete("/helper/chi/cache", api.ClearCache)              // want `empty-delete-ok: api\.ClearCache: 200 OK with no body answers DELETE /helper/chi/cache, registered here`
	r.Put("/helper/chi/cache", api.ClearCache)                 // not a DELETE
}

func helperDeleteOK(w http.ResponseWriter, r *http.Request) {
	respond.Status(w, http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /helper/items/\{id\}`
}

// --- negatives ---

func helperDeleteBody(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, map[string]bool{"deleted": true}) // a body: 200 is right
}
