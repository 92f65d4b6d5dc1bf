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

// Save answers 500 when the store fails, but returns the render's error:
// nil when the answer was written, so its result says nothing. No fact.
func Save(c *fiber.Ctx, err error) error {
	if err != nil {
		return Fail(c, fiber.StatusInternalServerError, err.Error())
	}
	return nil
}

// Check answers 400 and returns the error itself: it answered exactly when
// the error is not nil.
func Check(c *fiber.Ctx, err error) error { // want Check:`fixedStatus\(400 body ends\) when error`
	if err != nil {
		_ = c.Status(fiber.StatusBadRequest).JSON(fiber.Map{"error": err.Error()})
		return err
	}
	return nil
}
