package nocontentbody

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type item struct{ ID string }

type itemServer struct{ etag string }

func routes(mux *http.ServeMux, s *itemServer) {
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("DELETE /items/{id}", deleteItem)
	mux.HandleFunc("POST /items/{id}/reset", resetItem)
	mux.HandleFunc("GET /items/{id}/cached", s.cachedItem)
	mux.HandleFunc("GET /items/{id}/copy", s.copyItem)
	mux.HandleFunc("PUT /items/{id}", putItem)
	mux.HandleFunc("GET /items/{id}/note", noteItem)
	mux.HandleFunc("GET /items/{id}/gone", goneItem)
	mux.HandleFunc("/items/{id}/guarded", guardedItem)

	mux.HandleFunc("DELETE /items/{id}/quiet", quietDelete)
	mux.HandleFunc("GET /items", listItems)
	mux.HandleFunc("GET /items/{id}/fresh", s.freshItem)
	mux.Handle("/", cors(http.HandlerFunc(listItems)))
	mux.Handle("GET /logged", logging(http.HandlerFunc(getItem)))
	mux.HandleFunc("GET /proxy/{path...}", proxy)
	mux.HandleFunc("GET /events", events)
	mux.HandleFunc("GET /late", late)
	mux.HandleFunc("/items/{id}/switched", switchedItem)
	mux.HandleFunc("/items/{id}/either", eitherItem)
}

// json.NewEncoder(w).Encode after WriteHeader(204): ErrBodyNotAllowed.
func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in GET /items/\{id\} and GET /logged; a 204 response cannot carry one and the client never sees it, use 200 OK to keep the body`
	json.NewEncoder(w).Encode(item{ID: r.PathValue("id")})
}

// http.Error writes its message as the body.
func deleteItem(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "deleted", 204) // want `no-content-body: 204 No Content is sent with a body in DELETE /items/\{id\}; a 204 response`
}

func resetItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(205) // want `no-content-body: 205 Reset Content is sent with a body in POST /items/\{id\}/reset; a 205 response cannot carry one`
	fmt.Fprintln(w, "reset")
}

func (s *itemServer) cachedItem(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == s.etag {
		w.WriteHeader(http.StatusNotModified) // want `no-content-body: 304 Not Modified is sent with a body in GET /items/\{id\}/cached; a 304 response cannot carry one`
		w.Write([]byte(`{"cached":true}`))
		return
	}
	json.NewEncoder(w).Encode(item{})
}

// A method value, and a local constant: the fix keeps it a net/http constant.
func (s *itemServer) copyItem(w http.ResponseWriter, r *http.Request) {
	const done = http.StatusNoContent
	w.WriteHeader(done) // want `no-content-body: 204 No Content is sent with a body in GET /items/\{id\}/copy`
	io.WriteString(w, "copied")
}

// A variable assigned once: reported, but with no fix.
func putItem(w http.ResponseWriter, r *http.Request) {
	status := http.StatusNoContent
	w.WriteHeader(status) // want `no-content-body: 204 No Content is sent with a body in PUT /items/\{id\}`
	json.NewEncoder(w).Encode(item{})
}

// The body is written on one branch only; the 204 is in effect there.
func noteItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in GET /items/\{id\}/note`
	if r.URL.Query().Get("verbose") != "" {
		fmt.Fprintf(w, "note for %s\n", r.PathValue("id"))
	}
}

func goneItem(w http.ResponseWriter, r *http.Request) {
	http.Error(w, http.StatusText(http.StatusNotModified), http.StatusNotModified) // want `no-content-body: 304 Not Modified is sent with a body in GET /items/\{id\}/gone`
}

func guardedItem(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodDelete {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in DELETE /items/\{id\}/guarded`
	json.NewEncoder(w).Encode(map[string]bool{"deleted": true})
}

// A DELETE answered 204 with nothing after it.
func quietDelete(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Deleted", r.PathValue("id"))
	w.WriteHeader(http.StatusNoContent)
}

// 204 on the empty path, a body with 200 on the other.
func listItems(w http.ResponseWriter, r *http.Request) {
	items := []item{}
	if len(items) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	json.NewEncoder(w).Encode(items)
}

// 304 answers a conditional GET with no body; the fresh copy goes out with 200.
func (s *itemServer) freshItem(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == s.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", s.etag)
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(item{})
}

// CORS middleware: the preflight gets 204 and no body.
func cors(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Access-Control-Allow-Origin", "*")
		if r.Method == http.MethodOptions {
			w.Header().Set("Access-Control-Allow-Methods", "GET, POST, DELETE")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// statusRecorder remembers the status; Write drops the body of a 204 the
// way net/http would, so it never writes one.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (rec *statusRecorder) WriteHeader(code int) {
	rec.status = code
	rec.ResponseWriter.WriteHeader(code)
}

func (rec *statusRecorder) Write(b []byte) (int, error) {
	if rec.status == http.StatusNoContent || rec.status == http.StatusNotModified {
		return 0, http.ErrBodyNotAllowed
	}
	return rec.ResponseWriter.Write(b)
}

func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusNoContent {
			println("no content", r.URL.Path)
		}
	})
}

// A proxy copies the upstream status and body: an upstream 204 has none.
func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal/" + r.PathValue("path"))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// A stream: 204 when there is nothing to stream, writes in a loop otherwise.
func events(w http.ResponseWriter, r *http.Request) {
	pending := []string{"a", "b"}
	if len(pending) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	flusher, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	for _, ev := range pending {
		fmt.Fprintf(w, "data: %s\n\n", ev)
		if flusher != nil {
			flusher.Flush()
		}
	}
}

// Each case answers its own method: DELETE gets 204, GET a body.
func switchedItem(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
	case http.MethodGet:
		json.NewEncoder(w).Encode(item{})
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// The 204 path returns; only the 200 path reaches the body.
func eitherItem(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodDelete:
		w.WriteHeader(http.StatusNoContent)
		return
	default:
		w.WriteHeader(http.StatusOK)
	}
	json.NewEncoder(w).Encode(item{})
}

// A WriteHeader after the body never reaches the client: superfluous-status
// reports it, not this rule (the body went out with the implicit 200).
func late(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("done"))
	w.WriteHeader(http.StatusNoContent)
}
