package emptydeleteok

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type orderServer struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *orderServer) {
	app.Delete("/orders/:id", fiberDeleteOrder)
	app.Delete("/orders/:id/lines", fiberDeleteLines)
	app.Delete("/orders/:id/notes", s.deleteNotes)
	app.Add("DELETE", "/orders/:id/tags", fiberDeleteTags)
	app.All("/orders/:id/guarded", fiberGuardedOrder)
	orders := app.Group("/v1")
	orders.Delete("/orders/:id", fiberDeleteOrderV1)
	app3.Delete("/v3/orders/:id", fiber3DeleteOrder)
	app3.Delete("/v3/orders/:id/lines", fiber3DeleteLines)
	app.Delete("/orders/:id/empty", fiberEmptyDelete)

	app.Delete("/orders/:id/quiet", fiberQuietDelete)
	app.Delete("/orders/:id/report", fiberReportDelete)
	app.Delete("/orders/:id/helper", fiberHelperDelete)
	app.Delete("/orders/:id/shared", fiberShared)
	app.Post("/orders/:id/shared", fiberShared)
	app3.Delete("/v3/orders/:id/quiet", fiber3QuietDelete)
	app3.Delete("/v3/orders/:id/report", fiber3ReportDelete)
}

func fiberDeleteOrder(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /orders/:id; a DELETE with nothing to return is 204 No Content`
}

// fasthttp answers 200 when the handler returns: the empty body goes out with it.
func fiberDeleteLines(c *fiber.Ctx) error {
	c.Status(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /orders/:id/lines`
	return nil
}

func (s *orderServer) deleteNotes(c *fiber.Ctx) error {
	const ok = fiber.StatusOK
	return c.SendStatus(ok) // want `empty-delete-ok: 200 OK with no body answers DELETE /orders/:id/notes`
}

func fiberDeleteTags(c *fiber.Ctx) error {
	status := fiber.StatusOK
	return c.SendStatus(status) // want `empty-delete-ok: 200 OK with no body answers DELETE /orders/:id/tags`
}

func fiberGuardedOrder(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodDelete {
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return c.SendStatus(fiber.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /orders/:id/guarded`
}

func fiberDeleteOrderV1(c *fiber.Ctx) error {
	return c.SendStatus(200) // want `empty-delete-ok: 200 OK with no body answers DELETE /v1/orders/:id; a DELETE`
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3DeleteOrder(c fiber3.Ctx) error {
	return c.SendStatus(fiber3.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /v3/orders/:id; a DELETE with nothing to return is 204 No Content`
}

func fiber3DeleteLines(c fiber3.Ctx) error {
	c.Status(fiber3.StatusOK) // want `empty-delete-ok: 200 OK with no body answers DELETE /v3/orders/:id/lines`
	return nil
}

// An empty string is no body: the DELETE still answers an empty 200.
func fiberEmptyDelete(c *fiber.Ctx) error {
	return c.Status(fiber.StatusOK).SendString("") // an explicitly empty body is deliberate (htmx swaps on an empty 200)
}

func fiberQuietDelete(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent)
}

func fiberReportDelete(c *fiber.Ctx) error {
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"deleted": c.Params("id")})
}

// sendDeleted receives the context and writes a body.
func sendDeleted(c *fiber.Ctx, id string) error {
	return c.JSON(fiber.Map{"deleted": id})
}

func fiberHelperDelete(c *fiber.Ctx) error {
	c.Status(fiber.StatusOK)
	return sendDeleted(c, c.Params("id"))
}

func fiberShared(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusOK)
}

func fiber3QuietDelete(c fiber3.Ctx) error {
	return c.SendStatus(fiber3.StatusNoContent)
}

func fiber3ReportDelete(c fiber3.Ctx) error {
	return c.Status(fiber3.StatusOK).JSON(fiber3.Map{"deleted": c.Params("id")})
}
