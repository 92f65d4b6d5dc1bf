package clienterrorstatus

import (
	"encoding/json"
	"net/http"

	"statuslint.test/src/helpers/render"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/notes", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Error(w, http.StatusInternalServerError, err.Error()) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/notes`
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})

	// respond.Rendered sends the status, then renders through a writer that
	// answers 500 itself only when it cannot encode: still a status wrapper.
	mux.HandleFunc("POST /helper/notes/rendered", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Rendered(w, r, http.StatusInternalServerError, map[string]string{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /helper/notes/rendered`
			return
		}
		respond.Rendered(w, r, http.StatusCreated, n)
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/notes/ok", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error())
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})
	mux.HandleFunc("POST /helper/notes/rendered/ok", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Rendered(w, r, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		// render.JSON answers 500 itself only when it cannot encode n: the
		// status in effect is 200 otherwise, not a client error's.
		render.JSON(w, r, n)
	})
}
