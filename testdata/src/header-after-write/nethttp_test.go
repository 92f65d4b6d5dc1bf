package headerafterwrite

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes misbehave on purpose: *_test.go files are not checked.
func TestLateHeader(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		w.Header().Set("X-Late", "dropped")
	}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.Header.Get("X-Late") != "" {
		t.Error("a header set after WriteHeader reached the client")
	}
}
