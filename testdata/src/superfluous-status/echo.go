package superfluousstatus

import (
	"errors"
	"net/http"

	"github.com/labstack/echo/v4"
	e4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type user struct {
	Name string `json:"name"`
}

type userAPI struct{}

func echoRoutes(e *echo.Echo, api *userAPI, e5 *echo5.Echo) {
	e.POST("/users", echoNoContentThenJSON)
	e.PUT("/users/:id", api.update) // a method value
	e.GET("/users", listUsers("all"))
	e5.GET("/v5/users", echo5NoContentThenJSON)
	e5.POST("/v5/users", echo5ErrorAfterJSON)
}

// --- positives ---

func echoNoContentThenJSON(c echo.Context) error {
	c.NoContent(http.StatusNoContent)
	return c.JSON(http.StatusOK, user{}) // want `superfluous-status: 200 OK is set after the header was already sent \(as 204 No Content by c\.NoContent`
}

// The JSON was written: echo's error handler skips a committed response.
func echoErrorAfterJSON(c echo.Context) error {
	c.JSON(http.StatusOK, user{Name: "a"})
	return echo.NewHTTPError(http.StatusInternalServerError, "audit failed") // want `superfluous-status: 500 Internal Server Error is set after the header was already sent \(as 200 OK by c\.JSON`
}

func echoErrorAfterCheckedJSON(c echo.Context) error {
	if err := c.JSON(http.StatusOK, user{}); err != nil {
		return err
	}
	return echo.NewHTTPError(http.StatusConflict) // want `superfluous-status: 409 Conflict is set after the header was already sent`
}

func echoWriteHeaderThenJSON(c echo.Context) error {
	c.Response().WriteHeader(http.StatusCreated)
	return c.JSON(http.StatusCreated, user{}) // want `superfluous-status: 201 Created is set after the header was already sent \(as 201 Created by c\.Response\(\)\.WriteHeader`
}

func echoWriteThenStatus(c echo.Context) error {
	c.Response().Write([]byte("raw"))
	c.Response().WriteHeader(http.StatusInternalServerError) // want `superfluous-status: 500 Internal Server Error is set after the header was already sent`
	return nil
}

func (*userAPI) update(c echo.Context) error {
	c.String(http.StatusOK, "updated")
	return c.NoContent(http.StatusNoContent) // want `superfluous-status: 204 No Content is set after the header was already sent \(as 200 OK by c\.String`
}

// A factory, through a renamed import.
func listUsers(scope string) e4.HandlerFunc {
	return func(c e4.Context) error {
		c.JSONPretty(http.StatusOK, []user{}, "  ")
		return c.JSON(http.StatusPartialContent, []user{}) // want `superfluous-status: 206 Partial Content is set after the header was already sent`
	}
}

func echoRedirectThenJSON(c echo.Context) error {
	c.Redirect(http.StatusSeeOther, "/users")
	return c.JSON(http.StatusOK, user{}) // want `superfluous-status: 200 OK is set after the header was already sent \(as 303 See Other by c\.Redirect`
}

// echo v5 handlers take *echo.Context.
func echo5NoContentThenJSON(c *echo5.Context) error {
	c.NoContent(http.StatusNoContent)
	return c.JSON(http.StatusOK, user{}) // want `superfluous-status: 200 OK is set after the header was already sent \(as 204 No Content by c\.NoContent`
}

func echo5ErrorAfterJSON(c *echo5.Context) error {
	c.JSON(http.StatusCreated, user{})
	return echo5.NewHTTPError(http.StatusBadRequest, "too late") // want `superfluous-status: 400 Bad Request is set after the header was already sent`
}

// --- negatives ---

func echoErrorFirst(c echo.Context) error {
	var u user
	if err := c.Bind(&u); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, err.Error())
	}
	return c.JSON(http.StatusCreated, u)
}

// The JSON failed to marshal: nothing may have been written yet.
func echoJSONFailed(c echo.Context) error {
	if err := c.JSON(http.StatusOK, user{}); err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
	}
	return nil
}

func echoHeaderThenJSON(c echo.Context) error {
	c.Response().Header().Set(echo.HeaderLocation, "/users/1")
	return c.JSON(http.StatusCreated, user{})
}

// An error value the handler does not return answers nothing.
func echoUnreturnedError(c echo.Context) error {
	c.JSON(http.StatusOK, user{})
	err := echo.NewHTTPError(http.StatusInternalServerError)
	c.Logger().Error(err)
	return nil
}

func echoPlainError(c echo.Context) error {
	if err := c.NoContent(http.StatusNoContent); err != nil {
		return err
	}
	return errors.New("logged by echo only")
}

func echo5IfElse(c *echo5.Context) error {
	if c.Param("id") == "" {
		return c.NoContent(http.StatusNotFound)
	}
	return c.JSON(http.StatusOK, user{})
}
