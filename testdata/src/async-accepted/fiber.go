package asyncaccepted

import (
	"github.com/gofiber/fiber/v2"
	fiber3 "github.com/gofiber/fiber/v3"
)

type fiberAPI struct{}

func fiberRoutes(app *fiber.App, app3 *fiber3.App, api *fiberAPI) {
	app.Post("/fiber/webhooks", fiberWebhook)
	app.Post("/fiber/syncs", api.sync)
	app3.Post("/v3/webhooks", fiber3Webhook)
	app3.Post("/v3/syncs", fiber3Sync)

	app.Post("/fiber/webhooks/accepted", fiberWebhookAccepted)
	app3.Post("/v3/webhooks/created", fiber3WebhookCreated)
}

// Fiber's own constant: the fix keeps it.
func fiberWebhook(c *fiber.Ctx) error {
	j := job{ID: string(c.Body())}
	go process(j)
	return c.SendStatus(fiber.StatusOK) // want `async-accepted: 200 OK answers POST /fiber/webhooks after handing the work to a goroutine; the work is not done yet, which is 202 Accepted`
}

func (api *fiberAPI) sync(c *fiber.Ctx) error {
	go process(job{})
	return c.Status(200).JSON(fiber.Map{"status": "queued"}) // want `async-accepted: 200 OK answers POST /fiber/syncs after handing the work to a goroutine`
}

// fiber v3 handlers take fiber.Ctx, an interface.
func fiber3Webhook(c fiber3.Ctx) error {
	go process(job{})
	return c.Status(fiber3.StatusOK).JSON(fiber3.Map{"status": "queued"}) // want `async-accepted: 200 OK answers POST /v3/webhooks after handing the work to a goroutine`
}

func fiber3Sync(c fiber3.Ctx) error {
	go func() { process(job{}) }()
	return c.SendStatus(200) // want `async-accepted: 200 OK answers POST /v3/syncs after handing the work to a goroutine`
}

// --- quiet ---

func fiberWebhookAccepted(c *fiber.Ctx) error {
	go process(job{})
	return c.SendStatus(fiber.StatusAccepted)
}

func fiber3WebhookCreated(c fiber3.Ctx) error {
	go audit(job{})
	c.Location("/v3/webhooks/1")
	return c.Status(fiber3.StatusCreated).JSON(job{ID: "1"})
}

func fiberResultRoutes(app *fiber.App, app3 *fiber3.App) {
	app.Post("/fiber/items", fiberCreateAndNotify)
	app.Post("/fiber/items/queued", fiberQueued)
	app3.Post("/v3/items", fiber3CreateAndNotify)
}

func fiberCreateAndNotify(c *fiber.Ctx) error {
	item, err := store.Create(c.FormValue("name"))
	if err != nil {
		return err
	}
	go notify(item)
	return c.Status(fiber.StatusOK).JSON(item)
}

func fiberQueued(c *fiber.Ctx) error {
	go process(job{})
	return c.Status(fiber.StatusOK).JSON(fiber.Map{"status": "queued"}) // want `async-accepted: 200 OK answers POST /fiber/items/queued after handing the work to a goroutine`
}

func fiber3CreateAndNotify(c fiber3.Ctx) error {
	item, err := store.Create(c.FormValue("name"))
	if err != nil {
		return err
	}
	go notify(item)
	return c.Status(fiber3.StatusOK).JSON(item)
}
