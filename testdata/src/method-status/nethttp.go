package methodstatus

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type item struct{ ID string }

func routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.HandleFunc("POST /items", createItem)
	mux.HandleFunc("PUT /items/{id}", putItem)
	mux.HandleFunc("/things", things)
}

func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /items/\{id\}; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	json.NewEncoder(w).Encode(item{ID: r.PathValue("id")})
}

func createItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{})
}

func putItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201) // PUT may create the resource at its own URI
}

func things(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.WriteHeader(201) // want `method-status: 201 Created answers GET /things`
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
	}
	if r.Method != http.MethodDelete {
		return
	}
	w.WriteHeader(http.StatusCreated) // want `201 Created answers DELETE /things; .*use 204 No Content`
}

// --- more net/http cases ---

type itemServer struct{ etag string }

func moreRoutes(mux *http.ServeMux, s *itemServer) {
	mux.HandleFunc("GET /items/{id}/copy", s.copyItem)
	mux.HandleFunc("GET /items/{id}/clone", cloneItem)
	mux.HandleFunc("GET /items/{id}/mark", markItem)
	mux.HandleFunc("DELETE /items/{id}/tag", untagItem)
	mux.HandleFunc("DELETE /items/{id}/log", deleteItemLog)
	mux.HandleFunc("GET /items/{id}/lock", lockItem)
	mux.HandleFunc("POST /items/search", searchItems)
	mux.HandleFunc("PATCH /items/{id}/meta", patchMeta)
	mux.HandleFunc("GET /items/{id}/upload", uploadInfo)
	mux.HandleFunc("/items/{id}/guarded", guardedItem)
	mux.HandleFunc("/items/{id}/either", eitherItem)
	mux.HandleFunc("GET /items/{id}/inline", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /items/\{id\}/inline; .*, use 200 OK`
		json.NewEncoder(w).Encode(item{})
	})
	mux.Handle("GET /items/{id}/made", makeItemHandler(http.StatusCreated))
	mux.Handle("GET /items/{id}/fixed", fixedItemHandler())

	mux.HandleFunc("GET /forms", form)
	mux.HandleFunc("POST /forms", form)
	mux.HandleFunc("/collection", collection)
	mux.HandleFunc("OPTIONS /items", preflight)
	mux.HandleFunc("GET /items/{id}/cached", s.cachedItem)
	mux.HandleFunc("HEAD /items/{id}/cached", s.cachedItem)
	mux.Handle("GET /logged", logging(http.HandlerFunc(loggedItem)))
	mux.HandleFunc("GET /proxy/{path...}", proxy)
	mux.HandleFunc("GET /events", events)
	mux.HandleFunc("POST /imports", importItems)
	mux.HandleFunc("PUT /items/{id}/conflict", putConflict)
	mux.HandleFunc("DELETE /items/{id}/conflict", deleteConflict)
}

// A method value is resolved to its method.
func (s *itemServer) copyItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /items/\{id\}/copy; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
	json.NewEncoder(w).Encode(item{ID: r.PathValue("id")})
}

// A local constant: the fix keeps it a constant of net/http.
func cloneItem(w http.ResponseWriter, r *http.Request) {
	const created = http.StatusCreated
	w.WriteHeader(created) // want `method-status: 201 Created answers GET /items/\{id\}/clone; .*, use 200 OK`
	json.NewEncoder(w).Encode(item{})
}

// A variable assigned once: reported, but the fix belongs at its definition.
func markItem(w http.ResponseWriter, r *http.Request) {
	status := http.StatusCreated
	w.WriteHeader(status) // want `method-status: 201 Created answers GET /items/\{id\}/mark; .*, use 200 OK`
}

// A DELETE with no body after the 201: 204 No Content.
func untagItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(201) // want `method-status: 201 Created answers DELETE /items/\{id\}/tag; 201 is for a resource this request created \(POST, PUT\), use 204 No Content`
}

// A DELETE that writes a body after the 201: 200 OK keeps it.
func deleteItemLog(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers DELETE /items/\{id\}/log; .*, use 200 OK`
	json.NewEncoder(w).Encode(item{})
}

// 409 is about a request that changes state: no fix, the right code depends.
func lockItem(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "locked", http.StatusConflict) // want `method-status: 409 Conflict answers GET /items/\{id\}/lock; 409 is for a change that conflicts with the resource's current state \(POST, PUT, PATCH, DELETE\)$`
}

