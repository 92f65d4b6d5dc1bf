package model

import (
	"net/http"

	"github.com/gin-gonic/gin"
)

func ginRoutes() *gin.Engine {
	r := gin.New()
	r.GET("/books", ginList)
	api := r.Group("/api", ginAuth)
	api.POST("/books", ginCreate)
	api.Handle(http.MethodDelete, "/books/:id", ginDelete)
	api.Match([]string{"PUT", "PATCH"}, "/books/:id", ginUpdate)
	api.Any("/books/any", ginAny)
	return r
}

func ginAuth(c *gin.Context) { // want `handler ginAuth gin unknown`
	if c.GetHeader("Authorization") == "" {
		c.AbortWithStatus(http.StatusUnauthorized)
	}
}

func ginList(c *gin.Context)   {} // want `handler ginList gin GET`
func ginCreate(c *gin.Context) {} // want `handler ginCreate gin POST`
func ginDelete(c *gin.Context) {} // want `handler ginDelete gin DELETE`
func ginUpdate(c *gin.Context) {} // want `handler ginUpdate gin PUT, PATCH`
func ginAny(c *gin.Context) { // want `handler ginAny gin unknown`
	if c.Request.Method == http.MethodGet {
		c.Status(http.StatusOK) // want `answers GET`
	}
}
