// Package wrappers declares response helpers inference cannot see, which
// the test declares with Config.Wrappers (the -wrappers flag).
package wrappers

import (
	"net/http"
)

// Responder is an interface: no body to infer from.
type Responder interface {
	JSON(w http.ResponseWriter, code int, v any)
}

// WriteJSON is a function value.
var WriteJSON func(w http.ResponseWriter, code int, v any)

// Server holds a function in a field.
type Server struct {
	Resp Responder
	Fail func(w http.ResponseWriter, code int, msg string)
}

func (s *Server) Routes(mux *http.ServeMux) {
	mux.HandleFunc("DELETE /items/{id}", s.deleteItem)
	mux.HandleFunc("POST /items", s.createItem)
	mux.HandleFunc("GET /items", s.listItems)
	mux.HandleFunc("GET /undeclared", s.undeclared)
}

func (s *Server) deleteItem(w http.ResponseWriter, r *http.Request) {
	s.Resp.JSON(w, http.StatusNoContent, map[string]string{"deleted": r.PathValue("id")}) // want `no-content-body: 204 No Content is sent with a body in DELETE /items/\{id\}`
}

func (s *Server) createItem(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		s.Fail(w, http.StatusBadRequest, "empty") // want `missing-return: s\.Fail completes the response in Server\.createItem`
	}
	WriteJSON(w, http.StatusCreated, nil)
}

func (s *Server) listItems(w http.ResponseWriter, r *http.Request) {
	WriteJSON(w, http.StatusCreated, nil) // want `method-status: 201 Created answers GET /items`
}

// --- negatives ---

// Undeclared function values stay opaque: nothing is reported.
var other func(w http.ResponseWriter, code int)

func (s *Server) undeclared(w http.ResponseWriter, r *http.Request) {
	other(w, http.StatusCreated)
}
