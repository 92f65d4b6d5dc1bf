package asyncaccepted

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/jobs", func(w http.ResponseWriter, r *http.Request) {
		go process(job{})
		respond.JSON(w, http.StatusOK, nil) // want `async-accepted: 200 OK answers POST /helper/jobs after handing the work to a goroutine`
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/jobs/ok", func(w http.ResponseWriter, r *http.Request) {
		go process(job{})
		respond.JSON(w, http.StatusAccepted, nil)
	})
}
