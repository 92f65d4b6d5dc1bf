package allowheader

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

// fileAPI is a handler value: its ServeHTTP is the handler.
type fileAPI struct{}

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/mux/upload", muxUpload)
	r.Handle("/mux/api", fileAPI{})

	r.HandleFunc("/mux/allowed", muxAllowed)
	return r
}

// The file imports net/http as nethttp; the inserted call uses the writer.
func muxUpload(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method != nethttp.MethodPut {
		nethttp.Error(w, "PUT only", nethttp.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
		return
	}
	w.WriteHeader(nethttp.StatusNoContent)
}

func (fileAPI) ServeHTTP(w nethttp.ResponseWriter, r *nethttp.Request) {
	switch r.Method {
	case nethttp.MethodGet:
		json.NewEncoder(w).Encode([]file{})
	case nethttp.MethodDelete:
		w.WriteHeader(nethttp.StatusNoContent)
	default:
		w.WriteHeader(nethttp.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
}

// --- quiet ---

func muxAllowed(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method != nethttp.MethodGet {
		w.Header().Set("Allow", nethttp.MethodGet)
		w.WriteHeader(nethttp.StatusMethodNotAllowed)
		return
	}
	json.NewEncoder(w).Encode(file{})
}
