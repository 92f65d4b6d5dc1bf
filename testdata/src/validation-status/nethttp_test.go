package validationstatus

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
)

// Handlers in tests are fakes that misbehave on purpose: ignored by design.
func TestFake(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /fake/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := strconv.Atoi(r.PathValue("id"))
		if err != nil {
			w.WriteHeader(http.StatusUnprocessableEntity)
			return
		}
		_ = id
		w.WriteHeader(http.StatusNoContent)
	})
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/fake/x", nil))
	if rec.Code == 0 {
		t.Fatal("no status")
	}
}
