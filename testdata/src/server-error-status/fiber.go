package servererrorstatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/jackc/pgx/v5"
)

type fiberServer struct{ conn *pgx.Conn }

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *fiberServer) {
	app.Get("/devices", s.listDevices)
	v1 := app.Group("/v1")
	v1.Post("/devices/:id/reset", s.resetDevice)
	app3.Get("/v3/devices", s.listDevices3)

	app.Get("/devices/:id", s.getDevice)
	app.Post("/devices", s.createDevice)
}

func (s *fiberServer) listDevices(c *fiber.Ctx) error {
	rows, err := s.conn.Query(c.Context(), "SELECT id FROM devices")
	if err != nil {
		return c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": "cannot list"}) // want `server-error-status: 400 Bad Request answers a server failure \(the error comes from pgx\.Conn\.Query\) in GET /devices`
	}
	defer rows.Close()
	return c.JSON([]string{})
}

func (s *fiberServer) resetDevice(c *fiber.Ctx) error {
	if _, err := s.conn.Exec(c.Context(), "UPDATE devices SET state = 'new' WHERE id = $1", c.Params("id")); err != nil {
		return c.SendStatus(fiber.StatusForbidden) // want `server-error-status: 403 Forbidden answers a server failure \(the error comes from pgx\.Conn\.Exec\) in POST /v1/devices/:id/reset`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *fiberServer) listDevices3(c fiber3.Ctx) error {
	rows, err := s.conn.Query(c.Context(), "SELECT id FROM devices")
	if err != nil {
		return fiber3.NewError(fiber3.StatusUnauthorized, "cannot list") // want `server-error-status: 401 Unauthorized answers a server failure \(the error comes from pgx\.Conn\.Query\) in GET /v3/devices`
	}
	defer rows.Close()
	return c.JSON([]string{})
}

// --- quiet ---

func (s *fiberServer) getDevice(c *fiber.Ctx) error {
	var name string
	if err := s.conn.QueryRow(c.Context(), "SELECT name FROM devices WHERE id = $1", c.Params("id")).Scan(&name); err != nil {
		return c.Status(fiber.StatusForbidden).SendString("not your device")
	}
	return c.SendString(name)
}

func (s *fiberServer) createDevice(c *fiber.Ctx) error {
	if _, err := s.conn.Exec(c.Context(), "INSERT INTO devices (name) VALUES ($1)", c.FormValue("name")); err != nil {
		return c.Status(fiber.StatusBadRequest).SendString("cannot create")
	}
	return c.SendStatus(fiber.StatusCreated)
}
