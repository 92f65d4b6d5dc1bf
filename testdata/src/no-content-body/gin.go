package nocontentbody

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type book struct{ ID string }

type bookServer struct{}

func ginRoutes(s *bookServer) *gin.Engine {
	r := gin.New()
	r.DELETE("/books/:id", ginDeleteBook)
	r.GET("/books/:id", s.getBook)
	r.POST("/books/:id/reset", ginResetBook)
	r.PUT("/books/:id", ginPutBook)
	r.GET("/books/:id/raw", ginRawBook)
	r.PATCH("/books/:id", ginPatchBook)
	r.GET("/books/:id/blob", ginBlobBook)

	r.DELETE("/books/:id/quiet", ginQuietDelete)
	r.DELETE("/books/:id/string", ginStringDelete)
	r.DELETE("/books/:id/data", ginDataDelete)
	r.GET("/books/:id/cached", ginCachedBook)
	r.Use(ginCORS)
	r.GET("/books/stream", ginStream)
	return r
}

// gin drops the body of a 204 silently.
func ginDeleteBook(c *gin.Context) {
	c.JSON(http.StatusNoContent, gin.H{"deleted": c.Param("id")}) // want `no-content-body: 204 No Content is sent with a body in DELETE /books/:id; a 204 response cannot carry one and the client never sees it, use 200 OK to keep the body`
}

func (s *bookServer) getBook(c *gin.Context) {
	c.JSON(204, book{ID: c.Param("id")}) // want `no-content-body: 204 No Content is sent with a body in GET /books/:id`
}

func ginResetBook(c *gin.Context) {
	c.String(http.StatusResetContent, "reset %s", c.Param("id")) // want `no-content-body: 205 Reset Content is sent with a body in POST /books/:id/reset`
}

// c.Status stores the code the body write then sends.
func ginPutBook(c *gin.Context) {
	c.Status(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in PUT /books/:id`
	c.Writer.WriteString(`{"updated":true}`)
}

func ginRawBook(c *gin.Context) {
	status := http.StatusNotModified
	c.Data(status, "application/json", []byte(`{}`)) // want `no-content-body: 304 Not Modified is sent with a body in GET /books/:id/raw`
}

func ginPatchBook(c *gin.Context) {
	const done = http.StatusNoContent
	c.AbortWithStatusJSON(done, gin.H{"patched": true}) // want `no-content-body: 204 No Content is sent with a body in PATCH /books/:id`
}

func ginBlobBook(c *gin.Context) {
	c.Data(http.StatusNoContent, "text/plain", []byte("payload")) // want `no-content-body: 204 No Content is sent with a body in GET /books/:id/blob`
}

func ginQuietDelete(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

// An empty body is no body.
func ginStringDelete(c *gin.Context) {
	c.String(204, "")
}

func ginDataDelete(c *gin.Context) {
	c.Data(http.StatusNoContent, "application/octet-stream", nil)
}

func ginCachedBook(c *gin.Context) {
	if c.GetHeader("If-None-Match") == `"b1"` {
		c.Status(http.StatusNotModified)
		return
	}
	c.Header("ETag", `"b1"`)
	c.JSON(http.StatusOK, book{})
}

// CORS middleware: the preflight is answered 204 without a body.
func ginCORS(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", "*")
	if c.Request.Method == http.MethodOptions {
		c.AbortWithStatus(http.StatusNoContent)
		return
	}
	c.Next()
}

// A stream of events under 200; 204 when there is nothing to send.
func ginStream(c *gin.Context) {
	events := []string{"a", "b"}
	if len(events) == 0 {
		c.Status(http.StatusNoContent)
		return
	}
	for _, ev := range events {
		c.SSEvent("message", ev)
		c.Writer.Flush()
	}
}
