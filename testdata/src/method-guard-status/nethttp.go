package methodguardstatus

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type doc struct{ ID string }

type docStore struct{ docs map[string]doc }

type hook struct{ Method string }

func routes(mux *http.ServeMux, s *docStore) {
	mux.HandleFunc("/upload", uploadFile)
	mux.HandleFunc("/docs", s.docsHandler)
	mux.HandleFunc("/docs/{id}", s.docHandler)
	mux.HandleFunc("/readonly", readOnly)
	mux.HandleFunc("/inline", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPut {
			w.WriteHeader(404) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only PUT, and a wrong method is 405 Method Not Allowed`
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	mux.Handle("/import", importHandler(s))
	mux.HandleFunc("/held", heldStatus)
	mux.HandleFunc("/notfound", notFoundDefault)
	mux.HandleFunc("/delegate", s.delegate)

	mux.HandleFunc("POST /submit", submit)
	mux.HandleFunc("POST /redundant", redundant)
	mux.HandleFunc("/search", search)
	mux.HandleFunc("/preflight", withPreflight)
	mux.HandleFunc("/override", methodOverride)
	mux.HandleFunc("/form", formRedirect)
	mux.HandleFunc("/legacy", notImplemented)
	mux.HandleFunc("/json", jsonOnly)
	mux.HandleFunc("/hook", hookReceiver)
}

// The classic: a wrong method answered 400.
func uploadFile(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusBadRequest) // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
		return
	}
	fmt.Fprintln(w, "uploaded")
}

// A method switch whose default answers 404.
func (s *docStore) docsHandler(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		json.NewEncoder(w).Encode(s.docs)
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(doc{})
	default:
		w.WriteHeader(404) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET/POST, and a wrong method is 405 Method Not Allowed`
	}
}

// A read-only resource that forbids writes: still a method it does not serve.
func readOnly(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "read-only", http.StatusForbidden) // want `method-guard-status: 403 Forbidden rejects .*; the handler serves only GET, and a wrong method is 405`
		return
	}
	json.NewEncoder(w).Encode(doc{})
}

// A factory: the guard rejects GET, which reaches nothing else.
func importHandler(s *docStore) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodGet {
			http.Error(w, "use POST to import", http.StatusBadRequest) // want `method-guard-status: 400 Bad Request rejects GET; .*405 Method Not Allowed`
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}

// A status held in a variable: reported, but the fix belongs at its definition.
func heldStatus(w http.ResponseWriter, r *http.Request) {
	code := http.StatusBadRequest
	if r.Method != http.MethodPost {
		w.WriteHeader(code) // want `method-guard-status: 400 Bad Request rejects .*405 Method Not Allowed`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// http.NotFound in the default case: reported at the call, no status to rewrite.
func notFoundDefault(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		fmt.Fprintln(w, "ok")
	default:
		http.NotFound(w, r) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET, and a wrong method is 405`
	}
}

// The accepted method is served by a helper the handler hands the response
// to; the guard still turns every other method away with 400.
func (s *docStore) delegate(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "bad method", 400) // want `method-guard-status: 400 Bad Request rejects .*405 Method Not Allowed`
		return
	}
	s.create(w, r)
}

func (s *docStore) create(w http.ResponseWriter, r *http.Request) {
	var d doc
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// --- quiet ---

// 404 for a missing document on the GET path; 405 for the rest.
func (s *docStore) docHandler(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		d, ok := s.docs[r.PathValue("id")]
		if !ok {
			http.Error(w, "no such document", http.StatusNotFound)
			return
		}
		json.NewEncoder(w).Encode(d)
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Allow", "GET, DELETE")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// Registered for POST only, no guard: a 400 is about the input.
func submit(w http.ResponseWriter, r *http.Request) {
	var d doc
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if d.ID == "" {
		http.Error(w, "id required", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// The route already admits only POST: the guard's branch is never taken.
func redundant(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A 400 for bad input on the path of a method the handler serves.
func search(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet && r.URL.Query().Get("q") == "" {
		http.Error(w, "missing q", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode([]doc{})
}

// A CORS preflight: the 403 is about the origin, and OPTIONS succeeds below it.
func withPreflight(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodOptions {
		if r.Header.Get("Origin") != "https://app.example" {
			http.Error(w, "origin not allowed", http.StatusForbidden)
			return
		}
		w.Header().Set("Access-Control-Allow-Origin", "https://app.example")
		w.WriteHeader(204)
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", "POST, OPTIONS")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var d doc
	if err := json.NewDecoder(r.Body).Decode(&d); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(d)
}

// The 400 is reached by methods that also succeed (with the override header).
func methodOverride(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost && r.Header.Get("X-HTTP-Method-Override") == "" {
		http.Error(w, "need POST or an override", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A GET to a form endpoint is redirected to the form, not rejected.
func formRedirect(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Redirect(w, r, "/form.html", http.StatusSeeOther)
		return
	}
	if r.FormValue("name") == "" {
		http.Error(w, "name required", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// 501 says the server does not implement the method at all: left alone.
func notImplemented(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		fmt.Fprintln(w, "legacy")
	default:
		http.Error(w, "not implemented", http.StatusNotImplemented)
	}
}

// The guard is about the content type, not the method.
func jsonOnly(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "json only", http.StatusUnsupportedMediaType)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// A field named Method that is not the request's.
func hookReceiver(w http.ResponseWriter, r *http.Request) {
	var h hook
	if err := json.NewDecoder(r.Body).Decode(&h); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	if h.Method != http.MethodPost {
		http.Error(w, "hooks must call back with POST", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}
