// Package api is the end-to-end test's service: routes here, handlers in
// this package and in package users.
package api

import (
	"encoding/json"
	"net/http"

	"statuslint.test/src/e2e/api/users"
)

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /health", health)
	mux.HandleFunc("POST /users", users.Create)
	return mux
}

func health(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
}
