package messagestatus

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
	"statuslint.test/src/helpers/echox"
	"statuslint.test/src/helpers/fiberx"
	"statuslint.test/src/helpers/ginx"
	"statuslint.test/src/helpers/respond"
)

func helperRoutes(mux *http.ServeMux, g *gin.Engine, e *echo.Echo, app *fiber.App, s *userStore) {
	mux.HandleFunc("GET /helper/users/{id}", func(w http.ResponseWriter, r *http.Request) {
		if s.users[r.PathValue("id")] == nil {
			respond.Error(w, http.StatusInternalServerError, "user not found") // want `message-status: 500 Internal Server Error sends the message "user not found" in GET /helper/users/\{id\}`
			return
		}
		// --- negatives ---
		if r.Header.Get("Authorization") == "" {
			respond.Error(w, http.StatusUnauthorized, "unauthorized") // agrees
			return
		}
		respond.JSON(w, http.StatusOK, s.users[r.PathValue("id")])
	})
	g.GET("/helper/posts/:id", func(c *gin.Context) {
		if c.GetHeader("Authorization") == "" {
			ginx.Fail(c, http.StatusBadRequest, "access denied") // want `message-status: 400 Bad Request sends the message "access denied" in GET /helper/posts/:id`
			return
		}
		// --- negatives ---
		ginx.Fail(c, http.StatusNotFound, "post not found") // agrees
	})
	e.GET("/helper/items/:id", func(c echo.Context) error {
		if c.Param("id") == "" {
			return echox.HTTPError(http.StatusInternalServerError, "item not found") // want `message-status: 500 Internal Server Error sends the message "item not found" in GET /helper/items/:id`
		}
		if c.Param("id") == "x" {
			return echox.Fail(c, http.StatusOK, "duplicate item") // not an error's text: quiet
		}
		return echox.Fail(c, http.StatusConflict, "duplicate item") // agrees
	})
	app.Get("/helper/invoices/:id", func(c *fiber.Ctx) error {
		if c.Params("id") == "" {
			return fiberx.Fail(c, fiber.StatusInternalServerError, "no such invoice") // want `message-status: 500 Internal Server Error sends the message "no such invoice" in GET /helper/invoices/:id`
		}
		return fiberx.Fail(c, fiber.StatusGone, "invoice does not exist") // agrees
	})
}
