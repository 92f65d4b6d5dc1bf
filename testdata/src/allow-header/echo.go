package allowheader

import (
	"net/http"

	"github.com/labstack/echo/v4"
	echo5 "github.com/labstack/echo/v5"
)

type echoAPI struct{}

func echoRoutes(e *echo.Echo, e5 *echo5.Echo, api *echoAPI) {
	e.Any("/echo/upload", echoUpload)
	e.Any("/echo/things", api.things)
	e5.Any("/v5/upload", echo5Upload)
	e5.Any("/v5/things", echo5Things)

	e.Any("/echo/allowed", echoAllowed)
	e5.Any("/v5/allowed", echo5Allowed)
}

// The answer is the error the handler returns: Allow goes before the return.
func echoUpload(c echo.Context) error {
	if c.Request().Method != http.MethodPut {
		return echo.NewHTTPError(http.StatusMethodNotAllowed, "PUT only") // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
	return c.NoContent(http.StatusNoContent)
}

func (api *echoAPI) things(c echo.Context) error {
	switch c.Request().Method {
	case http.MethodGet:
		return c.JSON(http.StatusOK, []file{})
	case http.MethodPost:
		return c.JSON(http.StatusCreated, file{})
	}
	return c.NoContent(http.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
}

// echo v5 handlers take *echo.Context.
func echo5Upload(c *echo5.Context) error {
	if c.Request().Method != http.MethodPost {
		return c.String(405, "POST only") // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
	return c.NoContent(http.StatusNoContent)
}

func echo5Things(c *echo5.Context) error {
	if c.Request().Method == http.MethodGet {
		return c.JSON(http.StatusOK, []file{})
	}
	return echo5.NewHTTPError(http.StatusMethodNotAllowed, "GET only") // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
}

// --- quiet ---

func echoAllowed(c echo.Context) error {
	if c.Request().Method != http.MethodPut {
		c.Response().Header().Set(echo.HeaderAllow, http.MethodPut)
		return echo.NewHTTPError(http.StatusMethodNotAllowed)
	}
	return c.NoContent(http.StatusNoContent)
}

func echo5Allowed(c *echo5.Context) error {
	if c.Request().Method != http.MethodPut {
		c.Response().Header().Set(echo5.HeaderAllow, http.MethodPut)
		return c.NoContent(http.StatusMethodNotAllowed)
	}
	return c.NoContent(http.StatusNoContent)
}
