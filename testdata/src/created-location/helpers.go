package createdlocation

import (
	"net/http"

	"github.com/gorilla/mux"

	"statuslint.test/src/helpers/api"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, router *mux.Router) {
	mux.HandleFunc("POST /helper/items", func(w http.ResponseWriter, r *http.Request) {
		respond.JSON(w, http.StatusCreated, nil) // want `created-location: 201 Created answers POST /helper/items with no Location header`
	})

	// Handlers of another package, checked at the registration.
	mux.HandleFunc("POST /helper/widgets", api.CreateWidget)                   // want `created-location: api\.CreateWidget: 201 Created answers POST /helper/widgets, registered here, with no Location header`
	mux.HandleFunc("PUT /helper/widgets", api.CreateWidget)                    // a PUT creates at its own URI
	mux.HandleFunc("POST /helper/located", api.CreateLocated)                  // sets Location
	router.HandleFunc("/helper/mux/widgets", api.CreateWidget).Methods("POST") // want `created-location: api\.CreateWidget: 201 Created answers POST /helper/mux/widgets, registered here, with no Location header`
	router.HandleFunc("/helper/mux/widgets/{id}", api.CreateWidget).Methods("PUT")

	// --- negatives ---
	mux.HandleFunc("POST /helper/items/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "/helper/items/1")
		respond.JSON(w, http.StatusCreated, nil)
	})
}
