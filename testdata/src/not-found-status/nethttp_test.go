package notfoundstatus

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

// Handlers in tests are fakes that misbehave on purpose: ignored by design.
func TestFake(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /fake/{id}", func(w http.ResponseWriter, r *http.Request) {
		_, err := os.Stat("/nonexistent")
		if errors.Is(err, os.ErrNotExist) {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/fake/x", nil))
	if rec.Code == 0 {
		t.Fatal("no status")
	}
}
