package nocontentbody

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Rules inside helpers: a body with 204, in the helper.

// --- positives ---

func writeDeleted(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in writeDeleted; a 204 response cannot carry one`
	w.Write([]byte("deleted"))
}

func ginDeleted(c *gin.Context, id string) {
	c.JSON(http.StatusNoContent, gin.H{"deleted": id}) // want `no-content-body: 204 No Content is sent with a body in ginDeleted`
}

// --- negatives ---

func writeGone(w http.ResponseWriter) {
	w.WriteHeader(http.StatusNoContent)
}

// A helper answering 200 with a body and 204 without.
func writeMaybe(w http.ResponseWriter, body []byte) {
	if len(body) == 0 {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	w.Write(body)
}
