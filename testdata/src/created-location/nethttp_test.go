package createdlocation

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes answer whatever the test needs: ignored by design.
func TestCreate(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /fake", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusCreated)
	})
	mux.HandleFunc("POST /orphan", orphanCreate)
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/fake", nil))
	if rec.Code != http.StatusCreated {
		t.Fatalf("got %d", rec.Code)
	}
}

func fakeCreate(w http.ResponseWriter, r *http.Request) {
	if r.Method == http.MethodPost {
		w.WriteHeader(http.StatusCreated)
	}
}
