package messagestatus

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
)

type user struct {
	ID   string
	Role string
}

type userStore struct{ users map[string]*user }

type errorBody struct {
	Error string `json:"error"`
}

func routes(mux *http.ServeMux, s *userStore, db *sql.DB) {
	mux.HandleFunc("GET /users/{id}", s.getUser)
	mux.HandleFunc("GET /users/{id}/json", s.getUserJSON)
	mux.HandleFunc("GET /users/{id}/struct", s.getUserStruct)
	mux.HandleFunc("GET /users/{id}/prefix", s.getUserPrefix)
	mux.HandleFunc("GET /users/{id}/sprintf", s.getUserSprintf)
	mux.HandleFunc("POST /users", s.createUser)
	mux.HandleFunc("DELETE /users/{id}", s.deleteUser)
	mux.HandleFunc("GET /users/{id}/ok", s.getUserOK)
	mux.HandleFunc("PUT /users/{id}", s.putUser)
	mux.HandleFunc("GET /users/{id}/db", func(w http.ResponseWriter, r *http.Request) {
		var name string
		err := db.QueryRow("SELECT name FROM users WHERE id = ?", r.PathValue("id")).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			// not-found-status reports this status from the sentinel: it wins
			http.Error(w, "user not found", http.StatusInternalServerError)
			return
		}
		fmt.Fprint(w, name)
	})
}

func (s *userStore) getUser(w http.ResponseWriter, r *http.Request) {
	u := s.users[r.PathValue("id")]
	if u == nil {
		http.Error(w, "user not found", http.StatusInternalServerError) // want `message-status: 500 Internal Server Error sends the message "user not found" in GET /users/\{id\}; "not found" names a resource that is not there, which is 404 Not Found, use 404 Not Found`
		return
	}
	if u.Role != "admin" {
		http.Error(w, "Permission denied.", http.StatusBadRequest) // want `message-status: 400 Bad Request sends the message "Permission denied\." .*"permission denied" names a known user without permission, which is 403 Forbidden`
		return
	}
	json.NewEncoder(w).Encode(u)
}

func (s *userStore) getUserJSON(w http.ResponseWriter, r *http.Request) {
	u := s.users[r.PathValue("id")]
	if u == nil {
		w.WriteHeader(http.StatusInternalServerError) // want `message-status: 500 Internal Server Error sends the message "no such user" in GET /users/\{id\}/json; "no such" names .*404`
		json.NewEncoder(w).Encode(map[string]string{"error": "no such user"})
		return
	}
	json.NewEncoder(w).Encode(u)
}

func (s *userStore) getUserStruct(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.WriteHeader(http.StatusOK) // auth-status reports this one (a credential guard answered 200): reported once, there
		json.NewEncoder(w).Encode(&errorBody{Error: "login required"})
		return
	}
	w.Write([]byte("ok"))
}

func (s *userStore) getUserPrefix(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if s.users[id] == nil {
		http.Error(w, "not found: "+id, 500) // want `message-status: 500 Internal Server Error sends the message "not found: "\+… in GET /users/\{id\}/prefix`
		return
	}
	msg := "method not allowed"
	if r.URL.Query().Get("mode") == "x" {
		w.WriteHeader(http.StatusBadRequest) // want `message-status: 400 Bad Request sends the message "method not allowed" .*use 405 Method Not Allowed`
		w.Write([]byte(msg))
		return
	}
}

func (s *userStore) getUserSprintf(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	if s.users[id] == nil {
		http.Error(w, fmt.Sprintf("does not exist: %s", id), http.StatusInternalServerError) // want `message-status: 500 .* sends the message "does not exist: "\+…`
		return
	}
	// --- negatives ---
	if id == "x" {
		// the constant text comes after a variable: "user " says nothing
		http.Error(w, fmt.Sprintf("user %s not found", id), http.StatusInternalServerError)
		return
	}
	if id == "y" {
		http.Error(w, err500().Error(), http.StatusInternalServerError) // not constant
		return
	}
}

func err500() error { return errors.New("boom") }

func (s *userStore) createUser(w http.ResponseWriter, r *http.Request) {
	var u user
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		// client-error-status reports the decode error answered 500: it wins
		http.Error(w, "malformed body", http.StatusInternalServerError)
		return
	}
	if s.users[u.ID] != nil {
		http.Error(w, "user already exists", http.StatusInternalServerError) // want `message-status: 500 .* "already exists" names a conflict with the resource's current state, which is 409 Conflict, use 409 Conflict`
		return
	}
	if u.Role == "" {
		// a POST: the missing thing was named in the body; reported without a fix
		http.Error(w, "role not found", http.StatusInternalServerError) // want `message-status: 500 .* "role not found" in POST /users; "not found"`
		return
	}
	// --- negatives ---
	if u.Role == "dup" {
		http.Error(w, "user already exists", http.StatusConflict) // agrees
		return
	}
	if u.Role == "taken" {
		http.Error(w, "email already taken", http.StatusUnprocessableEntity) // a 4xx: fine
		return
	}
	if u.Role == "json" {
		http.Error(w, "invalid JSON", http.StatusBadRequest) // agrees
		return
	}
	if u.Role == "empty" {
		http.Error(w, "name is not allowed to be empty", http.StatusUnprocessableEntity) // weak phrase, a 4xx
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *userStore) deleteUser(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	// --- negatives ---
	if s.users[id] == nil {
		log.Printf("user not found: %s", id) // a log call, not the response
		http.Error(w, "gone", http.StatusInternalServerError)
		return
	}
	if id == "n" {
		http.Error(w, "the user is not unauthorized, it failed", http.StatusInternalServerError) // negated
		return
	}
	if id == "q" {
		http.Error(w, `invalid name "not found"`, http.StatusInternalServerError) // a quoted user value
		return
	}
	if id == "k" {
		http.Error(w, "errors.not_found", http.StatusInternalServerError) // an i18n key
		return
	}
	if id == "k2" {
		http.Error(w, "user.notFound", http.StatusInternalServerError) // an i18n key
		return
	}
	if id == "t" {
		http.Error(w, "template not found", http.StatusInternalServerError) // the server's own part
		return
	}
	if id == "g" {
		http.Error(w, "upstream said: access denied", http.StatusBadGateway) // an upstream's words
		return
	}
	if id == "m" {
		http.Error(w, "not found or access denied", http.StatusInternalServerError) // two situations
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *userStore) getUserOK(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	// --- negatives ---
	if s.users[id] == nil {
		http.Error(w, "user not found", http.StatusNotFound) // agrees
		return
	}
	if id == "gone" {
		http.Error(w, "user does not exist any more", http.StatusGone) // agrees
		return
	}
	if id == "auth" {
		http.Error(w, "unauthorized", http.StatusForbidden) // 401 and 403 with each other's phrases
		return
	}
	if id == "hide" {
		http.Error(w, "forbidden", http.StatusNotFound) // a 404 hides what exists
		return
	}
	if id == "msg" {
		json.NewEncoder(w).Encode(map[string]string{"message": "no such user, nothing to do"}) // a 2xx message, not an error
		return
	}
	if id == "tok" {
		http.Error(w, "invalid token", http.StatusBadRequest) // a reset link's token
		return
	}
	json.NewEncoder(w).Encode(s.users[id])
}

func (s *userStore) putUser(w http.ResponseWriter, r *http.Request) {
	// --- negatives ---
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "not authenticated", http.StatusUnauthorized) // agrees
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
