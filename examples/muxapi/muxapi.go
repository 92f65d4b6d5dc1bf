// Package muxapi serves the warehouse's inventory API with gorilla/mux.
package muxapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"log"
	"net/http"
	"strconv"

	"github.com/gorilla/mux"

	"example.com/bookstore/store"
)

// Handler holds the dependencies of the inventory handlers.
type Handler struct {
	store *store.Store
}

// NewRouter returns the inventory API under /api.
func NewRouter(s *store.Store) http.Handler {
	h := &Handler{store: s}
	r := mux.NewRouter()
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/books", h.listBooks).Methods("GET")
	api.HandleFunc("/books", h.createBook).Methods("POST")
	api.Methods(http.MethodGet).Path("/books/export").HandlerFunc(h.exportBooks)
	api.HandleFunc("/books/{id:[0-9]+}", h.getBook).Methods("GET")
	api.HandleFunc("/books/{id:[0-9]+}", h.updatePrice).Methods("PUT", http.MethodPatch)
	api.HandleFunc("/books/{id:[0-9]+}", h.deleteBook).Methods("DELETE")
	return r
}

func bookID(r *http.Request) (int, error) {
	return strconv.Atoi(mux.Vars(r)["id"])
}

func (h *Handler) listBooks(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(h.store.ListBooks(0)); err != nil {
		log.Printf("list books: encode: %v", err)
	}
}

func (h *Handler) createBook(w http.ResponseWriter, r *http.Request) {
	var in store.Book
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
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
	w.Header().Set("Location", fmt.Sprintf("/api/books/%d", book.ID))
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("create book: encode: %v", err)
	}
}

func (h *Handler) getBook(w http.ResponseWriter, r *http.Request) {
	id, err := bookID(r)
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	book, err := h.store.GetBook(id)
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "book not found", http.StatusNotFound)
		return
	}
	if err != nil {
		log.Printf("get book %d: %v", id, err)
		http.Error(w, "could not load book", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("get book %d: encode: %v", id, err)
	}
}

type priceUpdate struct {
	PriceCents int `json:"price_cents"`
}

func (h *Handler) updatePrice(w http.ResponseWriter, r *http.Request) {
	id, err := bookID(r)
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	var in priceUpdate
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, `request body must be {"price_cents": n}`, http.StatusBadRequest)
		return
	}
	if in.PriceCents <= 0 {
		http.Error(w, "price_cents must be positive", http.StatusBadRequest)
		return
	}
	book, err := h.store.UpdateBook(id, func(b *store.Book) { b.PriceCents = in.PriceCents })
	if errors.Is(err, store.ErrNotFound) {
		http.Error(w, "book not found", http.StatusNotFound)
		return
	}
	if err != nil {
		log.Printf("update price %d: %v", id, err)
		http.Error(w, "could not update price", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("update price %d: encode: %v", id, err)
	}
}

func (h *Handler) deleteBook(w http.ResponseWriter, r *http.Request) {
	id, err := bookID(r)
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	if err := h.store.DeleteBook(id); err != nil {
		if errors.Is(err, store.ErrNotFound) {
			http.Error(w, "book not found", http.StatusNotFound)
			return
		}
		log.Printf("delete book %d: %v", id, err)
		http.Error(w, "could not delete book", http.StatusInternalServerError)
		return
	}
	log.Printf("inventory: book %d removed", id)
	w.WriteHeader(http.StatusOK)
}

// exportBooks streams the inventory as newline-delimited JSON and reports the
// row count in a trailer once every row is written.
func (h *Handler) exportBooks(w http.ResponseWriter, r *http.Request) {
	books := h.store.ListBooks(0)
	w.Header().Set("Content-Type", "application/x-ndjson")
	w.Header().Set("Content-Disposition", `attachment; filename="inventory.ndjson"`)
	w.Header().Set("Trailer", "X-Row-Count")
	enc := json.NewEncoder(w)
	for _, b := range books {
		if err := enc.Encode(b); err != nil {
			log.Printf("export: encode book %d: %v", b.ID, err)
			return
		}
	}
	w.Header().Set("X-Row-Count", strconv.Itoa(len(books)))
}
