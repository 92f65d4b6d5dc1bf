package errorbranchsuccess

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"html/template"
	"log"
	"net/http"
	"os"
	"strconv"
)

type report struct {
	ID    int
	Title string
}

type cache struct{}

func (c *cache) Purge(id string) error { return nil }

type reportServer struct {
	db     *sql.DB
	tmpl   *template.Template
	client *http.Client
	cache  *cache
}

func routes(mux *http.ServeMux, s *reportServer) {
	mux.HandleFunc("GET /reports", s.listReports)
	mux.HandleFunc("POST /reports", s.createReport)
	mux.HandleFunc("GET /reports/{id}", s.getReport)
	mux.HandleFunc("GET /reports/{id}/html", s.renderReport)
	mux.HandleFunc("POST /reports/{id}/sync", s.syncReport)
	mux.HandleFunc("GET /reports/{id}/json", s.getReportJSON)
	mux.HandleFunc("PUT /reports/{id}", updateReportHandler(s.db))
	mux.HandleFunc("DELETE /reports/{id}/rows", func(w http.ResponseWriter, r *http.Request) {
		_, err := s.db.ExecContext(r.Context(), "DELETE FROM report_rows WHERE report = ?", r.PathValue("id"))
		if err != nil {
			const done = http.StatusNoContent
			w.WriteHeader(done) // want `error-branch-success: 204 No Content answers a server failure \(the error comes from sql\.DB\.ExecContext\) in DELETE /reports/\{id\}/rows; .*use 500 Internal Server Error`
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})

	mux.HandleFunc("GET /reports/{id}/ok", s.getReportOK)
	mux.HandleFunc("DELETE /reports/{id}", s.deleteReport)
	mux.HandleFunc("DELETE /reports/{id}/nested", s.deleteReportNested)
	mux.HandleFunc("DELETE /reports/{id}/cache", s.purgeReport)
	mux.HandleFunc("POST /reports/warn", s.createReportWarn)
	mux.HandleFunc("GET /reports/page", s.pageReports)
}

// A query that failed, answered as if it worked.
func (s *reportServer) listReports(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT id, title FROM reports")
	if err != nil {
		log.Printf("list reports: %v", err)
		w.WriteHeader(http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.DB\.QueryContext\) in GET /reports; .*use 500 Internal Server Error`
		return
	}
	defer rows.Close()
	var out []report
	for rows.Next() {
		var rp report
		if err := rows.Scan(&rp.ID, &rp.Title); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		out = append(out, rp)
	}
	json.NewEncoder(w).Encode(out)
}

// A body that could not be decoded.
func (s *reportServer) createReport(w http.ResponseWriter, r *http.Request) {
	var in report
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusNoContent) // want `error-branch-success: 204 No Content answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /reports; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *reportServer) getReport(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		w.WriteHeader(200) // want `error-branch-success: 200 OK answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /reports/\{id\}; .*use 400 Bad Request`
		return
	}
	var rp report
	if err := s.db.QueryRow("SELECT title FROM reports WHERE id = ?", id).Scan(&rp.Title); err != nil {
		w.WriteHeader(http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.Row\.Scan\) in GET /reports/\{id\}; .*use 500 Internal Server Error`
		return
	}
	json.NewEncoder(w).Encode(rp)
}

// A template that failed to render into a buffer.
func (s *reportServer) renderReport(w http.ResponseWriter, r *http.Request) {
	var buf bytes.Buffer
	if err := s.tmpl.Execute(&buf, report{}); err != nil {
		w.WriteHeader(http.StatusAccepted) // want `error-branch-success: 202 Accepted answers a server failure \(the error comes from template\.Template\.Execute\) in GET /reports/\{id\}/html; .*use 500 Internal Server Error`
		return
	}
	buf.WriteTo(w)
}

// An upstream call that failed.
func (s *reportServer) syncReport(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, "https://sync.example.com/reports", nil)
	resp, err := s.client.Do(req)
	if err != nil {
		http.Error(w, "sync failed", http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from http\.Client\.Do\) in POST /reports/\{id\}/sync; .*use 500 Internal Server Error`
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusNoContent)
}

// The 2xx and an error body written in the branch: one response, still a 2xx.
func (s *reportServer) getReportJSON(w http.ResponseWriter, r *http.Request) {
	var rp report
	err := s.db.QueryRow("SELECT title FROM reports WHERE id = ?", r.PathValue("id")).Scan(&rp.Title)
	if err != nil {
		w.WriteHeader(http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.Row\.Scan\) in GET /reports/\{id\}/json; .*use 500 Internal Server Error`
		json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
		return
	}
	json.NewEncoder(w).Encode(rp)
}

// A handler returned by a factory.
func updateReportHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		_, err := db.Exec("UPDATE reports SET title = ? WHERE id = ?", r.FormValue("title"), r.PathValue("id"))
		if err != nil {
			w.WriteHeader(http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.DB\.Exec\) in PUT /reports/\{id\}; .*use 500 Internal Server Error`
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// --- quiet ---

// The success branch.
func (s *reportServer) getReportOK(w http.ResponseWriter, r *http.Request) {
	var rp report
	err := s.db.QueryRow("SELECT title FROM reports WHERE id = ?", r.PathValue("id")).Scan(&rp.Title)
	if err == nil {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(rp)
		return
	}
	http.Error(w, err.Error(), http.StatusInternalServerError)
}

// An idempotent DELETE of what is already gone.
func (s *reportServer) deleteReport(w http.ResponseWriter, r *http.Request) {
	var id int
	err := s.db.QueryRow("DELETE FROM reports WHERE id = ? RETURNING id", r.PathValue("id")).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func (s *reportServer) deleteReportNested(w http.ResponseWriter, r *http.Request) {
	var id int
	if err := s.db.QueryRow("DELETE FROM reports WHERE id = ? RETURNING id", r.PathValue("id")).Scan(&id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			w.WriteHeader(http.StatusOK)
			return
		}
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// An error from the project's own code: best effort, no named origin.
func (s *reportServer) purgeReport(w http.ResponseWriter, r *http.Request) {
	if err := s.cache.Purge(r.PathValue("id")); err != nil {
		log.Printf("purge: %v", err)
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The 2xx is followed on every path by another response: missing-return's business.
func (s *reportServer) createReportWarn(w http.ResponseWriter, r *http.Request) {
	var in report
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		w.WriteHeader(http.StatusOK)
	}
	http.Error(w, "not implemented", http.StatusNotImplemented)
}

// A configuration value: no request, no named origin.
func (s *reportServer) pageReports(w http.ResponseWriter, r *http.Request) {
	size, err := strconv.Atoi(os.Getenv("REPORTS_PAGE_SIZE"))
	if err != nil {
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode([]report{})
		return
	}
	json.NewEncoder(w).Encode(make([]report, size))
}

// --- a test of err repeated after a branch that returned ---

func retestRoutes(mux *http.ServeMux, s *reportServer) {
	mux.HandleFunc("GET /retest/dead", s.retestDead)
	mux.HandleFunc("GET /retest/live", s.retestLive)
}

// The second branch cannot be taken: err == nil on every path to it.
func (s *reportServer) retestDead(w http.ResponseWriter, r *http.Request) {
	rows, err := s.db.QueryContext(r.Context(), "SELECT id FROM reports")
	if err != nil {
		http.Error(w, "query failed", http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// No return in the first branch: the second is reachable.
func (s *reportServer) retestLive(w http.ResponseWriter, r *http.Request) {
	_, err := s.db.QueryContext(r.Context(), "SELECT id FROM reports")
	if err != nil {
		log.Printf("query: %v", err)
	}
	if err != nil {
		w.WriteHeader(http.StatusOK) // want `error-branch-success: 200 OK answers a server failure \(the error comes from sql\.DB\.QueryContext\) in GET /retest/live`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
