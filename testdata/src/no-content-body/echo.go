package nocontentbody

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type user struct{ ID string }

type userServer struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *userServer) {
	e.DELETE("/users/:id", echoDeleteUser)
	e.GET("/users/:id", s.getUser)
	e.POST("/users/:id/reset", echoResetUser)
	e.GET("/users/:id/blob", echoBlobUser)
	e.PUT("/users/:id", echoPutUser)
	e5.DELETE("/v5/users/:id", echo5DeleteUser)
	e5.GET("/v5/users/:id", echo5GetUser)

	e.DELETE("/users/:id/quiet", echoQuietDelete)
	e.DELETE("/users/:id/string", echoStringDelete)
	e.DELETE("/users/:id/blob", echoBlobDelete)
	e.GET("/users/:id/cached", echoCachedUser)
	e.OPTIONS("/users", echoPreflight)
	e5.DELETE("/v5/users/:id/quiet", echo5QuietDelete)
	e5.GET("/v5/users/:id/cached", echo5CachedUser)
}

func echoDeleteUser(c echo.Context) error {
	return c.JSON(http.StatusNoContent, map[string]string{"deleted": c.Param("id")}) // want `no-content-body: 204 No Content is sent with a body in DELETE /users/:id; a 204 response cannot carry one and the client never sees it, use 200 OK to keep the body`
}

func (s *userServer) getUser(c echo.Context) error {
	return c.JSON(204, user{ID: c.Param("id")}) // want `no-content-body: 204 No Content is sent with a body in GET /users/:id`
}

func echoResetUser(c echo.Context) error {
	return c.String(http.StatusResetContent, "reset") // want `no-content-body: 205 Reset Content is sent with a body in POST /users/:id/reset`
}

func echoBlobUser(c echo.Context) error {
	const notModified = http.StatusNotModified
	return c.Blob(notModified, "application/json", []byte(`{}`)) // want `no-content-body: 304 Not Modified is sent with a body in GET /users/:id/blob`
}

// The response's own WriteHeader, then a body.
func echoPutUser(c echo.Context) error {
	c.Response().WriteHeader(http.StatusNoContent) // want `no-content-body: 204 No Content is sent with a body in PUT /users/:id`
	_, err := c.Response().Write([]byte(`{"updated":true}`))
	return err
}

// echo v5 handlers take *echo.Context.
func echo5DeleteUser(c *echo5.Context) error {
	return c.JSON(http.StatusNoContent, user{ID: c.Param("id")}) // want `no-content-body: 204 No Content is sent with a body in DELETE /v5/users/:id`
}

func echo5GetUser(c *echo5.Context) error {
	status := http.StatusNoContent
	return c.String(status, "nothing") // want `no-content-body: 204 No Content is sent with a body in GET /v5/users/:id`
}

func echoQuietDelete(c echo.Context) error {
	return c.NoContent(http.StatusNoContent)
}

// Empty bodies.
func echoStringDelete(c echo.Context) error {
	return c.String(204, "")
}

func echoBlobDelete(c echo.Context) error {
	return c.Blob(http.StatusNoContent, "application/octet-stream", nil)
}

func echoCachedUser(c echo.Context) error {
	if c.Request().Header.Get("If-None-Match") == `"u1"` {
		return c.NoContent(http.StatusNotModified)
	}
	c.Response().Header().Set("ETag", `"u1"`)
	return c.JSON(http.StatusOK, user{})
}

func echoPreflight(c echo.Context) error {
	c.Response().Header().Set("Access-Control-Allow-Origin", "*")
	return c.NoContent(http.StatusNoContent)
}

func echo5QuietDelete(c *echo5.Context) error {
	return c.NoContent(204)
}

func echo5CachedUser(c *echo5.Context) error {
	if c.Request().Header.Get("If-None-Match") == `"u1"` {
		return c.NoContent(http.StatusNotModified)
	}
	return c.JSON(http.StatusOK, user{})
}
