// Package chainmw is middleware of another package, not in statuslint's
// tables: a chain with it is unknown (testdata/src/model/chain).
package chainmw

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

// Middleware hands the request on.
func Middleware(next http.Handler) http.Handler { return next }

// Wrap wraps a handler or a router.
func Wrap(h http.Handler) http.Handler { return h }

// Gin is gin middleware.
func Gin() gin.HandlerFunc { return nil }

// Echo is echo middleware.
func Echo(next echo.HandlerFunc) echo.HandlerFunc { return next }

// Fiber is fiber middleware.
func Fiber() fiber.Handler { return nil }
