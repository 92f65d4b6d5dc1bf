// Package phrases checks -message-status.phrases: phrases added to the
// table are read like the built-in ones.
package phrases

import "net/http"

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /konten/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "" {
			http.Error(w, "Konto nicht gefunden", http.StatusInternalServerError) // want `message-status: 500 Internal Server Error sends the message "Konto nicht gefunden" in GET /konten/\{id\}; "nicht gefunden" .*use 404 Not Found`
			return
		}
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "Keine Berechtigung", http.StatusBadRequest) // want `message-status: 400 Bad Request sends the message "Keine Berechtigung" .*use 403 Forbidden`
			return
		}
		if r.URL.Query().Get("n") == "" {
			http.Error(w, "slow down, rate limit exceeded", http.StatusInternalServerError) // want `message-status: 500 .*"rate limit exceeded" names the situation of 429 Too Many Requests, use 429 Too Many Requests`
			return
		}
		// --- negatives ---
		if r.URL.Query().Get("x") == "" {
			http.Error(w, "Konto nicht gefunden", http.StatusNotFound) // agrees
			return
		}
		http.Error(w, "user not found", http.StatusNotFound) // the built-in table still holds
	})
}
