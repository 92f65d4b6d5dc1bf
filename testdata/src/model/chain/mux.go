package chain

import (
	"net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() {
	r := mux.NewRouter()
	r.HandleFunc("/mux/bare", muxH1).Methods("GET")
	s := r.PathPrefix("/mux/api").Subrouter()
	s.Use(chiAuth)
	s.HandleFunc("/x", muxH2).Methods("GET")
	http.ListenAndServe(":8080", r)
}

var muxGlobal = mux.NewRouter()

func muxGlobalRoutes() {
	muxGlobal.HandleFunc("/mux/global", muxH3) // a package-level router: Use may be called anywhere
}

func muxH1(w http.ResponseWriter, r *http.Request) {} // want `handler muxH1 net/http GET at GET /mux/bare chain=\[\]$`
func muxH2(w http.ResponseWriter, r *http.Request) {} // want `handler muxH2 net/http GET at GET /mux/api/x chain=\[401\]$`
func muxH3(w http.ResponseWriter, r *http.Request) {} // want `handler muxH3 net/http unknown at .* …/mux/global chain=\?$`
