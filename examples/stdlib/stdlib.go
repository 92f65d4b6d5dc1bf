// Package stdlib serves the bookstore's catalog and cart with nothing but
// net/http and the Go 1.22 routing patterns.
package stdlib

import (
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"strconv"
	"time"

	"example.com/bookstore/store"
)

// Handler holds the dependencies of the catalog handlers.
type Handler struct {
	store *store.Store
}

// NewHandler returns the catalog API mounted on a fresh ServeMux.
func NewHandler(s *store.Store) http.Handler {
	h := &Handler{store: s}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /books", h.listBooks)
	mux.HandleFunc("POST /books", h.createBook)
	mux.HandleFunc("GET /books/{id}", h.getBook)
	mux.HandleFunc("PUT /books/{id}", h.putBook)
	mux.HandleFunc("DELETE /books/{id}", h.deleteBook)
	mux.HandleFunc("POST /books/{id}/views", h.recordView)
	mux.HandleFunc("GET /books/events", h.streamEvents)
	mux.HandleFunc("OPTIONS /books", preflight)
	mux.HandleFunc("OPTIONS /books/", preflight)
	mux.HandleFunc("GET /cart", h.getCart)
	mux.HandleFunc("GET /checkout", h.checkout)
	mux.HandleFunc("/healthz", healthz)
	return mux
}

func (h *Handler) listBooks(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	limit := 50
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			http.Error(w, "limit must be a number", http.StatusBadRequest)
		}
		limit = n
	}
	if err := json.NewEncoder(w).Encode(h.store.ListBooks(limit)); err != nil {
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
	if errors.Is(err, store.ErrReadOnly) {
		w.Header().Set("Retry-After", "120")
		http.Error(w, "the catalog is in maintenance mode", http.StatusServiceUnavailable)
		return
	}
	if err != nil {
		log.Printf("create book: %v", err)
		http.Error(w, "could not create book", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", fmt.Sprintf("/books/%d", book.ID))
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("create book: encode: %v", err)
	}
}

func (h *Handler) getBook(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	book, err := h.store.GetBook(id)
	if errors.Is(err, store.ErrNotFound) {
		http.NotFound(w, r)
		return
	}
	if err != nil {
		log.Printf("get book %d: %v", id, err)
		http.Error(w, "could not load book", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Last-Modified", book.UpdatedAt.UTC().Format(http.TimeFormat))
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("get book %d: encode: %v", id, err)
	}
}

// putBook stores the book at its own URI: 201 when it did not exist, 200 when
// it replaced it.
func (h *Handler) putBook(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	var in store.Book
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		http.Error(w, "request body must be a JSON book", http.StatusBadRequest)
		return
	}
	if err := in.Validate(); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	in.ID = id
	book, created, err := h.store.PutBook(in)
	if err != nil {
		log.Printf("put book %d: %v", id, err)
		http.Error(w, "could not save book", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if created {
		w.WriteHeader(http.StatusCreated)
	} else {
		w.WriteHeader(http.StatusOK)
	}
	if err := json.NewEncoder(w).Encode(book); err != nil {
		log.Printf("put book %d: encode: %v", id, err)
	}
}

func (h *Handler) deleteBook(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	switch err := h.store.DeleteBook(id); {
	case errors.Is(err, store.ErrNotFound):
		http.Error(w, "book not found", http.StatusNotFound)
	case errors.Is(err, store.ErrReadOnly):
		http.Error(w, "the catalog is in maintenance mode", http.StatusServiceUnavailable)
	case err != nil:
		log.Printf("delete book %d: %v", id, err)
		http.Error(w, "could not delete book", http.StatusInternalServerError)
	default:
		w.WriteHeader(http.StatusNoContent)
	}
}

// recordView is called by the storefront's analytics beacon, which ignores
// the response body.
func (h *Handler) recordView(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.Error(w, "book id must be a number", http.StatusBadRequest)
		return
	}
	if err := h.store.RecordView(id); err != nil {
		http.Error(w, "view counting is paused", http.StatusServiceUnavailable)
	}
}

// streamEvents pushes catalog changes as server-sent events.
func (h *Handler) streamEvents(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	if err := rc.Flush(); err != nil {
		log.Printf("events: streaming not supported: %v", err)
		return
	}
	keepAlive := time.NewTicker(15 * time.Second)
	defer keepAlive.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case ev := <-h.store.Events():
			data, err := json.Marshal(ev)
			if err != nil {
				log.Printf("events: marshal: %v", err)
				continue
			}
			fmt.Fprintf(w, "event: %s\ndata: %s\n\n", ev.Kind, data)
		case <-keepAlive.C:
			io.WriteString(w, ": keep-alive\n\n")
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}

// preflight answers CORS preflight requests for the catalog.
func preflight(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "https://shop.example.com")
	h.Set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS")
	h.Set("Access-Control-Allow-Headers", "Content-Type, Authorization")
	h.Set("Access-Control-Max-Age", "600")
	w.WriteHeader(http.StatusNoContent)
}

func sessionID(r *http.Request) string {
	if c, err := r.Cookie("session"); err == nil {
		return c.Value
	}
	return ""
}

// getCart returns the visitor's cart, starting one on the first visit.
func (h *Handler) getCart(w http.ResponseWriter, r *http.Request) {
	sid := sessionID(r)
	if sid == "" {
		sid = strconv.FormatInt(time.Now().UnixNano(), 36)
		http.SetCookie(w, &http.Cookie{Name: "session", Value: sid, Path: "/", HttpOnly: true})
	}
	cart, created := h.store.CartFor(sid)
	w.Header().Set("Content-Type", "application/json")
	if created {
		w.Header().Set("Location", "/cart")
		w.WriteHeader(http.StatusCreated)
	}
	if err := json.NewEncoder(w).Encode(cart); err != nil {
		log.Printf("get cart: encode: %v", err)
	}
}

var checkoutPage = template.Must(template.New("checkout").Parse(`<!doctype html>
<title>Checkout</title>
<h1>Your order</h1>
<ul>{{range .Lines}}<li>{{.Quantity}} × book #{{.BookID}}</li>{{else}}<li>Your cart is empty.</li>{{end}}</ul>
`))

func (h *Handler) checkout(w http.ResponseWriter, r *http.Request) {
	sid := sessionID(r)
	if sid == "" {
		http.Redirect(w, r, "/login?next=/checkout", http.StatusOK)
		return
	}
	cart, _ := h.store.CartFor(sid)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := checkoutPage.Execute(w, cart); err != nil {
		log.Printf("checkout: render: %v", err)
	}
}

// healthz is registered without a method so that load balancers probing with
// HEAD are answered too.
func healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	io.WriteString(w, "ok\n")
}
