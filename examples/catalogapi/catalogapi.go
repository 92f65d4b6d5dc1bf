// Package catalogapi serves the public catalog with gin, documented with
// swaggo/swag comments (swag init reads them to write the API's OpenAPI
// document).
package catalogapi

import (
	"errors"
	"log"
	"net/http"
	"strconv"

	"github.com/gin-gonic/gin"

	"example.com/bookstore/store"
)

// Handler holds the catalog's dependencies.
type Handler struct {
	store *store.Store
}

type errorBody struct {
	Error string `json:"error"`
}

// Serve runs the catalog on addr. Recovery answers 500 for a handler that panics.
func Serve(addr string, s *store.Store) error {
	h := &Handler{store: s}
	r := gin.New()
	r.Use(gin.Logger(), gin.Recovery())
	catalog := r.Group("/catalog")
	catalog.GET("/books", h.listBooks)
	catalog.GET("/books/:id", h.getBook)
	catalog.GET("/authors/:id", h.getAuthor)
	return r.Run(addr)
}

// listBooks lists the newest books.
//
//	@Summary	List books
//	@Success	200	{array}		store.Book
//	@Failure	400	{object}	errorBody
//	@Router		/catalog/books [get]
func (h *Handler) listBooks(c *gin.Context) {
	limit := 20
	if s := c.Query("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			c.JSON(http.StatusBadRequest, errorBody{"limit must be a positive integer"})
			return
		}
		limit = n
	}
	c.JSON(http.StatusOK, h.store.ListBooks(limit))
}

// getBook returns one book.
//
//	@Summary	Get a book
//	@Success	200	{object}	store.Book
//	@Failure	404	{object}	errorBody
//	@Failure	500	{object}	errorBody
//	@Router		/catalog/books/{id} [get]
func (h *Handler) getBook(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, errorBody{"book id must be a number"})
		return
	}
	book, err := h.store.GetBook(id)
	if errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusNotFound, errorBody{"book not found"})
		return
	}
	if err != nil {
		log.Printf("get book %d: %v", id, err)
		c.JSON(http.StatusInternalServerError, errorBody{"could not load book"})
		return
	}
	c.JSON(http.StatusOK, book)
}

// getAuthor returns one author.
//
//	@Summary	Get an author
//	@Success	200	{object}	store.Author
//	@Failure	400,404	{object}	errorBody
//	@Failure	410	{object}	errorBody
//	@Router		/catalog/authors/{id} [get]
func (h *Handler) getAuthor(c *gin.Context) {
	id, err := strconv.Atoi(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusBadRequest, errorBody{"author id must be a number"})
		return
	}
	author, err := h.store.GetAuthor(id)
	if err != nil {
		c.JSON(http.StatusNotFound, errorBody{"author not found"})
		return
	}
	c.JSON(http.StatusOK, author)
}
