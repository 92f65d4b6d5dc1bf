// Package fiberapi serves customer orders and the cart with fiber.
package fiberapi

import (
	"database/sql"
	"errors"
	"fmt"
	"log"

	"github.com/gofiber/fiber/v2"

	"example.com/bookstore/store"
)

// Handler holds the dependencies of the order handlers.
type Handler struct {
	store     *store.Store
	customers map[string]string // session token -> customer ID
}

type orderInput struct {
	Lines []store.OrderLine `json:"lines"`
}

// NewApp returns the orders API.
func NewApp(s *store.Store, customers map[string]string) *fiber.App {
	h := &Handler{store: s, customers: customers}
	app := fiber.New(fiber.Config{AppName: "bookstore-orders"})
	app.Get("/healthz", h.healthz)
	app.Delete("/cart/items/:bookID", h.removeCartItem)

	orders := app.Group("/orders", h.requireCustomer)
	orders.Get("/", h.listOrders)
	orders.Post("/", h.placeOrder)
	orders.Get("/:id", h.getOrder)
	orders.Delete("/:id", h.cancelOrder)
	return app
}

func (h *Handler) healthz(c *fiber.Ctx) error {
	return c.SendString("ok")
}

// requireCustomer resolves the session token to a customer.
func (h *Handler) requireCustomer(c *fiber.Ctx) error {
	customerID, ok := h.customers[c.Cookies("session")]
	if !ok {
		c.Set(fiber.HeaderWWWAuthenticate, `Cookie realm="bookstore"`)
		return c.Status(fiber.StatusUnauthorized).JSON(fiber.Map{"error": "sign in to see your orders"})
	}
	c.Locals("customer", customerID)
	return c.Next()
}

func customer(c *fiber.Ctx) string {
	id, _ := c.Locals("customer").(string)
	return id
}

func (h *Handler) listOrders(c *fiber.Ctx) error {
	return c.JSON(h.store.ListOrders(customer(c)))
}

func (h *Handler) placeOrder(c *fiber.Ctx) error {
	var in orderInput
	if err := c.BodyParser(&in); err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "request body must be a JSON order")
	}
	if len(in.Lines) == 0 {
		return fiber.NewError(fiber.StatusBadRequest, "an order needs at least one line")
	}
	order, err := h.store.PlaceOrder(store.Order{CustomerID: customer(c), Lines: in.Lines})
	switch {
	case errors.Is(err, store.ErrNotFound):
		return fiber.NewError(fiber.StatusNotFound, err.Error())
	case errors.Is(err, store.ErrOutOfStock):
		return c.Status(fiber.StatusConflict).JSON(fiber.Map{"error": err.Error()})
	case errors.Is(err, store.ErrReadOnly):
		c.Set(fiber.HeaderRetryAfter, "120")
		return fiber.NewError(fiber.StatusServiceUnavailable, "ordering is paused for maintenance")
	case err != nil:
		log.Printf("place order: %v", err)
		return fiber.NewError(fiber.StatusInternalServerError, "could not place order")
	}
	c.Location(fmt.Sprintf("/orders/%d", order.ID))
	return c.Status(fiber.StatusCreated).JSON(order)
}

func (h *Handler) getOrder(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "order id must be a number")
	}
	order, err := h.store.GetOrder(id)
	if errors.Is(err, sql.ErrNoRows) {
		return c.Status(fiber.StatusNotFound).JSON(fiber.Map{"error": "order not found"})
	}
	if err != nil {
		log.Printf("get order %d: %v", id, err)
		return fiber.NewError(fiber.StatusInternalServerError, "could not load order")
	}
	if order.CustomerID != customer(c) {
		return c.Status(fiber.StatusForbidden).JSON(fiber.Map{"error": "this order belongs to another customer"})
	}
	return c.JSON(order)
}

func (h *Handler) cancelOrder(c *fiber.Ctx) error {
	id, err := c.ParamsInt("id")
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "order id must be a number")
	}
	order, err := h.store.GetOrder(id)
	if errors.Is(err, sql.ErrNoRows) {
		return fiber.NewError(fiber.StatusNotFound, "order not found")
	}
	if err != nil {
		log.Printf("cancel order %d: %v", id, err)
		return fiber.NewError(fiber.StatusInternalServerError, "could not load order")
	}
	if order.CustomerID != customer(c) {
		return fiber.NewError(fiber.StatusForbidden, "this order belongs to another customer")
	}
	if err := h.store.CancelOrder(id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return fiber.NewError(fiber.StatusNotFound, "order not found")
		}
		log.Printf("cancel order %d: %v", id, err)
		return fiber.NewError(fiber.StatusInternalServerError, "could not cancel order")
	}
	return c.SendStatus(fiber.StatusOK)
}

// removeCartItem takes a book out of the visitor's cart. Removing a book
// that is not in the cart succeeds too, so retries are harmless.
func (h *Handler) removeCartItem(c *fiber.Ctx) error {
	bookID, err := c.ParamsInt("bookID")
	if err != nil {
		return fiber.NewError(fiber.StatusBadRequest, "book id must be a number")
	}
	session := c.Cookies("session")
	if session == "" {
		return fiber.NewError(fiber.StatusBadRequest, "no cart for this visitor")
	}
	h.store.RemoveCartLine(session, bookID)
	return c.SendStatus(fiber.StatusNoContent)
}
