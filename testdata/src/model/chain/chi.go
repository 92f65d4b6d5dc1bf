package chain

import (
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/chi/v5/middleware"
	elsewhere "statuslint.test/src/helpers/chainmw"
)

func chiRoutes() {
	r := chi.NewRouter()
	r.Use(middleware.Logger, middleware.Recoverer)
	r.Get("/chi/table", chiH1)
	r.With(chiAuth).Get("/chi/with", chiH2)
	r.Group(func(r chi.Router) {
		r.Use(middleware.Timeout(time.Second))
		r.Get("/chi/group", chiH3)
	})
	r.Route("/chi/sub", func(r chi.Router) {
		r.Use(chiAuth)
		r.Get("/", chiH4)
	})
	http.ListenAndServe(":8080", r)
}

func chiBare() {
	r := chi.NewRouter()
	r.Get("/chi/bare", chiH5)
	http.ListenAndServe(":8080", r)
}

func chiForeign() {
	r := chi.NewRouter()
	r.Use(elsewhere.Middleware) // another package's: unknown
	r.Get("/chi/foreign", chiH6)
}

func chiWrapped() {
	r := chi.NewRouter()
	r.Get("/chi/wrapped", chiH7)
	http.ListenAndServe(":8080", elsewhere.Wrap(r)) // the whole router wrapped by code we cannot see
}

func chiAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler chiAuth.func net/http unknown`
		if r.Header.Get("Authorization") == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func chiH1(w http.ResponseWriter, r *http.Request) {} // want `handler chiH1 net/http GET at GET /chi/table chain=\[500\]$`
func chiH2(w http.ResponseWriter, r *http.Request) {} // want `handler chiH2 net/http GET at GET /chi/with chain=\[401,500\]$`
func chiH3(w http.ResponseWriter, r *http.Request) {} // want `handler chiH3 net/http GET at GET /chi/group chain=\[500,504\]$`
func chiH4(w http.ResponseWriter, r *http.Request) {} // want `handler chiH4 net/http GET at GET /chi/sub chain=\[401,500\]$`
func chiH5(w http.ResponseWriter, r *http.Request) {} // want `handler chiH5 net/http GET at GET /chi/bare chain=\[\]$`
func chiH6(w http.ResponseWriter, r *http.Request) {} // want `handler chiH6 net/http GET at GET /chi/foreign chain=\?$`
func chiH7(w http.ResponseWriter, r *http.Request) {} // want `handler chiH7 net/http GET at GET /chi/wrapped chain=\?$`
