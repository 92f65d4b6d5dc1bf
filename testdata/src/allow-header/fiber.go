package allowheader

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type fiberAPI struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, api *fiberAPI) {
	app.All("/fiber/upload", fiberUpload)
	app.All("/fiber/things", api.things)
	app3.All("/v3/upload", fiber3Upload)
	app3.All("/v3/things", fiber3Things)

	app.All("/fiber/allowed", fiberAllowed)
	app.All("/fiber/late", fiberLateAllow)
	app3.All("/v3/allowed", fiber3Allowed)
}

func fiberUpload(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		return c.SendStatus(fiber.StatusMethodNotAllowed) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
	return c.Status(fiber.StatusCreated).JSON(file{})
}

func (api *fiberAPI) things(c *fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodGet:
		return c.JSON([]file{})
	case fiber.MethodDelete:
		return c.SendStatus(fiber.StatusNoContent)
	default:
		return c.Status(fiber.StatusMethodNotAllowed).SendString("method not allowed") // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3Upload(c fiber3.Ctx) error {
	if c.Method() != fiber3.MethodPut {
		return fiber3.NewError(fiber3.StatusMethodNotAllowed, "PUT only") // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
	}
	return c.SendStatus(fiber3.StatusNoContent)
}

func fiber3Things(c fiber3.Ctx) error {
	if c.Method() == fiber3.MethodGet {
		return c.JSON([]file{})
	}
	return c.SendStatus(405) // want `allow-header: 405 Method Not Allowed in .* has no Allow header`
}

// --- quiet ---

func fiberAllowed(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodPost {
		c.Set(fiber.HeaderAllow, fiber.MethodPost)
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// fasthttp sends nothing until the handler returns: Allow set after
// c.Status(405) is still in the response.
func fiberLateAllow(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		c.Status(fiber.StatusMethodNotAllowed)
		c.Set(fiber.HeaderAllow, "GET")
		return c.SendString("GET only")
	}
	return c.JSON(file{})
}

func fiber3Allowed(c fiber3.Ctx) error {
	if c.Method() != fiber3.MethodGet {
		c.Set(fiber3.HeaderAllow, "GET")
		return c.SendStatus(fiber3.StatusMethodNotAllowed)
	}
	return c.JSON(file{})
}
