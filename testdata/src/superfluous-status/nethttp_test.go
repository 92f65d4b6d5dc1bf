package superfluousstatus

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test fakes misbehave on purpose: *_test.go files are not checked.
func TestPartialUpstream(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("partial"))
		w.WriteHeader(http.StatusInternalServerError)
		w.WriteHeader(http.StatusBadGateway)
	}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("status = %d, want 200: the late codes never reach the client", resp.StatusCode)
	}
}
