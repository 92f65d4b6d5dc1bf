package unauthorizedchallenge

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoAPI struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, api *echoAPI) {
	e.GET("/echo/me", echoMe)
	e.GET("/echo/orders", api.orders, echoAuth)
	e.GET("/echo/request-header", echoRequestHeader)
	e5.GET("/v5/me", echo5Me)
	e5.GET("/v5/token", echo5Token)

	e.GET("/echo/basic", echoBasic)
	e5.GET("/v5/basic", echo5Basic)
}

func echoMe(c echo.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return c.JSON(http.StatusUnauthorized, map[string]string{"error": "login required"}) // want `unauthorized-challenge: 401 Unauthorized in GET /echo/me has no WWW-Authenticate header`
	}
	return c.JSON(http.StatusOK, account{})
}

// echo middleware: the closure it returns is a handler.
func echoAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("Authorization") == "" {
			return echo.NewHTTPError(http.StatusUnauthorized, "login required") // want `unauthorized-challenge: 401 Unauthorized in .*has no WWW-Authenticate header`
		}
		return next(c)
	}
}

func (api *echoAPI) orders(c echo.Context) error {
	return c.JSON(http.StatusOK, []string{})
}

// Setting the request's header is no challenge.
func echoRequestHeader(c echo.Context) error {
	c.Request().Header.Set(echo.HeaderWWWAuthenticate, "Bearer")
	return c.NoContent(http.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in GET /echo/request-header has no WWW-Authenticate header`
}

// echo v5 handlers take *echo.Context.
func echo5Me(c *echo5.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return c.NoContent(401) // want `unauthorized-challenge: 401 Unauthorized in GET /v5/me has no WWW-Authenticate header`
	}
	return c.JSON(http.StatusOK, account{})
}

func echo5Token(c *echo5.Context) error {
	return echo5.NewHTTPError(http.StatusUnauthorized, "token expired") // want `unauthorized-challenge: 401 Unauthorized in GET /v5/token has no WWW-Authenticate header`
}

// --- quiet ---

func echoBasic(c echo.Context) error {
	if _, _, ok := c.Request().BasicAuth(); !ok {
		c.Response().Header().Set(echo.HeaderWWWAuthenticate, `Basic realm="echo"`)
		return echo.NewHTTPError(http.StatusUnauthorized)
	}
	return c.JSON(http.StatusOK, account{})
}

func echo5Basic(c *echo5.Context) error {
	if _, _, ok := c.Request().BasicAuth(); !ok {
		c.Response().Header().Set(echo5.HeaderWWWAuthenticate, `Basic realm="echo"`)
		return c.NoContent(http.StatusUnauthorized)
	}
	return c.JSON(http.StatusOK, account{})
}

func echoWrongCodeRoutes(e *echo.Echo) {
	e.GET("/echo/admin-only", echoAdminOnly)
	e.POST("/echo/login", echoBadBody)
}

// auth-status asks for 403.
func echoAdminOnly(c echo.Context) error {
	u := c.Get("user").(*principal)
	if !u.IsAdmin {
		return c.NoContent(http.StatusUnauthorized)
	}
	return c.JSON(http.StatusOK, account{ID: u.Name})
}

// A body that could not be read.
func echoBadBody(c echo.Context) error {
	var req loginRequest
	if err := c.Bind(&req); err != nil {
		return c.String(http.StatusUnauthorized, "bad request")
	}
	if req.Password == "" {
		return c.String(http.StatusUnauthorized, "password required") // want `unauthorized-challenge: 401 Unauthorized in POST /echo/login has no WWW-Authenticate header`
	}
	return c.JSON(http.StatusOK, account{ID: req.User})
}
