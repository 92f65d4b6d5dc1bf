package emptydeleteok

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type widgetServer struct{}

func chiRoutes(s *widgetServer) http.Handler {
	r := chi.NewRouter()
	r.Delete("/widgets/{id}", chiDeleteWidget)
	r.Method(http.MethodDelete, "/widgets/{id}/tags", http.HandlerFunc(chiDeleteTags))
	r.MethodFunc("DELETE", "/widgets/{id}/parts", s.deleteParts)
	r.With(chiMiddleware).Delete("/widgets/{id}/locks", chiDeleteLocks)
	r.Delete("/sprockets/{id}", chiDeleteSprocket)
	r.Route("/gizmos", func(r chi.Router) {
		r.Delete("/{id}", chiDeleteGizmo)
	})

	r.Delete("/widgets/{id}/quiet", chiQuietDelete)
	r.Delete("/widgets/{id}/report", chiReportDelete)
	r.Delete("/widgets/{id}/status", chiStatusDelete)
	r.Delete("/widgets/{id}/shared", chiShared)
	r.Post("/widgets/{id}/shared", chiShared)
	r.HandleFunc("/widgets/{id}/any", chiAny)
	return r
}

func chiMiddleware(next http.Handler) http.Handler { return next }

func chiDeleteWidget(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /widgets/\{id\}; a DELETE with nothing to return is 204 No Content`
}

func chiDeleteTags(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /widgets/\{id\}/tags`
}

func (s *widgetServer) deleteParts(w http.ResponseWriter, r *http.Request) {
	const ok = http.StatusOK
	w.WriteHeader(ok) // want `empty-delete-ok: 200 OK with no body answers DELETE /widgets/\{id\}/parts`
}

func chiDeleteLocks(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	w.WriteHeader(status) // want `empty-delete-ok: 200 OK with no body answers DELETE /widgets/\{id\}/locks`
}

// A route inside r.Route: the method comes from r.Delete.
func chiDeleteGizmo(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /gizmos/\{id\}; a DELETE with nothing to return is 204 No Content`
}

// render.Status with nothing rendered after it: net/http sends an empty 200.
func chiDeleteSprocket(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /sprockets/\{id\}; a DELETE with nothing to return is 204 No Content`
}

// render.NoContent answers 204.
func chiQuietDelete(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
}

// 200 with a JSON body.
func chiReportDelete(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusOK)
	render.JSON(w, r, map[string]string{"deleted": chi.URLParam(r, "id")})
}

func chiStatusDelete(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	render.PlainText(w, r, "deleted")
}

func chiShared(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// Any method: the switch answers DELETE with 204 and GET with a body.
func chiAny(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case http.MethodGet:
		render.JSON(w, r, map[string]string{})
	default:
		w.WriteHeader(http.StatusOK)
	}
}
