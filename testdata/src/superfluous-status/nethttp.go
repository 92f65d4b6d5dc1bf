// Package superfluousstatus tests the superfluous-status rule: a status set
// when the header was already sent on every path to it.
package superfluousstatus

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	h2 "net/http"
	"net/http/httptest"
	"strings"
)

type item struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type server struct{ db *sql.DB }

var page = template.Must(template.New("item").Parse("<p>{{.Name}}</p>"))

func routes(s *server) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /double", doubleWriteHeader)
	mux.HandleFunc("GET /write-then-status", writeThenStatus)
	mux.HandleFunc("POST /items", s.createItem) // a method value
	mux.Handle("PUT /items/{id}", updateItem(s.db))
	mux.HandleFunc("GET /renamed", renamed)
	return mux
}

// --- positives ---

func doubleWriteHeader(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent \(as 200 OK by w\.WriteHeader at line \d+\); the code never reaches the client`
}

func writeThenStatus(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("created"))
	w.WriteHeader(http.StatusCreated) // want `superfluous-status: 201 Created is set after the header was already sent \(as 200 OK by w\.Write at line \d+\)`
}

func fprintThenStatus(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintf(w, "hello %s", r.URL.Query().Get("name"))
	w.WriteHeader(500) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by fmt\.Fprintf`
}

func writeStringThenError(w http.ResponseWriter, r *http.Request) {
	io.WriteString(w, "partial result")
	http.Error(w, "lookup failed", http.StatusBadGateway) // want `superfluous-status: 502 Bad Gateway is set after the header was already sent \(as 200 OK by io\.WriteString`
}

func encodeThenStatus(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(item{ID: "1"})
	w.WriteHeader(http.StatusCreated) // want `superfluous-status: 201 Created is set after the header was already sent`
}

func encoderVariable(w http.ResponseWriter, r *http.Request) {
	enc := json.NewEncoder(w)
	enc.Encode([]item{})
	w.WriteHeader(http.StatusNoContent) // want `superfluous-status: 204 No Content is set after the header was already sent \(as 200 OK by enc\.Encode`
}

func templateThenStatus(w http.ResponseWriter, r *http.Request) {
	page.Execute(w, item{Name: "x"})
	w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(as 200 OK by page\.Execute`
}

func copyThenStatus(w http.ResponseWriter, r *http.Request) {
	io.Copy(w, strings.NewReader("streamed"))
	w.WriteHeader(http.StatusPartialContent) // want `superfluous-status: 206 Partial Content is set after the header was already sent`
}

// The explicit 201 sent the header; the Encode error branch cannot change it.
func statusThenEncodeError(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 201 Created by w\.WriteHeader`
	}
}

func redirectThenStatus(w http.ResponseWriter, r *http.Request) {
	http.Redirect(w, r, "/login", http.StatusSeeOther)
	w.WriteHeader(http.StatusUnauthorized) // want `superfluous-status: 401 Unauthorized is set after the header was already sent \(as 303 See Other by http\.Redirect`
}

func notFoundThenStatus(w http.ResponseWriter, r *http.Request) {
	http.NotFound(w, r)
	w.WriteHeader(http.StatusGone) // want `superfluous-status: 410 Gone is set after the header was already sent \(as 404 Not Found by http\.NotFound`
}

// Both branches write a body, so the header is gone on every path.
func bothBranchesWrite(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("v") == "2" {
		w.Write([]byte(`{"v":2}`))
	} else {
		fmt.Fprint(w, `{"v":1}`)
	}
	w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(on every path to it\)`
}

// A status held in a variable is still too late.
func variableStatus(w http.ResponseWriter, r *http.Request) {
	code := http.StatusOK
	if r.URL.Query().Has("async") {
		code = http.StatusAccepted
	}
	w.Write([]byte("ok"))
	w.WriteHeader(code) // want `superfluous-status: the status is set after the header was already sent`
}

// A handler method registered as a method value.
func (s *server) createItem(w http.ResponseWriter, r *http.Request) {
	var it item
	if err := json.NewDecoder(r.Body).Decode(&it); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(it)
	w.WriteHeader(http.StatusCreated) // want `superfluous-status: 201 Created is set after the header was already sent`
}

// A handler built by a factory.
func updateItem(db *sql.DB) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "updated", r.PathValue("id"))
		w.WriteHeader(http.StatusNoContent) // want `superfluous-status: 204 No Content is set after the header was already sent`
	}
}

// A renamed import of net/http.
func renamed(w h2.ResponseWriter, r *h2.Request) {
	w.Write([]byte("done"))
	h2.Error(w, "too late", h2.StatusConflict) // want `superfluous-status: 409 Conflict is set after the header was already sent`
}

// ServeFile picks its own status (200, 206, 304, 404, ...): the message
// must not claim it sent 200.
func serveFileThenStatus(w http.ResponseWriter, r *http.Request) {
	http.ServeFile(w, r, "/srv/static/index.html")
	w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent \(by http\.ServeFile at line \d+\)`
}

