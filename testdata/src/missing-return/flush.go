package missingreturn

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// A flush sends the response in effect and writes nothing of its own: it
// is not another response after a complete one.

func errorThenFlush(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	w.(http.Flusher).Flush()
}

func errorThenControllerFlush(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	_ = http.NewResponseController(w).Flush()
}

func ginJSONThenFlush(c *gin.Context) {
	if c.Query("id") == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "missing id"})
	}
	c.Writer.Flush()
}
