package notfoundstatus

import (
	"context"
	"errors"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"
)

type fiberServer struct {
	rdb *redis.Client
	db  *gorm.DB
}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *fiberServer) {
	app.Get("/sessions/:id", s.getSession)
	app.Get("/carts/:id", s.getCart)
	v1 := app.Group("/v1")
	v1.Get("/carts/:id", s.getCartV1)
	app3.Get("/v3/sessions/:id", s.getSession3)
	app3.Get("/v3/carts/:id", s.getCart3)

	app.Get("/sessions/:id/ok", s.getSessionOK)
	app.Delete("/sessions/:id", s.deleteSession)
	app3.Get("/v3/sessions/:id/ok", s.getSession3OK)
}

type cart struct {
	ID    uint
	Items int
}

func (s *fiberServer) getSession(c *fiber.Ctx) error {
	val, err := s.rdb.Get(c.UserContext(), "session:"+c.Params("id")).Result()
	if err == redis.Nil {
		return c.Status(fiber.StatusInternalServerError).SendString("no such session") // want `not-found-status: 500 Internal Server Error answers a not-found error \(redis\.Nil\) in GET /sessions/:id; .*use 404 Not Found`
	}
	if err != nil {
		return c.Status(fiber.StatusInternalServerError).SendString(err.Error())
	}
	return c.SendString(val)
}

func (s *fiberServer) getCart(c *fiber.Ctx) error {
	var ct cart
	err := s.db.First(&ct, c.Params("id")).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fiber.NewError(fiber.StatusBadRequest, "no such cart") // want `not-found-status: 400 Bad Request answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /carts/:id; .*use 404 Not Found`
	}
	return c.JSON(ct)
}

func (s *fiberServer) getCartV1(c *fiber.Ctx) error {
	var ct cart
	if err := s.db.First(&ct, c.Params("id")).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return c.SendStatus(500) // want `not-found-status: 500 Internal Server Error answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /v1/carts/:id; .*use 404 Not Found`
		}
		return c.SendStatus(500)
	}
	return c.JSON(ct)
}

func (s *fiberServer) getSession3(c fiber3.Ctx) error {
	val, err := s.rdb.Get(context.Background(), "session:"+c.Params("id")).Result()
	if errors.Is(err, redis.Nil) {
		return c.Status(fiber3.StatusInternalServerError).JSON(fiber3.Map{"error": "no such session"}) // want `not-found-status: 500 Internal Server Error answers a not-found error \(redis\.Nil\) in GET /v3/sessions/:id; .*use 404 Not Found`
	}
	return c.SendString(val)
}

func (s *fiberServer) getCart3(c fiber3.Ctx) error {
	var ct cart
	err := s.db.First(&ct, c.Params("id")).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return fiber3.NewError(fiber3.StatusInternalServerError, "no such cart") // want `not-found-status: 500 Internal Server Error answers a not-found error \(gorm\.ErrRecordNotFound\) in GET /v3/carts/:id; .*use 404 Not Found`
	}
	return c.JSON(ct)
}

// --- quiet ---

func (s *fiberServer) getSessionOK(c *fiber.Ctx) error {
	val, err := s.rdb.Get(c.UserContext(), "session:"+c.Params("id")).Result()
	if err == redis.Nil {
		return fiber.NewError(fiber.StatusNotFound, "no such session")
	}
	if err != nil {
		return fiber.NewError(fiber.StatusInternalServerError, err.Error())
	}
	return c.SendString(val)
}

func (s *fiberServer) deleteSession(c *fiber.Ctx) error {
	n, err := s.rdb.Del(c.UserContext(), "session:"+c.Params("id")).Result()
	if errors.Is(err, redis.Nil) || n == 0 {
		return c.SendStatus(fiber.StatusNoContent)
	}
	if err != nil {
		return c.SendStatus(fiber.StatusInternalServerError)
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func (s *fiberServer) getSession3OK(c fiber3.Ctx) error {
	val, err := s.rdb.Get(context.Background(), "session:"+c.Params("id")).Result()
	if errors.Is(err, redis.Nil) {
		return c.SendStatus(fiber3.StatusNotFound)
	}
	return c.SendString(val)
}
