package nocontentbody

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/gin-gonic/gin"
)

// A fake upstream that misbehaves on purpose: test handlers are ignored.
func TestProxy(t *testing.T) {
	upstream := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		w.Write([]byte("ignored"))
	}))
	defer upstream.Close()
	rec := httptest.NewRecorder()
	proxy(rec, httptest.NewRequest(http.MethodGet, "/proxy/x", nil))
	if rec.Code != http.StatusBadGateway && rec.Body.Len() != 0 {
		t.Fatalf("got %d with %q", rec.Code, rec.Body.String())
	}
}

func fakeNoContent(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "nothing", http.StatusNoContent)
}

// A gin fake in a test: ignored too.
func TestGinFake(t *testing.T) {
	w := httptest.NewRecorder()
	c, _ := gin.CreateTestContext(w)
	fake := func(c *gin.Context) {
		c.JSON(http.StatusNoContent, gin.H{"fake": true})
	}
	fake(c)
	if w.Code != http.StatusNoContent {
		t.Fatalf("got %d", w.Code)
	}
}
