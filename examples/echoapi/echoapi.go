// Package echoapi serves the publishers back office with echo.
package echoapi

import (
	"database/sql"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labstack/echo/v4"

	"example.com/bookstore/store"
)

// Handler holds the dependencies of the back-office handlers.
type Handler struct {
	store *store.Store
}

type publisherPatch struct {
	Name    *string `json:"name"`
	Country *string `json:"country"`
}

type importRequest struct {
	FeedURL string `json:"feed_url"`
}

// NewServer returns the back-office API.
func NewServer(s *store.Store) *echo.Echo {
	h := &Handler{store: s}
	e := echo.New()
	e.HideBanner = true
	e.GET("/catalog", h.catalog)

	api := e.Group("/api")
	api.GET("/publishers", h.listPublishers)
	api.POST("/publishers", h.createPublisher)
	api.GET("/publishers/:id", h.getPublisher)
	api.PATCH("/publishers/:id", h.updatePublisher)
	api.DELETE("/publishers/:id", h.deletePublisher)
	api.POST("/imports", h.startImport)
	api.GET("/stats", h.stats)
	return e
}

// catalog is the pre-API address of the publisher list.
func (h *Handler) catalog(c echo.Context) error {
	return c.Redirect(http.StatusMovedPermanently, "/api/publishers")
}

func (h *Handler) listPublishers(c echo.Context) error {
	return c.JSON(http.StatusOK, h.store.ListPublishers())
}

func (h *Handler) createPublisher(c echo.Context) error {
	var in store.Publisher
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "request body must be a JSON publisher")
	}
	if strings.TrimSpace(in.Name) == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "name is required")
	}
	p, err := h.store.CreatePublisher(in)
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not create publisher").SetInternal(err)
	}
	c.Response().Header().Set(echo.HeaderLocation, fmt.Sprintf("/api/publishers/%d", p.ID))
	return c.JSON(http.StatusCreated, p)
}

func (h *Handler) getPublisher(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "publisher id must be a number")
	}
	p, err := h.store.GetPublisher(id)
	if errors.Is(err, sql.ErrNoRows) {
		return echo.NewHTTPError(http.StatusNotFound, "publisher not found")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not load publisher").SetInternal(err)
	}
	return c.JSON(http.StatusOK, p)
}

func (h *Handler) updatePublisher(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "publisher id must be a number")
	}
	var in publisherPatch
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "request body must be a JSON object")
	}
	p, err := h.store.UpdatePublisher(id, func(p *store.Publisher) {
		if in.Name != nil {
			p.Name = *in.Name
		}
		if in.Country != nil {
			p.Country = *in.Country
		}
	})
	if errors.Is(err, sql.ErrNoRows) {
		return echo.NewHTTPError(http.StatusNotFound, "publisher not found")
	}
	if err != nil {
		return echo.NewHTTPError(http.StatusInternalServerError, "could not update publisher").SetInternal(err)
	}
	return c.JSON(http.StatusNoContent, p)
}

func (h *Handler) deletePublisher(c echo.Context) error {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "publisher id must be a number")
	}
	if err := h.store.DeletePublisher(id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return echo.NewHTTPError(http.StatusNotFound, "publisher not found")
		}
		return echo.NewHTTPError(http.StatusInternalServerError, "could not delete publisher").SetInternal(err)
	}
	return c.NoContent(204)
}

// startImport queues a catalog import; the feed is fetched in the background.
func (h *Handler) startImport(c echo.Context) error {
	var in importRequest
	if err := c.Bind(&in); err != nil {
		return echo.NewHTTPError(http.StatusBadRequest, "request body must be a JSON object")
	}
	if in.FeedURL == "" {
		return echo.NewHTTPError(http.StatusBadRequest, "feed_url is required")
	}
	jobID := "imp-" + strconv.FormatInt(time.Now().UnixNano(), 36)
	go func() {
		if err := h.store.ImportCatalog(in.FeedURL); err != nil {
			log.Printf("import %s: %v", jobID, err)
		}
	}()
	return c.JSON(http.StatusAccepted, map[string]string{"job_id": jobID, "status": "queued"})
}

func (h *Handler) stats(c echo.Context) error {
	return c.JSON(2000, h.store.Stats())
}
