// Package docs holds documented handlers that another package registers.
package docs

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

// GetTag returns a tag.
//
// @Success 200 {object} map[string]string
// @Failure 404 {object} map[string]string
// @Failure 410 {object} map[string]string
// @Router /remote/tags/{id} [get]
func GetTag(c *gin.Context) { // want GetTag:`handler\(404 200 doc:200 doc:404 doc:410\)` GetTag:`choosesStatus\(body ends\)`
	if c.Param("id") == "" {
		c.JSON(http.StatusNotFound, gin.H{"error": "no tag"})
		return
	}
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

// ListTags lists tags; what it answers is decided elsewhere.
//
// @Success 200 {array} string
// @Failure 503 {object} map[string]string
// @Router /remote/tags [get]
func ListTags(c *gin.Context) { // want ListTags:`handler\(doc:200 doc:503\)`
	Respond(c)
}

// Respond is set by the application.
var Respond func(*gin.Context)
