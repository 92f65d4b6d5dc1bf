package undeclaredstatus

import (
	"encoding/json"
	"net/http"
)

func netRoutes(mux *http.ServeMux) {
	// swagger:route GET /items/{id} items getItem
	//
	// Get an item.
	//
	//	Responses:
	//	  200: itemResponse
	//	  404: errorResponse
	mux.HandleFunc("GET /items/{id}", netGetItem)

	mux.HandleFunc("POST /items", netCreateItem)
	mux.HandleFunc("DELETE /items/{id}", netDeleteItem)
	mux.HandleFunc("GET /items", netListItems) // no documentation: quiet
}

func netGetItem(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		http.Error(w, "no id", http.StatusBadRequest) // want `undeclared-status: 400 Bad Request answers GET /items/\{id\}, but its go-swagger comment does not declare it \(declared: 200, 404\)`
		return
	}
	if r.PathValue("id") == "0" {
		http.Error(w, "no item", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(map[string]string{"id": r.PathValue("id")})
}

// netCreateItem creates an item.
// swagger:operation POST /items items createItem
//
// Create an item.
//
// ---
// consumes: [application/json]
// responses:
//
//	"201":
//	  description: Created
//	"422":
//	  description: Invalid
//	default:
//	  description: Unexpected error
func netCreateItem(w http.ResponseWriter, r *http.Request) {
	var v map[string]string
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest) // declared by default
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(v)
}

// netDeleteItem deletes an item.
// swagger:operation DELETE /items/{id} items deleteItem
//
// ---
// responses:
//
//	204:
//	  description: Deleted
//	404:
//	  description: Not found
func netDeleteItem(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") == "" {
		w.WriteHeader(http.StatusGone) // want `undeclared-status: 410 Gone answers DELETE /items/\{id\}, but its go-swagger comment does not declare it \(declared: 204, 404\)`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func netListItems(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusTeapot)
}
