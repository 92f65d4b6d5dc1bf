package clienterrorstatus

import (
	"strconv"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type payment struct {
	ID     int `json:"id" query:"id"`
	Amount int `json:"amount"`
}

type fiberServer struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *fiberServer) {
	app.Post("/payments", s.createPayment)
	v1 := app.Group("/v1")
	v1.Get("/payments/:id", s.getPaymentV1)
	app.Get("/payments", s.listPayments)
	app3.Post("/v3/payments", s.createPayment3)
	app3.Get("/v3/payments/:id", s.getPayment3)

	app.Post("/payments/ok", s.createPaymentOK)
	app3.Post("/v3/payments/ok", s.createPayment3OK)
}

func (s *fiberServer) createPayment(c *fiber.Ctx) error {
	var p payment
	if err := c.BodyParser(&p); err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from fiber\.Ctx\.BodyParser\) in POST /payments; .*use 400 Bad Request`
	}
	return c.Status(fiber.StatusCreated).JSON(p)
}

func (s *fiberServer) getPaymentV1(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, "bad id") // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from fiber\.Ctx\.ParamsInt\) in GET /v1/payments/:id; .*use 400 Bad Request`
	}
	return c.JSON(payment{ID: id})
}

func (s *fiberServer) listPayments(c *fiber.Ctx) error {
	var q payment
	if err := c.QueryParser(&q); err != nil {
		return c.SendStatus(500) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from fiber\.Ctx\.QueryParser\) in GET /payments; .*use 400 Bad Request`
	}
	return c.JSON([]payment{q})
}

func (s *fiberServer) createPayment3(c fiber3.Ctx) error {
	var p payment
	if err := c.Bind().Body(&p); err != nil {
		return c.Status(fiber3.StatusInternalServerError).JSON(fiber3.Map{"error": err.Error()}) // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from fiber\.Bind\.Body\) in POST /v3/payments; .*use 400 Bad Request`
	}
	return c.Status(fiber3.StatusCreated).JSON(p)
}

func (s *fiberServer) getPayment3(c fiber3.Ctx) error {
	id, err := strconv.Atoi(c.Params("id"))
	if err != nil {
		return fiber3.NewError(fiber3.StatusInternalServerError, "bad id") // want `client-error-status: 500 Internal Server Error answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /v3/payments/:id; .*use 400 Bad Request`
	}
	return c.JSON(payment{ID: id})
}

// --- quiet ---

func (s *fiberServer) createPaymentOK(c *fiber.Ctx) error {
	var p payment
	if err := c.BodyParser(&p); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(p)
}

func (s *fiberServer) createPayment3OK(c fiber3.Ctx) error {
	var p payment
	if err := c.Bind().Body(&p); err != nil {
		return c.Status(fiber3.StatusBadRequest).JSON(fiber3.Map{"error": err.Error()})
	}
	return c.Status(fiber3.StatusCreated).JSON(p)
}

func fiberAccessRoutes(app *fiber.App) {
	app.Post("/access/payments", func(c *fiber.Ctx) error {
		var p payment
		if err := c.BodyParser(&p); err != nil {
			return c.SendStatus(fiber.StatusUnauthorized) // want `client-error-status: 401 Unauthorized answers a request that could not be read \(the error comes from fiber\.Ctx\.BodyParser\) in POST /access/payments; the client sent it, which is 400 Bad Request, not missing credentials`
		}
		return c.JSON(p)
	})
	// --- quiet ---
	app.Post("/access/payments/ok", func(c *fiber.Ctx) error {
		var p payment
		if err := c.BodyParser(&p); err != nil {
			return c.SendStatus(fiber.StatusBadRequest)
		}
		return c.JSON(p)
	})
}
