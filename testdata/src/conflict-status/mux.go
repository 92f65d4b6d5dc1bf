package conflictstatus

import (
	"database/sql"
	"errors"
	stdhttp "net/http"

	"github.com/go-sql-driver/mysql"
	"github.com/gorilla/mux"
)

type muxServer struct{ db *sql.DB }

func muxRoutes(s *muxServer) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/tags", s.createTag).Methods(stdhttp.MethodPost)
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/tags/{name}", s.putTag).Methods("PUT")
	r.Methods("POST").Path("/tags/bulk").HandlerFunc(s.bulkTags)

	r.HandleFunc("/tags/ok", s.createTagOK).Methods(stdhttp.MethodPost)
	return r
}

// MySQL ER_DUP_ENTRY after errors.As.
func (s *muxServer) createTag(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	_, err := s.db.ExecContext(r.Context(), "INSERT INTO tags (name) VALUES (?)", r.FormValue("name"))
	var myErr *mysql.MySQLError
	if errors.As(err, &myErr) && myErr.Number == 1062 {
		stdhttp.Error(w, "tag exists", stdhttp.StatusInternalServerError) // want `conflict-status: 500 Internal Server Error answers a duplicate \(MySQL error 1062 \(duplicate entry\)\) in POST /tags; .*use 409 Conflict`
		return
	}
	if err != nil {
		stdhttp.Error(w, err.Error(), stdhttp.StatusInternalServerError)
		return
	}
	w.WriteHeader(stdhttp.StatusCreated)
}

func (s *muxServer) putTag(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	_, err := s.db.Exec("INSERT INTO tags (name) VALUES (?)", mux.Vars(r)["name"])
	var myErr *mysql.MySQLError
	if errors.As(err, &myErr) {
		if myErr.Number == 1062 {
			w.WriteHeader(stdhttp.StatusBadRequest) // want `conflict-status: 400 Bad Request answers a duplicate \(MySQL error 1062 \(duplicate entry\)\) in PUT /api/tags/\{name\}; .*use 409 Conflict`
			return
		}
	}
	w.WriteHeader(stdhttp.StatusNoContent)
}

func (s *muxServer) bulkTags(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	if err := insertTags(s.db, r.Form["name"]); errors.Is(err, ErrAlreadyExists) {
		stdhttp.Error(w, "tag exists", 500) // want `conflict-status: 500 Internal Server Error answers a duplicate \(conflictstatus\.ErrAlreadyExists\) in POST /tags/bulk; .*use 409 Conflict`
		return
	}
	w.WriteHeader(stdhttp.StatusCreated)
}

func insertTags(db *sql.DB, names []string) error { return ErrAlreadyExists }

// --- quiet ---

func (s *muxServer) createTagOK(w stdhttp.ResponseWriter, r *stdhttp.Request) {
	_, err := s.db.Exec("INSERT INTO tags (name) VALUES (?)", r.FormValue("name"))
	var myErr *mysql.MySQLError
	if errors.As(err, &myErr) && myErr.Number == 1062 {
		stdhttp.Error(w, "tag exists", stdhttp.StatusConflict)
		return
	}
	if errors.As(err, &myErr) && myErr.Number == 1452 {
		stdhttp.Error(w, "no such parent", stdhttp.StatusBadRequest) // a foreign-key failure
		return
	}
	w.WriteHeader(stdhttp.StatusCreated)
}
