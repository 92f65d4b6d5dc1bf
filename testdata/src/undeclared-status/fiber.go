package undeclaredstatus

import (
	"github.com/gofiber/fiber/v2"
)

func fiberRoutes(app *fiber.App) {
	users := app.Group("/fiber/users")
	users.Get("/:id", fiberGetUser)
	users.Post("/:id", fiberPostUser) // POST is not documented for the path: quiet
}

func fiberGetUser(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "no id"}) // want `undeclared-status: 400 Bad Request answers GET /fiber/users/:id, but openapi31.json:7 \(GET /fiber/users/\{id\}\) does not declare it \(declared: 200, 404\)`
	}
	if c.Params("id") == "0" {
		return fiber.NewError(fiber.StatusNotFound, "no user")
	}
	return c.JSON(fiber.Map{"id": c.Params("id")})
}

func fiberPostUser(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusTeapot)
}
