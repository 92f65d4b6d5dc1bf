package undeclaredstatus

import (
	"net/http"

	"github.com/gorilla/mux"
)

// The document's basePath /legacy is the PathPrefix; its {id} is the
// router's {id:[0-9]+}.
func muxRoutes() *mux.Router {
	r := mux.NewRouter()
	legacy := r.PathPrefix("/legacy").Subrouter()
	legacy.HandleFunc("/books/{id:[0-9]+}", muxGetBook).Methods(http.MethodGet)
	j := r.PathPrefix("/j").Subrouter()
	j.HandleFunc("/notes/{id}", muxPutNote).Methods(http.MethodPut)
	j.HandleFunc("/notes/{id}", muxGetNote).Methods(http.MethodGet)
	return r
}

func muxGetBook(w http.ResponseWriter, r *http.Request) {
	if mux.Vars(r)["id"] == "0" {
		http.Error(w, "gone", http.StatusGone) // want `undeclared-status: 410 Gone answers GET /legacy/books/\{id:\[0-9\]\+\}, but swagger20.yaml:6 \(GET /legacy/books/\{id\}\) does not declare it \(declared: 200, 404\)`
		return
	}
	w.Write([]byte("book"))
}

func muxPutNote(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "bad", http.StatusBadRequest) // declared by default
}

func muxGetNote(w http.ResponseWriter, r *http.Request) {
	if mux.Vars(r)["id"] == "" {
		w.WriteHeader(http.StatusNotFound) // want `undeclared-status: 404 Not Found answers GET /j/notes/\{id\}, but swagger20.json:11 \(GET /j/notes/\{id\}\) does not declare it \(declared: 200\)`
		return
	}
	w.Write([]byte("note"))
}
