package redirectstatus

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

func fiberRoutes(app *fiber.App, app3 *fiber3.App) {
	app.Post("/login", fiberLogin)
	app.Get("/home", fiberHome)
	app.Get("/fine", fiberFine)
	api := app.Group("/api")
	api.Put("/profile", fiberProfile)
	app3.Post("/v3/login", fiber3Login)
	app3.Get("/v3/home", fiber3Home)
	app3.Get("/v3/fine", fiber3Fine)
	app3.Add([]string{"PATCH"}, "/v3/profile", fiber3Profile)
}

func fiberLogin(c *fiber.Ctx) error {
	return c.Redirect("/home", fiber.StatusOK) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

// fiberHome answers GET and the HEAD fiber adds to it: 302.
func fiberHome(c *fiber.Ctx) error {
	return c.Redirect("/welcome", 200) // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

func fiberProfile(c *fiber.Ctx) error {
	return c.Redirect("/api/profile", fiber.StatusCreated) // want `redirect-status: 201 Created is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PUT\)`
}

func fiberFine(c *fiber.Ctx) error {
	switch c.Query("case") {
	case "default":
		return c.Redirect("/new") // no code: fiber v2 uses 302
	case "permanent":
		return c.Redirect("/new", fiber.StatusMovedPermanently)
	case "see-other":
		return c.Redirect("/new", 303)
	}
	return c.Redirect("/new", fiber.StatusTemporaryRedirect)
}

func fiber3Login(c fiber3.Ctx) error {
	return c.Redirect().Status(fiber3.StatusOK).To("/v3/home") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers POST\)`
}

func fiber3Home(c fiber3.Ctx) error {
	return c.Redirect().Status(fiber3.StatusOK).To("/v3/welcome") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 302 Found$`
}

func fiber3Profile(c fiber3.Ctx) error {
	return c.Redirect().With("status", "saved").Status(200).To("/v3/profile") // want `redirect-status: 200 OK is not a redirection, so the client does not follow the Location; use 303 See Other \(the redirect answers PATCH\)`
}

func fiber3Fine(c fiber3.Ctx) error {
	switch c.Query("case") {
	case "default":
		return c.Redirect().To("/v3/new") // no code: fiber v3 uses 303
	case "found":
		return c.Redirect().Status(fiber3.StatusFound).To("/v3/new")
	}
	return c.Redirect().Status(308).To("/v3/new")
}
