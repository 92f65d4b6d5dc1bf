package emptydeleteok

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type bookServer struct{}

func ginRoutes(s *bookServer) *gin.Engine {
	r := gin.New()
	r.DELETE("/books/:id", ginDeleteBook)
	r.DELETE("/books/:id/tags", s.deleteTags)
	api := r.Group("/api")
	api.Handle(http.MethodDelete, "/books/:id", ginDeleteBookAPI)
	r.DELETE("/books/:id/string", ginStringDelete)
	r.DELETE("/books/:id/data", ginDataDelete)
	r.DELETE("/books/:id/writer", ginWriterDelete)
	r.Any("/books/:id/guarded", ginGuardedBook)
	r.DELETE("/books/:id/abort", ginAbortDelete)

	r.DELETE("/books/:id/quiet", ginQuietDelete)
	r.DELETE("/books/:id/report", ginReportDelete)
	r.DELETE("/books/:id/helper", ginHelperDelete)
	api.Match([]string{"DELETE", "POST"}, "/books/:id/shared", ginShared)
	r.Any("/books/:id/any", ginShared)
	r.DELETE("/books/:id/bind", ginBindDelete)
	return r
}

func ginDeleteBook(c *gin.Context) {
	c.Status(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /books/:id; a DELETE with nothing to return is 204 No Content`
}

func (s *bookServer) deleteTags(c *gin.Context) {
	c.Status(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /books/:id/tags`
}

func ginDeleteBookAPI(c *gin.Context) {
	status := http.StatusOK
	c.Status(status) // want `empty-delete-ok: 200 OK with no body answers DELETE /api/books/:id; a DELETE`
}

// An empty body is no body.
func ginStringDelete(c *gin.Context) {
	c.String(http.StatusOK, "") // an explicitly empty body is deliberate (htmx swaps on an empty 200)
}

func ginDataDelete(c *gin.Context) {
	const ok = http.StatusOK
	c.Data(ok, "application/octet-stream", nil) // an explicitly empty body is deliberate
}

func ginWriterDelete(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /books/:id/writer`
}

func ginGuardedBook(c *gin.Context) {
	if c.Request.Method != http.MethodDelete {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	c.Status(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /books/:id/guarded`
}

func ginAbortDelete(c *gin.Context) {
	c.AbortWithStatus(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /books/:id/abort`
}

func ginQuietDelete(c *gin.Context) {
	c.Status(http.StatusNoContent)
}

func ginReportDelete(c *gin.Context) {
	c.JSON(http.StatusOK, gin.H{"deleted": c.Param("id")})
}

// respondDeleted receives the context and writes a body.
func respondDeleted(c *gin.Context, id string) {
	c.Writer.WriteString(`{"deleted":"` + id + `"}`)
}

func ginHelperDelete(c *gin.Context) {
	c.Status(http.StatusOK)
	respondDeleted(c, c.Param("id"))
}

func ginShared(c *gin.Context) {
	c.Status(http.StatusOK)
}

// c.ShouldBindJSON answers nothing itself; the 200 carries the deleted ids.
func ginBindDelete(c *gin.Context) {
	var ids []string
	if err := c.ShouldBindJSON(&ids); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusOK, gin.H{"deleted": ids})
}
