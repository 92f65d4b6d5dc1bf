package createdlocation

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type chiAPI struct{}

func chiRoutes(api *chiAPI) http.Handler {
	r := chi.NewRouter()
	r.Post("/chi/notes", chiCreateNote)
	r.Route("/chi/tags", func(r chi.Router) {
		r.Post("/", api.createTag)
	})
	r.MethodFunc(http.MethodPost, "/chi/labels", chiCreateLabel)

	r.Post("/chi/notes/located", chiCreateLocated)
	r.Put("/chi/notes/{id}", chiPutNote)
	return r
}

// render.Status sets the code the next render sends.
func chiCreateNote(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated) // want `created-location: 201 Created answers POST /chi/notes with no Location header`
	render.JSON(w, r, item{})
}

func (api *chiAPI) createTag(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201) // want `created-location: 201 Created answers POST .* with no Location header`
	render.JSON(w, r, item{})
}

func chiCreateLabel(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated) // want `created-location: 201 Created answers POST /chi/labels with no Location header`
	render.JSON(w, r, item{})
}

// --- quiet ---

func chiCreateLocated(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Location", "/chi/notes/1")
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, item{ID: "1"})
}

func chiPutNote(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, item{ID: chi.URLParam(r, "id")})
}
