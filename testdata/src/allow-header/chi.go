package allowheader

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type chiAPI struct{}

func chiRoutes(api *chiAPI) http.Handler {
	r := chi.NewRouter()
	r.HandleFunc("/chi/upload", chiUpload)
	r.Route("/chi/things", func(r chi.Router) {
		r.HandleFunc("/", api.things)
	})

	r.HandleFunc("/chi/allowed", chiAllowed)
	return r
}

// render.Status carries the 405.
func chiUpload(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		render.Status(r, http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
		render.JSON(w, r, map[string]string{"error": "POST only"})
		return
	}
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, file{})
}

func (api *chiAPI) things(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		render.JSON(w, r, []file{})
	case http.MethodPatch:
		render.NoContent(w, r)
	default:
		w.WriteHeader(http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
}

// --- quiet ---

func chiAllowed(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", "GET")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	render.JSON(w, r, file{})
}
