package unauthorizedchallenge

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"
)

type chiAPI struct{}

func chiRoutes(api *chiAPI) http.Handler {
	r := chi.NewRouter()
	r.Get("/profile", chiProfile)
	r.With(chiAuth).Get("/settings", api.settings)
	r.Get("/challenged", chiChallenged)
	return r
}

// render.Status sets the code the next render sends.
func chiProfile(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		render.Status(r, http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /profile has no WWW-Authenticate header`
		render.JSON(w, r, map[string]string{"error": "login required"})
		return
	}
	render.JSON(w, r, account{})
}

// chi middleware: the closure it returns is a handler.
func chiAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session"); err != nil {
			http.Error(w, http.StatusText(http.StatusUnauthorized), http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in .* has no WWW-Authenticate header`
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (api *chiAPI) settings(w http.ResponseWriter, r *http.Request) {
	render.JSON(w, r, map[string]bool{"dark": true})
}

// --- quiet ---

func chiChallenged(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="chi"`)
		render.Status(r, http.StatusUnauthorized)
		render.JSON(w, r, map[string]string{"error": "login required"})
		return
	}
	render.JSON(w, r, account{})
}
