package createdlocation

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/items", func(w http.ResponseWriter, r *http.Request) {
		respond.JSON(w, http.StatusCreated, nil) // want `created-location: 201 Created answers POST /helper/items with no Location header`
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/items/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "/helper/items/1")
		respond.JSON(w, http.StatusCreated, nil)
	})
}
