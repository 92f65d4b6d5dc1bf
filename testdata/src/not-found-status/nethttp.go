package notfoundstatus

import (
	"database/sql"
	"encoding/json"
	"errors"
	"io/fs"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"

	"statuslint.test/src/not-found-status/store"
)

type book struct {
	ID    string
	Title string
}

// ErrBookNotFound is the project's own not-found sentinel.
var ErrBookNotFound = errors.New("book not found")

type bookServer struct {
	db  *sql.DB
	st  *store.Store
	dir string
}

func routes(mux *http.ServeMux, s *bookServer, db *sql.DB) {
	mux.HandleFunc("GET /books/{id}", s.getBook)
	mux.HandleFunc("GET /books/{id}/eq", s.getBookEq)
	mux.HandleFunc("GET /books/{id}/switch", s.getBookSwitch)
	mux.HandleFunc("GET /files/{name}", s.getFile)
	mux.HandleFunc("GET /files/{name}/fs", s.statFile)
	mux.HandleFunc("GET /books/{id}/project", s.getBookProject)
	mux.HandleFunc("GET /books/{id}/store", s.getBookStore)
	mux.HandleFunc("GET /authors/{id}", getAuthorHandler(db))
	mux.HandleFunc("GET /books/{id}/nested", s.getBookNested)
	mux.HandleFunc("GET /books/{id}/either", s.getBookEither)
	mux.HandleFunc("GET /books/{id}/const", func(w http.ResponseWriter, r *http.Request) {
		const failed = http.StatusInternalServerError
		var title string
		err := db.QueryRowContext(r.Context(), "SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&title)
		if errors.Is(err, sql.ErrNoRows) {
			http.Error(w, "no such book", failed) // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /books/\{id\}/const; .*use 404 Not Found`
			return
		}
		json.NewEncoder(w).Encode(book{Title: title})
	})
	mux.HandleFunc("GET /books/{id}/var", s.getBookVar)

	mux.HandleFunc("GET /books/{id}/ok", s.getBookOK)
	mux.HandleFunc("GET /books/{id}/gone", s.getBookGone)
	mux.HandleFunc("DELETE /books/{id}", s.deleteBook)
	mux.HandleFunc("GET /books/search", s.searchBooks)
	mux.HandleFunc("POST /books/{id}/convert", s.convertBook)
	mux.HandleFunc("GET /books/{id}/closed", s.getBookClosed)
	mux.HandleFunc("GET /books/{id}/lookup", s.getBookLookup)
	mux.HandleFunc("GET /books/{id}/lookup-or", s.getBookLookupOr)
	mux.HandleFunc("GET /books/{id}/other", s.getBookOther)
}

func (s *bookServer) getBook(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRowContext(r.Context(), "SELECT id, title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.ID, &b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such book", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /books/\{id\}; .*use 404 Not Found`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // a real server failure
		return
	}
	json.NewEncoder(w).Encode(b)
}

// err == S, answered with a literal 400.
func (s *bookServer) getBookEq(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if err == sql.ErrNoRows {
		w.WriteHeader(400) // want `not-found-status: 400 Bad Request answers a not-found error \(sql\.ErrNoRows\) in GET /books/\{id\}/eq; .*use 404 Not Found`
		return
	}
	if err != nil {
		w.WriteHeader(500)
		return
	}
	json.NewEncoder(w).Encode(b)
}

// switch err { case S: }
func (s *bookServer) getBookSwitch(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	switch err {
	case nil:
		json.NewEncoder(w).Encode(b)
	case sql.ErrNoRows:
		http.Error(w, "no such book", http.StatusUnprocessableEntity) // want `not-found-status: 422 Unprocessable Entity answers a not-found error \(sql\.ErrNoRows\) in GET /books/\{id\}/switch; .*use 404 Not Found`
	default:
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// switch { case errors.Is(...) } over a file.
func (s *bookServer) getFile(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(s.dir, filepath.Base(r.PathValue("name"))))
	switch {
	case errors.Is(err, os.ErrNotExist):
		http.Error(w, "no such file", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(os\.ErrNotExist\) in GET /files/\{name\}; .*use 404 Not Found`
		return
	case err != nil:
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Write(data)
}

func (s *bookServer) statFile(w http.ResponseWriter, r *http.Request) {
	info, err := os.Stat(filepath.Join(s.dir, filepath.Base(r.PathValue("name"))))
	if errors.Is(err, fs.ErrNotExist) {
		http.Error(w, "no such file", http.StatusBadRequest) // want `not-found-status: 400 Bad Request answers a not-found error \(fs\.ErrNotExist\) in GET /files/\{name\}/fs; .*use 404 Not Found`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(info.Size())
}

func (s *bookServer) lookup(r *http.Request, id string) (book, error) {
	return book{}, ErrBookNotFound
}

// A sentinel the package declares, named like a not-found error.
func (s *bookServer) getBookProject(w http.ResponseWriter, r *http.Request) {
	b, err := s.lookup(r, r.PathValue("id"))
	if errors.Is(err, ErrBookNotFound) {
		http.Error(w, "no such book", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(notfoundstatus\.ErrBookNotFound\) in GET /books/\{id\}/project; .*use 404 Not Found`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // unknown origin: quiet
		return
	}
	json.NewEncoder(w).Encode(b)
}

// A sentinel declared in another package of the module.
func (s *bookServer) getBookStore(w http.ResponseWriter, r *http.Request) {
	title, err := s.st.Book(r.Context(), r.PathValue("id"))
	if err == store.ErrNotFound {
		w.WriteHeader(http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(store\.ErrNotFound\) in GET /books/\{id\}/store; .*use 404 Not Found`
		return
	}
	json.NewEncoder(w).Encode(book{Title: title})
}

// A handler returned by a factory.
func getAuthorHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var name string
		err := db.QueryRowContext(r.Context(), "SELECT name FROM authors WHERE id = ?", r.PathValue("id")).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			w.WriteHeader(http.StatusServiceUnavailable) // want `not-found-status: 503 Service Unavailable answers a not-found error \(sql\.ErrNoRows\) in GET /authors/\{id\}; .*use 404 Not Found`
			return
		}
		json.NewEncoder(w).Encode(name)
	}
}

// The sentinel test nested inside the error branch.
func (s *bookServer) getBookNested(w http.ResponseWriter, r *http.Request) {
	var b book
	if err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			http.Error(w, "no such book", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /books/\{id\}/nested`
			return
		}
		http.Error(w, err.Error(), http.StatusInternalServerError) // the sentinel test was false here
		return
	}
	json.NewEncoder(w).Encode(b)
}

// Either of two not-found sentinels.
func (s *bookServer) getBookEither(w http.ResponseWriter, r *http.Request) {
	b, err := s.lookup(r, r.PathValue("id"))
	if errors.Is(err, sql.ErrNoRows) || errors.Is(err, ErrBookNotFound) {
		http.Error(w, "no such book", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error .* in GET /books/\{id\}/either`
		return
	}
	json.NewEncoder(w).Encode(b)
}

// The status in a variable: reported, fixed by hand.
func (s *bookServer) getBookVar(w http.ResponseWriter, r *http.Request) {
	status := http.StatusInternalServerError
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such book", status) // want `not-found-status: 500 Internal Server Error answers a not-found error \(sql\.ErrNoRows\) in GET /books/\{id\}/var`
		return
	}
	json.NewEncoder(w).Encode(b)
}

