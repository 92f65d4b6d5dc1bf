package asyncaccepted

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type chiAPI struct{}

func chiRoutes(api *chiAPI) http.Handler {
	r := chi.NewRouter()
	r.Post("/chi/exports", chiExport)
	r.Post("/chi/imports", api.importData)

	r.Post("/chi/exports/accepted", chiExportAccepted)
	r.Post("/chi/exports/created", chiExportCreated)
	return r
}

// render.Status carries the 200.
func chiExport(w http.ResponseWriter, r *http.Request) {
	go process(job{ID: chi.URLParam(r, "id")})
	render.Status(r, http.StatusOK) // want `async-accepted: 200 OK answers POST /chi/exports after handing the work to a goroutine; the work is not done yet, which is 202 Accepted`
	render.JSON(w, r, map[string]string{"status": "queued"})
}

func (api *chiAPI) importData(w http.ResponseWriter, r *http.Request) {
	go func() { process(job{}) }()
	w.WriteHeader(200) // want `async-accepted: 200 OK answers POST /chi/imports after handing the work to a goroutine`
}

// --- quiet ---

func chiExportAccepted(w http.ResponseWriter, r *http.Request) {
	go process(job{})
	render.Status(r, http.StatusAccepted)
	render.JSON(w, r, map[string]string{"status": "queued"})
}

func chiExportCreated(w http.ResponseWriter, r *http.Request) {
	go audit(job{})
	w.Header().Set("Location", "/chi/exports/1")
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, job{ID: "1"})
}

func chiResultRoutes(r chi.Router) {
	r.Post("/chi/items", chiCreateAndNotify)
}

func chiCreateAndNotify(w http.ResponseWriter, r *http.Request) {
	item, err := store.Create(chi.URLParam(r, "name"))
	if err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
		return
	}
	go notify(item)
	render.Status(r, http.StatusOK)
	render.JSON(w, r, item)
}
