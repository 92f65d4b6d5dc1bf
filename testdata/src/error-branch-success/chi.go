package errorbranchsuccess

import (
	"database/sql"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type chiServer struct{ db *sql.DB }

func chiRoutes(s *chiServer) http.Handler {
	r := chi.NewRouter()
	r.Get("/dashboards/{id}", s.getDashboard)
	r.Route("/v2", func(r chi.Router) {
		r.Post("/dashboards", s.createDashboard)
	})

	r.Get("/dashboards/{id}/ok", s.getDashboardOK)
	return r
}

// render.Status sets the code render.JSON sends.
func (s *chiServer) getDashboard(w http.ResponseWriter, r *http.Request) {
	var name string
	if err := s.db.QueryRow("SELECT name FROM dashboards WHERE id = ?", chi.URLParam(r, "id")).Scan(&name); err != nil {
		render.Status(r, http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.Row\.Scan\) in GET /dashboards/\{id\}; .*use 500 Internal Server Error`
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.JSON(w, r, map[string]string{"name": name})
}

func (s *chiServer) createDashboard(w http.ResponseWriter, r *http.Request) {
	var in map[string]string
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		w.WriteHeader(http.StatusCreated) // want `error-branch-success: 201 Created answers a request that could not be read \(the error comes from render\.DecodeJSON\) in POST /v2/dashboards; .*use 400 Bad Request`
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, in)
}

// --- quiet ---

func (s *chiServer) getDashboardOK(w http.ResponseWriter, r *http.Request) {
	var name string
	if err := s.db.QueryRow("SELECT name FROM dashboards WHERE id = ?", chi.URLParam(r, "id")).Scan(&name); err != nil {
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.JSON(w, r, map[string]string{"name": name})
}
