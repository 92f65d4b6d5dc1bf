package messagestatus

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type board struct{ ID, Owner string }

type boardAPI struct{ boards map[string]*board }

func chiRoutes(api *boardAPI) http.Handler {
	r := chi.NewRouter()
	r.Route("/boards", func(r chi.Router) {
		r.Get("/{id}", api.getBoard)
		r.Delete("/{id}", api.deleteBoard)
		r.Put("/{id}", api.putBoard)
	})
	return r
}

func (api *boardAPI) getBoard(w http.ResponseWriter, r *http.Request) {
	b := api.boards[chi.URLParam(r, "id")]
	if b == nil {
		render.Status(r, http.StatusInternalServerError) // want `message-status: 500 Internal Server Error sends the message "board not found" in GET /boards/\{id\}; "not found"`
		render.JSON(w, r, map[string]any{"error": "board not found"})
		return
	}
	if b.Owner != r.Header.Get("X-User") {
		http.Error(w, "Access denied", http.StatusConflict) // want `message-status: 409 Conflict sends the message "Access denied" in GET /boards/\{id\}; "access denied" .*use 403 Forbidden`
		return
	}
	render.JSON(w, r, b)
}

func (api *boardAPI) deleteBoard(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		http.Error(w, "Unauthorized", http.StatusUnprocessableEntity) // want `message-status: 422 Unprocessable Entity sends the message "Unauthorized" in DELETE /boards/\{id\}; "unauthorized" .*use 401 Unauthorized`
		return
	}
	// --- negatives ---
	if api.boards[chi.URLParam(r, "id")] == nil {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, map[string]any{"error": "board not found"}) // agrees
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (api *boardAPI) putBoard(w http.ResponseWriter, r *http.Request) {
	// --- negatives ---
	if r.Header.Get("X-User") == "" {
		http.Error(w, "Forbidden", http.StatusUnauthorized) // 401 and 403 with each other's phrases
		return
	}
	if api.boards[chi.URLParam(r, "id")] == nil {
		http.Error(w, "invalid board reference: not found", http.StatusBadRequest) // a 4xx: a client error of the kind
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
