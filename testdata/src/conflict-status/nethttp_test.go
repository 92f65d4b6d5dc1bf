package conflictstatus

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
		err := os.Mkdir(os.TempDir(), 0o755)
		if errors.Is(err, os.ErrExist) {
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
