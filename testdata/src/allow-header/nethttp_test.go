package allowheader

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes answer whatever the test needs: ignored by design.
func TestUpload(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.WriteHeader(http.StatusMethodNotAllowed)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/upload", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("got %d", rec.Code)
	}
}

func fakeNotAllowed(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "no", http.StatusMethodNotAllowed)
}
