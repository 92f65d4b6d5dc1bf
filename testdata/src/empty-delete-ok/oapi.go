package emptydeleteok

// A spec-first server: oapi-codegen's std-http-server wrapper (package
// petapi, generated as it is) registers "DELETE "+options.BaseURL+"/pets/{id}"
// and calls this implementation through the generated ServerInterface,
// with the path parameter as an argument.

import (
	"encoding/json"
	"net/http"

	"statuslint.test/src/empty-delete-ok/petapi"
)

type petServer struct{}

func petHandler() http.Handler { return petapi.Handler(&petServer{}) }

func (s *petServer) FindPets(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode([]petapi.Pet{})
}

func (s *petServer) AddPet(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(petapi.Pet{})
}

func (s *petServer) DeletePet(w http.ResponseWriter, r *http.Request, id int64) {
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /pets/\{id\}; a DELETE with nothing to return is 204 No Content`
}

// FindPetByID serves GET /pets/{id}: an empty 200 there is not this rule's.
func (s *petServer) FindPetByID(w http.ResponseWriter, r *http.Request, id int64) {
	w.WriteHeader(http.StatusOK)
}
