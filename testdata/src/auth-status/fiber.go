package authstatus

import (
	"crypto/subtle"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/golang-jwt/jwt/v5"
	bc "golang.org/x/crypto/bcrypt"
)

type cartServer struct{ hash []byte }

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *cartServer) {
	app.Use(fiberRequireAuth)
	app.Get("/carts/:id", fiberGetCart)
	app.Get("/carts/:id/token", fiberToken)
	app.Post("/carts/login", s.login)
	app.Get("/carts/:id/items", fiberItems)
	app.Get("/carts/:id/webhook", fiberWebhook)
	admin := app.Group("/admin", fiberRequireRole("admin"))
	admin.Get("/carts", fiberAdminCarts)
	app3.Use(fiber3RequireAuth)
	app3.Get("/v3/carts/:id", fiber3GetCart)
	app3.Get("/v3/carts/:id/token", fiber3Token)

	app.Get("/carts/:id/ok", fiberGetCartOK)
	app.Post("/carts/login/ok", s.loginOK)
	app.Get("/carts/:id/mixed", fiberMixed)
	app.Post("/carts/:id/csrf", fiberCSRF)
	app3.Get("/v3/carts/:id/ok", fiber3GetCartOK)
}

// Global middleware.
func fiberRequireAuth(c *fiber.Ctx) error {
	if c.Get("Authorization") == "" {
		return c.SendStatus(fiber.StatusForbidden) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
	}
	return c.Next()
}

func fiberGetCart(c *fiber.Ctx) error {
	u := c.Locals("user").(*User)
	if !u.HasRole("shopper") {
		return c.SendStatus(fiber.StatusUnauthorized) // want `auth-status: 401 Unauthorized .*HasRole.*403 Forbidden`
	}
	return c.JSON(u)
}

// The README's example.
func fiberToken(c *fiber.Ctx) error {
	raw := c.Get(fiber.HeaderAuthorization)
	if raw == "" {
		return c.Status(403).JSON(fiber.Map{"error": "no token"}) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
	}
	token, err := jwt.Parse(raw, keyFunc)
	if err != nil {
		return c.SendStatus(fiber.StatusForbidden) // want `auth-status: 403 Forbidden .*jwt\.Parse.*401 Unauthorized`
	}
	return c.JSON(token.Claims)
}

// bcrypt from a renamed import; fiber.NewError returned.
func (s *cartServer) login(c *fiber.Ctx) error {
	if err := bc.CompareHashAndPassword(s.hash, []byte(c.FormValue("password"))); err != nil {
		return fiber.NewError(fiber.StatusForbidden, "wrong password") // want `auth-status: 403 Forbidden .*bcrypt.*401 Unauthorized`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func fiberItems(c *fiber.Ctx) error {
	u := c.Locals("user").(*User)
	doc := loadDocument(c.Params("id"))
	if !canEdit(u, doc) {
		return fiber.NewError(fiber.StatusUnauthorized, "not your cart") // want `auth-status: 401 Unauthorized .*canEdit.*403 Forbidden`
	}
	return c.JSON([]string{})
}

func fiberWebhook(c *fiber.Ctx) error {
	if subtle.ConstantTimeCompare([]byte(c.Get("X-Signature")), metricsKey) != 1 {
		return c.Status(fiber.StatusForbidden).SendString("bad signature") // want `auth-status: 403 Forbidden .*ConstantTimeCompare.*401 Unauthorized`
	}
	return c.SendStatus(fiber.StatusNoContent)
}

// A middleware factory.
func fiberRequireRole(role string) fiber.Handler {
	return func(c *fiber.Ctx) error {
		u := c.Locals("user").(*User)
		if u.Role != role {
			return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "forbidden"}) // want `auth-status: 401 Unauthorized .*Role.*403 Forbidden`
		}
		return c.Next()
	}
}

func fiberAdminCarts(c *fiber.Ctx) error { return c.JSON([]string{}) }

// fiber v3 handlers take fiber.Ctx.
func fiber3RequireAuth(c fiber3.Ctx) error {
	if c.Get(fiber3.HeaderAuthorization) == "" {
		return c.SendStatus(fiber3.StatusForbidden) // want `auth-status: 403 Forbidden .*Authorization.*401 Unauthorized`
	}
	return c.Next()
}

func fiber3GetCart(c fiber3.Ctx) error {
	u := c.Locals("user").(*User)
	if !u.IsAdmin() {
		return c.Status(fiber3.StatusUnauthorized).JSON(fiber3.Map{"error": "admins only"}) // want `auth-status: 401 Unauthorized .*IsAdmin.*403 Forbidden`
	}
	return c.JSON(u)
}

func fiber3Token(c fiber3.Ctx) error {
	token, err := jwt.Parse(c.Get("Authorization"), keyFunc)
	if err != nil {
		return fiber3.NewError(fiber3.StatusForbidden, "invalid token") // want `auth-status: 403 Forbidden .*jwt\.Parse.*401 Unauthorized`
	}
	if !token.Valid {
		return c.SendStatus(403) // want `auth-status: 403 Forbidden .*jwt.*401 Unauthorized`
	}
	return c.JSON(token.Claims)
}

// --- quiet ---

func fiberGetCartOK(c *fiber.Ctx) error {
	u := c.Locals("user").(*User)
	if !u.HasRole("shopper") {
		return c.SendStatus(fiber.StatusForbidden)
	}
	if c.Get("Authorization") == "" {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.JSON(u)
}

func (s *cartServer) loginOK(c *fiber.Ctx) error {
	if err := bc.CompareHashAndPassword(s.hash, []byte(c.FormValue("password"))); err != nil {
		return fiber.NewError(fiber.StatusUnauthorized, "wrong password")
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func fiberMixed(c *fiber.Ctx) error {
	acct := c.Locals("account").(*Account)
	if c.Get("Authorization") == "" || !acct.IsAdmin {
		return c.SendStatus(fiber.StatusForbidden)
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func fiberCSRF(c *fiber.Ctx) error {
	if c.Get("X-CSRF-Token") != c.Cookies("csrf") {
		return c.SendStatus(fiber.StatusForbidden)
	}
	return c.SendStatus(fiber.StatusNoContent)
}

func fiber3GetCartOK(c fiber3.Ctx) error {
	u := c.Locals("user").(*User)
	if u.Role != "admin" {
		return c.SendStatus(fiber3.StatusForbidden)
	}
	return c.JSON(u)
}
