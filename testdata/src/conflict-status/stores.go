package conflictstatus

// Duplicates from another package's store in echo and fiber: the
// translated sentinel and its predicate are evidence; a plain
// `err != nil` after a store that can also fail on the server is not.

import (
	"errors"
	"net/http"

	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/store"
)

func storeFrameworkRoutes(e *echo.Echo, app *fiber.App, s *store.Store) {
	e.POST("/store/echo/users", func(c echo.Context) error {
		if err := s.Create(c.Request().Context(), c.FormValue("name")); errors.Is(err, store.ErrTaken) {
			return c.JSON(http.StatusInternalServerError, echo.Map{"error": "taken"}) // want `conflict-status: 500 Internal Server Error answers a duplicate \(store\.ErrTaken, from PostgreSQL error 23505 \(unique_violation\) in store\.Store\.Create\) in POST /store/echo/users`
		}
		return c.NoContent(http.StatusCreated)
	})
	app.Post("/store/fiber/users", func(c *fiber.Ctx) error {
		err := s.Create(c.Context(), c.FormValue("name"))
		if store.IsDuplicate(err) {
			return c.Status(fiber.StatusBadRequest).SendString("taken") // want `conflict-status: 400 Bad Request answers a duplicate \(store\.IsDuplicate, which tests store\.ErrTaken`
		}
		if err != nil { // a duplicate or a server failure: no class
			return c.Status(fiber.StatusInternalServerError).SendString("cannot create")
		}
		return c.SendStatus(fiber.StatusCreated)
	})
}
