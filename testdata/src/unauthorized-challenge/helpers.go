package unauthorizedchallenge

import (
	"net/http"

	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /helper/me", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			respond.Error(w, http.StatusUnauthorized, "log in") // want `unauthorized-challenge: 401 Unauthorized in GET /helper/me has no WWW-Authenticate header`
			return
		}
		respond.JSON(w, http.StatusOK, nil)
	})

	// --- negatives ---
	mux.HandleFunc("GET /helper/me/challenged", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			respond.Unauthorized(w) // sets WWW-Authenticate itself
			return
		}
		respond.JSON(w, http.StatusOK, nil)
	})
	mux.HandleFunc("GET /helper/me/ok", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") == "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="api"`)
			respond.Error(w, http.StatusUnauthorized, "log in")
			return
		}
		respond.JSON(w, http.StatusOK, nil)
	})
}
