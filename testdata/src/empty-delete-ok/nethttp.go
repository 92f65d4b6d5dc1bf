package emptydeleteok

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

type item struct{ ID string }

type itemServer struct{}

func routes(mux *http.ServeMux, s *itemServer) {
	mux.HandleFunc("DELETE /items/{id}", deleteItem)
	mux.HandleFunc("DELETE /items/{id}/tags", deleteTags)
	mux.HandleFunc("DELETE /items/{id}/copy", s.deleteCopy)
	mux.HandleFunc("DELETE /items/{id}/notes", deleteNotes)
	mux.HandleFunc("DELETE /items/{id}/files", deleteFiles)
	mux.HandleFunc("/items/{id}/guarded", guardedItem)
	mux.HandleFunc("/items/{id}/switched", switchedItem)
	mux.HandleFunc("DELETE /items/{id}/checked", deleteChecked)

	mux.HandleFunc("DELETE /items/{id}/quiet", quietDelete)
	mux.HandleFunc("DELETE /items/{id}/report", reportDelete)
	mux.HandleFunc("DELETE /items/{id}/helper", helperDelete)
	mux.HandleFunc("DELETE /items/{id}/text", textDelete)
	mux.HandleFunc("DELETE /items/{id}/shared", sharedItem)
	mux.HandleFunc("POST /items/{id}/shared", sharedItem)
	mux.HandleFunc("GET /items/{id}", getItem)
	mux.Handle("DELETE /items/{id}/logged", logging(http.HandlerFunc(quietDelete)))
	mux.HandleFunc("DELETE /proxy/{path...}", proxy)
	mux.HandleFunc("DELETE /items", deleteAll)
	mux.HandleFunc("OPTIONS /items", preflight)
}

func deleteItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}; a DELETE with nothing to return is 204 No Content`
}

func deleteTags(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X-Deleted", "tags")
	w.WriteHeader(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/tags; a DELETE with nothing to return is 204 No Content`
}

// A method value; a local constant keeps being a net/http constant in the fix.
func (s *itemServer) deleteCopy(w http.ResponseWriter, r *http.Request) {
	const ok = http.StatusOK
	w.WriteHeader(ok) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/copy`
}

// A variable assigned once: reported, with no fix.
func deleteNotes(w http.ResponseWriter, r *http.Request) {
	status := http.StatusOK
	w.WriteHeader(status) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/notes`
}

// The error path answers 500 with a message; the success path is empty.
func deleteFiles(w http.ResponseWriter, r *http.Request) {
	if err := remove(r.PathValue("id")); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/files`
}

func remove(id string) error { return nil }

// A guard narrows an any-method route to DELETE.
func guardedItem(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodDelete {
		w.Header().Set("Allow", http.MethodDelete)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/guarded`
}

func switchedItem(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		w.WriteHeader(http.StatusOK)
		json.NewEncoder(w).Encode(item{})
	case http.MethodPut:
		w.WriteHeader(http.StatusOK)
	case http.MethodDelete:
		w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/switched`
	default:
		w.WriteHeader(http.StatusMethodNotAllowed)
	}
}

// The dry run answers an empty 200 on its path; the real one answers 204.
func deleteChecked(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("dry") != "" {
		w.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /items/\{id\}/checked`
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func quietDelete(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusNoContent)
}

// 200 with a body saying what was deleted.
func reportDelete(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	json.NewEncoder(w).Encode(map[string]string{"deleted": r.PathValue("id")})
}

// writeJSON receives w and writes a body.
func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

func helperDelete(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	writeJSON(w, map[string]bool{"deleted": true})
}

func textDelete(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, "deleted\n")
}

// DELETE and POST share the handler: the method is ambiguous.
func sharedItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// A GET with an empty 200 is not this rule's business.
func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// No route in this package: the method is unknown.
func orphanDelete(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK)
}

// statusRecorder defaults to 200 and records what the wrapped handler writes.
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
		fmt.Println(r.Method, r.URL.Path, rec.status)
	})
}

// A proxy copies the upstream's status.
func proxy(w http.ResponseWriter, r *http.Request) {
	req, _ := http.NewRequest(http.MethodDelete, "http://upstream.internal/"+r.PathValue("path"), nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

// A bulk delete streams its progress after the 200.
func deleteAll(w http.ResponseWriter, r *http.Request) {
	flusher, _ := w.(http.Flusher)
	w.WriteHeader(http.StatusOK)
	for _, id := range []string{"a", "b", "c"} {
		fmt.Fprintf(w, "deleted %s\n", id)
		if flusher != nil {
			flusher.Flush()
		}
	}
}

func preflight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Methods", "DELETE")
	w.WriteHeader(http.StatusNoContent)
}
