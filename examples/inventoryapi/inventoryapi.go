// Package inventoryapi serves the warehouse's stock levels with echo; its
// contract is the OpenAPI document next to it (openapi.yaml), from which
// the warehouse's clients are generated.
package inventoryapi

import (
	"errors"
	"log"
	"net/http"
	"strconv"

	"github.com/labstack/echo/v4"

	"example.com/bookstore/store"
)

// Handler holds the inventory's dependencies.
type Handler struct {
	store *store.Store
}

type stockChange struct {
	Delta int `json:"delta"`
}

// Serve runs the inventory API on addr.
func Serve(addr string, s *store.Store) error {
	h := &Handler{store: s}
	e := echo.New()
	e.Use(logRequests)
	v2 := e.Group("/inventory/v2")
	v2.GET("/stock/:bookID", h.getStock)
	v2.POST("/stock/:bookID", h.changeStock)
	v2.DELETE("/stock/:bookID", h.clearStock)
	return e.Start(addr)
}

// logRequests logs each request and its outcome.
func logRequests(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		err := next(c)
		log.Printf("%s %s: %v", c.Request().Method, c.Path(), err)
		return err
	}
}

func (h *Handler) getStock(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("bookID"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "book id must be a number")
	}
	book, err := h.store.GetBook(id)
	if errors.Is(err, store.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, "book not found")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not load stock")
	}
	return c.JSON(http.StatusOK, map[string]int{"book": book.ID, "stock": book.Stock})
}

func (h *Handler) changeStock(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("bookID"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "book id must be a number")
	}
	var in stockChange
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "body must be a JSON stock change")
	}
	book, err := h.store.UpdateBook(id, func(b *store.Book) { b.Stock += in.Delta })
	if errors.Is(err, store.ErrNotFound) {
		return echo.NewHTTPError(http.StatusNotFound, "book not found")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not change stock")
	}
	if book.Stock < 0 {
		return echo.NewHTTPError(http.StatusConflict, "stock would fall below zero")
	}
	return c.JSON(http.StatusOK, map[string]int{"book": book.ID, "stock": book.Stock})
}

func (h *Handler) clearStock(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("bookID"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "book id must be a number")
	}
	if _, err := h.store.UpdateBook(id, func(b *store.Book) { b.Stock = 0 }); err != nil {
		return echo.NewHTTPError(http.StatusNotFound, "book not found")
	}
	return c.NoContent(http.StatusNoContent)
}
