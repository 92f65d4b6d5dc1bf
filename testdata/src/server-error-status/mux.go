package servererrorstatus

import (
	"database/sql"
	"net/http"
	"text/template"

	"github.com/gorilla/mux"
)

type muxServer struct {
	db   *sql.DB
	mail *template.Template
}

func muxRoutes(s *muxServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/invites/{id}", s.sendInvite).Methods(http.MethodPost)
	r.HandleFunc("/invites", s.listInvites).Methods(http.MethodGet)
	r.HandleFunc("/invites/{id}", s.getInvite).Methods(http.MethodGet)
	return r
}

func (s *muxServer) sendInvite(w http.ResponseWriter, r *http.Request) {
	if err := s.mail.Execute(w, mux.Vars(r)["id"]); err != nil {
		w.WriteHeader(http.StatusBadRequest) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from template\.Template\.Execute\) in POST /invites/\{id\}`
		return
	}
}

func (s *muxServer) listInvites(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.Query("SELECT id FROM invites")
	if err != nil {
		http.Error(w, "cannot list", http.StatusForbidden) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from sql\.DB\.Query\) in GET /invites`
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			http.Error(w, "cannot list", http.StatusBadRequest) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from sql\.Rows\.Scan\) in GET /invites`
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// --- quiet ---

func (s *muxServer) getInvite(w http.ResponseWriter, r *http.Request) {
	var email string
	if err := s.db.QueryRow("SELECT email FROM invites WHERE id = ?", mux.Vars(r)["id"]).Scan(&email); err != nil {
		http.Error(w, "no such invite", http.StatusBadRequest)
		return
	}
	w.Write([]byte(email))
}
