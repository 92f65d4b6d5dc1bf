package unauthorizedchallenge

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type fiberAPI struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, api *fiberAPI) {
	app.Get("/fiber/me", fiberMe)
	app.Use(fiberAuth)
	app.Get("/fiber/orders", api.orders)
	app3.Get("/v3/me", fiber3Me)
	app3.Get("/v3/token", fiber3Token)

	app.Get("/fiber/basic", fiberBasic)
	app.Get("/fiber/late", fiberLateChallenge)
	app3.Get("/v3/basic", fiber3Basic)
}

func fiberMe(c *fiber.Ctx) error {
	if c.Get(fiber.HeaderAuthorization) == "" {
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "login required"}) // want `unauthorized-challenge: 401 Unauthorized in GET /fiber/me has no WWW-Authenticate header`
	}
	return c.JSON(account{})
}

func fiberAuth(c *fiber.Ctx) error {
	if c.Get(fiber.HeaderAuthorization) == "" {
		return c.SendStatus(401) // want `unauthorized-challenge: 401 Unauthorized in fiberAuth has no WWW-Authenticate header`
	}
	return c.Next()
}

func (api *fiberAPI) orders(c *fiber.Ctx) error {
	if c.Locals("user") == nil {
		return fiber.NewError(fiber.StatusUnauthorized, "no user") // want `unauthorized-challenge: 401 Unauthorized in GET /fiber/orders has no WWW-Authenticate header`
	}
	return c.JSON([]string{})
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3Me(c fiber3.Ctx) error {
	if c.Get(fiber3.HeaderAuthorization) == "" {
		return c.Status(fiber3.StatusUnauthorized).JSON(fiber3.Map{"error": "login required"}) // want `unauthorized-challenge: 401 Unauthorized in GET /v3/me has no WWW-Authenticate header`
	}
	return c.JSON(account{})
}

func fiber3Token(c fiber3.Ctx) error {
	return fiber3.NewError(401, "token expired") // want `unauthorized-challenge: 401 Unauthorized in GET /v3/token has no WWW-Authenticate header`
}

// --- quiet ---

func fiberBasic(c *fiber.Ctx) error {
	if c.Get(fiber.HeaderAuthorization) == "" {
		c.Set(fiber.HeaderWWWAuthenticate, `Basic realm="fiber"`)
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.JSON(account{})
}

// fasthttp sends nothing until the handler returns: a challenge set after
// c.Status(401) is still in the response.
func fiberLateChallenge(c *fiber.Ctx) error {
	if c.Get(fiber.HeaderAuthorization) == "" {
		c.Status(fiber.StatusUnauthorized)
		c.Set(fiber.HeaderWWWAuthenticate, `Bearer realm="fiber"`)
		return c.SendString("login required")
	}
	return c.JSON(account{})
}

func fiber3Basic(c fiber3.Ctx) error {
	if c.Get(fiber3.HeaderAuthorization) == "" {
		c.Set(fiber3.HeaderWWWAuthenticate, `Basic realm="fiber"`)
		return c.SendStatus(fiber3.StatusUnauthorized)
	}
	return c.JSON(account{})
}

func fiberWrongCodeRoutes(app *fiber.App) {
	app.Get("/fiber/admin-only", fiberAdminOnly)
	app.Post("/fiber/login", fiberBadBody)
}

// auth-status asks for 403.
func fiberAdminOnly(c *fiber.Ctx) error {
	u := c.Locals("user").(*principal)
	if !u.IsAdmin {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.JSON(account{ID: u.Name})
}

// A body that could not be read.
func fiberBadBody(c *fiber.Ctx) error {
	var req loginRequest
	if err := c.BodyParser(&req); err != nil {
		return c.Status(fiber.StatusUnauthorized).SendString("bad request")
	}
	if req.Password == "" {
		return c.SendStatus(fiber.StatusUnauthorized) // want `unauthorized-challenge: 401 Unauthorized in POST /fiber/login has no WWW-Authenticate header`
	}
	return c.JSON(account{ID: req.User})
}
