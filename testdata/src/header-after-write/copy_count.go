package headerafterwrite

import (
	"io"
	"net/http"
)

// io.Copy writes (and so sends the header) only once it has read a byte:
// when it copied nothing, the header can still change.

func copyCountRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /stream", streamFile)
}

// --- negatives ---

func streamFile(w http.ResponseWriter, r *http.Request) {
	var src io.Reader = r.Body
	w.Header().Set("Content-Length", "100")
	n, err := io.Copy(w, src)
	if err != nil && n == 0 {
		w.Header().Del("Content-Length")
		http.Error(w, "stream failed", http.StatusInternalServerError)
		return
	}
}

// navidrome's Stream.Serve shape, in a helper: the caller may still answer
// with an error when nothing was copied.
func serveStream(w http.ResponseWriter, src io.Reader) (int64, error) {
	w.Header().Set("Content-Length", "100")
	c, err := io.Copy(w, src)
	if err != nil {
		if c == 0 {
			w.Header().Del("Content-Length")
		}
		return c, err
	}
	return c, nil
}

// A count tested the other way round.
func serveStreamZeroFirst(w http.ResponseWriter, src io.Reader) {
	w.Header().Set("Content-Length", "100")
	if n, _ := io.Copy(w, src); 0 >= n {
		w.Header().Del("Content-Length")
	}
}
