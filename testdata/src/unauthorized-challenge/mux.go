package unauthorizedchallenge

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/keys", muxKeys).Methods("GET")
	r.Methods("POST").Path("/keys").HandlerFunc(muxCreateKey)
	return r
}

// The file imports net/http as nethttp.
func muxKeys(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Header.Get("X-API-Key") == "" {
		w.WriteHeader(nethttp.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /keys has no WWW-Authenticate header`
		return
	}
	json.NewEncoder(w).Encode([]string{})
}

// --- quiet ---

func muxCreateKey(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Header.Get("X-API-Key") == "" {
		w.Header().Set("WWW-Authenticate", `ApiKey header="X-API-Key"`)
		nethttp.Error(w, "api key required", nethttp.StatusUnauthorized)
		return
	}
	w.WriteHeader(nethttp.StatusCreated)
}
