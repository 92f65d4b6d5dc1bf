package superfluousstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// ginRepeat repeats the code gin already sent, with no body: gin neither
// warns nor changes anything, so it is not worth a report.
func ginRepeat(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.Status(http.StatusOK)
}

// ginChange sets a different code after the body: that one never arrives.
func ginChange(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"ok": true})
	c.Status(http.StatusAccepted) // want `superfluous-status: 202 Accepted is set after the header was already sent`
}
