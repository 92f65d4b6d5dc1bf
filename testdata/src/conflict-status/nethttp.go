package conflictstatus

import (
	"database/sql"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"

	"github.com/jackc/pgx/v5/pgconn"
)

type account struct {
	Email string
	Name  string
}

// The project's own duplicate sentinels.
var (
	ErrAlreadyExists  = errors.New("already exists")
	ErrDuplicateEmail = errors.New("email already registered")
	ErrConflict       = errors.New("conflicting update")
	ErrInvalidEmail   = errors.New("invalid email")
)

const uniqueViolation = "23505"

type accountServer struct {
	db  *sql.DB
	dir string
}

func (s *accountServer) insert(a account) error { return ErrDuplicateEmail }

func routes(mux *http.ServeMux, s *accountServer) {
	mux.HandleFunc("POST /accounts", s.createAccount)
	mux.HandleFunc("POST /accounts/nested", s.createAccountNested)
	mux.HandleFunc("POST /accounts/const", s.createAccountConst)
	mux.HandleFunc("POST /dirs/{name}", s.createDir)
	mux.HandleFunc("POST /files/{name}", s.createFile)
	mux.HandleFunc("POST /accounts/project", s.createAccountProject)
	mux.HandleFunc("PUT /accounts/{id}", s.updateAccount)
	mux.HandleFunc("POST /accounts/switch", s.createAccountSwitch)
	mux.HandleFunc("POST /accounts/factory", createAccountHandler(s.db))
	mux.HandleFunc("POST /accounts/inline", func(w http.ResponseWriter, r *http.Request) {
		if err := s.insert(account{}); errors.Is(err, ErrAlreadyExists) {
			w.WriteHeader(503) // want `conflict-status: 503 Service Unavailable answers a duplicate \(conflictstatus\.ErrAlreadyExists\) in POST /accounts/inline; .*use 409 Conflict`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})

	mux.HandleFunc("POST /accounts/ok", s.createAccountOK)
	mux.HandleFunc("POST /accounts/unprocessable", s.createAccountUnprocessable)
	mux.HandleFunc("POST /accounts/fk", s.createAccountFK)
	mux.HandleFunc("POST /accounts/other", s.createAccountOther)
}

// PostgreSQL unique_violation after errors.As.
func (s *accountServer) createAccount(w http.ResponseWriter, r *http.Request) {
	var a account
	if err := json.NewDecoder(r.Body).Decode(&a); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	_, err := s.db.ExecContext(r.Context(), "INSERT INTO accounts (email, name) VALUES ($1, $2)", a.Email, a.Name)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		http.Error(w, "email taken", http.StatusInternalServerError) // want `conflict-status: 500 Internal Server Error answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /accounts; .*use 409 Conflict`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // some other database failure
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *accountServer) createAccountNested(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Exec("INSERT INTO accounts (email) VALUES ($1)", r.FormValue("email"))
	if err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) {
			if pgErr.Code == "23505" {
				http.Error(w, "email taken", http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /accounts/nested; .*use 409 Conflict`
				return
			}
		}
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// The code in a named constant, compared the other way round.
func (s *accountServer) createAccountConst(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Exec("INSERT INTO accounts (email) VALUES ($1)", r.FormValue("email"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && uniqueViolation == pgErr.Code {
		w.WriteHeader(400) // want `conflict-status: 400 Bad Request answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /accounts/const; .*use 409 Conflict`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *accountServer) createDir(w http.ResponseWriter, r *http.Request) {
	err := os.Mkdir(filepath.Join(s.dir, filepath.Base(r.PathValue("name"))), 0o755)
	if errors.Is(err, os.ErrExist) {
		http.Error(w, "exists", http.StatusInternalServerError) // want `conflict-status: 500 Internal Server Error answers a duplicate \(os\.ErrExist\) in POST /dirs/\{name\}; .*use 409 Conflict`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *accountServer) createFile(w http.ResponseWriter, r *http.Request) {
	f, err := os.OpenFile(filepath.Join(s.dir, filepath.Base(r.PathValue("name"))), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	switch {
	case errors.Is(err, fs.ErrExist):
		http.Error(w, "exists", http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(fs\.ErrExist\) in POST /files/\{name\}; .*use 409 Conflict`
		return
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer f.Close()
	w.WriteHeader(http.StatusCreated)
}

func (s *accountServer) createAccountProject(w http.ResponseWriter, r *http.Request) {
	err := s.insert(account{Email: r.FormValue("email")})
	if errors.Is(err, ErrDuplicateEmail) {
		http.Error(w, "email taken", http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(conflictstatus\.ErrDuplicateEmail\) in POST /accounts/project; .*use 409 Conflict`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // unknown origin: quiet
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *accountServer) updateAccount(w http.ResponseWriter, r *http.Request) {
	err := s.insert(account{})
	if err == ErrConflict {
		w.WriteHeader(http.StatusInternalServerError) // want `conflict-status: 500 Internal Server Error answers a duplicate \(conflictstatus\.ErrConflict\) in PUT /accounts/\{id\}; .*use 409 Conflict`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *accountServer) createAccountSwitch(w http.ResponseWriter, r *http.Request) {
	switch err := s.insert(account{}); err {
	case nil:
		w.WriteHeader(http.StatusCreated)
	case ErrDuplicateEmail:
		http.Error(w, "email taken", http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(conflictstatus\.ErrDuplicateEmail\) in POST /accounts/switch; .*use 409 Conflict`
	case ErrInvalidEmail:
		http.Error(w, "bad email", http.StatusBadRequest)
	default:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// A handler returned by a factory.
func createAccountHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("INSERT INTO accounts (email) VALUES ($1)", r.FormValue("email"))
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			const failed = http.StatusInternalServerError
			http.Error(w, "email taken", failed) // want `conflict-status: 500 Internal Server Error answers a duplicate .* in POST /accounts/factory; .*use 409 Conflict`
			return
		}
		w.WriteHeader(http.StatusCreated)
	}
}

// --- quiet ---

func (s *accountServer) createAccountOK(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Exec("INSERT INTO accounts (email) VALUES ($1)", r.FormValue("email"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		http.Error(w, "email taken", http.StatusConflict)
		return
	}
	if errors.Is(err, os.ErrExist) {
		http.Error(w, "exists", http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Some APIs treat uniqueness as validation.
func (s *accountServer) createAccountUnprocessable(w http.ResponseWriter, r *http.Request) {
	if err := s.insert(account{}); errors.Is(err, ErrDuplicateEmail) {
		http.Error(w, "email taken", http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// A foreign-key violation (23503) is not a duplicate.
func (s *accountServer) createAccountFK(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.Exec("INSERT INTO memberships (account_id) VALUES ($1)", r.FormValue("account"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23503" {
		http.Error(w, "no such account", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// The branch where the duplicate test is false, and a sentinel whose name
// says nothing about duplicates.
func (s *accountServer) createAccountOther(w http.ResponseWriter, r *http.Request) {
	err := s.insert(account{})
	if errors.Is(err, ErrAlreadyExists) {
		http.Error(w, "exists", http.StatusConflict)
		return
	}
	if errors.Is(err, ErrInvalidEmail) {
		http.Error(w, "bad email", http.StatusBadRequest)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