// The write succeeded on the path that reaches the status.
func checkedWriteThenStatus(w http.ResponseWriter, r *http.Request) {
	if _, err := w.Write([]byte("body")); err != nil {
		log.Printf("write: %v", err)
		return
	}
	w.WriteHeader(http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent`
}

// An earlier write sent the header; the failed Encode cannot unsend it.
func writeThenEncodeError(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("["))
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by w\.Write`
	}
}

func statusInBothBranchesAfterWrite(w http.ResponseWriter, r *http.Request) {
	fmt.Fprint(w, "result")
	if r.URL.Query().Has("late") {
		w.WriteHeader(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent`
	} else {
		w.WriteHeader(http.StatusOK) // want `superfluous-status: 200 OK is set after the header was already sent`
	}
}

// --- negatives ---

// The copy failed, maybe on its first read: nothing may have been sent.
func copyErrorBranch(w http.ResponseWriter, r *http.Request) {
	if _, err := io.Copy(w, r.Body); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// The Encode failed: it marshals before writing, so the header may not
// have been sent and the 500 may still reach the client.
func encodeErrorBranch(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(item{}); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

func encodeErrorVariable(w http.ResponseWriter, r *http.Request) {
	err := json.NewEncoder(w).Encode(item{})
	if err != nil {
		log.Printf("encode: %v", err)
		w.WriteHeader(http.StatusInternalServerError)
	}
}

// Only one path sent the header (that is missing-return's finding).
func mayHaveSent(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusNoContent)
}

// The loop may run zero times: the header is not sent on every path.
func rangeThenStatus(w http.ResponseWriter, r *http.Request) {
	for _, name := range r.URL.Query()["name"] {
		fmt.Fprintln(w, name)
	}
	w.WriteHeader(http.StatusNoContent)
}

func statusThenBody(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{ID: "2"})
}

func errorThenReturn(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength == 0 {
		http.Error(w, "empty body", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusAccepted)
}

func eachCaseAnswers(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Query().Get("state") {
	case "gone":
		w.WriteHeader(http.StatusGone)
	case "":
		http.NotFound(w, r)
	default:
		w.WriteHeader(http.StatusOK)
		fmt.Fprint(w, "here")
	}
}

// Server-sent events: one status, then many writes.
func events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	for i := 0; i < 3; i++ {
		fmt.Fprintf(w, "data: %d\n\n", i)
		flusher.Flush()
	}
}

// next may or may not have written: nothing is known to be sent.
func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Request-Id", "abc")
		next.ServeHTTP(w, r)
		if r.Header.Get("X-Debug") != "" {
			w.WriteHeader(http.StatusOK)
		}
	})
}

// A recorder is not the handler's response.
func caching(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		rec.Write([]byte("\n"))
		rec.WriteHeader(http.StatusOK)
		for k, vs := range rec.Header() {
			w.Header()[k] = vs
		}
		w.WriteHeader(rec.Code)
		w.Write(rec.Body.Bytes())
	})
}

// A deferred recovery runs at an unknown point of the response.
func recovered(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if v := recover(); v != nil {
			w.WriteHeader(http.StatusInternalServerError)
		}
	}()
	w.Write([]byte("ok"))
}

// 1xx responses are informational: any number may precede the final
// status, and they do not send the final header.
func earlyHints(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Link", "</app.css>; rel=preload; as=style")
	w.WriteHeader(http.StatusEarlyHints)
	w.WriteHeader(http.StatusEarlyHints)
	w.Header().Set("Content-Type", "text/html")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, "<html></html>")
}

// A proxy copies the upstream headers, then the status, then the body.
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
}
