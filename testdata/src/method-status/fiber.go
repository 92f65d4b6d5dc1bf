package methodstatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type order struct{ ID string }

type orderServer struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *orderServer) {
	app.Get("/orders/:id", fiberGetOrder)
	app.Delete("/orders/:id", fiberDeleteOrder)
	app.Get("/orders/:id/copy", s.copyOrder)
	app.Add("GET", "/orders/:id/dup", fiberDupOrder)
	app.All("/orders/:id/guarded", fiberGuardedOrder)
	orders := app.Group("/v1")
	orders.Get("/orders", fiberListOrders)
	app.Post("/orders/search", fiberSearchOrders)
	app3.Get("/v3/orders/:id", fiber3GetOrder)
	app3.Delete("/v3/orders/:id", fiber3DeleteOrder)
	app3.Add([]string{"GET"}, "/v3/orders/:id/dup", fiber3DupOrder)

	app.Post("/orders", fiberCreateOrder)
	app.Put("/orders/:id", fiberPutOrder)
	app.Get("/orders/form", fiberOrderForm)
	app.Post("/orders/form", fiberOrderForm)
	app.All("/orders/any", fiberAnyOrder)
	app.Options("/orders", fiberPreflight)
	app.Get("/orders/:id/cached", fiberCachedOrder)
	app3.Post("/v3/orders", fiber3CreateOrder)
	app3.Get("/v3/orders/:id/cached", fiber3CachedOrder)
}

func fiberGetOrder(c *fiber.Ctx) error {
	return c.Status(fiber.StatusCreated).JSON(order{ID: c.Params("id")}) // want `method-status: 201 Created answers GET /orders/:id; 201 is for a resource this request created \(POST, PUT\), use 200 OK`
}

func fiberDeleteOrder(c *fiber.Ctx) error {
	return c.SendStatus(201) // want `method-status: 201 Created answers DELETE /orders/:id; .*, use 204 No Content`
}

func (s *orderServer) copyOrder(c *fiber.Ctx) error {
	const created = fiber.StatusCreated
	return c.Status(created).JSON(order{}) // want `method-status: 201 Created answers GET /orders/:id/copy; .*, use 200 OK`
}

func fiberDupOrder(c *fiber.Ctx) error {
	return fiber.NewError(fiber.StatusConflict, "duplicate") // want `method-status: 409 Conflict answers GET /orders/:id/dup; 409 is for a change that conflicts`
}

// c.Method() guards narrow an any-method route.
func fiberGuardedOrder(c *fiber.Ctx) error {
	if c.Method() != fiber.MethodGet {
		return c.SendStatus(fiber.StatusMethodNotAllowed)
	}
	status := fiber.StatusCreated
	return c.Status(status).JSON(order{}) // want `method-status: 201 Created answers GET /orders/:id/guarded; .*, use 200 OK`
}

func fiberListOrders(c *fiber.Ctx) error {
	c.Status(201) // want `method-status: 201 Created answers GET /v1/orders; .*, use 200 OK`
	return c.JSON([]order{})
}

func fiberSearchOrders(c *fiber.Ctx) error {
	if c.Get("If-None-Match") != "" {
		return c.SendStatus(fiber.StatusNotModified) // want `method-status: 304 Not Modified answers POST /orders/search; 304 is for a conditional GET or HEAD`
	}
	return c.JSON([]order{})
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3GetOrder(c fiber3.Ctx) error {
	return c.Status(fiber3.StatusCreated).JSON(order{ID: c.Params("id")}) // want `method-status: 201 Created answers GET /v3/orders/:id; .*, use 200 OK`
}

func fiber3DeleteOrder(c fiber3.Ctx) error {
	return c.SendStatus(fiber3.StatusCreated) // want `method-status: 201 Created answers DELETE /v3/orders/:id; .*, use 204 No Content`
}

func fiber3DupOrder(c fiber3.Ctx) error {
	return fiber3.NewError(409, "duplicate") // want `method-status: 409 Conflict answers GET /v3/orders/:id/dup`
}

func fiberCreateOrder(c *fiber.Ctx) error {
	var o order
	if err := c.BodyParser(&o); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	c.Location("/orders/" + o.ID)
	return c.Status(fiber.StatusCreated).JSON(o)
}

func fiberPutOrder(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusCreated)
}

func fiberOrderForm(c *fiber.Ctx) error {
	return c.Status(201).JSON(order{})
}

func fiberAnyOrder(c *fiber.Ctx) error {
	switch c.Method() {
	case fiber.MethodPost:
		return c.Status(fiber.StatusCreated).JSON(order{})
	case fiber.MethodPut, fiber.MethodPatch:
		return fiber.NewError(fiber.StatusConflict, "stale")
	case fiber.MethodGet:
		return c.JSON([]order{})
	}
	return c.SendStatus(fiber.StatusMethodNotAllowed)
}

func fiberPreflight(c *fiber.Ctx) error {
	c.Set("Access-Control-Allow-Origin", "*")
	return c.SendStatus(fiber.StatusNoContent)
}

func fiberCachedOrder(c *fiber.Ctx) error {
	if c.Get("If-None-Match") == `"o1"` {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set("ETag", `"o1"`)
	return c.JSON(order{})
}

func fiber3CreateOrder(c fiber3.Ctx) error {
	return c.Status(fiber3.StatusCreated).JSON(order{})
}

func fiber3CachedOrder(c fiber3.Ctx) error {
	if c.Get("If-None-Match") == `"o1"` {
		return c.SendStatus(fiber3.StatusNotModified)
	}
	return c.JSON(order{})
}

// No route in this package: the method is unknown.
func fiberOrphan(c *fiber.Ctx) error {
	return c.Status(fiber.StatusCreated).JSON(order{})
}

func fiber3Orphan(c fiber3.Ctx) error {
	return c.SendStatus(fiber3.StatusNotModified)
}
