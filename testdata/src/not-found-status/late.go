package notfoundstatus

import (
	"database/sql"
	"errors"
	"net/http"
)

// Cases found on real services that must stay quiet.
func lateRoutes(mux *http.ServeMux, db *sql.DB) {
	mux.HandleFunc("POST /signup", signup(db))
	mux.HandleFunc("POST /login", login(db))
	mux.HandleFunc("GET /session", session(db))
}

// signup checks that the email is free: after the early return for other
// errors, the rest of the handler is not "answering a not-found error".
func signup(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var id string
		err := db.QueryRow("SELECT id FROM users WHERE email = ?", r.FormValue("email")).Scan(&id)
		if !errors.Is(err, sql.ErrNoRows) {
			http.Error(w, "email taken", http.StatusConflict)
			return
		}
		if len(r.FormValue("password")) < 8 {
			http.Error(w, "password too short", http.StatusBadRequest) // a hand-written check, not the lookup
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// login answers a missing user like a wrong password: the missing row is the
// credential, not the resource the URL names.
func login(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var hash string
		err := db.QueryRow("SELECT hash FROM users WHERE email = ?", r.FormValue("email")).Scan(&hash)
		if errors.Is(err, sql.ErrNoRows) {
			http.Error(w, "invalid email or password", http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// session hides whether a token exists behind 401.
func session(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var user string
		err := db.QueryRow("SELECT user FROM sessions WHERE token = ?", r.Header.Get("Authorization")).Scan(&user)
		if errors.Is(err, sql.ErrNoRows) {
			w.Header().Set("WWW-Authenticate", "Bearer")
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}
