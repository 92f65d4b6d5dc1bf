// Package ginapi serves the storefront's search and reader reviews with gin.
package ginapi

import (
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"example.com/bookstore/store"
)

// Moderator is a signed-in member of the moderation team.
type Moderator struct {
	Name      string
	CanDelete bool
}

// Handler holds the dependencies of the storefront handlers.
type Handler struct {
	store      *store.Store
	moderators map[string]Moderator // by session token
}

type reviewInput struct {
	Rating int    `json:"rating"`
	Text   string `json:"text"`
}

// NewEngine returns the storefront API.
func NewEngine(s *store.Store, moderators map[string]Moderator) *gin.Engine {
	h := &Handler{store: s, moderators: moderators}
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	r.GET("/", h.home)

	v1 := r.Group("/api/v1")
	v1.GET("/books/search", h.searchBooks)
	v1.GET("/books/:id", h.getBook)
	v1.GET("/books/:id/reviews", h.listReviews)
	v1.POST("/books/:id/reviews", h.addReview)

	admin := v1.Group("/admin")
	admin.DELETE("/reviews/:id", h.deleteReview)
	return r
}

func (h *Handler) home(c *gin.Context) {
	c.Redirect(http.StatusOK, "/api/v1/books/search?q=")
}

func (h *Handler) searchBooks(c *gin.Context) {
	q := strings.TrimSpace(c.Query("q"))
	if q == "" {
		c.JSON(http.StatusBadRequest, gin.H{"error": "q is required"})
		return
	}
	page := 1
	if p := c.Query("page"); p != "" {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 {
			c.AbortWithStatusJSON(http.StatusBadRequest, gin.H{"error": "page must be a positive integer"})
		}
		page = n
	}
	c.JSON(http.StatusOK, gin.H{
		"query": q,
		"page":  page,
		"books": h.store.SearchBooks(q, page, 20),
	})
}

func (h *Handler) getBook(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "book id must be a number"})
		return
	}
	book, err := h.store.GetBook(id)
	if errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "book not found"})
		return
	}
	if err != nil {
		log.Printf("get book %d: %v", id, err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not load book"})
		return
	}
	c.JSON(http.StatusCreated, book)
}

func (h *Handler) listReviews(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "book id must be a number"})
		return
	}
	if _, err := h.store.GetBook(id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			c.JSON(http.StatusNotFound, gin.H{"error": "book not found"})
			return
		}
		log.Printf("list reviews %d: %v", id, err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not load reviews"})
		return
	}
	c.JSON(http.StatusOK, h.store.ListReviews(id))
}

func (h *Handler) addReview(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "book id must be a number"})
		return
	}
	var in reviewInput
	if err := c.ShouldBindJSON(&in); err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "request body must be a JSON review"})
		return
	}
	if in.Rating < 1 || in.Rating > 5 {
		c.JSON(http.StatusBadRequest, gin.H{"error": "rating must be between 1 and 5"})
		return
	}
	review, err := h.store.AddReview(store.Review{BookID: id, Rating: in.Rating, Text: in.Text})
	if errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusNotFound, gin.H{"error": "book not found"})
		return
	}
	if err != nil {
		log.Printf("add review to %d: %v", id, err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not save review"})
		return
	}
	c.Header("Location", fmt.Sprintf("/api/v1/books/%d/reviews/%d", id, review.ID))
	c.JSON(201, review)
}

func (h *Handler) deleteReview(c *gin.Context) {
	token, _ := strings.CutPrefix(c.GetHeader("Authorization"), "Bearer ")
	mod, ok := h.moderators[token]
	if token == "" || !ok {
		c.Header("WWW-Authenticate", `Bearer realm="bookstore"`)
		c.AbortWithStatusJSON(http.StatusUnauthorized, gin.H{"error": "sign in as a moderator"})
		return
	}
	if !mod.CanDelete {
		c.AbortWithStatusJSON(http.StatusForbidden, gin.H{"error": mod.Name + " may not delete reviews"})
		return
	}
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, gin.H{"error": "review id must be a number"})
		return
	}
	if err := h.store.DeleteReview(id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			c.JSON(http.StatusNotFound, gin.H{"error": "review not found"})
			return
		}
		log.Printf("delete review %d: %v", id, err)
		c.JSON(http.StatusInternalServerError, gin.H{"error": "could not delete review"})
		return
	}
	c.Status(http.StatusNoContent)
}
