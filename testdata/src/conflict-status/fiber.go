package conflictstatus

import (
	"errors"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
)

type fiberServer struct {
	db   *gorm.DB
	conn *pgx.Conn
}

type product struct {
	ID  uint
	SKU string `gorm:"uniqueIndex"`
}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *fiberServer) {
	app.Post("/products", s.createProduct)
	v1 := app.Group("/v1")
	v1.Post("/products", s.createProductV1)
	app.Put("/products/:sku", s.putProduct)
	app3.Post("/v3/products", s.createProduct3)
	app3.Post("/v3/products/pg", s.createProduct3PG)

	app.Post("/products/ok", s.createProductOK)
	app3.Post("/v3/products/ok", s.createProduct3OK)
}

func (s *fiberServer) createProduct(c *fiber.Ctx) error {
	p := product{SKU: c.FormValue("sku")}
	err := s.db.Create(&p).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": "sku taken"}) // want `conflict-status: 500 Internal Server Error answers a duplicate \(gorm\.ErrDuplicatedKey\) in POST /products; .*use 409 Conflict`
	}
	if err != nil {
		return c.Status(fiber.StatusInternalServerError).JSON(fiber.Map{"error": err.Error()})
	}
	return c.Status(fiber.StatusCreated).JSON(p)
}

func (s *fiberServer) createProductV1(c *fiber.Ctx) error {
	p := product{SKU: c.FormValue("sku")}
	if err := s.db.Create(&p).Error; err != nil {
		if errors.Is(err, gorm.ErrDuplicatedKey) {
			return fiber.NewError(fiber.StatusBadRequest, "sku taken") // want `conflict-status: 400 Bad Request answers a duplicate \(gorm\.ErrDuplicatedKey\) in POST /v1/products; .*use 409 Conflict`
		}
		return err
	}
	return c.Status(fiber.StatusCreated).JSON(p)
}

func (s *fiberServer) putProduct(c *fiber.Ctx) error {
	_, err := s.conn.Exec(c.UserContext(), "INSERT INTO products (sku) VALUES ($1)", c.Params("sku"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return c.SendStatus(500) // want `conflict-status: 500 Internal Server Error answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in PUT /products/:sku; .*use 409 Conflict`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *fiberServer) createProduct3(c fiber3.Ctx) error {
	p := product{SKU: c.FormValue("sku")}
	if err := s.db.Create(&p).Error; errors.Is(err, gorm.ErrDuplicatedKey) {
		return fiber3.NewError(fiber3.StatusInternalServerError, "sku taken") // want `conflict-status: 500 Internal Server Error answers a duplicate \(gorm\.ErrDuplicatedKey\) in POST /v3/products; .*use 409 Conflict`
	}
	return c.Status(fiber3.StatusCreated).JSON(p)
}

func (s *fiberServer) createProduct3PG(c fiber3.Ctx) error {
	_, err := s.conn.Exec(c, "INSERT INTO products (sku) VALUES ($1)", c.FormValue("sku"))
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return c.Status(fiber3.StatusBadRequest).SendString("sku taken") // want `conflict-status: 400 Bad Request answers a duplicate \(PostgreSQL error 23505 \(unique_violation\)\) in POST /v3/products/pg; .*use 409 Conflict`
	}
	return c.SendStatus(fiber3.StatusCreated)
}

// --- quiet ---

func (s *fiberServer) createProductOK(c *fiber.Ctx) error {
	p := product{SKU: c.FormValue("sku")}
	err := s.db.Create(&p).Error
	if errors.Is(err, gorm.ErrDuplicatedKey) {
		return fiber.NewError(fiber.StatusConflict, "sku taken")
	}
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, err.Error())
	}
	return c.Status(fiber.StatusCreated).JSON(p)
}

func (s *fiberServer) createProduct3OK(c fiber3.Ctx) error {
	p := product{SKU: c.FormValue("sku")}
	if err := s.db.Create(&p).Error; errors.Is(err, gorm.ErrDuplicatedKey) {
		return c.Status(fiber3.StatusUnprocessableEntity).JSON(fiber3.Map{"sku": "already taken"})
	}
	return c.Status(fiber3.StatusCreated).JSON(p)
}
