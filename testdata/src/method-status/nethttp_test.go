package methodstatus

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Handlers in tests are fakes that misbehave on purpose: ignored by design,
// and so are the routes tests register for the package's handlers.
func TestCreate(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /fake", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("GET /create", createItem)
	mux.HandleFunc("DELETE /put", putItem)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/fake", nil))
	if rec.Code != http.StatusCreated {
		t.Fatalf("got %d", rec.Code)
	}
	rec.WriteHeader(http.StatusNotModified)
}

func fakeGet(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		return
	}
	w.WriteHeader(http.StatusCreated)
}
