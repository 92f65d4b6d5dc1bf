// Package fiberx is a fiber project's helpers.
package fiberx

import (
	"github.com/gofiber/fiber/v2"
)

// Fail answers with a JSON error.
func Fail(c *fiber.Ctx, code int, msg string) error { // want Fail:`statusWrapper\(arg1 body ends\)`
	return c.Status(code).JSON(fiber.Map{"error": msg})
}

// Gone is a fixed error constructor.
func Gone() error { // want Gone:`errorConstructor:fixedStatus\(410 body\)`
	return fiber.NewError(fiber.StatusGone)
}
