package headerafterwrite

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

// fasthttp buffers the whole response until the handler returns: a header
// set after the body still reaches the client, so nothing here is reported.

func fiberRoutes(app *fiber.App, app3 *fiber3.App) {
	app.Get("/orders", fiberJSONThenSet)
	app.Post("/orders", fiberSendStatusThenSet)
	app3.Get("/v3/orders", fiber3JSONThenSet)
}

func fiberJSONThenSet(c *fiber.Ctx) error {
	err := c.JSON(fiber.Map{"orders": []string{}})
	c.Set("X-Total-Count", "0")
	c.Response().Header.Set("Cache-Control", "no-store")
	return err
}

func fiberSendStatusThenSet(c *fiber.Ctx) error {
	err := c.Status(fiber.StatusCreated).SendString("created")
	c.Set(fiber.HeaderLocation, "/orders/1")
	c.Append("Vary", "Accept")
	return err
}

func fiber3JSONThenSet(c fiber3.Ctx) error {
	err := c.Status(fiber3.StatusOK).JSON(fiber3.Map{})
	c.Set("X-Total-Count", "0")
	return err
}
