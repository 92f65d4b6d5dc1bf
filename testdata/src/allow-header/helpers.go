package allowheader

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("/helper/items", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			respond.Error(w, http.StatusMethodNotAllowed, "GET only") // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
			return
		}
		respond.JSON(w, http.StatusOK, nil)
	})

	// --- negatives ---
	mux.HandleFunc("/helper/items/ok", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			w.Header().Set("Allow", http.MethodGet)
			respond.Error(w, http.StatusMethodNotAllowed, "GET only")
			return
		}
		respond.JSON(w, http.StatusOK, nil)
	})
}
