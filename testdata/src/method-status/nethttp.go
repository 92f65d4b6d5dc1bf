package methodstatus

import (
	"encoding/json"
	"net/http"
)

type item struct{ ID string }

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("PUT /items/{id}", putItem)
	mux.HandleFunc("/things", things)
}

func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /items/\{id\}; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	json.NewEncoder(w).Encode(item{ID: r.PathValue("id")})
}

func createItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{})
}

func putItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201) // PUT may create the resource at its own URI
}

func things(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.WriteHeader(201) // want `method-status: 201 Created answers GET /things`
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	}
	if r.Method != http.MethodDelete {
		return
	}
	w.WriteHeader(http.StatusCreated) // want `201 Created answers DELETE /things; .*use 204 No Content`
}
