package methodguardstatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type note struct{ ID string }

type noteAPI struct{ notes map[string]note }

func chiRoutes(api *noteAPI) http.Handler {
	r := chi.NewRouter()
	r.HandleFunc("/notes/upload", chiUpload)
	r.Route("/notes", func(r chi.Router) {
		r.HandleFunc("/", func(w http.ResponseWriter, req *http.Request) {
			switch req.Method {
			case http.MethodGet:
				render.JSON(w, req, []note{})
			default:
				w.WriteHeader(http.StatusNotFound) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET, and a wrong method is 405 Method Not Allowed`
			}
		})
	})
	r.Handle("/notes/archive", http.HandlerFunc(api.archive))

	r.Post("/notes", chiCreateNote)
	r.Get("/notes/{id}", api.note)
	r.Delete("/notes/{id}", api.note)
	r.HandleFunc("/notes/preflight", chiPreflight)
	return r
}

// render.Status carries the code the guard answers with.
func chiUpload(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		render.Status(r, http.StatusBadRequest) // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
		render.JSON(w, r, map[string]string{"error": "POST only"})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, note{})
}

// A method value; the guard admits PUT and PATCH.
func (api *noteAPI) archive(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPut && r.Method != http.MethodPatch {
		http.Error(w, "PUT or PATCH", http.StatusUnprocessableEntity) // want `method-guard-status: 422 Unprocessable Entity rejects .*; the handler serves only PUT/PATCH, and a wrong method is 405`
		return
	}
	render.NoContent(w, r)
}

// --- quiet ---

// Registered for POST: a 400 is about the body.
func chiCreateNote(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := render.DecodeJSON(r.Body, &n); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, map[string]string{"error": err.Error()})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, n)
}

// GET and DELETE share the handler: the 404 is a missing note on the GET path.
func (api *noteAPI) note(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodDelete {
		delete(api.notes, chi.URLParam(r, "id"))
		w.WriteHeader(http.StatusNoContent)
		return
	}
	n, ok := api.notes[chi.URLParam(r, "id")]
	if !ok {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, map[string]string{"error": "no such note"})
		return
	}
	render.JSON(w, r, n)
}

func chiPreflight(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodOptions {
		w.Header().Set("Access-Control-Allow-Methods", "POST")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST, OPTIONS")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	render.JSON(w, r, note{})
}
