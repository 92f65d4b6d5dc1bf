package model

import (
	"net/http"

	"github.com/gorilla/mux"
)

func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/gadgets", listGadgets).Methods("GET")
	r.HandleFunc("/gadgets", createGadget).Methods(http.MethodPost, http.MethodPut)
	r.Methods("DELETE").Path("/gadgets/{id}").HandlerFunc(deleteGadget)
	r.Path("/gadgets/{id}").Handler(http.HandlerFunc(anyGadget))
	return r
}

func listGadgets(w http.ResponseWriter, r *http.Request)  {} // want `handler listGadgets net/http GET`
func createGadget(w http.ResponseWriter, r *http.Request) {} // want `handler createGadget net/http POST, PUT`
func deleteGadget(w http.ResponseWriter, r *http.Request) {} // want `handler deleteGadget net/http DELETE`
func anyGadget(w http.ResponseWriter, r *http.Request)    {} // want `handler anyGadget net/http unknown`
