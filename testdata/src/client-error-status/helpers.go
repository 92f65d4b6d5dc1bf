package clienterrorstatus

import (
	"encoding/json"
	"net/http"

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

	// --- negatives ---
	mux.HandleFunc("POST /helper/notes/ok", func(w http.ResponseWriter, r *http.Request) {
		var n map[string]string
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			respond.Error(w, http.StatusBadRequest, err.Error())
			return
		}
		respond.JSON(w, http.StatusCreated, n)
	})
}
