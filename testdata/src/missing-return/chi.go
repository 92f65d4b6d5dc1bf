package missingreturn

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
	chirender "github.com/go-chi/render"
)

func chiRoutes() http.Handler {
	r := chi.NewRouter()
	r.Get("/widgets/{id}", getWidget)
	r.Route("/widgets", func(r chi.Router) {
		r.Post("/", newWidgetHandler(nil))
		r.Delete("/{id}", deleteWidget)
	})
	return r
}

type widget struct {
	ID int `json:"id"`
}

type errResponse struct {
	Error string `json:"error"`
}

var errNotFound = errors.New("not found")

// --- positives ---

func getWidget(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, errResponse{Error: err.Error()}) // want `missing-return: render\.JSON completes the response in getWidget but the handler goes on to write another one`
	}
	render.JSON(w, r, widget{ID: id})
}

func deleteWidget(w http.ResponseWriter, r *http.Request) {
	if chi.URLParam(r, "id") == "" {
		render.Status(r, http.StatusNotFound)
		render.PlainText(w, r, "no id") // want `missing-return: render\.PlainText completes the response in deleteWidget`
	}
	render.NoContent(w, r)
}

// A factory, through a renamed import.
func newWidgetHandler(store map[int]widget) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		var wd widget
		if err := chirender.DecodeJSON(r.Body, &wd); err != nil {
			chirender.Status(r, http.StatusBadRequest)
			chirender.JSON(w, r, errResponse{Error: err.Error()}) // want `missing-return: chirender\.JSON completes the response in newWidgetHandler\.func`
		}
		store[wd.ID] = wd
		chirender.Status(r, http.StatusCreated)
		chirender.JSON(w, r, wd)
	}
}

// --- negatives ---

func getWidgetReturns(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, errResponse{Error: err.Error()})
		return
	}
	if id == 0 {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, errResponse{Error: errNotFound.Error()})
	} else {
		render.JSON(w, r, widget{ID: id})
	}
}
