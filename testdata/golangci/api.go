// Package api is the module scripts/golangci-test.sh runs the custom
// golangci-lint binary on. Each handler's comment says what the test expects.
package api

import (
	"encoding/json"
	"errors"
	"net/http"

	"golangci.test/respond"
)

type item struct {
	ID string `json:"id"`
}

// Routes registers the handlers.
func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("GET /nolint", nolinted)
	mux.HandleFunc("GET /ignored", ignored)
	mux.HandleFunc("GET /gone/{id}", lookup)
}

// getItem: method-status, whose fix turns StatusCreated into StatusOK.
func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(item{ID: r.PathValue("id")})
}

// createItem: missing-return through the respond helpers (facts), whose fix
// inserts a return; with enable: [strict], created-location (no fix).
func createItem(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		respond.Error(w, http.StatusBadRequest, err.Error())
	}
	respond.JSON(w, http.StatusCreated, it)
}

// nolinted: a method-status finding silenced by golangci-lint's directive.
func nolinted(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) //nolint:statuslint // the v1 client expects 201
}

// ignored: a method-status finding silenced by statuslint's own directive.
func ignored(w http.ResponseWriter, r *http.Request) {
	//statuslint:ignore method-status the v1 client expects 201
	w.WriteHeader(http.StatusCreated)
}

// lookup: not-found-status (fixed to 404) once the errors.not-found setting
// names respond.ErrGone; silent without it.
func lookup(w http.ResponseWriter, r *http.Request) {
	if err := respond.Find(r.PathValue("id")); errors.Is(err, respond.ErrGone) {
		http.Error(w, "gone", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
