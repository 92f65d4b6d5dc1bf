package superfluousstatus

import (
	"io"
	"net/http"
)

// io.Copy sends the header with its first byte: when it copied nothing,
// a status can still be chosen.

func copyCountRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /copy", copyOrFail)
}

// --- negatives ---

func copyOrFail(w http.ResponseWriter, r *http.Request) {
	n, err := io.Copy(w, r.Body)
	if n == 0 && err != nil {
		http.Error(w, "nothing to copy", http.StatusInternalServerError)
	}
}

func copyHelper(w http.ResponseWriter, src io.Reader) {
	if n, err := io.Copy(w, src); err != nil && n < 1 {
		w.WriteHeader(http.StatusBadGateway)
	}
}
