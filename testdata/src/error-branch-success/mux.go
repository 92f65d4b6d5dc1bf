package errorbranchsuccess

import (
	"bytes"
	"encoding/json"
	"html/template"
	stdhttp "net/http"

	"github.com/gorilla/mux"
)

type muxServer struct{ tmpl *template.Template }

func muxRoutes(s *muxServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/pages/{name}", s.renderPage).Methods(stdhttp.MethodGet)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/pages", s.createPage).Methods("POST")

	r.HandleFunc("/pages/{name}/ok", s.renderPageOK).Methods(stdhttp.MethodGet)
	return r
}

func (s *muxServer) renderPage(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, mux.Vars(r)["name"], nil); err != nil {
		w.WriteHeader(stdhttp.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from template\.Template\.ExecuteTemplate\) in GET /pages/\{name\}; .*use 500 Internal Server Error`
		return
	}
	buf.WriteTo(w)
}

func (s *muxServer) createPage(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var in map[string]string
	err := json.NewDecoder(r.Body).Decode(&in)
	if err != nil {
		w.WriteHeader(202) // want `error-branch-success: 202 Accepted answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /api/pages; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(stdhttp.StatusCreated)
}

// --- quiet ---

func (s *muxServer) renderPageOK(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	var buf bytes.Buffer
	if err := s.tmpl.ExecuteTemplate(&buf, mux.Vars(r)["name"], nil); err != nil {
		stdhttp.Error(w, err.Error(), stdhttp.StatusInternalServerError)
		return
	}
	buf.WriteTo(w)
}
