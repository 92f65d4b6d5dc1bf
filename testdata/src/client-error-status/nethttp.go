package clienterrorstatus

import (
	"database/sql"
	"encoding/json"
	"encoding/xml"
	"io"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/google/uuid"
)

type note struct {
	ID   int
	Text string
}

type noteServer struct {
	db     *sql.DB
	client *http.Client
}

func routes(mux *http.ServeMux, s *noteServer) {
	mux.HandleFunc("POST /notes", s.createNote)
	mux.HandleFunc("POST /notes/strict", s.createNoteStrict)
	mux.HandleFunc("POST /notes/limited", s.createNoteLimited)
	mux.HandleFunc("POST /notes/raw", s.createNoteRaw)
	mux.HandleFunc("POST /notes/xml", s.createNoteXML)
	mux.HandleFunc("GET /notes/{id}", s.getNote)
	mux.HandleFunc("GET /notes", s.listNotes)
	mux.HandleFunc("GET /notes/since", s.notesSince)
	mux.HandleFunc("GET /owners/{id}/notes", s.ownerNotes)
	mux.HandleFunc("POST /notes/form", s.createNoteForm)
	mux.HandleFunc("POST /notes/upload", s.uploadNote)
	mux.HandleFunc("DELETE /notes/{id}", deleteNoteHandler(s.db))
	mux.HandleFunc("PUT /notes/{id}", func(w http.ResponseWriter, r *http.Request) {
		idStr := r.PathValue("id")
		id, err := strconv.Atoi(idStr)
		if err != nil {
			const failed = http.StatusInternalServerError
			http.Error(w, "bad id", failed) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in PUT /notes/\{id\}; .*use 400 Bad Request`
			return
		}
		json.NewEncoder(w).Encode(note{ID: id})
	})

	mux.HandleFunc("POST /notes/ok", s.createNoteOK)
	mux.HandleFunc("GET /rates", s.rates)
	mux.HandleFunc("GET /notes/{id}/proxy", s.proxyNote)
	mux.HandleFunc("GET /notes/page", s.pageNotes)
	mux.HandleFunc("GET /notes/{id}/stored", s.storedNote)
}

func (s *noteServer) createNote(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /notes; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// A decoder held in a variable.
func (s *noteServer) createNoteStrict(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var n note
	if err := dec.Decode(&n); err != nil {
		w.WriteHeader(500) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /notes/strict; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// The body behind http.MaxBytesReader is still the request's body.
func (s *noteServer) createNoteLimited(w http.ResponseWriter, r *http.Request) {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20))
	var n note
	if err := dec.Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /notes/limited; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// The body read first, then unmarshaled.
func (s *noteServer) createNoteRaw(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		http.Error(w, "read failed", http.StatusInternalServerError)
		return
	}
	var n note
	if err := json.Unmarshal(body, &n); err != nil {
		http.Error(w, "bad json", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from json\.Unmarshal\) in POST /notes/raw; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *noteServer) createNoteXML(w http.ResponseWriter, r *http.Request) {
	var n note
	err := xml.NewDecoder(r.Body).Decode(&n)
	if err != nil {
		http.Error(w, "bad xml", http.StatusServiceUnavailable) // want `client-error-status: 503 Service Unavailable answers a request that could not be read \(the error comes from xml\.Decoder\.Decode\) in POST /notes/xml; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *noteServer) getNote(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad id", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /notes/\{id\}; .*use 400 Bad Request`
		return
	}
	json.NewEncoder(w).Encode(note{ID: id})
}

func (s *noteServer) listNotes(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.ParseInt(r.URL.Query().Get("limit"), 10, 64)
	if err != nil {
		http.Error(w, "bad limit", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.ParseInt\) in GET /notes; .*use 400 Bad Request`
		return
	}
	json.NewEncoder(w).Encode(make([]note, limit))
}

func (s *noteServer) notesSince(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	since, err := time.Parse(time.RFC3339, q.Get("since"))
	if err != nil {
		w.WriteHeader(http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from time\.Parse\) in GET /notes/since; .*use 400 Bad Request`
		return
	}
	json.NewEncoder(w).Encode(since)
}

func (s *noteServer) ownerNotes(w http.ResponseWriter, r *http.Request) {
	owner, err := uuid.Parse(r.PathValue("id"))
	if err != nil {
		http.Error(w, "bad owner id", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from uuid\.Parse\) in GET /owners/\{id\}/notes; .*use 400 Bad Request`
		return
	}
	json.NewEncoder(w).Encode(owner)
}

func (s *noteServer) createNoteForm(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from http\.Request\.ParseForm\) in POST /notes/form; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

func (s *noteServer) uploadNote(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseMultipartForm(32 << 20); err != nil {
		http.Error(w, "bad upload", 500) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from http\.Request\.ParseMultipartForm\) in POST /notes/upload; .*use 400 Bad Request`
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// A handler returned by a factory.
func deleteNoteHandler(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.ParseUint(r.PathValue("id"), 10, 64)
		if err != nil {
			http.Error(w, "bad id", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.ParseUint\) in DELETE /notes/\{id\}; .*use 400 Bad Request`
			return
		}
		if _, err := db.Exec("DELETE FROM notes WHERE id = ?", id); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError) // a server failure
			return
		}
		w.WriteHeader(http.StatusNoContent)
	}
}

// --- quiet ---

func (s *noteServer) createNoteOK(w http.ResponseWriter, r *http.Request) {
	var n note
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := s.db.Exec("INSERT INTO notes (text) VALUES (?)", n.Text); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Decoding an upstream response is the server's problem, not the client's.
func (s *noteServer) rates(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("https://rates.example.com/latest")
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var rates map[string]float64
	if err := json.NewDecoder(resp.Body).Decode(&rates); err != nil {
		http.Error(w, "bad upstream answer", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(rates)
}

// An upstream call made with the request's context: its body is still not the request.
func (s *noteServer) proxyNote(w http.ResponseWriter, r *http.Request) {
	req, err := http.NewRequestWithContext(r.Context(), http.MethodGet, "https://notes.example.com/v1/notes/"+r.PathValue("id"), nil)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	resp, err := s.client.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	var n note
	if err := json.NewDecoder(resp.Body).Decode(&n); err != nil {
		http.Error(w, "bad upstream answer", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(n)
}

// A configuration value, not a request value.
func (s *noteServer) pageNotes(w http.ResponseWriter, r *http.Request) {
	size, err := strconv.Atoi(os.Getenv("NOTES_PAGE_SIZE"))
	if err != nil {
		http.Error(w, "misconfigured", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(make([]note, size))
}

// A stored document that fails to unmarshal is the server's data.
func (s *noteServer) storedNote(w http.ResponseWriter, r *http.Request) {
	var raw []byte
	if err := s.db.QueryRow("SELECT doc FROM notes WHERE id = ?", r.PathValue("id")).Scan(&raw); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	var n note
	if err := json.Unmarshal(raw, &n); err != nil {
		http.Error(w, "corrupt note", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(n)
}

// --- a test of err repeated after a branch that returned ---

func retestRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /retest/dead", retestDead)
	mux.HandleFunc("GET /retest/live", retestLive)
	mux.HandleFunc("GET /retest/reassigned", retestReassigned)
	mux.HandleFunc("GET /retest/address", retestAddress)
}

func fill(err *error) {}

// err == nil on every path after the first branch: the second cannot be taken.
func retestDead(w http.ResponseWriter, r *http.Request) {
	n, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	w.Header().Set("X-N", strconv.Itoa(n))
	if err != nil {
		http.Error(w, "bad n", http.StatusInternalServerError)
		return
	}
	if nil != err { // the same test, spelled the other way round
		http.Error(w, "bad n", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The first branch goes on: the second test is reachable.
func retestLive(w http.ResponseWriter, r *http.Request) {
	_, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		w.Header().Set("X-Bad", "n")
	}
	if err != nil {
		http.Error(w, "bad n", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /retest/live`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// err is assigned again between the tests.
func retestReassigned(w http.ResponseWriter, r *http.Request) {
	_, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	_, err = strconv.Atoi(r.URL.Query().Get("m"))
	if err != nil {
		http.Error(w, "bad m", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /retest/reassigned`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// err's address is taken: anything may have set it.
func retestAddress(w http.ResponseWriter, r *http.Request) {
	_, err := strconv.Atoi(r.URL.Query().Get("n"))
	if err != nil {
		http.Error(w, "bad n", http.StatusBadRequest)
		return
	}
	fill(&err)
	if err != nil {
		http.Error(w, "bad n", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /retest/address`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// --- 401 and 403 for a request that could not be read; the multipart readers ---

func accessRoutes(mux *http.ServeMux) {
	mux.HandleFunc("POST /access/notes", func(w http.ResponseWriter, r *http.Request) {
		var n note
		if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
			http.Error(w, "bad json", http.StatusUnauthorized) // want `client-error-status: 401 Unauthorized answers a request that could not be read \(the error comes from json\.Decoder\.Decode\) in POST /access/notes; the client sent it, which is 400 Bad Request, not missing credentials, use 400 Bad Request`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("POST /access/form", func(w http.ResponseWriter, r *http.Request) {
		if err := r.ParseForm(); err != nil {
			w.WriteHeader(http.StatusForbidden) // want `client-error-status: 403 Forbidden answers a request that could not be read \(the error comes from http\.Request\.ParseForm\) in POST /access/form; the client sent it, which is 400 Bad Request, not a permission denial`
			return
		}
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("POST /access/upload", func(w http.ResponseWriter, r *http.Request) {
		f, _, err := r.FormFile("file")
		if err != nil {
			http.Error(w, "no file", http.StatusInternalServerError) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from http\.Request\.FormFile\) in POST /access/upload`
			return
		}
		defer f.Close()
		w.WriteHeader(http.StatusCreated)
	})

	// --- quiet ---
	mux.HandleFunc("POST /access/upload/ok", func(w http.ResponseWriter, r *http.Request) {
		f, _, err := r.FormFile("file")
		if err != nil {
			http.Error(w, "no file", http.StatusBadRequest)
			return
		}
		defer f.Close()
		w.WriteHeader(http.StatusCreated)
	})
	// An upstream's answer that cannot be decoded is not the client's.
	mux.HandleFunc("POST /access/upstream", func(w http.ResponseWriter, r *http.Request) {
		resp, err := http.Get("https://auth.example.com/session")
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		var session map[string]string
		if err := json.NewDecoder(resp.Body).Decode(&session); err != nil {
			http.Error(w, "no session", http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
}
