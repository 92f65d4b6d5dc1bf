// Package pets holds a handler package routes registers.
package pets

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// Delete removes a pet.
func Delete(c *gin.Context) {
	if c.Param("id") == "0" {
		c.Status(http.StatusNotFound)
		return
	}
	c.Status(http.StatusNoContent)
}
