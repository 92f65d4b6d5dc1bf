package methodstatus

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type user struct{ ID string }

type userServer struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *userServer) {
	e.GET("/users/:id", echoGetUser)
	e.DELETE("/users/:id", echoDeleteUser)
	e.GET("/users/:id/profile", s.profile)
	e.Add(http.MethodGet, "/users/:id/dup", echoDupUser)
	e.Any("/users/:id/guarded", echoGuardedUser)
	g := e.Group("/v1")
	g.GET("/users", echoListUsers)
	e.POST("/users/search", echoSearchUsers)
	e5.GET("/v5/users/:id", echo5GetUser)
	e5.DELETE("/v5/users/:id", echo5DeleteUser)

	e.POST("/users", echoCreateUser)
	e.PUT("/users/:id", echoPutUser)
	e.Match([]string{"GET", "POST"}, "/users/form", echoUserForm)
	e.Any("/users/any", echoAnyUser)
	e.OPTIONS("/users", echoPreflight)
	e.GET("/users/:id/cached", echoCachedUser)
	e.PATCH("/users/:id", echoPatchUser)
	e5.POST("/v5/users", echo5CreateUser)
	e5.GET("/v5/users/:id/cached", echo5CachedUser)
}

func echoGetUser(c echo.Context) error {
	return c.JSON(http.StatusCreated, user{ID: c.Param("id")}) // want `method-status: 201 Created answers GET /users/:id; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
}

func echoDeleteUser(c echo.Context) error {
	return c.NoContent(201) // want `method-status: 201 Created answers DELETE /users/:id; .*, use 204 No Content`
}

func (s *userServer) profile(c echo.Context) error {
	const created = http.StatusCreated
	return c.String(created, "profile") // want `method-status: 201 Created answers GET /users/:id/profile; .*, use 200 OK`
}

// An error answer the framework sends when the handler returns it.
func echoDupUser(c echo.Context) error {
	return echo.NewHTTPError(http.StatusConflict, "duplicate") // want `method-status: 409 Conflict answers GET /users/:id/dup; 409 is for a change that conflicts`
}

func echoGuardedUser(c echo.Context) error {
	if c.Request().Method != http.MethodGet {
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	return c.JSON(201, user{}) // want `method-status: 201 Created answers GET /users/:id/guarded; .*, use 200 OK`
}

func echoListUsers(c echo.Context) error {
	c.Response().WriteHeader(http.StatusCreated) // want `method-status: 201 Created answers GET /v1/users; .*, use 200 OK`
	_, err := c.Response().Write([]byte("[]"))
	return err
}

func echoSearchUsers(c echo.Context) error {
	if c.Request().Header.Get("If-None-Match") != "" {
		return c.NoContent(http.StatusNotModified) // want `method-status: 304 Not Modified answers POST /users/search; 304 is for a conditional GET or HEAD`
	}
	return c.JSON(http.StatusOK, []user{})
}

// echo v5 handlers take *echo.Context.
func echo5GetUser(c *echo5.Context) error {
	status := http.StatusCreated
	return c.JSON(status, user{ID: c.Param("id")}) // want `method-status: 201 Created answers GET /v5/users/:id; .*, use 200 OK`
}

func echo5DeleteUser(c *echo5.Context) error {
	return c.NoContent(http.StatusCreated) // want `method-status: 201 Created answers DELETE /v5/users/:id; .*, use 204 No Content`
}

func echoCreateUser(c echo.Context) error {
	var u user
	if err := c.Bind(&u); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	c.Response().Header().Set("Location", "/users/"+u.ID)
	return c.JSON(http.StatusCreated, u)
}

func echoPutUser(c echo.Context) error {
	return c.NoContent(201)
}

func echoUserForm(c echo.Context) error {
	return c.JSON(http.StatusCreated, user{})
}

func echoAnyUser(c echo.Context) error {
	switch c.Request().Method {
	case http.MethodPost:
		return c.JSON(http.StatusCreated, user{})
	case http.MethodDelete:
		return echo.NewHTTPError(http.StatusConflict, "in use")
	case http.MethodGet, http.MethodHead:
		return c.JSON(http.StatusOK, []user{})
	}
	return c.NoContent(http.StatusMethodNotAllowed)
}

func echoPreflight(c echo.Context) error {
	c.Response().Header().Set("Access-Control-Allow-Origin", "*")
	return c.NoContent(http.StatusNoContent)
}

func echoCachedUser(c echo.Context) error {
	if c.Request().Header.Get("If-None-Match") == `"u1"` {
		return c.NoContent(http.StatusNotModified)
	}
	return c.JSON(http.StatusOK, user{})
}

func echoPatchUser(c echo.Context) error {
	if c.Request().Header.Get("Content-Type") != "application/json" {
		return c.NoContent(http.StatusUnsupportedMediaType)
	}
	return echo.NewHTTPError(http.StatusConflict, "stale")
}

func echo5CreateUser(c *echo5.Context) error {
	return c.JSON(http.StatusCreated, user{})
}

func echo5CachedUser(c *echo5.Context) error {
	if c.Request().Header.Get("If-None-Match") == `"u1"` {
		return c.NoContent(http.StatusNotModified)
	}
	return c.JSON(http.StatusOK, user{})
}

// No route in this package: the method is unknown.
func echoOrphan(c echo.Context) error {
	return c.JSON(http.StatusCreated, user{})
}

func echo5Orphan(c *echo5.Context) error {
	return echo5.NewHTTPError(http.StatusConflict, "exists")
}
