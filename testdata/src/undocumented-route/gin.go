package undocumentedroute

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginRoutes() *gin.Engine {
	r := gin.New()
	g := r.Group("/r")
	g.GET("/books", ginBooks)
	g.GET("/books/:id/", ginBooks)               // a trailing slash does not count
	g.DELETE("/books/:bookID", ginBooks)         // another spelling of the parameter
	g.PUT("/books/:id", ginBooks)                // want `undocumented-route: route PUT /r/books/:id is in none of the -openapi documents`
	g.GET("/authors", ginBooks)                  // want `undocumented-route: route GET /r/authors is in none of the -openapi documents`
	g.Any("/any", ginBooks)                      // every method: not one the document could list
	r.Handle(methodFromConfig(), "/x", ginBooks) // a method we cannot read: quiet
	r.GET("/elsewhere", ginBooks)                // outside the documents' base paths: another API's
	return r
}

func methodFromConfig() string { return http.MethodGet }

func ginBooks(c *gin.Context) { c.JSON(http.StatusOK, nil) }
