package superfluousstatus

import (
	"encoding/json"
	"net/http"

	"github.com/gin-gonic/gin"
)

// Rules inside helpers: the status after the body, in the helper itself.

// --- positives ---

func writeJSONLate(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
	w.WriteHeader(code) // want `superfluous-status: the status is set after the header was already sent \(as 200 OK by json\.NewEncoder\(w\)\.Encode at line \d+\); the code never reaches the client`
}

func ginWriteLate(c *gin.Context, v any) {
	c.Writer.Write([]byte("done"))
	c.Status(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent`
}

// --- negatives ---

func writeJSONInOrder(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
