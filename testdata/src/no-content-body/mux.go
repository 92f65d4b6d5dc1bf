package nocontentbody

import (
	"encoding/json"
	"fmt"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

type gadgetServer struct{}

func muxRoutes(s *gadgetServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets/{id}", s.deleteGadget).Methods("DELETE")
	r.HandleFunc("/gadgets/{id}", muxGetGadget).Methods(nethttp.MethodGet)
	r.Methods("POST").Path("/gadgets/{id}/reset").HandlerFunc(muxResetGadget)
	r.HandleFunc("/gadgets/{id}/check", muxCheckGadget)

	r.HandleFunc("/gadgets/{id}/quiet", muxQuietDelete).Methods("DELETE")
	r.HandleFunc("/gadgets/{id}/cached", muxCachedGadget).Methods("GET", "HEAD")
	r.Handle("/gadgets", muxLogging(nethttp.HandlerFunc(muxListGadgets))).Methods("GET")
	r.Methods("OPTIONS").HandlerFunc(muxPreflight)
	return r
}

// The file imports net/http as nethttp: the fix keeps the alias.
func (s *gadgetServer) deleteGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in DELETE /gadgets/\{id\}; a 204 response cannot carry one and the client never sees it, use 200 OK to keep the body`
	fmt.Fprintf(w, "deleted %s\n", mux.Vars(r)["id"])
}

func muxGetGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "not modified", nethttp.StatusNotModified) // want `no-content-body: 304 Not Modified is sent with a body in GET /gadgets/\{id\}`
}

func muxResetGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	const reset = nethttp.StatusResetContent
	w.WriteHeader(reset) // want `no-content-body: 205 Reset Content is sent with a body in POST /gadgets/\{id\}/reset`
	json.NewEncoder(w).Encode(map[string]string{"state": "reset"})
}

// A guard narrows the route to DELETE; the body follows the 204 anyway.
func muxCheckGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method != nethttp.MethodDelete {
		w.WriteHeader(nethttp.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(204) // want `no-content-body: 204 No Content is sent with a body in DELETE /gadgets/\{id\}/check`
	w.Write([]byte("ok"))
}

func muxQuietDelete(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusNoContent)
}

func muxCachedGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Header.Get("If-Modified-Since") != "" {
		w.WriteHeader(nethttp.StatusNotModified)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{})
}

// muxRecorder counts what the wrapped handler writes.
type muxRecorder struct {
	nethttp.ResponseWriter
	code  int
	bytes int
}

func (m *muxRecorder) WriteHeader(code int) {
	m.code = code
	m.ResponseWriter.WriteHeader(code)
}

func (m *muxRecorder) Write(b []byte) (int, error) {
	n, err := m.ResponseWriter.Write(b)
	m.bytes += n
	return n, err
}

func muxLogging(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		rec := &muxRecorder{ResponseWriter: w, code: nethttp.StatusNoContent}
		next.ServeHTTP(rec, r)
		fmt.Println(r.Method, r.URL.Path, rec.code, rec.bytes)
	})
}

func muxListGadgets(w nethttp.ResponseWriter, r *nethttp.Request) {
	json.NewEncoder(w).Encode([]string{})
}

func muxPreflight(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.WriteHeader(nethttp.StatusNoContent)
}
