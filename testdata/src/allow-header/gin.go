package allowheader

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type ginAPI struct{}

func ginRoutes(api *ginAPI) *gin.Engine {
	r := gin.New()
	r.Any("/gin/upload", ginUpload)
	r.Any("/gin/things", api.things)
	r.Any("/gin/close", ginCloseHandler())

	r.Any("/gin/allowed", ginAllowed)
	r.Any("/gin/writer-allowed", ginWriterAllowed)
	return r
}

func ginUpload(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.AbortWithStatus(http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
		return
	}
	c.JSON(http.StatusCreated, file{})
}

// The context is called ctx: the inserted call uses it.
func (api *ginAPI) things(ctx *gin.Context) {
	switch ctx.Request.Method {
	case http.MethodGet, http.MethodHead:
		ctx.JSON(http.StatusOK, []file{})
	case http.MethodPost:
		ctx.JSON(http.StatusCreated, file{})
	default:
		ctx.JSON(405, gin.H{"error": "method not allowed"}) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
}

// A factory returning the handler.
func ginCloseHandler() gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.Method != http.MethodPut {
			c.AbortWithStatusJSON(http.StatusMethodNotAllowed, gin.H{"error": "PUT only"}) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
			return
		}
		c.Status(http.StatusNoContent)
	}
}

// --- quiet ---

func ginAllowed(c *gin.Context) {
	if c.Request.Method != http.MethodPost {
		c.Header("Allow", http.MethodPost)
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.JSON(http.StatusCreated, file{})
}

func ginWriterAllowed(c *gin.Context) {
	if c.Request.Method != http.MethodGet {
		c.Writer.Header().Set("Allow", "GET")
		c.Status(http.StatusMethodNotAllowed)
		return
	}
	c.JSON(http.StatusOK, file{})
}
