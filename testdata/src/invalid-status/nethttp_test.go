package invalidstatus

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test files are left out by design: a fake that misbehaves on purpose is
// not a finding.
func TestBrokenUpstream(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(2000)
		http.Error(w, "odd", 700)
	}))
	defer srv.Close()
	rec := httptest.NewRecorder()
	rec.WriteHeader(0)
}
