package methodguardstatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type payment struct{ ID string }

type paymentAPI struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, api *paymentAPI) {
	app.All("/payments/upload", fiberUpload)
	app.All("/payments", api.payments)
	app3.All("/v3/payments/upload", fiber3Upload)
	app3.All("/v3/payments", fiber3Payments)

	app.Post("/payments/new", fiberCreatePayment)
	app.All("/payments/preflight", fiberPreflight)
	app.All("/payments/:id", fiberPayment)
}

// c.Status(...).SendString: the fix keeps fiber's constant.
func fiberUpload(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return c.Status(fiber.StatusBadRequest).SendString("POST only") // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
	}
	return c.Status(fiber.StatusCreated).JSON(payment{})
}

func (api *paymentAPI) payments(c *fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodGet:
		return c.JSON([]payment{})
	case fiber.MethodDelete:
		return c.SendStatus(fiber.StatusNoContent)
	default:
		return c.SendStatus(fiber.StatusNotFound) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET/DELETE, and a wrong method is 405`
	}
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3Upload(c fiber3.Ctx) error {
	if c.Method() != fiber3.MethodPost {
		return fiber3.NewError(fiber3.StatusBadRequest, "POST only") // want `method-guard-status: 400 Bad Request rejects .*; the handler serves only POST, and a wrong method is 405 Method Not Allowed`
	}
	return c.SendStatus(fiber3.StatusNoContent)
}

func fiber3Payments(c fiber3.Ctx) error {
	switch c.Method() {
	case fiber3.MethodGet:
		return c.JSON([]payment{})
	}
	return c.SendStatus(404) // want `method-guard-status: 404 Not Found rejects .*; the handler serves only GET, and a wrong method is 405`
}

// --- quiet ---

func fiberCreatePayment(c *fiber.Ctx) error {
	var p payment
	if err := c.BodyParser(&p); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(p)
}

func fiberPreflight(c *fiber.Ctx) error {
	if c.Method() == fiber.MethodOptions {
		c.Set("Access-Control-Allow-Methods", "POST")
		return c.SendStatus(fiber.StatusNoContent)
	}
	if c.Method() != fiber.MethodPost {
		c.Set(fiber.HeaderAllow, "POST, OPTIONS")
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return c.JSON(payment{})
}

// The 404 is a missing payment on the GET path.
func fiberPayment(c *fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodGet:
		if c.Params("id") == "missing" {
			return fiber.NewError(fiber.StatusNotFound, "no such payment")
		}
		return c.JSON(payment{ID: c.Params("id")})
	case fiber.MethodDelete:
		return c.SendStatus(fiber.StatusNoContent)
	}
	c.Set(fiber.HeaderAllow, "GET, HEAD, DELETE")
	return c.SendStatus(fiber.StatusMethodNotAllowed)
}
