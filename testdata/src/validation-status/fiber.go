package validationstatus

import (
	"strconv"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type eventRequest struct {
	Name  string `json:"name" validate:"required"`
	Seats int    `json:"seats" validate:"gte=1"`
}

type fiberServer struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *fiberServer) {
	app.Post("/events", s.createEvent)
	v1 := app.Group("/v1")
	v1.Post("/events", s.createEventV1)
	app3.Post("/v3/events", s.createEvent3)
	app3.Get("/v3/events/:id", s.getEvent3)

	app.Post("/events/ok", s.createEventOK)
}

func (s *fiberServer) createEvent(c *fiber.Ctx) error {
	var req eventRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	if err := validate.Struct(req); err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()}) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /events; .*422 Unprocessable Entity`
	}
	return c.Status(fiber.StatusCreated).JSON(req)
}

func (s *fiberServer) createEventV1(c *fiber.Ctx) error {
	var req eventRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error()) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from fiber\.Ctx\.BodyParser\) in POST /v1/events; .*400 Bad Request`
	}
	if err := validate.Struct(req); err != nil {
		return c.SendStatus(400) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /v1/events; .*422 Unprocessable Entity`
	}
	return c.Status(fiber.StatusCreated).JSON(req)
}

func (s *fiberServer) createEvent3(c fiber3.Ctx) error {
	var req eventRequest
	if err := c.Bind().Body(&req); err != nil {
		return fiber3.NewError(fiber3.StatusBadRequest, err.Error())
	}
	if err := validate.Struct(req); err != nil {
		return c.Status(fiber3.StatusBadRequest).JSON(fiber3.Map{"error": err.Error()}) // want `validation-status: 400 Bad Request answers a request that failed validation \(the error comes from validator\.Validate\.Struct\) in POST /v3/events; .*422 Unprocessable Entity`
	}
	return c.Status(fiber3.StatusCreated).JSON(req)
}

func (s *fiberServer) getEvent3(c fiber3.Ctx) error {
	id, err := strconv.Atoi(c.Params("id"))
	if err != nil {
		return c.SendStatus(fiber3.StatusUnprocessableEntity) // want `validation-status: 422 Unprocessable Entity answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /v3/events/:id; .*400 Bad Request`
	}
	return c.JSON(fiber3.Map{"id": id})
}

// --- quiet ---

func (s *fiberServer) createEventOK(c *fiber.Ctx) error {
	var req eventRequest
	if err := c.BodyParser(&req); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, err.Error())
	}
	if err := validate.Struct(req); err != nil {
		return fiber.NewError(fiber.StatusUnprocessableEntity, err.Error())
	}
	if req.Seats > 500 {
		return fiber.NewError(fiber.StatusBadRequest, "too many seats")
	}
	return c.Status(fiber.StatusCreated).JSON(req)
}
