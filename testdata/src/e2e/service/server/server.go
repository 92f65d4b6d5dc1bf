// Package server registers package handlers' handlers.
package server

import (
	"net/http"

	"statuslint.test/src/e2e/service/handlers"
)

func Routes() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /widgets/{id}", handlers.GetWidget)
	mux.HandleFunc("POST /widgets", handlers.CreateWidget)
	mux.HandleFunc("DELETE /widgets/{id}", handlers.DeleteWidget)
	return mux
}
