// Package logging reads what a middleware stored in the request's
// context: its getters only read the context they are given
// (ReadOnlyFact), so handing them a handler's context writes nothing.
package logging

import (
	"context"
	"log"
	"log/slog"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// FromContext returns the logger a middleware stored, with the request's id.
func FromContext(c *gin.Context) *slog.Logger { // want FromContext:`readOnly\[0\]`
	if v, ok := c.Get("logger"); ok {
		if l, ok := v.(*slog.Logger); ok {
			return l
		}
	}
	return slog.Default().With("path", c.FullPath(), "id", RequestID(c))
}

// RequestID reads a header of the request.
func RequestID(c *gin.Context) string { // want RequestID:`readOnly\[0\]`
	return c.GetHeader("X-Request-ID")
}

// Context returns the request's context, deriving nothing from the response.
func Context(c *gin.Context) context.Context { // want Context:`readOnly\[0\]`
	if c == nil {
		return context.Background()
	}
	return c.Request.Context()
}

// User reads echo's context values.
func User(c echo.Context) string { // want User:`readOnly\[0\]`
	id, _ := c.Get("user").(string)
	if id == "" {
		id = c.Request().Header.Get("X-User")
	}
	return id
}

// Tenant reads fiber's locals.
func Tenant(c *fiber.Ctx) string { // want Tenant:`readOnly\[0\]`
	t, _ := c.Locals("tenant").(string)
	return t
}

// Traced passes the context on as a context.Context, which cannot write.
func Traced(c *gin.Context, name string) context.Context { // want Traced:`readOnly\[0\]`
	return context.WithValue(c, traceKey{}, name)
}

type traceKey struct{}

// --- negatives: no fact ---

// Seen sets a response header.
func Seen(c *gin.Context) string {
	c.Header("X-Seen", "1")
	return RequestID(c)
}

// Hook is whatever a caller installs.
var Hook func(*gin.Context)

// Forward hands the context to a function value, which may write it.
func Forward(c *gin.Context) string {
	if Hook != nil {
		Hook(c)
	}
	return RequestID(c)
}

// Printed hands the context to a function of another package with no
// fact, as an any.
func Printed(c *gin.Context) string {
	log.Printf("request %v", c)
	return RequestID(c)
}

// Keep stores the context where something else may write it later.
func Keep(c *gin.Context) *Holder {
	return &Holder{C: c}
}

// Holder holds a context.
type Holder struct{ C *gin.Context }

// Chained calls a getter that calls a method statuslint cannot tell reads.
func Chained(c *gin.Context) string {
	return Seen(c)
}

// Copied takes a method value of the context.
func Copied(c *gin.Context) func() {
	return c.Abort
}
