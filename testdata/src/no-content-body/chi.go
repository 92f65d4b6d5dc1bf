package nocontentbody

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type widget struct{ ID string }

type widgetServer struct{}

func chiRoutes(s *widgetServer) http.Handler {
	r := chi.NewRouter()
	r.Delete("/widgets/{id}", chiDeleteWidget)
	r.Get("/widgets/{id}", s.getWidget)
	r.Put("/widgets/{id}", chiPutWidget)
	r.Get("/widgets/{id}/raw", chiRawWidget)
	r.Post("/widgets/{id}/touch", chiTouchWidget)

	r.Delete("/widgets/{id}/quiet", chiQuietDelete)
	r.Get("/widgets", chiListWidgets)
	r.Options("/*", chiPreflight)
	r.Get("/widgets/{id}/cached", chiCachedWidget)
	r.Post("/widgets/{id}/archive", chiArchiveWidget)
	return r
}

// render.Status sets the code the next render sends: 204 with a JSON body.
func chiDeleteWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in DELETE /widgets/\{id\}; a 204 response cannot carry one and the client never sees it, use 200 OK to keep the body`
	render.JSON(w, r, map[string]string{"deleted": chi.URLParam(r, "id")})
}

func (s *widgetServer) getWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 304) // want `no-content-body: 304 Not Modified is sent with a body in GET /widgets/\{id\}`
	render.JSON(w, r, widget{})
}

// A variable assigned once.
func chiPutWidget(w http.ResponseWriter, r *http.Request) {
	status := http.StatusNoContent
	render.Status(r, status) // want `no-content-body: 204 No Content is sent with a body in PUT /widgets/\{id\}`
	render.PlainText(w, r, "updated")
}

// render.JSON after the header went out with 204.
func chiRawWidget(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in GET /widgets/\{id\}/raw`
	render.JSON(w, r, widget{})
}

func chiTouchWidget(w http.ResponseWriter, r *http.Request) {
	const reset = http.StatusResetContent
	http.Error(w, "touched", reset) // want `no-content-body: 205 Reset Content is sent with a body in POST /widgets/\{id\}/touch`
}

// render.NoContent answers 204 and writes nothing.
func chiQuietDelete(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
}

// 204 on the empty path; the list goes out with the default 200.
func chiListWidgets(w http.ResponseWriter, r *http.Request) {
	widgets := []widget{}
	if len(widgets) == 0 {
		render.Status(r, http.StatusNoContent)
		render.NoContent(w, r)
		return
	}
	render.JSON(w, r, widgets)
}

func chiPreflight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Access-Control-Allow-Methods", "GET, PUT, DELETE")
	w.WriteHeader(http.StatusNoContent)
}

func chiCachedWidget(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == `"w1"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", `"w1"`)
	render.JSON(w, r, widget{})
}

// 204 on one path, a body with 202 on the other.
func chiArchiveWidget(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("async") == "" {
		render.Status(r, http.StatusNoContent)
		render.NoContent(w, r)
		return
	}
	render.Status(r, http.StatusAccepted)
	render.JSON(w, r, map[string]string{"job": "1"})
}
