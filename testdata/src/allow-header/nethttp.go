package allowheader

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type file struct{ Name string }

type fileServer struct{ files map[string]file }

func routes(mux *http.ServeMux, s *fileServer) {
	mux.HandleFunc("/upload", upload)
	mux.HandleFunc("/files", s.listFiles)
	mux.HandleFunc("/files/{name}", s.file)
	mux.HandleFunc("/readonly", readOnly)
	mux.HandleFunc("/cors", withPreflight)
	mux.HandleFunc("DELETE /archive", notAllowed)
	mux.HandleFunc("/typed", typed)
	mux.HandleFunc("/inline", func(rw http.ResponseWriter, req *http.Request) {
		if req.Method != http.MethodPut {
			rw.WriteHeader(405) // want `allow-header: 405 Method Not Allowed in .* has no Allow header; RFC 9110 requires the list of methods`
			return
		}
		rw.WriteHeader(http.StatusNoContent)
	})
	mux.Handle("/import", importHandler())

	mux.HandleFunc("/allowed", allowed)
	mux.HandleFunc("/allowed/some", allowedOnSomePath)
	mux.HandleFunc("/allowed/helper", s.viaHelper)
	mux.HandleFunc("/allowed/held", heldHeader)
	mux.HandleFunc("/sent", alreadySent)
}

func upload(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.WriteHeader(http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
		return
	}
	fmt.Fprintln(w, "uploaded")
}

// A method switch: Allow lists every method a case answers.
func (s *fileServer) listFiles(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		json.NewEncoder(w).Encode(s.files)
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
}

// A 404 on the GET path does not take GET out of Allow.
func (s *fileServer) file(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		f, ok := s.files[r.PathValue("name")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		json.NewEncoder(w).Encode(f)
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	default:
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(405) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
}

func readOnly(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		http.Error(w, "read-only", http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
		return
	}
	json.NewEncoder(w).Encode(file{})
}

// The preflight is answered too: OPTIONS belongs in Allow.
func withPreflight(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodOptions {
		w.Header().Set("Access-Control-Allow-Methods", "POST")
		w.WriteHeader(http.StatusNoContent)
		return
	}
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

// A route that exists only to refuse: no method answered here to list.
func notAllowed(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "archives are permanent", http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in DELETE /archive has no Allow header`
}

// A named constant status; the response writer is called rw.
func typed(rw http.ResponseWriter, r *http.Request) {
	const refused = http.StatusMethodNotAllowed
	if r.Method == http.MethodGet {
		json.NewEncoder(rw).Encode(file{})
		return
	}
	rw.WriteHeader(refused) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
}

// A factory returning the handler.
func importHandler() http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost && r.Method != http.MethodPut {
			w.WriteHeader(http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}

// --- quiet ---

func allowed(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// Set on some path to the 405: the rule asks for none at all.
func allowedOnSomePath(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodGet {
		w.Header().Set("Allow", "GET")
	}
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// A helper that is given the writer may set Allow.
func (s *fileServer) viaHelper(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		methodNotAllowed(w, "GET, HEAD")
		w.WriteHeader(http.StatusMethodNotAllowed)
		return
	}
	json.NewEncoder(w).Encode(s.files)
}

func methodNotAllowed(w http.ResponseWriter, allow string) {
	w.Header().Set("Allow", allow)
}

func heldHeader(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Add("Allow", "GET")
	h.Add("Allow", "HEAD")
	w.WriteHeader(http.StatusMethodNotAllowed)
}

// The 405 comes after the body: the client got a 200.
func alreadySent(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
	w.WriteHeader(http.StatusMethodNotAllowed)
}
