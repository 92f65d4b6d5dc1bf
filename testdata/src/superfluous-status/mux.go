package superfluousstatus

import (
	"encoding/json"
	"fmt"
	stdhttp "net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets", listGadgets).Methods("GET")
	r.HandleFunc("/gadgets", createGadget).Methods(stdhttp.MethodPost)
	api := r.PathPrefix("/api").Subrouter()
	api.Methods("DELETE").Path("/gadgets/{id}").HandlerFunc(deleteGadget)
	return r
}

// --- positives ---

func listGadgets(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	json.NewEncoder(w).Encode([]string{"a", "b"})
	w.WriteHeader(stdhttp.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(as 200 OK by json\.NewEncoder\(w\)\.Encode`
}

func createGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	w.WriteHeader(stdhttp.StatusCreated)
	fmt.Fprintf(w, `{"id":%q}`, "g1")
	w.WriteHeader(stdhttp.StatusCreated) // want `superfluous-status: 201 Created is set after the header was already sent \(as 201 Created by w\.WriteHeader`
}

func deleteGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	if mux.Vars(r)["id"] == "" {
		stdhttp.Error(w, "missing id", stdhttp.StatusBadRequest)
	} else {
		w.WriteHeader(stdhttp.StatusNoContent)
	}
	stdhttp.Error(w, "done", stdhttp.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(on every path to it\)`
}

// --- negatives ---

func getGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	id, ok := mux.Vars(r)["id"]
	if !ok {
		stdhttp.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(map[string]string{"id": id}); err != nil {
		stdhttp.Error(w, err.Error(), stdhttp.StatusInternalServerError)
	}
}
