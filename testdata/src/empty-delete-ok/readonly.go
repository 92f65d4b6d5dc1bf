package emptydeleteok

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	lg "statuslint.test/src/helpers/logging"
)

// Getters of another package that only read the context they are given
// (logging.FromContext(c), logging.User(c): ReadOnlyFact) write nothing:
// the DELETE still answers an empty 200, before and after the call.

func readOnlyRoutes(r *gin.Engine, e *echo.Echo, app *fiber.App) {
	r.DELETE("/readonly/:id", readOnlyGin)
	r.DELETE("/readonly/:id/writing", writingGetters)
	e.DELETE("/readonly/:id", readOnlyEcho)
	app.Delete("/readonly/:id", readOnlyFiber)
}

func readOnlyGin(c *gin.Context) {
	log := lg.FromContext(c)
	c.Status(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /readonly/:id; a DELETE with nothing to return is 204 No Content`
	log.Info("deleted", "id", lg.RequestID(c), "ctx", lg.Traced(c, "delete"))
}

func readOnlyEcho(c echo.Context) error {
	if lg.User(c) == "" {
		return echo.ErrUnauthorized
	}
	return c.NoContent(http.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /readonly/:id`
}

func readOnlyFiber(c *fiber.Ctx) error {
	if lg.Tenant(c) == "" {
		return fiber.ErrForbidden
	}
	return c.SendStatus(fiber.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /readonly/:id`
}

// --- negatives ---

// A getter that sets a header, hands the context to a function value or
// to a function with no fact, or stores it, may write the body: nothing
// is reported after it.
func writingGetters(c *gin.Context) {
	c.Status(http.StatusOK)
	switch c.Query("getter") {
	case "seen":
		lg.Seen(c)
	case "forward":
		lg.Forward(c)
	case "printed":
		lg.Printed(c)
	case "chained":
		lg.Chained(c)
	case "keep":
		lg.Keep(c)
	}
}
