package validationstatus

import (
	"encoding/json"
	"net/http"

	vd "github.com/go-playground/validator/v10"
	"github.com/gorilla/mux"
)

type addressRequest struct {
	Street string `json:"street" validate:"required"`
	Zip    string `json:"zip" validate:"required,numeric,len=5"`
}

// Validate is the request's own check.
func (a *addressRequest) Validate() error {
	return vd.New().Struct(a)
}

type muxServer struct{ v *vd.Validate }

func muxRoutes(s *muxServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/addresses", s.createAddress).Methods(http.MethodPost)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/addresses/{id}", s.putAddress).Methods("PUT")

	r.HandleFunc("/addresses/ok", s.createAddressOK).Methods(http.MethodPost)
	return r
}

func (s *muxServer) createAddress(w http.ResponseWriter, r *http.Request) {
	req := &addressRequest{}
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := req.Validate(); err != nil {
		w.WriteHeader(http.StatusBadRequest) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from .*Validate\) in POST /addresses; .*422 Unprocessable Entity`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *muxServer) putAddress(w http.ResponseWriter, r *http.Request) {
	var req addressRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		w.WriteHeader(http.StatusUnprocessableEntity) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in PUT /api/addresses/\{id\}; .*400 Bad Request`
		return
	}
	if err := s.v.StructPartial(req, "Zip"); err != nil {
		http.Error(w, err.Error(), 400) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.StructPartial\) in PUT /api/addresses/\{id\}; .*422 Unprocessable Entity`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// --- quiet ---

func (s *muxServer) createAddressOK(w http.ResponseWriter, r *http.Request) {
	req := &addressRequest{}
	if err := json.NewDecoder(r.Body).Decode(req); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err := req.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
}
