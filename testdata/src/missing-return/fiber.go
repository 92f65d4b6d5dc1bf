package missingreturn

import (
	"log"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type order struct {
	ID string `json:"id"`
}

type orderAPI struct{ orders map[string]order }

func fiberRoutes(app *fiber.App, api *orderAPI, app3 *fiber3.App) {
	app.Post("/orders", fiberCreate)
	app.Get("/orders/:id", api.get) // a method value
	app.Put("/orders/:id", updateOrder(nil))
	app.Get("/login", fiberLogin)
	app3.Post("/v3/orders", fiber3Create)
	app3.Get("/v3/orders/:id", fiber3Get)
}

// --- positives ---

// The first JSON is replaced by the second: fasthttp keeps only the last body.
func fiberCreate(c *fiber.Ctx) error {
	var o order
	if err := c.BodyParser(&o); err != nil {
		c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()}) // want `missing-return: c\.Status\(fiber\.StatusBadRequest\)\.JSON completes the response in fiberCreate but the handler goes on to write another one; return after it`
	}
	return c.JSON(o)
}

func (api *orderAPI) get(c *fiber.Ctx) error {
	o, ok := api.orders[c.Params("id")]
	if !ok {
		c.SendStatus(fiber.StatusNotFound) // want `missing-return: c\.SendStatus completes the response in orderAPI\.get`
	}
	return c.JSON(o)
}

// A factory.
func updateOrder(store map[string]order) fiber.Handler {
	return func(c *fiber.Ctx) error {
		var o order
		if err := c.BodyParser(&o); err != nil {
			c.Status(fiber.StatusBadRequest).SendString(err.Error()) // want `missing-return: c\.Status\(fiber\.StatusBadRequest\)\.SendString completes the response in updateOrder\.func`
		}
		store[c.Params("id")] = o
		return c.SendStatus(fiber.StatusNoContent)
	}
}

func fiberLogin(c *fiber.Ctx) error {
	if c.Cookies("session") == "" {
		c.Redirect("/login/form") // want `missing-return: c\.Redirect completes the response in fiberLogin`
	}
	return c.SendString("welcome back")
}

// The error handler replaces the JSON with the error's answer.
func fiberThenNewError(c *fiber.Ctx) error {
	if c.Params("id") == "" {
		c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "missing id"}) // want `missing-return: c\.Status\(fiber\.StatusBadRequest\)\.JSON completes the response in fiberThenNewError`
	}
	return fiber.NewError(fiber.StatusNotImplemented, "not yet")
}

// fiber v3, through a renamed import.
func fiber3Create(c fiber3.Ctx) error {
	var o order
	if err := c.Bind().Body(&o); err != nil {
		c.Status(fiber3.StatusBadRequest).JSON(fiber3.Map{"error": err.Error()}) // want `missing-return: c\.Status\(fiber3\.StatusBadRequest\)\.JSON completes the response in fiber3Create`
	}
	return c.Status(fiber3.StatusCreated).JSON(o)
}

func fiber3Get(c fiber3.Ctx) error {
	if c.Params("id") == "" {
		c.SendStatus(fiber3.StatusNotFound) // want `missing-return: c\.SendStatus completes the response in fiber3Get`
	}
	return c.JSON(order{ID: c.Params("id")})
}

// --- negatives ---

func fiberReturns(c *fiber.Ctx) error {
	var o order
	if err := c.BodyParser(&o); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
	}
	return c.Status(fiber.StatusCreated).JSON(o)
}

// A status alone completes nothing.
func fiberStatusOnly(c *fiber.Ctx) error {
	if c.Query("new") != "" {
		c.Status(fiber.StatusCreated)
	}
	return c.JSON(order{})
}

func fiberIfElse(c *fiber.Ctx) error {
	var err error
	if c.Params("id") == "" {
		err = c.SendStatus(fiber.StatusNotFound)
	} else {
		err = c.JSON(order{ID: c.Params("id")})
	}
	return err
}

func fiberLogAfter(c *fiber.Ctx) error {
	if err := c.JSON(order{}); err != nil {
		log.Printf("encode: %v", err)
	}
	return nil
}

// Streaming writes append to one body.
func fiberWrites(c *fiber.Ctx) error {
	c.Set(fiber.HeaderContentType, fiber.MIMETextPlain)
	for i := 0; i < 3; i++ {
		c.WriteString("line\n")
	}
	return nil
}

func fiber3Returns(c fiber3.Ctx) error {
	if c.Params("id") == "" {
		return c.SendStatus(fiber3.StatusNotFound)
	}
	return c.JSON(order{ID: c.Params("id")})
}
