// Package headerafterwrite tests the header-after-write rule: a response
// header changed after the header was sent on every path to the change.
package headerafterwrite

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	h2 "net/http"
	"strconv"
	"strings"
	"time"
)

type item struct {
	ID string `json:"id"`
}

type server struct{ db *sql.DB }

func routes(s *server) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("GET /items", s.listItems) // a method value
	mux.Handle("GET /items/{id}", getItem(s.db))
	mux.HandleFunc("GET /renamed", renamed)
	return mux
}

// --- positives ---

func createItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Location", "/items/1") // want `header-after-write: header "Location" is changed after the header was sent \(as 201 Created by w\.WriteHeader at line \d+\); the change never reaches the client`
	json.NewEncoder(w).Encode(item{ID: "1"})
}

func writeThenContentType(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("plain"))
	w.Header().Set("Content-Type", "text/plain; charset=utf-8") // want `header-after-write: header "Content-Type" is changed after the header was sent \(as 200 OK by w\.Write at line \d+\)`
}

func encodeThenAdd(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode([]item{})
	w.Header().Add("X-Total-Count", "0") // want `header-after-write: header "X-Total-Count" is changed after the header was sent`
}

func fprintThenDel(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "report")
	w.Header().Del("Content-Length") // want `header-after-write: header "Content-Length" is changed after the header was sent`
}

func errorThenRetryAfter(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "busy", http.StatusServiceUnavailable)
	w.Header().Set("Retry-After", "30") // want `header-after-write: header "Retry-After" is changed after the header was sent \(as 503 Service Unavailable by http\.Error`
}

func bothBranchesSend(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("empty") {
		w.WriteHeader(http.StatusNoContent)
	} else {
		io.WriteString(w, "content")
	}
	w.Header().Set("Cache-Control", "no-store") // want `header-after-write: header "Cache-Control" is changed after the header was sent \(on every path to it\)`
}

// A key announced as a trailer is exempt; another key is not.
func undeclaredTrailer(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum")
	w.WriteHeader(http.StatusOK)
	io.Copy(w, r.Body)
	w.Header().Set("X-Checksum", "abc")
	w.Header().Set("X-Elapsed", "12ms") // want `header-after-write: header "X-Elapsed" is changed after the header was sent`
}

// The Trailer header itself must be announced before the body.
func lateTrailerAnnouncement(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Trailer", "X-Checksum") // want `header-after-write: header "Trailer" is changed after the header was sent`
	io.WriteString(w, "body")
}

// The map w.Header() returned is the response's header map.
func headerVariable(w http.ResponseWriter, r *http.Request) {
	hdr := w.Header()
	hdr.Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	hdr.Set("X-Late", "1") // want `header-after-write: header "X-Late" is changed after the header was sent`
}

// A handler method registered as a method value.
func (s *server) listItems(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	json.NewEncoder(w).Encode([]item{})
	w.Header().Set("Server-Timing", "db;dur="+strconv.Itoa(int(time.Since(start).Milliseconds()))) // want `header-after-write: header "Server-Timing" is changed after the header was sent`
}

// A handler built by a factory.
func getItem(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"id":%q}`, r.PathValue("id"))
		w.Header().Set("ETag", `"v1"`) // want `header-after-write: header "ETag" is changed after the header was sent`
	}
}

// A renamed import of net/http.
func renamed(w h2.ResponseWriter, r *h2.Request) {
	h2.NotFound(w, r)
	w.Header().Set("X-Reason", "missing") // want `header-after-write: header "X-Reason" is changed after the header was sent \(as 404 Not Found by h2\.NotFound`
}

// --- negatives ---

func headersFirst(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/items/2")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{ID: "2"})
}

// Trailers are meant to be set after the body.
func declaredTrailers(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Trailer", "X-Checksum, X-Count")
	w.Header().Add("Trailer", "X-Done")
	w.WriteHeader(http.StatusOK)
	h := sha256.New()
	n, _ := io.Copy(io.MultiWriter(w, h), strings.NewReader("payload"))
	w.Header().Set("X-Checksum", hex.EncodeToString(h.Sum(nil)))
	w.Header().Set("x-count", strconv.FormatInt(n, 10))
	w.Header().Set("X-Done", "true")
}

func trailerPrefix(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("body"))
	w.Header().Set(http.TrailerPrefix+"X-Sum", "42")
	w.Header().Set("Trailer:X-Other", "1")
}

// A proxy copies the upstream headers, then the status, the body, and the
// upstream trailers under http.TrailerPrefix.
func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal" + r.URL.Path)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	for k, vs := range resp.Header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
	for k, vs := range resp.Trailer {
		for _, v := range vs {
			w.Header().Add(http.TrailerPrefix+k, v)
		}
	}
}

// Middleware sets headers, then hands the response on.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "DENY")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		next.ServeHTTP(w, r)
	})
}

// next may not have written anything: nothing is known to be sent.
func timing(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		w.Header().Set("X-Elapsed", time.Since(start).String())
	})
}

// Other header maps: the request's, a fresh one, an outgoing request's.
func otherHeaderMaps(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	r.Header.Set("X-Seen", "1")
	h := make(http.Header)
	h.Set("Accept", "application/json")
	req, _ := http.NewRequest(http.MethodGet, "http://audit.internal", nil)
	req.Header.Set("X-Forwarded-For", r.RemoteAddr)
	req.Header = h
}

// Only one path sent the header.
func oneBranchSent(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Has("ping") {
		w.Write([]byte("pong"))
	}
	w.Header().Set("X-Served-By", "api-1")
}

func loopMaySkip(w http.ResponseWriter, r *http.Request) {
	for _, v := range r.URL.Query()["v"] {
		fmt.Fprintln(w, v)
	}
	w.Header().Set("X-Count", "n")
}

// The Encode failed before writing: the header may not have been sent.
func encodeFailed(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		w.Header().Set("X-Error", "encode")
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// A 1xx response does not send the final header: headers set after 103
// Early Hints belong to the final response.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Link", "</app.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Del("Link")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, "<html></html>")
}

// Server-sent events: headers first, then writes and flushes.
func events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "data: %d\n\n", i)
		flusher.Flush()
	}
}
