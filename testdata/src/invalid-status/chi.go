package invalidstatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

func chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Get("/widgets", chiList)
	r.Post("/widgets", chiCreate)
	return r
}

func chiList(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 2000) // want `invalid-status: 2000 is not an HTTP status code \(RFC 9110 defines 100–599\)`
	render.JSON(w, r, []string{})
}

func chiCreate(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		w.WriteHeader(777) // want `invalid-status: 777 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
		return
	}
	render.Status(r, http.StatusAccepted)
	render.JSON(w, r, map[string]string{"state": "queued"})
}
