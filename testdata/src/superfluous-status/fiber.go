package superfluousstatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

// fasthttp buffers the whole response until the handler returns: a late
// status still reaches the client, so nothing here is superfluous.

func fiberRoutes(app *fiber.App, app3 *fiber3.App) {
	app.Post("/orders", fiberJSONThenStatus)
	app.Get("/orders", fiberSendThenSendStatus)
	app3.Post("/v3/orders", fiber3JSONThenStatus)
}

func fiberJSONThenStatus(c *fiber.Ctx) error {
	err := c.JSON(fiber.Map{"id": 1})
	c.Status(fiber.StatusCreated)
	return err
}

func fiberSendThenSendStatus(c *fiber.Ctx) error {
	c.SendString("partial")
	return c.SendStatus(fiber.StatusInternalServerError)
}

func fiberStatusTwice(c *fiber.Ctx) error {
	c.Status(fiber.StatusOK).JSON(fiber.Map{})
	return c.Status(fiber.StatusAccepted).JSON(fiber.Map{"queued": true})
}

func fiberErrorAfterBody(c *fiber.Ctx) error {
	c.JSON(fiber.Map{"ok": true})
	return fiber.NewError(fiber.StatusConflict, "exists")
}

func fiber3JSONThenStatus(c fiber3.Ctx) error {
	c.JSON(fiber3.Map{"id": 1})
	return c.SendStatus(fiber3.StatusCreated)
}

func fiber3ErrorAfterBody(c fiber3.Ctx) error {
	c.Status(fiber3.StatusOK).SendString("ok")
	return fiber3.NewError(fiber3.StatusInternalServerError, "late but buffered")
}
