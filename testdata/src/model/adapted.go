package model

import (
	"net/http"
	"strconv"

	"github.com/gorilla/mux"
)

// Handlers written for an adapter that hands them more than w and r:
// handle calls fn(w, r, &session{}) and writes the status fn returns.

type session struct{ admin bool }

type sessionFunc func(w http.ResponseWriter, r *http.Request, s *session) (int, error)

func handle(fn sessionFunc, name string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler handle.func net/http GET, POST, DELETE`
		status, err := fn(w, r, &session{})
		if status != 0 {
			msg := strconv.Itoa(status) + " " + name
			if err != nil {
				msg += ": " + err.Error()
			}
			http.Error(w, msg, status)
		}
	})
}

func withSession(fn sessionFunc) sessionFunc {
	return func(w http.ResponseWriter, r *http.Request, s *session) (int, error) { // want `handler withSession.func net/http POST at POST /api/sprockets`
		if r.Header.Get("Cookie") == "" {
			return http.StatusUnauthorized, nil
		}
		return fn(w, r, s)
	}
}

func adaptedRoutes() *mux.Router {
	r := mux.NewRouter()
	r.Handle("/api/sprockets", handle(listSprockets, "list")).Methods("GET")
	r.Handle("/api/sprockets", handle(withSession(func(w http.ResponseWriter, r *http.Request, s *session) (int, error) { // want `handler adaptedRoutes.func net/http POST at POST /api/sprockets`
		return http.StatusCreated, nil
	}), "create")).Methods("POST")
	r.Handle("/api/sprockets/{id}", handle(deleteSprocket, "delete")).Methods("DELETE")
	return r
}

func listSprockets(w http.ResponseWriter, r *http.Request, s *session) (int, error) { // want `handler listSprockets net/http GET at GET /api/sprockets`
	return http.StatusOK, nil
}

func deleteSprocket(w http.ResponseWriter, r *http.Request, s *session) (int, error) { // want `handler deleteSprocket net/http DELETE at DELETE /api/sprockets/\{id\}`
	if !s.admin {
		return http.StatusForbidden, nil
	}
	return 0, nil
}

// --- negatives: no adapter calls a value of these types with its own w and r ---

// countItems has the shape, but nothing adapts func(w, r, int) (int, error).
func countItems(w http.ResponseWriter, r *http.Request, limit int) (int, error) {
	return limit, nil
}

// passThrough calls a value of an adapted shape with another request: no
// evidence for func(w, r, string) (int, error).
func passThrough(fn func(http.ResponseWriter, *http.Request, string) (int, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `handler passThrough.func net/http unknown`
		n, _ := fn(w, r.Clone(r.Context()), "x")
		_, _ = countItems(w, r, n)
	}
}

func tagged(w http.ResponseWriter, r *http.Request, tag string) (int, error) {
	return http.StatusAccepted, nil
}

var _ = passThrough(tagged)
