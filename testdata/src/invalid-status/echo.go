package invalidstatus

import (
	"net/http"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

func echoRoutes(e *echo4.Echo, e5 *echo5.Echo) {
	e.GET("/users", echoList)
	e.POST("/users", echoCreate)
	e.GET("/users/fine", echoFine)
	e5.GET("/v5/users", echo5List)
	e5.GET("/v5/users/fine", echo5Fine)
}

func echoList(c echo4.Context) error {
	switch c.QueryParam("case") {
	case "json":
		return c.JSON(1000, []string{}) // want `invalid-status: 1000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	case "nocontent":
		return c.NoContent(99) // want `invalid-status: 99 is not an HTTP status code`
	case "string":
		return c.String(600, "x") // want `invalid-status: 600 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
	case "redirect":
		return c.Redirect(999, "/users") // want `invalid-status: 999 is not an HTTP status code \(RFC 9110 defines 100–599\); clients reject it`
	case "writer":
		c.Response().WriteHeader(0) // want `invalid-status: 0 is not an HTTP status code`
		return nil
	}
	return c.JSON(http.StatusOK, []string{})
}

func echoCreate(c echo4.Context) error {
	if c.QueryParam("fail") != "" {
		return echo4.NewHTTPError(2000, "bad") // want `invalid-status: 2000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
	}
	return errEchoHelper()
}

// errEchoHelper builds the error outside any handler: still a status API.
func errEchoHelper() error {
	return echo4.NewHTTPError(7000) // want `invalid-status: 7000 is not an HTTP status code`
}

func echoFine(c echo4.Context) error {
	switch c.QueryParam("case") {
	case "teapot":
		return echo4.NewHTTPError(http.StatusTeapot, "short and stout")
	case "top":
		return c.NoContent(599)
	case "continue":
		return c.NoContent(100)
	case "299":
		return c.String(299, "odd but valid")
	case "upstream":
		resp, err := http.Get("http://upstream.internal/users")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		return c.Stream(resp.StatusCode, "application/json", resp.Body)
	}
	return c.NoContent(http.StatusNoContent)
}

func echo5List(c *echo5.Context) error {
	if c.QueryParam("fail") != "" {
		return echo5.NewHTTPError(2000, "bad") // want `invalid-status: 2000 is not an HTTP status code`
	}
	if c.QueryParam("writer") != "" {
		c.Response().WriteHeader(1) // want `invalid-status: 1 is not an HTTP status code`
		return nil
	}
	return c.JSON(1000, []string{}) // want `invalid-status: 1000 is not an HTTP status code \(RFC 9110 defines 100–599\); net/http panics on it`
}

func echo5Fine(c *echo5.Context) error {
	if c.QueryParam("teapot") != "" {
		return echo5.NewHTTPError(http.StatusTeapot, "short and stout")
	}
	return c.JSON(599, []string{})
}
