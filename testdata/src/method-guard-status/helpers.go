package methodguardstatus

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("/helper/upload", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			respond.Error(w, http.StatusBadRequest, "POST only") // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
			return
		}
		respond.JSON(w, http.StatusCreated, nil)
	})

	// --- negatives ---
	mux.HandleFunc("/helper/upload/ok", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			respond.Error(w, http.StatusMethodNotAllowed, "POST only")
			return
		}
		respond.JSON(w, http.StatusCreated, nil)
	})
}
