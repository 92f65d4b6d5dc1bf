package clienterrorstatus

import (
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type label struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type chiServer struct{}

func chiRoutes(s *chiServer) http.Handler {
	r := chi.NewRouter()
	r.Get("/labels/{id}", s.getLabel)
	r.Post("/labels", s.createLabel)
	r.Route("/boards/{board}", func(r chi.Router) {
		r.Get("/labels", s.boardLabels)
	})
	r.Post("/labels/inline", func(w http.ResponseWriter, r *http.Request) {
		var l label
		if err := render.DecodeJSON(r.Body, &l); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from render\.DecodeJSON\) in POST /labels/inline; .*use 400 Bad Request`
			return
		}
		render.JSON(w, r, l)
	})

	r.Post("/labels/ok", s.createLabelOK)
	return r
}

func (s *chiServer) getLabel(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /labels/\{id\}; .*use 400 Bad Request`
		return
	}
	render.JSON(w, r, label{ID: id})
}

// render.Status sets the code render.JSON sends.
func (s *chiServer) createLabel(w http.ResponseWriter, r *http.Request) {
	var l label
	if err := render.DecodeJSON(r.Body, &l); err != nil {
		render.Status(r, http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from render\.DecodeJSON\) in POST /labels; .*use 400 Bad Request`
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, l)
}

func (s *chiServer) boardLabels(w http.ResponseWriter, r *http.Request) {
	board := chi.URLParam(r, "board")
	id, err := strconv.ParseInt(board, 10, 64)
	if err != nil {
		w.WriteHeader(500) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.ParseInt\) in GET (/boards/\{board\})?/labels; .*use 400 Bad Request`
		return
	}
	render.JSON(w, r, []label{{ID: int(id)}})
}

// --- quiet ---

func (s *chiServer) createLabelOK(w http.ResponseWriter, r *http.Request) {
	var l label
	if err := render.DecodeJSON(r.Body, &l); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, l)
}

func chiAccessRoutes(r chi.Router) {
	r.Post("/access/labels", func(w http.ResponseWriter, r *http.Request) {
		var l label
		if err := render.DecodeJSON(r.Body, &l); err != nil {
			http.Error(w, err.Error(), http.StatusForbidden) // want `client-error-status: 403 Forbidden answers a request that could not be read \(the error comes from render\.DecodeJSON\) in POST /access/labels; the client sent it, which is 400 Bad Request, not a permission denial`
			return
		}
		render.JSON(w, r, l)
	})
	// --- quiet ---
	r.Post("/access/labels/ok", func(w http.ResponseWriter, r *http.Request) {
		var l label
		if err := render.DecodeJSON(r.Body, &l); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		render.JSON(w, r, l)
	})
}
