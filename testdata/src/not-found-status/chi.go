package notfoundstatus

import (
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	"github.com/jackc/pgx/v5"
)

type author struct {
	ID   string
	Name string
}

type chiServer struct{ conn *pgx.Conn }

func chiRoutes(s *chiServer) http.Handler {
	r := chi.NewRouter()
	r.Get("/authors/{id}", s.getAuthor)
	r.Route("/series", func(r chi.Router) {
		r.Get("/{id}", s.getSeries)
	})
	r.Get("/authors/{id}/render", s.renderAuthor)
	r.With(chiMiddleware).Get("/authors/{id}/inline", func(w http.ResponseWriter, r *http.Request) {
		var a author
		err := s.conn.QueryRow(r.Context(), "SELECT name FROM authors WHERE id = $1", chi.URLParam(r, "id")).Scan(&a.Name)
		if err == pgx.ErrNoRows {
			http.Error(w, "no such author", 500) // want `not-found-status: 500 Internal Server Error answers a not-found error \(pgx\.ErrNoRows\) in GET /authors/\{id\}/inline; .*use 404 Not Found`
			return
		}
		render.JSON(w, r, a)
	})

	r.Delete("/authors/{id}", s.deleteAuthor)
	r.Get("/authors/{id}/ok", s.getAuthorOK)
	return r
}

func chiMiddleware(next http.Handler) http.Handler { return next }

func (s *chiServer) getAuthor(w http.ResponseWriter, r *http.Request) {
	var a author
	err := s.conn.QueryRow(r.Context(), "SELECT id, name FROM authors WHERE id = $1", chi.URLParam(r, "id")).Scan(&a.ID, &a.Name)
	if errors.Is(err, pgx.ErrNoRows) {
		http.Error(w, "no such author", http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(pgx\.ErrNoRows\) in GET /authors/\{id\}; .*use 404 Not Found`
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	render.JSON(w, r, a)
}

func (s *chiServer) getSeries(w http.ResponseWriter, r *http.Request) {
	var name string
	err := s.conn.QueryRow(r.Context(), "SELECT name FROM series WHERE id = $1", chi.URLParam(r, "id")).Scan(&name)
	if errors.Is(err, pgx.ErrNoRows) {
		w.WriteHeader(http.StatusBadRequest) // want `not-found-status: 400 Bad Request answers a not-found error \(pgx\.ErrNoRows\) in GET /series/\{id\}; .*use 404 Not Found`
		return
	}
	render.PlainText(w, r, name)
}

// render.Status sets the code render.JSON sends.
func (s *chiServer) renderAuthor(w http.ResponseWriter, r *http.Request) {
	var a author
	err := s.conn.QueryRow(r.Context(), "SELECT name FROM authors WHERE id = $1", chi.URLParam(r, "id")).Scan(&a.Name)
	if errors.Is(err, pgx.ErrNoRows) {
		render.Status(r, http.StatusInternalServerError) // want `not-found-status: 500 Internal Server Error answers a not-found error \(pgx\.ErrNoRows\) in GET /authors/\{id\}/render; .*use 404 Not Found`
		render.JSON(w, r, map[string]string{"error": "no such author"})
		return
	}
	render.JSON(w, r, a)
}

// --- quiet ---

func (s *chiServer) deleteAuthor(w http.ResponseWriter, r *http.Request) {
	_, err := s.conn.Exec(r.Context(), "DELETE FROM authors WHERE id = $1", chi.URLParam(r, "id"))
	if errors.Is(err, pgx.ErrNoRows) {
		render.NoContent(w, r)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *chiServer) getAuthorOK(w http.ResponseWriter, r *http.Request) {
	var a author
	err := s.conn.QueryRow(r.Context(), "SELECT name FROM authors WHERE id = $1", chi.URLParam(r, "id")).Scan(&a.Name)
	if errors.Is(err, pgx.ErrNoRows) {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, map[string]string{"error": "no such author"})
		return
	}
	if err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.JSON(w, r, a)
}
