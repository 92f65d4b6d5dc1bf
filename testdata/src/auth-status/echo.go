package authstatus

import (
	"net/http"

	"github.com/golang-jwt/jwt/v5"
	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type noteServer struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, s *noteServer) {
	e.GET("/notes/:id", echoGetNote)
	e.GET("/notes/:id/header", echoHeader)
	e.GET("/notes/:id/token", echoToken)
	e.GET("/notes/:id/either", echoEither)
	e.GET("/notes/:id/claims", echoClaims)
	e.GET("/notes/:id/cookie", s.cookie)
	e.GET("/notes/:id/const", echoConst)
	admin := e.Group("/admin", echoRequireAdmin)
	admin.GET("/notes", echoAdminNotes)
	e5.GET("/v5/notes/:id", echo5GetNote)
	e5.GET("/v5/notes/:id/header", echo5Header)
	e5.GET("/v5/notes/:id/cookie", echo5Cookie)

	e.GET("/notes/:id/ok", echoGetNoteOK)
	e.GET("/notes/:id/expired", echoExpired)
	e.GET("/notes/:id/mixed", echoMixed)
	e5.GET("/v5/notes/:id/ok", echo5GetNoteOK)
}

func echoGetNote(c echo.Context) error {
	u := c.Get("user").(*User)
	if !u.IsAdmin() {
		return echo.NewHTTPError(http.StatusUnauthorized, "admins only") // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
	}
	return c.JSON(http.StatusOK, u)
}

func echoHeader(c echo.Context) error {
	if c.Request().Header.Get(echo.HeaderAuthorization) == "" {
		return c.NoContent(http.StatusForbidden) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
	}
	return c.NoContent(http.StatusNoContent)
}

// The README's case with echo: jwt.Parse fails.
func echoToken(c echo.Context) error {
	raw := c.QueryParam("token")
	token, err := jwt.Parse(raw, keyFunc)
	if err != nil {
		return echo.NewHTTPError(http.StatusForbidden, "invalid token") // want `auth-status: 403 Forbidden .*jwt\.Parse.*401 Unauthorized`
	}
	if !token.Valid {
		return c.String(http.StatusForbidden, "invalid token") // want `auth-status: 403 Forbidden .*jwt.*401 Unauthorized`
	}
	return c.JSON(http.StatusOK, token.Claims)
}

// Either way the token is bad: both operands are credential checks.
func echoEither(c echo.Context) error {
	token, err := jwt.Parse(c.QueryParam("token"), keyFunc)
	if err != nil || !token.Valid {
		return c.NoContent(http.StatusForbidden) // want `auth-status: 403 Forbidden .*jwt.*401 Unauthorized`
	}
	return c.NoContent(http.StatusNoContent)
}

// The echo-jwt middleware leaves a *jwt.Token in the context.
func echoClaims(c echo.Context) error {
	token := c.Get("user").(*jwt.Token)
	if !token.Valid {
		return c.JSON(http.StatusForbidden, map[string]string{"error": "invalid token"}) // want `auth-status: 403 Forbidden .*Valid.*401 Unauthorized`
	}
	return c.JSON(http.StatusOK, token.Claims)
}

func (s *noteServer) cookie(c echo.Context) error {
	if _, err := c.Cookie("session"); err != nil {
		return c.NoContent(http.StatusForbidden) // want `auth-status: 403 Forbidden .*Cookie.*401 Unauthorized`
	}
	return c.NoContent(http.StatusNoContent)
}

// A local constant: the fix names the code.
func echoConst(c echo.Context) error {
	const denied = http.StatusUnauthorized
	u := c.Get("user").(*User)
	if !HasRole(u, "reader") {
		return c.NoContent(denied) // want `auth-status: 401 Unauthorized .*HasRole.*403 Forbidden`
	}
	return c.NoContent(http.StatusNoContent)
}

// Group middleware.
func echoRequireAdmin(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		acct := c.Get("account").(*Account)
		if !acct.IsAdmin {
			return c.String(401, "admins only") // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
		}
		return next(c)
	}
}

func echoAdminNotes(c echo.Context) error { return c.JSON(http.StatusOK, []string{}) }

// echo v5 handlers take *echo.Context.
func echo5GetNote(c *echo5.Context) error {
	u := c.Get("user").(*User)
	if u.Role != "admin" {
		return c.NoContent(http.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*Role.*403 Forbidden`
	}
	return c.JSON(http.StatusOK, u)
}

func echo5Header(c *echo5.Context) error {
	if c.Request().Header.Get("Authorization") == "" {
		return echo5.NewHTTPError(http.StatusForbidden, "log in") // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
	}
	return c.NoContent(http.StatusNoContent)
}

func echo5Cookie(c *echo5.Context) error {
	cookie, err := c.Cookie("session")
	if err != nil {
		return c.String(403, "log in") // want `auth-status: 403 Forbidden .*Cookie.*401 Unauthorized`
	}
	return c.String(http.StatusOK, cookie.Value)
}

// --- quiet ---

func echoGetNoteOK(c echo.Context) error {
	u := c.Get("user").(*User)
	if !u.IsAdmin() {
		return echo.NewHTTPError(http.StatusForbidden, "admins only")
	}
	return c.JSON(http.StatusOK, u)
}

func echoExpired(c echo.Context) error {
	if _, err := jwt.Parse(c.QueryParam("token"), keyFunc); err != nil {
		return echo.NewHTTPError(http.StatusUnauthorized, "token expired")
	}
	return c.NoContent(http.StatusNoContent)
}

func echoMixed(c echo.Context) error {
	token := c.Request().Header.Get("Authorization")
	u := c.Get("user").(*User)
	if token == "" || !u.IsAdmin() {
		return c.NoContent(http.StatusForbidden)
	}
	return c.NoContent(http.StatusNoContent)
}

func echo5GetNoteOK(c *echo5.Context) error {
	u := c.Get("user").(*User)
	if !u.HasRole("admin") {
		return c.NoContent(http.StatusForbidden)
	}
	return c.NoContent(http.StatusNoContent)
}
