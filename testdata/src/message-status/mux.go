package messagestatus

import (
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

type order struct{ ID string }

type orderAPI struct{ orders map[string]*order }

func muxRoutes(api *orderAPI) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/orders/{id}", api.getOrder).Methods("GET")
	r.HandleFunc("/orders", api.createOrder).Methods("POST")
	return r
}

func (api *orderAPI) getOrder(w http.ResponseWriter, r *http.Request) {
	o := api.orders[mux.Vars(r)["id"]]
	if o == nil {
		w.WriteHeader(http.StatusInternalServerError) // want `message-status: 500 Internal Server Error sends the message "order not found" in GET /orders/\{id\}`
		fmt.Fprintf(w, "order not found")
		return
	}
	if r.URL.Query().Get("sig") == "" {
		w.WriteHeader(http.StatusOK) // want `message-status: 200 OK sends the message "Unauthorized" in GET /orders/\{id\}; "unauthorized"`
		json.NewEncoder(w).Encode(map[string]string{"error": "Unauthorized"})
		return
	}
	// --- negatives ---
	if r.URL.Query().Get("v") == "2" {
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprintf(w, "order %s not found", o.ID) // the constant text comes after a verb
		return
	}
	json.NewEncoder(w).Encode(o)
}

func (api *orderAPI) createOrder(w http.ResponseWriter, r *http.Request) {
	var o order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest) // agrees
		return
	}
	// --- negatives ---
	if api.orders[o.ID] != nil {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(map[string]string{"message": "order already exists"}) // a 2xx message: an idempotent create
		return
	}
	if o.ID == "" {
		w.WriteHeader(http.StatusInternalServerError)
		json.NewEncoder(w).Encode(map[string]string{"error": "order.duplicate"}) // an i18n key
		return
	}
	w.WriteHeader(http.StatusCreated)
}
