package model

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

func chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Get("/widgets", listWidgets)
	r.Route("/widgets/{id}", func(r chi.Router) {
		r.Delete("/", deleteWidget)
		r.With(chiMiddleware).Post("/", postWidget)
	})
	r.Group(func(r chi.Router) {
		r.Method(http.MethodPatch, "/widgets/{id}", http.HandlerFunc(patchWidget))
		r.MethodFunc("PUT", "/widgets/{id}", putWidget)
	})
	r.HandleFunc("/widgets/any", anyWidget)
	return r
}

func chiMiddleware(next http.Handler) http.Handler { return next }

func listWidgets(w http.ResponseWriter, r *http.Request)  {} // want `handler listWidgets net/http GET`
func deleteWidget(w http.ResponseWriter, r *http.Request) {} // want `handler deleteWidget net/http DELETE`
func postWidget(w http.ResponseWriter, r *http.Request)   {} // want `handler postWidget net/http POST`
func patchWidget(w http.ResponseWriter, r *http.Request)  {} // want `handler patchWidget net/http PATCH`
func putWidget(w http.ResponseWriter, r *http.Request)    {} // want `handler putWidget net/http PUT`
func anyWidget(w http.ResponseWriter, r *http.Request)    {} // want `handler anyWidget net/http unknown`

// renderWidget answers through go-chi/render: Status sets the code the JSON render sends.
func renderWidget(w http.ResponseWriter, r *http.Request) { // want `handler renderWidget net/http unknown`
	render.Status(r, http.StatusAccepted)
	render.JSON(w, r, map[string]string{"state": "queued"})
}
