package chain

import (
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/logger"
	"github.com/gofiber/fiber/v2/middleware/recover"
	elsewhere "statuslint.test/src/helpers/chainmw"
)

func fiberRoutes() {
	app := fiber.New()
	app.Use(logger.New(), recover.New())
	app.Get("/fiber/table", fiberH1)
	api := app.Group("/fiber/api", fiberAuth)
	api.Get("/x", fiberH2)
	app.Get("/fiber/perroute", fiberAuth, fiberH3)
	app.Listen(":8080")
}

func fiberBare() {
	app := fiber.New()
	app.Get("/fiber/bare", fiberH4)
}

func fiberForeign() {
	app := fiber.New()
	app.Use(elsewhere.Fiber())
	app.Get("/fiber/foreign", fiberH5)
}

func fiberAuth(c *fiber.Ctx) error { // want `handler fiberAuth fiber GET, HEAD at GET, HEAD /fiber/perroute chain=\[401,500\]$`
	if c.Get("Authorization") == "" {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.Next()
}

func fiberH1(c *fiber.Ctx) error { return nil } // want `handler fiberH1 fiber GET, HEAD at GET, HEAD /fiber/table chain=\[500\]$`
func fiberH2(c *fiber.Ctx) error { return nil } // want `handler fiberH2 fiber GET, HEAD at GET, HEAD /fiber/api/x chain=\[401,500\]$`
func fiberH3(c *fiber.Ctx) error { return nil } // want `handler fiberH3 fiber GET, HEAD at GET, HEAD /fiber/perroute chain=\[401,500\]$`
func fiberH4(c *fiber.Ctx) error { return nil } // want `handler fiberH4 fiber GET, HEAD at GET, HEAD /fiber/bare chain=\[\]$`
func fiberH5(c *fiber.Ctx) error { return nil } // want `handler fiberH5 fiber GET, HEAD at GET, HEAD /fiber/foreign chain=\?$`
