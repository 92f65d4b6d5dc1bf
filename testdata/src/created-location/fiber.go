package createdlocation

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type fiberAPI struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, api *fiberAPI) {
	app.Post("/fiber/orders", fiberCreateOrder)
	app.Post("/fiber/carts", api.createCart)
	app3.Post("/v3/orders", fiber3CreateOrder)
	app3.Add([]string{"POST"}, "/v3/carts", fiber3CreateCart)

	app.Post("/fiber/orders/located", fiberCreateLocated)
	app.Post("/fiber/orders/header", fiberCreateHeader)
	app.Post("/fiber/orders/late", fiberLateLocation)
	app.Put("/fiber/orders/:id", fiberPutOrder)
	app3.Post("/v3/orders/located", fiber3CreateLocated)
}

func fiberCreateOrder(c *fiber.Ctx) error {
	var o item
	if err := c.BodyParser(&o); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(o) // want `created-location: 201 Created answers POST /fiber/orders with no Location header`
}

func (api *fiberAPI) createCart(c *fiber.Ctx) error {
	return c.SendStatus(201) // want `created-location: 201 Created answers POST /fiber/carts with no Location header`
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3CreateOrder(c fiber3.Ctx) error {
	return c.Status(fiber3.StatusCreated).JSON(item{}) // want `created-location: 201 Created answers POST /v3/orders with no Location header`
}

func fiber3CreateCart(c fiber3.Ctx) error {
	return c.SendStatus(fiber3.StatusCreated) // want `created-location: 201 Created answers POST /v3/carts with no Location header`
}

// --- quiet ---

func fiberCreateLocated(c *fiber.Ctx) error {
	c.Location("/fiber/orders/1")
	return c.Status(fiber.StatusCreated).JSON(item{ID: "1"})
}

func fiberCreateHeader(c *fiber.Ctx) error {
	c.Set(fiber.HeaderLocation, "/fiber/orders/1")
	return c.SendStatus(fiber.StatusCreated)
}

// fasthttp sends nothing until the handler returns: Location set after
// c.Status(201) is still in the response.
func fiberLateLocation(c *fiber.Ctx) error {
	c.Status(fiber.StatusCreated)
	c.Location("/fiber/orders/1")
	return c.JSON(item{ID: "1"})
}

func fiberPutOrder(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusCreated)
}

func fiber3CreateLocated(c fiber3.Ctx) error {
	c.Location("/v3/orders/1")
	return c.Status(fiber3.StatusCreated).JSON(item{ID: "1"})
}
