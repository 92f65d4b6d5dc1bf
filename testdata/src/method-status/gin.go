package methodstatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type book struct{ ID string }

type bookServer struct{}

func ginRoutes(s *bookServer) *gin.Engine {
	r := gin.New()
	r.GET("/books/:id", ginGetBook)
	r.DELETE("/books/:id", ginDeleteBook)
	r.HEAD("/books/:id/raw", ginHeadBook)
	api := r.Group("/api", ginAuth)
	api.GET("/books", s.listBooks)
	api.Handle(http.MethodGet, "/books/:id/dup", ginDupBook)
	api.POST("/books/search", ginSearchBooks)
	r.Any("/books/:id/guarded", ginGuardedBook)
	r.GET("/books/:id/writer", ginWriterBook)

	r.POST("/books", ginCreateBook)
	r.PUT("/books/:id", ginPutBook)
	api.Match([]string{"GET", "POST"}, "/books/form", ginBookForm)
	r.Any("/books/any", ginAnyBook)
	r.OPTIONS("/books", ginPreflight)
	r.GET("/books/:id/cached", ginCachedBook)
	r.PATCH("/books/:id", ginPatchBook)
	ginRegisterShelves(r.Group("/v1"))
	ginRegisterShelves(r.Group("/v2"))
	return r
}

// ginRegisterShelves is called with two groups: a finding in its handler
// names both routes, once.
func ginRegisterShelves(g *gin.RouterGroup) {
	g.GET("/shelves", ginListShelves)
}

func ginListShelves(c *gin.Context) {
	c.JSON(http.StatusCreated, []book{}) // want `method-status: 201 Created answers GET /v1/shelves and GET /v2/shelves; .*, use 200 OK`
}

// ginAuth is middleware given to a group: it serves every method.
func ginAuth(c *gin.Context) {
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatusJSON(http.StatusConflict, gin.H{"error": "no session"})
		return
	}
	c.Next()
}

func ginGetBook(c *gin.Context) {
	c.JSON(http.StatusCreated, book{ID: c.Param("id")}) // want `method-status: 201 Created answers GET /books/:id; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
}

// c.Status with nothing after it in a DELETE: 204.
func ginDeleteBook(c *gin.Context) {
	c.Status(201) // want `method-status: 201 Created answers DELETE /books/:id; .*, use 204 No Content`
}

func ginHeadBook(c *gin.Context) {
	c.Header("X-Count", "1")
	c.Status(http.StatusCreated) // want `method-status: 201 Created answers HEAD /books/:id/raw; .*, use 200 OK`
}

func (s *bookServer) listBooks(c *gin.Context) {
	c.IndentedJSON(201, []book{}) // want `method-status: 201 Created answers GET /api/books; .*, use 200 OK`
}

func ginDupBook(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusConflict, gin.H{"error": "duplicate"}) // want `method-status: 409 Conflict answers GET /api/books/:id/dup; 409 is for a change that conflicts`
}

func ginSearchBooks(c *gin.Context) {
	if c.GetHeader("If-None-Match") != "" {
		c.AbortWithStatus(http.StatusNotModified) // want `method-status: 304 Not Modified answers POST /api/books/search; 304 is for a conditional GET or HEAD`
		return
	}
	c.JSON(http.StatusOK, []book{})
}

// The guard narrows an any-method route to GET.
func ginGuardedBook(c *gin.Context) {
	if c.Request.Method != http.MethodGet {
		c.AbortWithStatus(http.StatusMethodNotAllowed)
		return
	}
	status := http.StatusCreated
	c.JSON(status, book{}) // want `method-status: 201 Created answers GET /books/:id/guarded; .*, use 200 OK`
}

func ginWriterBook(c *gin.Context) {
	c.Writer.WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /books/:id/writer; .*, use 200 OK`
	c.Writer.WriteString(`{"id":"1"}`)
}

func ginCreateBook(c *gin.Context) {
	var b book
	if err := c.ShouldBindJSON(&b); err != nil {
		c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()})
		return
	}
	c.Header("Location", "/books/"+b.ID)
	c.JSON(http.StatusCreated, b)
}

func ginPutBook(c *gin.Context) {
	c.Status(201)
}

func ginBookForm(c *gin.Context) {
	c.JSON(http.StatusCreated, book{})
}

func ginAnyBook(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodPost, http.MethodPut:
		c.JSON(http.StatusCreated, book{})
	case http.MethodGet:
		c.JSON(http.StatusOK, []book{})
	default:
		c.AbortWithStatus(http.StatusMethodNotAllowed)
	}
}

func ginPreflight(c *gin.Context) {
	c.Header("Access-Control-Allow-Origin", "*")
	c.AbortWithStatus(http.StatusNoContent)
}

func ginCachedBook(c *gin.Context) {
	if c.GetHeader("If-None-Match") == `"v2"` {
		c.Status(http.StatusNotModified)
		return
	}
	c.Header("ETag", `"v2"`)
	c.JSON(http.StatusOK, book{})
}

func ginPatchBook(c *gin.Context) {
	if c.ContentType() != "application/json" {
		c.AbortWithStatus(http.StatusUnsupportedMediaType)
		return
	}
	c.JSON(http.StatusConflict, gin.H{"error": "stale"})
}

// No route in this package: the method is unknown.
func ginOrphan(c *gin.Context) {
	c.JSON(http.StatusCreated, book{})
}
