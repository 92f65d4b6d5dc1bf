package headerafterwrite

import (
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
	e4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type user struct {
	Name string `json:"name"`
}

type userAPI struct{}

func echoRoutes(e *echo.Echo, api *userAPI, e5 *echo5.Echo) {
	e.Use(echoSecure, echoTiming)
	e.GET("/users", echoJSONThenHeader)
	e.PUT("/users/:id", api.update) // a method value
	e.POST("/users", createUser("default"))
	e5.GET("/v5/users", echo5StringThenHeader)
}

// --- positives ---

func echoJSONThenHeader(c echo.Context) error {
	if err := c.JSON(http.StatusOK, []user{}); err != nil {
		return err
	}
	c.Response().Header().Set("X-Total-Count", "0") // want `header-after-write: header "X-Total-Count" is changed after the header was sent \(as 200 OK by c\.JSON at line \d+\)`
	return nil
}

func echoNoContentThenHeader(c echo.Context) error {
	c.NoContent(http.StatusNoContent)
	c.Response().Header().Add("X-Deleted", c.Param("id")) // want `header-after-write: header "X-Deleted" is changed after the header was sent \(as 204 No Content by c\.NoContent`
	return nil
}

func echoWriteHeaderThenHeader(c echo.Context) error {
	c.Response().WriteHeader(http.StatusCreated)
	c.Response().Header().Set(echo.HeaderLocation, "/users/1") // want `header-after-write: header "Location" is changed after the header was sent \(as 201 Created by c\.Response\(\)\.WriteHeader`
	return nil
}

func (*userAPI) update(c echo.Context) error {
	c.String(http.StatusOK, "updated")
	c.Response().Header().Del(echo.HeaderContentLength) // want `header-after-write: header "Content-Length" is changed after the header was sent`
	return nil
}

// A factory, through a renamed import.
func createUser(kind string) e4.HandlerFunc {
	return func(c e4.Context) error {
		c.JSON(http.StatusCreated, user{Name: kind})
		c.Response().Header().Set("Location", "/users/"+kind) // want `header-after-write: header "Location" is changed after the header was sent`
		return nil
	}
}

// echo v5: c.Response() is the http.ResponseWriter.
func echo5StringThenHeader(c *echo5.Context) error {
	c.String(http.StatusOK, "hi")
	c.Response().Header().Set("Cache-Control", "no-store") // want `header-after-write: header "Cache-Control" is changed after the header was sent \(as 200 OK by c\.String`
	return nil
}

// --- negatives ---

func echoHeaderFirst(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/users/2")
	return c.JSON(http.StatusCreated, user{})
}

func echoSecure(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		c.Response().Header().Set("X-Frame-Options", "DENY")
		return next(c)
	}
}

// next may not have written; the Before hook runs before the header is sent.
func echoTiming(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		start := time.Now()
		c.Response().Before(func() {
			c.Response().Header().Set("X-Elapsed", time.Since(start).String())
		})
		err := next(c)
		c.Response().Header().Set("X-Handled", "1")
		return err
	}
}

func echoRequestHeader(c echo.Context) error {
	c.NoContent(http.StatusNoContent)
	c.Request().Header.Set("X-Handled", "1")
	return nil
}

func echo5HeaderFirst(c *echo5.Context) error {
	c.Response().Header().Set("Location", "/v5/users/1")
	return c.JSON(http.StatusCreated, user{})
}
