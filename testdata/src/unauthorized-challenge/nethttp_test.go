package unauthorizedchallenge

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes answer whatever the test needs: ignored by design.
func TestMe(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/me", nil))
	if rec.Code != http.StatusUnauthorized {
		t.Fatalf("got %d", rec.Code)
	}
}

func fakeUnauthorized(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(401)
}
