// Package clean is correct code: statuslint must exit 0 on it.
package clean

import (
	"encoding/json"
	"net/http"
)

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items", list)
	mux.HandleFunc("DELETE /items/{id}", remove)
}

func list(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode([]string{"a"}); err != nil {
		http.Error(w, "encode", http.StatusInternalServerError)
	}
}

func remove(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
