// Package model pins down handler discovery and route resolution.
package model

import (
	"database/sql"
	"net/http"
	h2 "net/http"
)

type server struct{ db *sql.DB }

func routes(s *server) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", s.getItem)
	mux.HandleFunc("POST example.com/items", createItem)
	mux.Handle("DELETE /items/{id}", http.HandlerFunc(deleteItem))
	mux.Handle("PUT /items/{id}", logged(putItem(s.db)))
	mux.Handle("/any", &anyHandler{})
	mux.HandleFunc("PATCH /items/{id}", func(w http.ResponseWriter, r *http.Request) { // want `handler routes.func net/http PATCH`
		w.WriteHeader(http.StatusOK)
	})
	var viaVar = func(w http.ResponseWriter, r *http.Request) {} // want `handler routes.func net/http OPTIONS`
	mux.HandleFunc("OPTIONS /items", viaVar)
	http.HandleFunc("GET /legacy", legacy)
	return mux
}

func (s *server) getItem(w http.ResponseWriter, r *http.Request) {} // want `handler server.getItem net/http GET, HEAD`

func createItem(w http.ResponseWriter, r *http.Request) {} // want `handler createItem net/http POST`

func deleteItem(w h2.ResponseWriter, r *h2.Request) {} // want `handler deleteItem net/http DELETE`

func putItem(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {} // want `handler putItem.func net/http PUT`
}

// logged is middleware: the handler it wraps serves the same route.
func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler logged.func net/http PUT`
		next.ServeHTTP(w, r)
	})
}

type anyHandler struct{}

func (*anyHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `handler anyHandler.ServeHTTP net/http unknown`

func legacy(w http.ResponseWriter, r *http.Request) {} // want `handler legacy net/http GET, HEAD`

// unregistered has no route here: its methods come only from its guards.
func unregistered(w http.ResponseWriter, r *http.Request) { // want `handler unregistered net/http unknown`
	if r.Method != http.MethodPost && r.Method != http.MethodPut {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `answers GET, HEAD, PATCH, DELETE, OPTIONS, CONNECT, TRACE, other`
		return
	}
	w.WriteHeader(http.StatusAccepted) // want `answers POST, PUT`
}

func switched(w http.ResponseWriter, r *http.Request) { // want `handler switched net/http unknown`
	switch r.Method {
	case "GET", http.MethodHead:
		w.WriteHeader(200) // want `answers GET, HEAD`
	case http.MethodDelete:
		w.WriteHeader(204) // want `answers DELETE`
	default:
		w.WriteHeader(405) // want `answers POST, PUT, PATCH, OPTIONS, CONNECT, TRACE, other`
	}
}

// notAHandler has the wrong shape.
func notAHandler(w http.ResponseWriter) {}
