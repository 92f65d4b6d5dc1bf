package model

import (
	"net/http"

	echo4 "github.com/labstack/echo/v4"
	"github.com/labstack/echo/v5"
)

func echoRoutes(e *echo4.Echo, e5 *echo.Echo) {
	e.GET("/users", echoList)
	g := e.Group("/admin")
	g.POST("/users", echoCreate, echoMiddleware)
	e.Add(http.MethodDelete, "/users/:id", echoDelete)
	e.Match([]string{"PUT"}, "/users/:id", echoPut)
	e5.GET("/v5/users", echo5List)
	e5.POST("/v5/users", echo5Create)
}

func echoMiddleware(next echo4.HandlerFunc) echo4.HandlerFunc { return next }

func echoList(c echo4.Context) error   { return nil } // want `handler echoList echo GET`
func echoCreate(c echo4.Context) error { return nil } // want `handler echoCreate echo POST`
func echoDelete(c echo4.Context) error { return nil } // want `handler echoDelete echo DELETE`
func echoPut(c echo4.Context) error { // want `handler echoPut echo PUT`
	if c.Request().Method != http.MethodPut {
		return c.NoContent(http.StatusMethodNotAllowed) // dead: the route is PUT only
	}
	return nil
}
func echo5List(c *echo.Context) error   { return nil } // want `handler echo5List echo GET`
func echo5Create(c *echo.Context) error { return nil } // want `handler echo5Create echo POST`
