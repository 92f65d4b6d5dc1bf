// Package echox is an echo project's helpers and error constructors.
package echox

import (
	"net/http"

	"github.com/labstack/echo/v4"
)

// BadRequest returns the error echo answers with 400.
func BadRequest(msg string) error { // want BadRequest:`errorConstructor:fixedStatus\(400 body\)`
	return echo.NewHTTPError(http.StatusBadRequest, msg)
}

// HTTPError is a wrapper error constructor.
func HTTPError(code int, msg string) error { // want HTTPError:`errorConstructor:statusWrapper\(arg0 body\)`
	return echo.NewHTTPError(code, msg)
}

// Wrapped goes through another constructor.
func Wrapped(code int) error { // want Wrapped:`errorConstructor:statusWrapper\(arg0 body\)`
	return HTTPError(code, http.StatusText(code))
}

// Fail answers with JSON.
func Fail(c echo.Context, code int, msg string) error { // want Fail:`statusWrapper\(arg1 body ends\)`
	return c.JSON(code, map[string]string{"error": msg})
}

// Check returns nil when there is nothing wrong: not a constructor.
func Check(err error) error {
	if err == nil {
		return nil
	}
	return echo.NewHTTPError(http.StatusInternalServerError, err.Error())
}

// HandleError answers code when err is not nil and says so.
func HandleError(c echo.Context, err error, code int) bool { // want HandleError:`statusWrapper\(arg2 body ends\) when true err\(arg1\)$`
	if err != nil {
		_ = c.JSON(code, map[string]string{"error": err.Error()})
		return true
	}
	return false
}
