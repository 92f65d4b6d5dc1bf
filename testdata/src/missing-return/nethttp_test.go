package missingreturn

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes misbehave on purpose: *_test.go files are not checked.
func TestDoubleAnswer(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("fail") != "" {
			http.Error(w, "failing on purpose", http.StatusInternalServerError)
		}
		w.Write([]byte("and a body"))
	}))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "?fail=1")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusInternalServerError {
		t.Errorf("status = %d", resp.StatusCode)
	}
}
