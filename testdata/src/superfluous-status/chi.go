package superfluousstatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	chirender "github.com/go-chi/render"
)

func chiRoutes() http.Handler {
	r := chi.NewRouter()
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
	render.JSON(w, r, []widget{{ID: "1"}})
	w.WriteHeader(http.StatusPartialContent) // want `superfluous-status: 206 Partial Content is set after the header was already sent \(as 200 OK by render\.JSON`
}

func deleteWidget(w http.ResponseWriter, r *http.Request) {
	render.NoContent(w, r)
	w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(as 204 No Content by render\.NoContent`
}

// render.Status only chooses the code of the next render; the render sent it.
func putWidget(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, widget{ID: chi.URLParam(r, "id")})
	http.Error(w, "audit failed", http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent`
}

// A factory, through a renamed import.
func newWidgetHandler(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		chirender.PlainText(w, r, "created "+kind)
		w.WriteHeader(http.StatusCreated) // want `superfluous-status: 201 Created is set after the header was already sent \(as 200 OK by chirender\.PlainText`
	}
}

// --- negatives ---

func renderWithStatus(w http.ResponseWriter, r *http.Request) {
	render.Status(r, http.StatusAccepted)
	render.JSON(w, r, widget{ID: "queued"})
}

func renderEitherBranch(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	if id == "" {
		render.Status(r, http.StatusBadRequest)
		render.PlainText(w, r, "missing id")
		return
	}
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	render.JSON(w, r, widget{ID: id})
}
