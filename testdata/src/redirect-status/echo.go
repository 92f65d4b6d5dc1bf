package redirectstatus

import (
	"net/http"

	echo4 "github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

func echoRoutes(e *echo4.Echo, e5 *echo5.Echo) {
	e.POST("/login", echoLogin)
	e.GET("/home", echoHome)
	e.DELETE("/session", echoLogout)
	e.GET("/fine", echoFine)
	g := e.Group("/account")
	g.Match([]string{http.MethodPost, http.MethodPut}, "/settings", echoSettings)
	e5.POST("/v5/login", echo5Login)
	e5.GET("/v5/home", echo5Home)
}

func echoLogin(c echo4.Context) error {
	return c.Redirect(http.StatusOK, "/home") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

func echoHome(c echo4.Context) error {
	return c.Redirect(200, "/welcome") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

func echoLogout(c echo4.Context) error {
	return c.Redirect(http.StatusNoContent, "/") // want `redirect-status: 204 No Content is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers DELETE\)`
}

func echoSettings(c echo4.Context) error {
	return c.Redirect(http.StatusOK, "/account") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST/PUT\)`
}

func echoFine(c echo4.Context) error {
	switch c.QueryParam("case") {
	case "found":
		return c.Redirect(http.StatusFound, "/new")
	case "see-other":
		return c.Redirect(http.StatusSeeOther, "/new")
	case "permanent":
		return c.Redirect(308, "/new")
	}
	return c.Redirect(http.StatusMovedPermanently, "/new")
}

func echo5Login(c *echo5.Context) error {
	return c.Redirect(http.StatusOK, "/v5/home") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

func echo5Home(c *echo5.Context) error {
	if c.QueryParam("old") != "" {
		return c.Redirect(http.StatusAccepted, "/v5/welcome") // want `redirect-status: 202 Accepted is not a redirection, so the client does not follow the Location; use 302 Found$`
	}
	return c.Redirect(http.StatusTemporaryRedirect, "/v5/welcome")
}
