package emptydeleteok

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /helper/items/{id}", helperDeleteOK)
	mux.HandleFunc("DELETE /helper/body/{id}", helperDeleteBody)
}

func helperDeleteOK(w http.ResponseWriter, r *http.Request) {
	respond.Status(w, http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /helper/items/\{id\}`
}

// --- negatives ---

func helperDeleteBody(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, map[string]bool{"deleted": true}) // a body: 200 is right
}
