package messagestatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type invoice struct{ ID string }

type invoiceAPI struct{ invoices map[string]*invoice }

func fiberRoutes(app *fiber.App, app3 *fiber3.App, api *invoiceAPI) {
	app.Get("/invoices/:id", api.getInvoice)
	app.Post("/invoices", api.createInvoice)
	app3.Get("/v3/invoices/:id", api.getInvoice3)
}

func (api *invoiceAPI) getInvoice(c *fiber.Ctx) error {
	inv := api.invoices[c.Params("id")]
	if inv == nil {
		return fiber.NewError(fiber.StatusInternalServerError, "invoice not found") // want `message-status: 500 Internal Server Error sends the message "invoice not found" in GET /invoices/:id`
	}
	if c.Query("token") == "old" {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": "token expired"}) // want `message-status: 200 OK sends the message "token expired" in GET /invoices/:id; "token expired" .*use 401 Unauthorized`
	}
	if c.Query("x") == "1" {
		return c.Status(fiber.StatusInternalServerError).SendString("permission denied") // want `message-status: 500 Internal Server Error sends the message "permission denied"`
	}
	return c.JSON(inv)
}

func (api *invoiceAPI) createInvoice(c *fiber.Ctx) error {
	var inv invoice
	// --- negatives ---
	if err := c.BodyParser(&inv); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "cannot parse body") // agrees
	}
	if api.invoices[inv.ID] != nil {
		return fiber.NewError(fiber.StatusConflict, "invoice already exists") // agrees
	}
	if inv.ID == "" {
		return c.Status(fiber.StatusBadGateway).SendString("billing service: invoice not found") // an upstream's words
	}
	return c.Status(fiber.StatusCreated).JSON(inv)
}

func (api *invoiceAPI) getInvoice3(c fiber3.Ctx) error {
	inv := api.invoices[c.Params("id")]
	if inv == nil {
		return fiber3.NewError(fiber3.StatusInternalServerError, "invoice not found") // want `message-status: 500 Internal Server Error sends the message "invoice not found" in GET /v3/invoices/:id`
	}
	return c.JSON(inv)
}
