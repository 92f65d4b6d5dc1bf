// Package authx reads the request's user for handlers in other packages.
package authx

import (
	"net/http"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"

	"statuslint.test/src/helpers/users"
)

// CurrentUser goes through users.FromContext: a chain across packages.
func CurrentUser(r *http.Request) *users.User { // want CurrentUser:`principalLookup\(a context value \(ctx.Value\)\)`
	return users.FromContext(r.Context())
}

// GinUser reads what the auth middleware stored.
func GinUser(c *gin.Context) *users.User { // want GinUser:`readOnly\[0\]` GinUser:`principalLookup\(a context value \(c.Get\)\)`
	v, ok := c.Get("user")
	if !ok {
		return nil
	}
	u, _ := v.(*users.User)
	return u
}

// EchoUser reads what the auth middleware stored.
func EchoUser(c echo.Context) *users.User { // want EchoUser:`readOnly\[0\]` EchoUser:`principalLookup\(a context value \(c.Get\)\)`
	u, _ := c.Get("user").(*users.User)
	return u
}

// FiberUser reads what the auth middleware stored.
func FiberUser(c *fiber.Ctx) *users.User { // want FiberUser:`readOnly\[0\]` FiberUser:`principalLookup\(a context value \(c.Locals\)\)`
	u, _ := c.Locals("user").(*users.User)
	return u
}

// CheckAPIKey compares the header with the configured key.
func CheckAPIKey(r *http.Request) bool { // want CheckAPIKey:`credentialCheck\(the X-API-Key header compared\)`
	key := r.Header.Get("X-API-Key")
	return key != "" && key == os.Getenv("API_KEY")
}

// --- no fact ---

// Locale reads a context value that is no principal.
func Locale(c *gin.Context) string { // want Locale:`readOnly\[0\]`
	return c.GetString("locale")
}
