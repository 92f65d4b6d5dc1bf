package conflictstatus

import (
	"errors"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

type chiServer struct{ conn *pgx.Conn }

func chiRoutes(s *chiServer) http.Handler {
	r := chi.NewRouter()
	r.Post("/teams", s.createTeam)
	r.Route("/teams/{team}", func(r chi.Router) {
		r.Put("/members/{id}", s.addMember)
	})
	r.Post("/teams/render", s.renderTeam)

	r.Post("/teams/ok", s.createTeamOK)
	return r
}

func (s *chiServer) createTeam(w http.ResponseWriter, r *http.Request) {
	_, err := s.conn.Exec(r.Context(), "INSERT INTO teams (name) VALUES ($1)", r.FormValue("name"))
	if err != nil {
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code == "23505" {
			http.Error(w, "team exists", http.StatusInternalServerError) // want `conflict-status: 500 Internal Server Error answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /teams; .*use 409 Conflict`
			return
		}
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *chiServer) addMember(w http.ResponseWriter, r *http.Request) {
	_, err := s.conn.Exec(r.Context(), "INSERT INTO members (team, id) VALUES ($1, $2)", chi.URLParam(r, "team"), chi.URLParam(r, "id"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		w.WriteHeader(http.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in PUT (/teams/\{team\})?/members/\{id\}; .*use 409 Conflict`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *chiServer) renderTeam(w http.ResponseWriter, r *http.Request) {
	_, err := s.conn.Exec(r.Context(), "INSERT INTO teams (name) VALUES ($1)", r.FormValue("name"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		render.Status(r, 500) // want `conflict-status: 500 Internal Server Error answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /teams/render; .*use 409 Conflict`
		render.JSON(w, r, map[string]string{"error": "team exists"})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, map[string]string{"name": r.FormValue("name")})
}

// --- quiet ---

func (s *chiServer) createTeamOK(w http.ResponseWriter, r *http.Request) {
	_, err := s.conn.Exec(r.Context(), "INSERT INTO teams (name) VALUES ($1)", r.FormValue("name"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		render.Status(r, http.StatusConflict)
		render.JSON(w, r, map[string]string{"error": "team exists"})
		return
	}
	if err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