// 304 answers a conditional GET or HEAD, never a POST.
func searchItems(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") != "" {
		w.WriteHeader(http.StatusNotModified) // want `method-status: 304 Not Modified answers POST /items/search; 304 is for a conditional GET or HEAD whose cached copy is still fresh \(GET, HEAD\)$`
		return
	}
	json.NewEncoder(w).Encode([]item{})
}

// 304 to a PATCH, as a literal.
func patchMeta(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(304) // want `method-status: 304 Not Modified answers PATCH /items/\{id\}/meta`
}

// 415 is about a request body: a GET has none to reject.
func uploadInfo(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Content-Type") != "application/json" {
		http.Error(w, "json only", http.StatusUnsupportedMediaType) // want `method-status: 415 Unsupported Media Type answers GET /items/\{id\}/upload; 415 is for a request body in a format the server does not accept \(POST, PUT, PATCH, DELETE\)$`
		return
	}
	json.NewEncoder(w).Encode(item{})
}

// A factory's status comes from its argument: not a constant here.
func makeItemHandler(status int) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(status)
	}
}

// A factory whose handler answers a constant 201 to the GET it is registered for.
func fixedItemHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(201) // want `method-status: 201 Created answers GET /items/\{id\}/fixed; .*, use 200 OK`
	})
}

// The guard narrows an any-method route to GET.
func guardedItem(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /items/\{id\}/guarded; .*, use 200 OK`
	json.NewEncoder(w).Encode(item{})
}

// The guard narrows to GET or POST: POST may answer 201.
func eitherItem(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

// Registered for GET and for POST: the method is ambiguous, stay silent.
func form(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{})
}

// No route in this package: the method is unknown.
func orphan(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(item{})
}

// Each case answers the method it tests.
func collection(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		json.NewEncoder(w).Encode([]item{})
	case http.MethodPost:
		w.WriteHeader(http.StatusCreated)
		json.NewEncoder(w).Encode(item{})
	case http.MethodPut:
		w.WriteHeader(201)
	case http.MethodDelete:
		w.WriteHeader(http.StatusConflict)
	default:
		w.Header().Set("Allow", "GET, HEAD, POST, PUT, DELETE")
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// A CORS preflight answers 204 with no body.
func preflight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE")
	w.WriteHeader(http.StatusNoContent)
}

// 304 answers a conditional GET (and its HEAD).
func (s *itemServer) cachedItem(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("If-None-Match") == s.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", s.etag)
	json.NewEncoder(w).Encode(item{})
}

// statusRecorder is middleware plumbing: its WriteHeader records the code
// the wrapped handler chose; it answers no request itself.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (rec *statusRecorder) WriteHeader(code int) {
	rec.status = code
	rec.ResponseWriter.WriteHeader(code)
}

func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		if rec.status == http.StatusCreated || rec.status == http.StatusConflict {
			println(r.Method, r.URL.Path, rec.status)
		}
	})
}

func loggedItem(w http.ResponseWriter, r *http.Request) {
	json.NewEncoder(w).Encode(item{})
}

// A proxy passes the upstream's status on, whatever it is.
func proxy(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get("http://upstream.internal/" + r.PathValue("path"))
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

// A stream writes in a loop under the implicit 200.
func events(w http.ResponseWriter, r *http.Request) {
	flusher, _ := w.(http.Flusher)
	w.Header().Set("Content-Type", "text/event-stream")
	for i := range 3 {
		fmt.Fprintf(w, "data: %d\n\n", i)
		if flusher != nil {
			flusher.Flush()
		}
	}
}

// A POST that streams its progress after the 201.
func importItems(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	for i := range 3 {
		fmt.Fprintf(w, "imported %d\n", i)
	}
}

func putConflict(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "version mismatch", http.StatusConflict)
}

func deleteConflict(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(409)
}
