package chain

import (
	"net/http"
	"time"

	elsewhere "statuslint.test/src/helpers/chainmw"
)

func netRoutes() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /net/bare", netH1)
	mux.Handle("GET /net/wrapped", netAuth(http.HandlerFunc(netH2)))                   // a local wrapper: its statuses
	mux.Handle("GET /net/timeout", http.TimeoutHandler(netH3h{}, time.Second, "slow")) // a table wrapper
	mux.Handle("GET /net/foreign", elsewhere.Wrap(http.HandlerFunc(netH4)))            // unknown
	mux.Handle("GET /net/factory", netFactory("x"))                                    // a factory is the handler, not middleware
	http.ListenAndServe(":8080", mux)
}

func netServedWrapped() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /net/logged", netH6)
	http.ListenAndServe(":8080", netLogged(mux)) // the whole mux behind a local wrapper answering 503
}

func netAuth(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler netAuth.func net/http GET, HEAD at GET, HEAD /net/wrapped chain=\[401\]$`
		if r.Header.Get("Authorization") == "" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func netLogged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `handler netLogged.func net/http unknown`
		if r.Header.Get("X-Down") != "" {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func netFactory(name string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) { // want `handler netFactory.func net/http GET, HEAD at GET, HEAD /net/factory chain=\[\]$`
		w.WriteHeader(http.StatusNoContent)
	}
}

type netH3h struct{}

func (netH3h) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `handler netH3h.ServeHTTP net/http GET, HEAD at GET, HEAD /net/timeout chain=\[503\]$`

func netH1(w http.ResponseWriter, r *http.Request) {} // want `handler netH1 net/http GET, HEAD at GET, HEAD /net/bare chain=\[\]$`
func netH2(w http.ResponseWriter, r *http.Request) {} // want `handler netH2 net/http GET, HEAD at GET, HEAD /net/wrapped chain=\[401\]$`
func netH4(w http.ResponseWriter, r *http.Request) {} // want `handler netH4 net/http GET, HEAD at GET, HEAD /net/foreign chain=\?$`
func netH6(w http.ResponseWriter, r *http.Request) {} // want `handler netH6 net/http GET, HEAD at GET, HEAD /net/logged chain=\[503\]$`
