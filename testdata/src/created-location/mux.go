package createdlocation

import (
	"encoding/json"
	nethttp "net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/mux/gadgets", muxCreateGadget).Methods(nethttp.MethodPost)
	r.Methods("POST").Path("/mux/widgets").HandlerFunc(muxCreateWidget)

	r.HandleFunc("/mux/gadgets/located", muxCreateLocated).Methods("POST")
	r.HandleFunc("/mux/gadgets/{id}", muxUpsertGadget).Methods("PUT", "POST")
	return r
}

// The file imports net/http as nethttp.
func muxCreateGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusCreated) // want `created-location: 201 Created answers POST /mux/gadgets with no Location header`
	json.NewEncoder(w).Encode(item{})
}

func muxCreateWidget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(201) // want `created-location: 201 Created answers POST /mux/widgets with no Location header`
}

// --- quiet ---

func muxCreateLocated(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.Header().Set("Location", "/mux/gadgets/1")
	w.WriteHeader(nethttp.StatusCreated)
}

// PUT or POST: not known to be a POST.
func muxUpsertGadget(w nethttp.ResponseWriter, r *nethttp.Request) {
	w.WriteHeader(nethttp.StatusCreated)
}
