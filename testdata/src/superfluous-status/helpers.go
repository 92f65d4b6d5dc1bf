package superfluousstatus

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /helper/twice", helperTwice)
	mux.HandleFunc("GET /helper/after", helperAfter)
	mux.HandleFunc("GET /helper/once", helperOnce)
}

func helperTwice(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("partial"))
	respond.Error(w, http.StatusInternalServerError, "failed") // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by w\.Write at line \d+\)`
}

func helperAfter(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusOK, "done")
	w.WriteHeader(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent \(as 200 OK by respond\.JSON at line \d+\)`
}

// --- negatives ---

func helperOnce(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Trace", "1")
	respond.JSON(w, http.StatusAccepted, "queued")
}

func helperRoutes2(mux *http.ServeMux) {
	mux.HandleFunc("POST /helper/decode", func(w http.ResponseWriter, r *http.Request) {
		var v map[string]string
		if err := respond.Decode(w, r, &v); err != nil {
			http.Error(w, "bad request", http.StatusBadRequest) // want `superfluous-status: 400 Bad Request is set after the header was already sent \(as 400 Bad Request by respond\.Decode at line \d+\)`
			return
		}
		respond.JSON(w, http.StatusCreated, v)
	})

	// --- negatives ---
	mux.HandleFunc("POST /helper/decode/ok", func(w http.ResponseWriter, r *http.Request) {
		var v map[string]string
		if err := respond.Decode(w, r, &v); err != nil {
			return // Decode has answered
		}
		respond.JSON(w, http.StatusCreated, v)
	})
}
