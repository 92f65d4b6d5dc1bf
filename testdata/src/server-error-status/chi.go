package servererrorstatus

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type chiServer struct{ db *sql.DB }

func chiRoutes(s *chiServer) http.Handler {
	r := chi.NewRouter()
	r.Route("/boards", func(r chi.Router) {
		r.Get("/", s.listBoards)
		r.Post("/{id}/archive", s.archiveBoard)
		r.Get("/{id}", s.getBoard)
		r.Post("/", s.createBoard)
	})
	return r
}

func (s *chiServer) listBoards(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT id FROM boards")
	if err != nil {
		render.Status(r, http.StatusBadRequest) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.DB\.Query\) in GET /boards`
		render.JSON(w, r, map[string]string{"error": "cannot list"})
		return
	}
	defer rows.Close()
	render.JSON(w, r, []string{})
}

func (s *chiServer) archiveBoard(w http.ResponseWriter, r *http.Request) {
	tx, err := s.db.Begin()
	if err != nil {
		http.Error(w, "cannot begin", http.StatusInternalServerError)
		return
	}
	if _, err := tx.Exec("UPDATE boards SET archived = true WHERE id = ?", chi.URLParam(r, "id")); err != nil {
		tx.Rollback()
		http.Error(w, "cannot archive", http.StatusForbidden) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from sql\.Tx\.Exec\) in POST /boards/\{id\}/archive`
		return
	}
	if err := tx.Commit(); err != nil {
		http.Error(w, "cannot archive", http.StatusUnauthorized) // want `server-error-status: 401 Unauthorized answers a server failure \(the error comes from sql\.Tx\.Commit\) in POST /boards/\{id\}/archive`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// --- quiet ---

func (s *chiServer) getBoard(w http.ResponseWriter, r *http.Request) {
	var name string
	if err := s.db.QueryRow("SELECT name FROM boards WHERE id = ?", chi.URLParam(r, "id")).Scan(&name); err != nil {
		http.Error(w, "not a member of this board", http.StatusForbidden)
		return
	}
	render.JSON(w, r, name)
}

func (s *chiServer) createBoard(w http.ResponseWriter, r *http.Request) {
	if _, err := s.db.Exec("INSERT INTO boards (name) VALUES (?)", r.FormValue("name")); err != nil {
		http.Error(w, "cannot create", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
