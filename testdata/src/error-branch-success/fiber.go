package errorbranchsuccess

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"gorm.io/gorm"
)

type fiberServer struct {
	db     *gorm.DB
	client *http.Client
}

type device struct {
	ID   uint
	Name string `json:"name"`
}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *fiberServer) {
	app.Post("/devices", s.createDevice)
	v1 := app.Group("/v1")
	v1.Get("/devices/:id", s.getDeviceV1)
	app.Post("/devices/:id/ping", s.pingDevice)
	app3.Post("/v3/devices", s.createDevice3)
	app3.Get("/v3/devices/:id", s.getDevice3)

	app.Delete("/devices/:id", s.deleteDevice)
	app3.Post("/v3/devices/ok", s.createDevice3OK)
}

func (s *fiberServer) createDevice(c *fiber.Ctx) error {
	var d device
	if err := c.BodyParser(&d); err != nil {
		return c.Status(fiber.StatusOK).JSON(fiber.Map{"error": err.Error()}) // want `error-branch-success: 200 OK answers a request that could not be read \(the error comes from fiber\.Ctx\.BodyParser\) in POST /devices; .*use 400 Bad Request`
	}
	if err := s.db.Create(&d).Error; err != nil {
		return c.SendStatus(fiber.StatusAccepted) // want `error-branch-success: 202 Accepted answers a server failure \(the error comes from gorm\.DB\.Create\) in POST /devices; .*use 500 Internal Server Error`
	}
	return c.Status(fiber.StatusCreated).JSON(d)
}

func (s *fiberServer) getDeviceV1(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return c.SendStatus(200) // want `error-branch-success: 200 OK answers a request that could not be read \(the error comes from fiber\.Ctx\.ParamsInt\) in GET /v1/devices/:id; .*use 400 Bad Request`
	}
	return c.JSON(device{ID: uint(id)})
}

func (s *fiberServer) pingDevice(c *fiber.Ctx) error {
	req, _ := http.NewRequest(http.MethodPost, "https://devices.example.com/ping/"+c.Params("id"), nil)
	resp, err := s.client.Do(req)
	if err != nil {
		return c.Status(fiber.StatusOK).SendString("ping failed") // want `error-branch-success: 200 OK answers a server failure \(the error comes from http\.Client\.Do\) in POST /devices/:id/ping; .*use 500 Internal Server Error`
	}
	resp.Body.Close()
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *fiberServer) createDevice3(c fiber3.Ctx) error {
	var d device
	if err := c.Bind().Body(&d); err != nil {
		return c.Status(fiber3.StatusOK).JSON(fiber3.Map{"error": err.Error()}) // want `error-branch-success: 200 OK answers a request that could not be read \(the error comes from fiber\.Bind\.Body\) in POST /v3/devices; .*use 400 Bad Request`
	}
	return c.Status(fiber3.StatusCreated).JSON(d)
}

func (s *fiberServer) getDevice3(c fiber3.Ctx) error {
	id, err := strconv.Atoi(c.Params("id"))
	if err != nil {
		return c.SendStatus(fiber3.StatusNoContent) // want `error-branch-success: 204 No Content answers a request that could not be read \(the error comes from strconv\.Atoi\) in GET /v3/devices/:id; .*use 400 Bad Request`
	}
	return c.JSON(device{ID: uint(id)})
}

// --- quiet ---

func (s *fiberServer) deleteDevice(c *fiber.Ctx) error {
	err := s.db.First(&device{}, c.Params("id")).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return c.SendStatus(fiber.StatusNoContent)
	}
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, err.Error())
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *fiberServer) createDevice3OK(c fiber3.Ctx) error {
	var d device
	if err := c.Bind().Body(&d); err != nil {
		return fiber3.NewError(fiber3.StatusBadRequest, err.Error())
	}
	return c.Status(fiber3.StatusCreated).JSON(d)
}
