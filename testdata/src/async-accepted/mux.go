package asyncaccepted

import (
	nethttp "net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/mux/rebuild", muxRebuild).Methods("POST")

	r.HandleFunc("/mux/rebuild/accepted", muxRebuildAccepted).Methods("POST")
	return r
}

// The file imports net/http as nethttp: the fix keeps the alias.
func muxRebuild(w nethttp.ResponseWriter, r *nethttp.Request) {
	go process(job{ID: mux.Vars(r)["id"]})
	w.WriteHeader(nethttp.StatusOK) // want `async-accepted: 200 OK answers POST /mux/rebuild after handing the work to a goroutine`
}

// --- quiet ---

func muxRebuildAccepted(w nethttp.ResponseWriter, r *nethttp.Request) {
	go process(job{})
	w.WriteHeader(nethttp.StatusAccepted)
}
