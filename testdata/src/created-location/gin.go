package createdlocation

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

type ginAPI struct{}

func ginRoutes(api *ginAPI) *gin.Engine {
	r := gin.New()
	r.POST("/gin/books", ginCreateBook)
	v1 := r.Group("/v1")
	v1.POST("/books", api.createBook)
	r.Handle(http.MethodPost, "/gin/authors", ginCreateAuthor)
	r.Any("/gin/shelves", ginShelves)

	r.POST("/gin/books/located", ginCreateLocated)
	r.POST("/gin/books/writer", ginCreateWriterLocated)
	r.PUT("/gin/books/:id", ginPutBook)
	r.Match([]string{"POST", "PUT"}, "/gin/books/upsert", ginUpsertBook)
	return r
}

func ginCreateBook(c *gin.Context) {
	var b item
	if err := c.ShouldBindJSON(&b); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
		return
	}
	c.JSON(http.StatusCreated, b) // want `created-location: 201 Created answers POST /gin/books with no Location header`
}

func (api *ginAPI) createBook(c *gin.Context) {
	c.Status(201) // want `created-location: 201 Created answers POST .* with no Location header`
}

func ginCreateAuthor(c *gin.Context) {
	c.AbortWithStatusJSON(http.StatusCreated, item{}) // want `created-location: 201 Created answers POST /gin/authors with no Location header`
}

// The switch narrows an any-method route.
func ginShelves(c *gin.Context) {
	switch c.Request.Method {
	case http.MethodPost:
		c.JSON(http.StatusCreated, item{}) // want `created-location: 201 Created answers POST /gin/shelves with no Location header`
	case http.MethodGet:
		c.JSON(http.StatusOK, []item{})
	default:
		c.Header("Allow", "GET, POST")
		c.AbortWithStatus(http.StatusMethodNotAllowed)
	}
}

// --- quiet ---

func ginCreateLocated(c *gin.Context) {
	c.Header("Location", "/gin/books/1")
	c.JSON(http.StatusCreated, item{ID: "1"})
}

func ginCreateWriterLocated(c *gin.Context) {
	c.Writer.Header().Set("Location", "/gin/books/1")
	c.Status(http.StatusCreated)
}

func ginPutBook(c *gin.Context) {
	c.JSON(http.StatusCreated, item{ID: c.Param("id")})
}

func ginUpsertBook(c *gin.Context) {
	c.JSON(http.StatusCreated, item{})
}
