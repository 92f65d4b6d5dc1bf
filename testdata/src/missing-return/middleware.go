package missingreturn

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
	"github.com/labstack/echo/v4"
)

// Middleware that answers and still calls the next handler: the handler it
// guards runs anyway.

func middlewareRoutes(r chi.Router, g *gin.Engine, e *echo.Echo, app *fiber.App, app3 *fiber3.App) {
	r.Use(requireKey, requireKeyFunc, headerOnly, guarded)
	g.Use(ginRequireKey, ginAborts, ginAbortLater)
	e.Use(echoRequireKey, echoMiddlewareReturns)
	app.Use(fiberRequireKey, fiberMiddlewareReturns)
	app3.Use(fiber3RequireKey)
}

// --- positives ---

func requireKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") == "" {
			http.Error(w, "missing API key", http.StatusUnauthorized) // want `missing-return: http\.Error completes the response in requireKey\.func but the middleware goes on to call the next handler \(next\.ServeHTTP\), so the handler it guards runs anyway; return after it`
		}
		next.ServeHTTP(w, r)
	})
}

func requireKeyFunc(next http.Handler) http.Handler {
	return requireKeyNext(next.ServeHTTP)
}

func requireKeyNext(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") == "" {
			http.Error(w, "missing API key", http.StatusUnauthorized) // want `missing-return: http\.Error completes the response in requireKeyNext\.func but the middleware goes on to call the next handler \(next\), so`
		}
		next(w, r)
	}
}

func ginRequireKey(c *gin.Context) {
	if c.GetHeader("X-API-Key") == "" {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "missing API key"}) // want `missing-return: c\.JSON completes the response in ginRequireKey but the middleware goes on to call the next handler \(c\.Next\)`
	}
	c.Next()
}

func echoRequireKey(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-API-Key") == "" {
			c.JSON(http.StatusUnauthorized, map[string]string{"error": "missing API key"}) // want `missing-return: c\.JSON completes the response in echoRequireKey\.func but the middleware goes on to call the next handler \(next\)`
		}
		return next(c)
	}
}

func fiberRequireKey(c *fiber.Ctx) error {
	if c.Get("X-API-Key") == "" {
		c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "missing API key"}) // want `missing-return: c\.Status\(fiber\.StatusUnauthorized\)\.JSON completes the response in fiberRequireKey but the middleware goes on to call the next handler \(c\.Next\)`
	}
	return c.Next()
}

func fiber3RequireKey(c fiber3.Ctx) error {
	if c.Get("X-API-Key") == "" {
		c.SendStatus(fiber3.StatusUnauthorized) // want `missing-return: c\.SendStatus completes the response in fiber3RequireKey but the middleware goes on to call the next handler \(c\.Next\)`
	}
	return c.Next()
}

// --- negatives ---

// A middleware that sets a header and hands on.
func headerOnly(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// Returns after answering.
func guarded(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") == "" {
			http.Error(w, "missing API key", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Calls the next handler only on some paths after answering.
func sometimesNext(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-API-Key") == "" {
			http.Error(w, "missing API key", http.StatusUnauthorized)
			if r.Method == http.MethodGet {
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// gin: c.Next() after an Abort runs nothing.
func ginAborts(c *gin.Context) {
	if c.GetHeader("X-API-Key") == "" {
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "missing API key"})
	}
	c.Next()
}

// gin: c.JSON, then c.Abort(): the chain stops.
func ginAbortLater(c *gin.Context) {
	if c.GetHeader("X-API-Key") == "" {
		c.JSON(http.StatusUnauthorized, gin.H{"error": "missing API key"})
		c.Abort()
	}
	c.Next()
}

func echoMiddlewareReturns(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		if c.Request().Header.Get("X-API-Key") == "" {
			return c.JSON(http.StatusUnauthorized, map[string]string{"error": "missing API key"})
		}
		return next(c)
	}
}

func fiberMiddlewareReturns(c *fiber.Ctx) error {
	if c.Get("X-API-Key") == "" {
		return c.SendStatus(fiber.StatusUnauthorized)
	}
	return c.Next()
}

// A closure of the handler's own is not the next handler.
func localClosure(w http.ResponseWriter, r *http.Request) {
	log := func(w http.ResponseWriter, r *http.Request) { println(r.URL.Path) }
	if r.URL.Query().Get("id") == "" {
		http.Error(w, "missing id", http.StatusBadRequest)
	}
	log(w, r)
}
