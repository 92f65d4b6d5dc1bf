package validationstatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type profileRequest struct {
	Name string `json:"name" validate:"required"`
	Age  int    `json:"age" validate:"gte=0,lte=150"`
}

type chiServer struct{}

func chiRoutes(s *chiServer) http.Handler {
	r := chi.NewRouter()
	r.Put("/profiles/{id}", s.putProfile)
	r.Route("/v2", func(r chi.Router) {
		r.Post("/profiles", s.createProfile)
	})

	r.Post("/profiles/ok", s.createProfileOK)
	return r
}

func (s *chiServer) putProfile(w http.ResponseWriter, r *http.Request) {
	var req profileRequest
	if err := render.DecodeJSON(r.Body, &req); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		render.Status(r, http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in PUT /profiles/\{id\}; .*422 Unprocessable Entity`
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.JSON(w, r, req)
}

func (s *chiServer) createProfile(w http.ResponseWriter, r *http.Request) {
	var req profileRequest
	if err := render.DecodeJSON(r.Body, &req); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from render\.DecodeJSON\) in POST /v2/profiles; .*400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// --- quiet ---

func (s *chiServer) createProfileOK(w http.ResponseWriter, r *http.Request) {
	var req profileRequest
	if err := render.DecodeJSON(r.Body, &req); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	if err := validate.Struct(req); err != nil {
		render.Status(r, http.StatusUnprocessableEntity)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	if req.Name == "admin" {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": "reserved name"})
		return
	}
	w.WriteHeader(http.StatusCreated)
}
