package headerafterwrite

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	chirender "github.com/go-chi/render"
)

func chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Use(chiRequestID)
	r.Get("/widgets", listWidgets)
	r.Route("/widgets/{id}", func(r chi.Router) {
		r.Delete("/", deleteWidget)
		r.Put("/", putWidget)
	})
	r.Post("/widgets", newWidgetHandler("default"))
	return r
}

type widget struct {
	ID string `json:"id"`
}

// --- positives ---

func listWidgets(w http.ResponseWriter, r *http.Request) {
	render.JSON(w, r, []widget{})
	w.Header().Set("X-Total-Count", "0") // want `header-after-write: header "X-Total-Count" is changed after the header was sent \(as 200 OK by render\.JSON at line \d+\)`
}

func deleteWidget(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
	w.Header().Add("X-Deleted", chi.URLParam(r, "id")) // want `header-after-write: header "X-Deleted" is changed after the header was sent \(as 204 No Content by render\.NoContent`
}

// A factory, through a renamed import.
func newWidgetHandler(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		chirender.Status(r, http.StatusCreated)
		chirender.JSON(w, r, widget{ID: kind})
		w.Header().Set("Location", "/widgets/"+kind) // want `header-after-write: header "Location" is changed after the header was sent`
	}
}

// --- negatives ---

// render.Status only stores the code for the next render.
func putWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated)
	w.Header().Set("Location", "/widgets/"+chi.URLParam(r, "id"))
	render.JSON(w, r, widget{ID: chi.URLParam(r, "id")})
}

func chiRequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", "req-1")
		next.ServeHTTP(w, r)
	})
}
