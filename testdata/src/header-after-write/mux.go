package headerafterwrite

import (
	"encoding/json"
	stdhttp "net/http"

	"github.com/gorilla/mux"
	gmux "github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets", listGadgets).Methods("GET")
	r.HandleFunc("/gadgets", createGadget).Methods(stdhttp.MethodPost)
	api := r.PathPrefix("/api").Subrouter()
	api.Use(muxCORS)
	api.Methods("GET").Path("/gadgets/{id}").HandlerFunc(getGadget)
	return r
}

// --- positives ---

func listGadgets(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	json.NewEncoder(w).Encode([]string{})
	w.Header().Set("Content-Type", "application/json") // want `header-after-write: header "Content-Type" is changed after the header was sent \(as 200 OK by json\.NewEncoder\(w\)\.Encode`
}

func createGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	w.WriteHeader(stdhttp.StatusCreated)
	w.Header().Set("Location", "/gadgets/g1") // want `header-after-write: header "Location" is changed after the header was sent \(as 201 Created by w\.WriteHeader`
}

func getGadget(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	id := gmux.Vars(r)["id"]
	if id == "" {
		stdhttp.NotFound(w, r)
		w.Header().Set("X-Missing", "id") // want `header-after-write: header "X-Missing" is changed after the header was sent`
		return
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]string{"id": id})
}

// --- negatives ---

func muxCORS(next stdhttp.Handler) stdhttp.Handler {
	return stdhttp.HandlerFunc(func(w stdhttp.ResponseWriter, r *stdhttp.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		if r.Method == stdhttp.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
			w.WriteHeader(stdhttp.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}
