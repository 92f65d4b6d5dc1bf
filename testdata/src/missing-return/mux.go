package missingreturn

import (
	"encoding/json"
	stdhttp "net/http"

	"github.com/gorilla/mux"
	gmux "github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets/{id}", getGadget).Methods("GET")
	api := r.PathPrefix("/api").Subrouter()
	api.Methods("DELETE").Path("/gadgets/{id}").HandlerFunc(deleteGadget)
	return r
}

// --- positives ---

func getGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	id, ok := gmux.Vars(r)["id"]
	if !ok {
		stdhttp.NotFound(w, r) // want `missing-return: stdhttp\.NotFound completes the response in getGadget`
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"id": id})
}

func deleteGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	if r.Header.Get("Authorization") == "" {
		if r.URL.Query().Get("token") == "" {
			stdhttp.Error(w, "login required", stdhttp.StatusUnauthorized) // want `missing-return: stdhttp\.Error completes the response in deleteGadget`
		}
	}
	w.WriteHeader(stdhttp.StatusNoContent)
}

// --- negatives ---

func putGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var body map[string]any
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		stdhttp.Error(w, err.Error(), stdhttp.StatusBadRequest)
		return
	}
	if mux.Vars(r)["id"] == "" {
		stdhttp.NotFound(w, r)
	}
}