// --- quiet ---

func (s *bookServer) getBookOK(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.NotFound(w, r)
		return
	}
	if err == sql.ErrNoRows {
		http.Error(w, "no such book", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(b)
}

func (s *bookServer) getBookGone(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "this book was withdrawn", http.StatusGone)
		return
	}
	json.NewEncoder(w).Encode(b)
}

// An idempotent DELETE of what is already gone.
func (s *bookServer) deleteBook(w http.ResponseWriter, r *http.Request) {
	var id string
	err := s.db.QueryRow("DELETE FROM books WHERE id = ? RETURNING id", r.PathValue("id")).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// An empty search.
func (s *bookServer) searchBooks(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE title LIKE ?", r.URL.Query().Get("q")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode([]book{})
		return
	}
	json.NewEncoder(w).Encode([]book{b})
}

// The branch where the sentinel test is false is some other error; and a
// standard-library "not found" that is the server's problem.
func (s *bookServer) convertBook(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if errors.Is(err, sql.ErrNoRows) {
		http.Error(w, "no such book", http.StatusNotFound)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if _, err := exec.LookPath("pandoc"); errors.Is(err, exec.ErrNotFound) {
		http.Error(w, "converter not installed", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(b)
}

// A module sentinel whose name does not say not-found.
func (s *bookServer) getBookClosed(w http.ResponseWriter, r *http.Request) {
	title, err := s.st.Book(r.Context(), r.PathValue("id"))
	if errors.Is(err, store.ErrClosed) {
		http.Error(w, "store closed", http.StatusServiceUnavailable)
		return
	}
	json.NewEncoder(w).Encode(book{Title: title})
}

// An error from the project's own code with no sentinel test, from a
// function whose only failure is a not-found sentinel (its error-class
// fact): err != nil is that not-found.
func (s *bookServer) getBookLookup(w http.ResponseWriter, r *http.Request) {
	b, err := s.lookup(r, r.PathValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(notfoundstatus\.bookServer\.lookup, which fails only with notfoundstatus\.ErrBookNotFound\) in GET /books/\{id\}/lookup`
		return
	}
	json.NewEncoder(w).Encode(b)
}

// One that may also fail in another way: no evidence.
func (s *bookServer) getBookLookupOr(w http.ResponseWriter, r *http.Request) {
	b, err := s.lookupOr(r.PathValue("id"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(b)
}

func (s *bookServer) lookupOr(id string) (book, error) {
	if id == "" {
		return book{}, errors.New("no id")
	}
	return book{}, ErrBookNotFound
}

// Not-found errors excluded by the condition.
func (s *bookServer) getBookOther(w http.ResponseWriter, r *http.Request) {
	var b book
	err := s.db.QueryRow("SELECT title FROM books WHERE id = ?", r.PathValue("id")).Scan(&b.Title)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(b)
}
