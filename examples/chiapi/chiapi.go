// Package chiapi serves the authors directory and the stock-keeping endpoints
// with chi and go-chi/render.
package chiapi

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/render"

	"example.com/bookstore/store"
)

// Handler holds the dependencies of the authors and stock handlers.
type Handler struct {
	store  *store.Store
	apiKey string
}

type errorResponse struct {
	Error string `json:"error"`
}

// NewRouter returns the authors and stock API.
func NewRouter(s *store.Store, apiKey string) http.Handler {
	h := &Handler{store: s, apiKey: apiKey}
	r := chi.NewRouter()
	r.Route("/authors", func(r chi.Router) {
		r.Options("/*", h.preflight)
		r.Get("/", h.listAuthors)
		r.With(h.requireAPIKey).Post("/", h.createAuthor)
		r.Get("/{id}", h.getAuthor)
		r.MethodFunc(http.MethodGet, "/{id}/books", h.authorBooks)
	})
	r.Route("/books", func(r chi.Router) {
		// Preflight requests carry no credentials, so they stay outside
		// the authenticated group.
		r.Options("/*", h.preflight)
		r.Group(func(r chi.Router) {
			r.Use(h.requireAPIKey)
			r.Post("/", h.createBook)
			r.Put("/{id}/stock", h.setStock)
			r.Delete("/{id}", h.deleteBook)
		})
	})
	return r
}

// requireAPIKey lets through only requests that carry the back-office key.
func (h *Handler) requireAPIKey(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || key != h.apiKey {
			w.Header().Set("WWW-Authenticate", `Bearer realm="bookstore-backoffice"`)
			http.Error(w, "a valid API key is required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (h *Handler) preflight(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "https://backoffice.example.com")
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS")
	w.Header().Set("Access-Control-Allow-Headers", "Authorization, Content-Type")
	w.WriteHeader(http.StatusNoContent)
}

func (h *Handler) listAuthors(w http.ResponseWriter, r *http.Request) {
	render.JSON(w, r, h.store.ListAuthors())
}

func (h *Handler) createAuthor(w http.ResponseWriter, r *http.Request) {
	var in store.Author
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, errorResponse{Error: "request body must be a JSON author"})
		return
	}
	if strings.TrimSpace(in.Name) == "" {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, errorResponse{Error: "name is required"})
		return
	}
	author, err := h.store.CreateAuthor(in)
	if errors.Is(err, store.ErrAlreadyExists) {
		render.Status(r, http.StatusConflict)
		render.JSON(w, r, errorResponse{Error: "an author with this name already exists"})
		return
	}
	if err != nil {
		log.Printf("create author: %v", err)
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, errorResponse{Error: "could not create author"})
		return
	}
	w.Header().Set("Location", fmt.Sprintf("/authors/%d", author.ID))
	render.Status(r, http.StatusCreated)
	render.JSON(w, r, author)
}

func (h *Handler) getAuthor(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, errorResponse{Error: "author id must be a number"})
		return
	}
	author, err := h.store.GetAuthor(id)
	if errors.Is(err, sql.ErrNoRows) {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, errorResponse{Error: "author not found"})
		return
	}
	if err != nil {
		log.Printf("get author %d: %v", id, err)
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, errorResponse{Error: "could not load author"})
		return
	}
	render.JSON(w, r, author)
}

func (h *Handler) authorBooks(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "author id must be a number", http.StatusBadRequest)
		return
	}
	if _, err := h.store.GetAuthor(id); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			http.Error(w, "author not found", http.StatusNotFound)
			return
		}
		log.Printf("author books %d: %v", id, err)
		http.Error(w, "could not load author", http.StatusInternalServerError)
		return
	}
	render.JSON(w, r, h.store.BooksByAuthor(id))
}

func (h *Handler) createBook(w http.ResponseWriter, r *http.Request) {
	var in store.Book
	if err := render.DecodeJSON(r.Body, &in); err != nil {
		http.Error(w, "request body must be a JSON book", http.StatusBadRequest)
		return
	}
	if err := in.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	book, err := h.store.CreateBook(in)
	if errors.Is(err, store.ErrAlreadyExists) {
		http.Error(w, "a book with this ISBN already exists", http.StatusConflict)
		return
	}
	if err != nil {
		log.Printf("create book: %v", err)
		http.Error(w, "could not create book", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", fmt.Sprintf("/books/%d", book.ID))
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("create book: encode: %v", err)
		return
	}
	w.WriteHeader(http.StatusCreated)
}

type stockUpdate struct {
	Stock int `json:"stock"`
}

func (h *Handler) setStock(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	var in stockUpdate
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, `request body must be {"stock": n}`, http.StatusBadRequest)
		return
	}
	if in.Stock < 0 {
		http.Error(w, "stock must not be negative", http.StatusBadRequest)
		return
	}
	book, err := h.store.UpdateBook(id, func(b *store.Book) { b.Stock = in.Stock })
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "book not found", http.StatusNotFound)
		return
	}
	if err != nil {
		log.Printf("set stock %d: %v", id, err)
		http.Error(w, "could not update stock", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusNoContent)
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("set stock %d: encode: %v", id, err)
	}
}

func (h *Handler) deleteBook(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(chi.URLParam(r, "id"))
	if err != nil {
		render.Status(r, http.StatusBadRequest)
		render.JSON(w, r, errorResponse{Error: "book id must be a number"})
		return
	}
	err = h.store.DeleteBook(id)
	if errors.Is(err, store.ErrNotFound) {
		render.Status(r, http.StatusNotFound)
		render.JSON(w, r, errorResponse{Error: "book not found"})
		return
	}
	if err != nil {
		log.Printf("delete book %d: %v", id, err)
		render.Status(r, http.StatusInternalServerError)
		render.JSON(w, r, errorResponse{Error: "could not delete book"})
		return
	}
	render.NoContent(w, r)
}
