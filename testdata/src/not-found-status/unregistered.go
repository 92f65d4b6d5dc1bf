package notfoundstatus

import (
	"database/sql"
	"errors"
	"net/http"
)

// Handlers with no route in this package: another package registers them,
// with methods this package cannot see, and checks them there.

// Login answers 400 when the account is not there. Registered for POST, that
// is no "not found" of the URL's resource; quiet here, where the method is
// unknown.
func Login(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var id int
		err := db.QueryRowContext(r.Context(), "SELECT id FROM users WHERE name = ?", r.FormValue("user")).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// FindBook answers 500 when the book is not there: wrong for a GET, but
// which method reaches it is for the registering package to say.
func (s *bookServer) FindBook(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such book", http.StatusInternalServerError)
		return
	}
	w.Write([]byte(b.Title))
}

// GuardedBook names its method itself: reported here.
func (s *bookServer) GuardedBook(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such book", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET in bookServer\.GuardedBook; .*use 404 Not Found`
		return
	}
	w.Write([]byte(b.Title))
}
