package clienterrorstatus

import (
	"encoding/json"
	"net/http"
	"strconv"

	gmux "github.com/gorilla/mux"
)

type muxServer struct{}

func muxRoutes(s *muxServer) *gmux.Router {
	r := gmux.NewRouter()
	r.HandleFunc("/tasks/{id}", s.getTask).Methods(http.MethodGet)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/tasks/{id}", s.putTask).Methods("PUT")
	r.Methods("POST").Path("/tasks").HandlerFunc(s.createTask)

	r.HandleFunc("/tasks/{id}/ok", s.getTaskOK).Methods(http.MethodGet)
	return r
}

type task struct {
	ID    uint64
	Title string
}

func (s *muxServer) getTask(w http.ResponseWriter, r *http.Request) {
	vars := gmux.Vars(r)
	id, err := strconv.Atoi(vars["id"])
	if err != nil {
		http.Error(w, "bad id", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /tasks/\{id\}; .*use 400 Bad Request`
		return
	}
	json.NewEncoder(w).Encode(task{ID: uint64(id)})
}

func (s *muxServer) putTask(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseUint(gmux.Vars(r)["id"], 10, 64)
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.ParseUint\) in PUT /api/tasks/\{id\}; .*use 400 Bad Request`
		return
	}
	var t task
	if err := json.NewDecoder(r.Body).Decode(&t); err != nil {
		http.Error(w, "bad json", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in PUT /api/tasks/\{id\}; .*use 400 Bad Request`
		return
	}
	t.ID = id
	json.NewEncoder(w).Encode(t)
}

func (s *muxServer) createTask(w http.ResponseWriter, r *http.Request) {
	var t task
	err := json.NewDecoder(r.Body).Decode(&t)
	if err != nil {
		http.Error(w, "bad json", 502) // want `client-error-status: 502 Bad Gateway answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /tasks; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// --- quiet ---

func (s *muxServer) getTaskOK(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(gmux.Vars(r)["id"])
	if err != nil {
		http.Error(w, "bad id", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(task{ID: uint64(id)})
}

func muxAccessRoutes(r *gmux.Router) {
	r.HandleFunc("/access/tasks/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(gmux.Vars(r)["id"], 10, 64)
		if err != nil {
			w.WriteHeader(http.StatusUnauthorized) // want `client-error-status: 401 Unauthorized answers a request that could not be read \(the error comes from strconv\.ParseUint\) in GET /access/tasks/\{id\}; the client sent it, which is 400 Bad Request, not missing credentials`
			return
		}
		json.NewEncoder(w).Encode(task{ID: id})
	}).Methods(http.MethodGet)
	// --- quiet ---
	r.HandleFunc("/access/tasks/{id}/ok", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(gmux.Vars(r)["id"], 10, 64)
		if err != nil {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(task{ID: id})
	}).Methods(http.MethodGet)
}
