package methodstatus

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

type gadgetServer struct{}

func muxRoutes(s *gadgetServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets/{id}", s.getGadget).Methods("GET")
	r.HandleFunc("/gadgets/{id}/copy", muxCopyGadget).Methods(nethttp.MethodGet, nethttp.MethodHead)
	r.Methods("DELETE").Path("/gadgets/{id}").HandlerFunc(muxDeleteGadget)
	r.HandleFunc("/gadgets/search", muxSearchGadgets).Methods("POST")
	sub := r.PathPrefix("/v2").Subrouter()
	sub.HandleFunc("/gadgets/{id}", muxGetGadgetV2).Methods("GET")
	r.Handle("/gadgets/{id}/lock", nethttp.HandlerFunc(muxLockGadget)).Methods("GET")

	r.HandleFunc("/gadgets", muxCreateGadget).Methods(nethttp.MethodPost)
	r.HandleFunc("/gadgets/{id}", muxPutGadget).Methods("PUT", "PATCH")
	r.HandleFunc("/gadgets/form", muxGadgetForm).Methods("GET", "POST")
	r.HandleFunc("/gadgets/{id}/any", muxAnyGadget)
	r.HandleFunc("/gadgets/{id}/cached", muxCachedGadget).Methods("GET", "HEAD")
	r.Handle("/gadgets/{id}/logged", muxLogging(nethttp.HandlerFunc(muxLoggedGadget))).Methods("GET")
	return r
}

// The file imports net/http as nethttp: the fix keeps the alias.
func (s *gadgetServer) getGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusCreated) // want `method-status: 201 Created answers GET /gadgets/\{id\}; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	json.NewEncoder(w).Encode(map[string]string{"id": mux.Vars(r)["id"]})
}

func muxCopyGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	const copied = nethttp.StatusCreated
	w.WriteHeader(copied) // want `method-status: 201 Created answers GET /gadgets/\{id\}/copy; .*, use 200 OK`
	json.NewEncoder(w).Encode(map[string]string{"id": mux.Vars(r)["id"]})
}

func muxDeleteGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(201) // want `method-status: 201 Created answers DELETE /gadgets/\{id\}; .*, use 204 No Content`
}

func muxSearchGadgets(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Header.Get("If-None-Match") != "" {
		w.WriteHeader(nethttp.StatusNotModified) // want `method-status: 304 Not Modified answers POST /gadgets/search`
		return
	}
	json.NewEncoder(w).Encode([]string{})
}

func muxGetGadgetV2(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "created", nethttp.StatusCreated) // want `method-status: 201 Created answers GET /v2/gadgets/\{id\}; .*, use 200 OK`
}

func muxLockGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "locked", 409) // want `method-status: 409 Conflict answers GET /gadgets/\{id\}/lock`
}

func muxCreateGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Location", "/gadgets/1")
	w.WriteHeader(nethttp.StatusCreated)
}

// PUT or PATCH: PUT may create.
func muxPutGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusCreated)
}

func muxGadgetForm(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusCreated)
}

// No .Methods: any method may reach it, except where the guard says.
func muxAnyGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Method == nethttp.MethodPost {
		w.WriteHeader(nethttp.StatusCreated)
		return
	}
	w.WriteHeader(nethttp.StatusConflict)
}

func muxCachedGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	if r.Header.Get("If-None-Match") == `"abc"` {
		w.WriteHeader(nethttp.StatusNotModified)
		return
	}
	w.Header().Set("ETag", `"abc"`)
	json.NewEncoder(w).Encode(map[string]string{})
}

// muxRecorder records the status the wrapped handler writes.
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
		if rec.code == nethttp.StatusCreated {
			println("created on", r.Method)
		}
	})
}

func muxLoggedGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	json.NewEncoder(w).Encode(map[string]string{})
}
