package invalidstatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

// fasthttp does not panic on these codes, so the messages below are pinned
// only up to the RFC range.

func fiberRoutes(app *fiber.App, app3 *fiber3.App) {
	app.Get("/orders", fiberList)
	app.Post("/orders", fiberCreate)
	app.Get("/orders/fine", fiberFine)
	app3.Get("/v3/orders", fiber3List)
	app3.Get("/v3/orders/fine", fiber3Fine)
}

func fiberList(c *fiber.Ctx) error {
	switch c.Query("case") {
	case "status":
		return c.Status(99).JSON(fiber.Map{}) // want `invalid-status: 99 is not an HTTP status code \(RFC 9110 defines 100–599\)`
	case "send":
		return c.SendStatus(600) // want `invalid-status: 600 is not an HTTP status code \(RFC 9110 defines 100–599\)`
	case "redirect":
		return c.Redirect("/orders", 999) // want `invalid-status: 999 is not an HTTP status code \(RFC 9110 defines 100–599\)`
	case "named":
		return c.SendStatus(teapotish) // want `invalid-status: 4180 is not an HTTP status code`
	}
	return c.JSON(fiber.Map{})
}

func fiberCreate(c *fiber.Ctx) error {
	if c.Query("fail") != "" {
		return fiber.NewError(2000, "bad") // want `invalid-status: 2000 is not an HTTP status code \(RFC 9110 defines 100–599\)`
	}
	return errFiberHelper()
}

// errFiberHelper builds the error outside any handler: still a status API.
func errFiberHelper() error {
	return fiber.NewError(0) // want `invalid-status: 0 is not an HTTP status code`
}

func fiberFine(c *fiber.Ctx) error {
	switch c.Query("case") {
	case "teapot":
		return fiber.NewError(fiber.StatusTeapot, "short and stout")
	case "top":
		return c.SendStatus(599)
	case "continue":
		return c.SendStatus(100)
	case "299":
		return c.Status(299).SendString("odd but valid")
	case "redirect-default":
		return c.Redirect("/orders") // no code: fiber uses 302
	case "upstream":
		code := c.Response().StatusCode()
		return c.SendStatus(code)
	}
	return c.Status(fiber.StatusOK).JSON(fiber.Map{})
}

func fiber3List(c fiber3.Ctx) error {
	switch c.Query("case") {
	case "status":
		return c.Status(1000).JSON(fiber3.Map{}) // want `invalid-status: 1000 is not an HTTP status code \(RFC 9110 defines 100–599\)`
	case "send":
		return c.SendStatus(0) // want `invalid-status: 0 is not an HTTP status code`
	case "error":
		return fiber3.NewError(700, "bad") // want `invalid-status: 700 is not an HTTP status code`
	case "errorf":
		return fiber3.NewErrorf(2000, "bad %d", 1) // want `invalid-status: 2000 is not an HTTP status code`
	case "redirect":
		return c.Redirect().Status(999).To("/v3/orders") // want `invalid-status: 999 is not an HTTP status code`
	}
	return c.JSON(fiber3.Map{})
}

func fiber3Fine(c fiber3.Ctx) error {
	switch c.Query("case") {
	case "teapot":
		return fiber3.NewError(fiber3.StatusTeapot, "short and stout")
	case "top":
		return c.Status(599).JSON(fiber3.Map{})
	case "redirect":
		return c.Redirect().Status(fiber3.StatusSeeOther).To("/v3/orders")
	case "redirect-default":
		return c.Redirect().To("/v3/orders")
	}
	return c.SendStatus(fiber3.StatusNoContent)
}
