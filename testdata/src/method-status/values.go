package methodstatus

import (
	"net/http"

	"statuslint.test/src/helpers/apperr"
)

// Handlers that return their status for apperr.StatusHandler to write.

func valueRoutes(mux *http.ServeMux) {
	mux.Handle("GET /value/things", apperr.StatusHandler(listThings))
	mux.Handle("POST /value/things", apperr.StatusHandler(createThing))
}

func listThings(w http.ResponseWriter, r *http.Request) (int, error) {
	if r.URL.Query().Get("q") == "" {
		return http.StatusConflict, nil // want `method-status: 409 Conflict answers GET /value/things`
	}
	return http.StatusCreated, nil // want `method-status: 201 Created answers GET /value/things; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
}

// --- negatives ---

func createThing(w http.ResponseWriter, r *http.Request) (int, error) {
	return http.StatusCreated, nil
}
