package methodstatus

import (
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"statuslint.test/src/helpers/apperr"
)

// Handlers written for an adapter that hands them more than w and r: serve
// runs fn(w, r, &account{}) and writes the status fn returns (not 0: the
// handler answered itself).

type account struct{ canWrite bool }

type accountFunc func(w http.ResponseWriter, r *http.Request, a *account) (int, error)

func serve(fn accountFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		status, err := fn(w, r, &account{})
		if status != 0 {
			txt := strconv.Itoa(status) + " " + http.StatusText(status)
			if err != nil {
				txt += ": " + err.Error()
			}
			http.Error(w, txt, status)
		}
	})
}

func withAccount(fn accountFunc) accountFunc {
	return func(w http.ResponseWriter, r *http.Request, a *account) (int, error) {
		if r.Header.Get("Authorization") == "" {
			return http.StatusUnauthorized, nil
		}
		return fn(w, r, a)
	}
}

func adaptedRoutes(r *mux.Router) {
	r.Handle("/adapted/notes", serve(withAccount(listNotes))).Methods("GET")
	r.Handle("/adapted/notes", serve(withAccount(func(w http.ResponseWriter, r *http.Request, a *account) (int, error) {
		return http.StatusCreated, nil
	}))).Methods("POST")
	r.Handle("/adapted/notes/{id}", serve(readNote)).Methods("GET")
	r.Handle("/adapted/env", apperr.Adapt(envNote)).Methods("GET")
	r.Handle("/adapted/env", apperr.Adapt(createEnvNote)).Methods("POST")
}

func listNotes(w http.ResponseWriter, r *http.Request, a *account) (int, error) {
	if r.URL.Query().Get("q") == "" {
		return http.StatusCreated, nil // want `method-status: 201 Created answers GET /adapted/notes; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	}
	return 0, nil
}

func readNote(w http.ResponseWriter, r *http.Request, a *account) (int, error) {
	if r.URL.Query().Get("fresh") != "" {
		return http.StatusCreated, nil // want `method-status: 201 Created answers GET /adapted/notes/\{id\}`
	}
	w.Write([]byte("note"))
	return 0, nil
}

// An adapter of another package (apperr.Adapt, its AdapterFact).
func envNote(w http.ResponseWriter, r *http.Request, env *apperr.Env) (int, error) {
	if env.User == "" {
		return http.StatusCreated, nil // want `method-status: 201 Created answers GET /adapted/env`
	}
	return http.StatusOK, nil
}

// --- negatives ---

func createEnvNote(w http.ResponseWriter, r *http.Request, env *apperr.Env) (int, error) {
	return http.StatusCreated, nil
}

// noteCount has a shape no adapter calls: it is a plain function, and the
// 201 it returns is a number, not a status written for GET.
func noteCount(w http.ResponseWriter, r *http.Request, limit int) (int, error) {
	return http.StatusCreated, nil
}

func countNotes(w http.ResponseWriter, r *http.Request) {
	n, _ := noteCount(w, r, 10)
	w.Write([]byte(strconv.Itoa(n)))
}

func countRoutes(r *mux.Router) {
	r.HandleFunc("/adapted/count", countNotes).Methods("GET")
}
