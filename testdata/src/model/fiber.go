package model

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

func fiberRoutes(app *fiber.App, app3 *fiber3.App) {
	app.Get("/orders", fiberList)
	orders := app.Group("/orders", fiberAuth)
	orders.Post("/", fiberCreate)
	orders.Delete("/:id", fiberDelete)
	app.Add("PATCH", "/orders/:id", fiberPatch)
	app3.Get("/v3/orders", fiber3List)
	app3.Add([]string{"PUT"}, "/v3/orders/:id", fiber3Put)
}

func fiberAuth(c *fiber.Ctx) error { return c.Next() } // want `handler fiberAuth fiber unknown`

func fiberList(c *fiber.Ctx) error   { return nil } // want `handler fiberList fiber GET, HEAD`
func fiberCreate(c *fiber.Ctx) error { return nil } // want `handler fiberCreate fiber POST`
func fiberDelete(c *fiber.Ctx) error { return nil } // want `handler fiberDelete fiber DELETE`
func fiberPatch(c *fiber.Ctx) error { // want `handler fiberPatch fiber PATCH`
	if c.Method() == fiber.MethodPatch {
		return c.SendStatus(fiber.StatusOK)
	}
	return nil
}
func fiber3List(c fiber3.Ctx) error { return nil } // want `handler fiber3List fiber GET, HEAD`
func fiber3Put(c fiber3.Ctx) error  { return nil } // want `handler fiber3Put fiber PUT`
