package nocontentbody

import (
	"bufio"
	"fmt"

	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type order struct{ ID string }

type orderServer struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, s *orderServer) {
	app.Delete("/orders/:id", fiberDeleteOrder)
	app.Get("/orders/:id", s.getOrder)
	app.Post("/orders/:id/reset", fiberResetOrder)
	app.Put("/orders/:id", fiberPutOrder)
	app3.Delete("/v3/orders/:id", fiber3DeleteOrder)
	app3.Get("/v3/orders/:id", fiber3GetOrder)

	app.Delete("/orders/:id/quiet", fiberQuietDelete)
	app.Delete("/orders/:id/status", fiberStatusDelete)
	app.Delete("/orders/:id/empty", fiberEmptyDelete)
	app.Get("/orders/:id/cached", fiberCachedOrder)
	app.Options("/orders", fiberPreflight)
	app.Get("/orders/stream", fiberStream)
	app3.Delete("/v3/orders/:id/quiet", fiber3QuietDelete)
	app3.Get("/v3/orders/:id/cached", fiber3CachedOrder)
	app3.Get("/v3/orders/stream", fiber3Stream)
}

// fasthttp drops the body of a 204.
func fiberDeleteOrder(c *fiber.Ctx) error {
	return c.Status(fiber.StatusNoContent).JSON(fiber.Map{"deleted": c.Params("id")}) // want `no-content-body: 204 No Content is sent with a body in DELETE /orders/:id; a 204 response cannot carry one and the client never sees it, use 200 OK to keep the body`
}

func (s *orderServer) getOrder(c *fiber.Ctx) error {
	return c.Status(304).Send([]byte(`{"cached":true}`)) // want `no-content-body: 304 Not Modified is sent with a body in GET /orders/:id`
}

func fiberResetOrder(c *fiber.Ctx) error {
	c.Status(fiber.StatusResetContent) // want `no-content-body: 205 Reset Content is sent with a body in POST /orders/:id/reset`
	return c.SendString("reset")
}

func fiberPutOrder(c *fiber.Ctx) error {
	status := fiber.StatusNoContent
	return c.Status(status).JSON(order{}) // want `no-content-body: 204 No Content is sent with a body in PUT /orders/:id`
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3DeleteOrder(c fiber3.Ctx) error {
	return c.Status(fiber3.StatusNoContent).JSON(fiber3.Map{"deleted": c.Params("id")}) // want `no-content-body: 204 No Content is sent with a body in DELETE /v3/orders/:id`
}

func fiber3GetOrder(c fiber3.Ctx) error {
	const nothing = fiber3.StatusNoContent
	return c.Status(nothing).SendString("nothing") // want `no-content-body: 204 No Content is sent with a body in GET /v3/orders/:id`
}

// SendStatus sets the status text as the body only when there is none to
// send: with 204, fasthttp sends nothing.
func fiberQuietDelete(c *fiber.Ctx) error {
	return c.SendStatus(fiber.StatusNoContent)
}

func fiberStatusDelete(c *fiber.Ctx) error {
	c.Status(fiber.StatusNoContent)
	return nil
}

// An empty body is no body.
func fiberEmptyDelete(c *fiber.Ctx) error {
	return c.Status(fiber.StatusNoContent).SendString("")
}

func fiberCachedOrder(c *fiber.Ctx) error {
	if c.Get("If-None-Match") == `"o1"` {
		return c.SendStatus(fiber.StatusNotModified)
	}
	c.Set("ETag", `"o1"`)
	return c.JSON(order{})
}

func fiberPreflight(c *fiber.Ctx) error {
	c.Set("Access-Control-Allow-Origin", "*")
	c.Set("Access-Control-Allow-Methods", "GET, PUT, DELETE")
	return c.SendStatus(fiber.StatusNoContent)
}

// The stream writer runs after the handler, under 200.
func fiberStream(c *fiber.Ctx) error {
	c.Set("Content-Type", "text/event-stream")
	c.Context().SetBodyStreamWriter(func(w *bufio.Writer) {
		for i := range 3 {
			fmt.Fprintf(w, "data: %d\n\n", i)
			w.Flush()
		}
	})
	return nil
}

func fiber3QuietDelete(c fiber3.Ctx) error {
	return c.SendStatus(fiber3.StatusNoContent)
}

func fiber3CachedOrder(c fiber3.Ctx) error {
	if c.Get("If-None-Match") == `"o1"` {
		return c.SendStatus(fiber3.StatusNotModified)
	}
	return c.JSON(order{})
}

func fiber3Stream(c fiber3.Ctx) error {
	events := []string{"a", "b"}
	if len(events) == 0 {
		return c.SendStatus(fiber3.StatusNoContent)
	}
	c.Set("Content-Type", "text/event-stream")
	return c.SendStreamWriter(func(w *bufio.Writer) {
		for _, ev := range events {
			fmt.Fprintf(w, "data: %s\n\n", ev)
			w.Flush()
		}
	})
}
