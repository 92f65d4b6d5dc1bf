// Package oapidoc implements the petstore's oapi-codegen server (package
// petapi, generated as it is): each implementation method is checked
// against its operation in petstore.yaml through the generated interface
// and the routes the generated file registers. Nothing is reported inside
// the generated file, which answers 400 on a malformed id on its own.
package oapidoc

import (
	"encoding/json"
	"net/http"

	"statuslint.test/src/empty-delete-ok/petapi"
)

type server struct{}

func Handler() http.Handler { return petapi.Handler(&server{}) }

func (s *server) FindPets(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode([]petapi.Pet{})
}

func (s *server) AddPet(w http.ResponseWriter, r *http.Request) {
	var p petapi.Pet
	if err := json.NewDecoder(r.Body).Decode(&p); err != nil {
		http.Error(w, "bad pet", http.StatusBadRequest) // declared
		return
	}
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(petapi.Pet{Name: p.Name})
}

func (s *server) DeletePet(w http.ResponseWriter, r *http.Request, id int64) {
	if id == 0 {
		http.Error(w, "locked", http.StatusConflict) // want `undeclared-status: 409 Conflict answers DELETE /pets/\{id\}, but petstore.yaml:20 \(DELETE /pets/\{id\}\) does not declare it \(declared: 204, 404\)`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *server) FindPetByID(w http.ResponseWriter, r *http.Request, id int64) {
	if id < 0 {
		http.NotFound(w, r) // declared
		return
	}
	json.NewEncoder(w).Encode(petapi.Pet{Id: id})
}
