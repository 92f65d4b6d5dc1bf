package emptydeleteok

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

type gadgetServer struct{}

func muxRoutes(s *gadgetServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets/{id}", muxDeleteGadget).Methods("DELETE")
	r.Methods(nethttp.MethodDelete).Path("/gadgets/{id}/parts").HandlerFunc(s.removeParts)
	sub := r.PathPrefix("/v2").Subrouter()
	sub.HandleFunc("/gadgets/{id}", muxDeleteGadgetV2).Methods(nethttp.MethodDelete)
	r.HandleFunc("/gadgets/{id}/guarded", muxGuardedGadget)

	r.HandleFunc("/gadgets/{id}/quiet", muxQuietDelete).Methods("DELETE")
	r.HandleFunc("/gadgets/{id}/report", muxReportDelete).Methods("DELETE")
	r.HandleFunc("/gadgets/{id}/shared", muxShared).Methods("DELETE", "POST")
	r.HandleFunc("/gadgets/{id}/any", muxShared)
	r.Handle("/gadgets/{id}/logged", muxLogging(nethttp.HandlerFunc(muxQuietDelete))).Methods("DELETE")
	return r
}

// The file imports net/http as nethttp: the fix keeps the alias.
func muxDeleteGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /gadgets/\{id\}; a DELETE with nothing to return is 204 No Content`
}

func (s *gadgetServer) removeParts(w nethttp.ResponseWriter, r *nethttp.Request) {
	const done = nethttp.StatusOK
	w.WriteHeader(done) // want `empty-delete-ok: 200 OK with no body answers DELETE /gadgets/\{id\}/parts`
}

func muxDeleteGadgetV2(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /v2/gadgets/\{id\}; a DELETE`
}

func muxGuardedGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method != nethttp.MethodDelete {
		w.WriteHeader(nethttp.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(nethttp.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /gadgets/\{id\}/guarded`
}

func muxQuietDelete(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusNoContent)
}

func muxReportDelete(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusOK)
	json.NewEncoder(w).Encode(map[string]string{"deleted": mux.Vars(r)["id"]})
}

func muxShared(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusOK)
}

// muxRecorder starts at 200 and records what the wrapped handler writes.
type muxRecorder struct {
	nethttp.ResponseWriter
	code int
}

func (m *muxRecorder) WriteHeader(code int) {
	m.code = code
	m.ResponseWriter.WriteHeader(code)
}

func muxLogging(next nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		rec := &muxRecorder{ResponseWriter: w, code: nethttp.StatusOK}
		next.ServeHTTP(rec, r)
		println(r.Method, rec.code)
	})
}
