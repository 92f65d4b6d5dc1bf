package methodstatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type widget struct{ ID string }

type widgetServer struct{}

func chiRoutes(s *widgetServer) http.Handler {
	r := chi.NewRouter()
	r.Get("/widgets/{id}", chiGetWidget)
	r.Get("/widgets/{id}/raw", chiRawWidget)
	r.Get("/widgets/{id}/copy", s.copyWidget)
	r.Delete("/widgets/{id}", chiDeleteWidget)
	r.Method(http.MethodGet, "/widgets/{id}/meta", http.HandlerFunc(chiWidgetMeta))
	r.MethodFunc("POST", "/widgets/{id}/touch", chiTouchWidget)
	r.With(chiMiddleware).Get("/widgets/{id}/lock", chiLockWidget)
	r.Route("/gizmos", func(r chi.Router) {
		r.Get("/", chiListGizmos)
	})

	r.Post("/widgets", chiCreateWidget)
	r.Put("/widgets/{id}", chiPutWidget)
	r.Get("/widgets/both", chiBoth)
	r.Post("/widgets/both", chiBoth)
	r.HandleFunc("/widgets/any", chiAny)
	r.Options("/*", chiPreflight)
	r.Get("/widgets/{id}/cached", chiCached)
	r.Patch("/widgets/{id}", chiPatchWidget)
	return r
}

func chiMiddleware(next http.Handler) http.Handler { return next }

// render.Status sets the code the next render sends.
func chiGetWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated) // want `method-status: 201 Created answers GET /widgets/\{id\}; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	render.JSON(w, r, widget{ID: chi.URLParam(r, "id")})
}

func chiRawWidget(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201) // want `method-status: 201 Created answers GET /widgets/\{id\}/raw; .*, use 200 OK`
	render.JSON(w, r, widget{})
}

func (s *widgetServer) copyWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, 201) // want `method-status: 201 Created answers GET /widgets/\{id\}/copy; .*, use 200 OK`
	render.JSON(w, r, widget{})
}

// A DELETE that answers 201 with nothing after it: 204.
func chiDeleteWidget(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers DELETE /widgets/\{id\}; .*, use 204 No Content`
}

func chiWidgetMeta(w http.ResponseWriter, r *http.Request) {
	const created = http.StatusCreated
	render.Status(r, created) // want `method-status: 201 Created answers GET /widgets/\{id\}/meta; .*, use 200 OK`
	render.JSON(w, r, map[string]string{"id": chi.URLParam(r, "id")})
}

// 304 is not an answer to a POST.
func chiTouchWidget(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNotModified) // want `method-status: 304 Not Modified answers POST /widgets/\{id\}/touch; 304 is for a conditional GET or HEAD`
}

func chiLockWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusConflict) // want `method-status: 409 Conflict answers GET /widgets/\{id\}/lock; 409 is for a change`
	render.JSON(w, r, map[string]string{"error": "locked"})
}

// A route inside r.Route: the method comes from r.Get.
func chiListGizmos(w http.ResponseWriter, r *http.Request) {
	status := http.StatusCreated
	render.Status(r, status) // want `method-status: 201 Created answers GET /gizmos; .*, use 200 OK`
	render.JSON(w, r, []widget{})
}

func chiCreateWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, widget{})
}

func chiPutWidget(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
}

// GET and POST share the handler: no telling which one answers 201.
func chiBoth(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, widget{})
}

// Any method; the switch picks the code per method.
func chiAny(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		render.Status(r, http.StatusCreated)
		render.JSON(w, r, widget{})
	case http.MethodGet:
		render.JSON(w, r, []widget{})
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

func chiPreflight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	w.WriteHeader(http.StatusNoContent)
}

func chiCached(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-Modified-Since") != "" {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	render.JSON(w, r, widget{})
}

func chiPatchWidget(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Content-Type") != "application/merge-patch+json" {
		w.WriteHeader(http.StatusUnsupportedMediaType)
		return
	}
	render.Status(r, http.StatusConflict)
	render.JSON(w, r, map[string]string{"error": "stale"})
}
