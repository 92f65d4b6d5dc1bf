// Package reviews is the reviews slice: handlers that answer through
// package respond, registered by cmd/bookstore.
package reviews

import (
	"errors"
	"net/http"
	"strconv"
	"sync"

	"example.com/bookstore/respond"
	"example.com/bookstore/store"
)

// Handlers serves reviews from the store.
type Handlers struct {
	Store *store.Store

	mu        sync.Mutex
	summaries map[int]Summary
}

// Summary is a book's computed rating summary.
type Summary struct {
	BookID  int     `json:"book_id"`
	Count   int     `json:"count"`
	Average float64 `json:"average"`
}

func bookID(r *http.Request) (int, error) {
	return strconv.Atoi(r.PathValue("id"))
}

// List answers GET /books/{id}/reviews.
func (h *Handlers) List(w http.ResponseWriter, r *http.Request) {
	id, err := bookID(r)
	if err != nil {
		respond.Error(w, http.StatusBadRequest, "book id must be a number")
	}
	respond.JSON(w, http.StatusOK, h.Store.ListReviews(id))
}

// Add answers POST /books/{id}/reviews.
func (h *Handlers) Add(w http.ResponseWriter, r *http.Request) {
	id, err := bookID(r)
	if err != nil {
		respond.Error(w, http.StatusBadRequest, "book id must be a number")
		return
	}
	var rv store.Review
	if err := respond.Decode(w, r, &rv); err != nil {
		return // Decode has answered 400
	}
	rv.BookID = id
	saved, err := h.Store.AddReview(rv)
	if errors.Is(err, store.ErrNotFound) {
		respond.Error(w, http.StatusNotFound, "no such book")
		return
	}
	if err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	w.Header().Set("Location", "/reviews/"+strconv.Itoa(saved.ID))
	respond.JSON(w, http.StatusCreated, saved)
}

// Summary answers GET /books/{id}/reviews/summary, computing and caching
// the summary on the first request.
func (h *Handlers) Summary(w http.ResponseWriter, r *http.Request) {
	id, err := bookID(r)
	if err != nil {
		respond.Error(w, http.StatusBadRequest, "book id must be a number")
		return
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if s, ok := h.summaries[id]; ok {
		respond.JSON(w, http.StatusOK, s)
		return
	}
	s := Summary{BookID: id}
	for _, rv := range h.Store.ListReviews(id) {
		s.Count++
		s.Average += float64(rv.Rating)
	}
	if s.Count > 0 {
		s.Average /= float64(s.Count)
	}
	if h.summaries == nil {
		h.summaries = map[int]Summary{}
	}
	h.summaries[id] = s
	respond.JSON(w, http.StatusCreated, s)
}

// Delete answers DELETE /reviews/{id}.
func (h *Handlers) Delete(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		respond.Error(w, http.StatusBadRequest, "review id must be a number")
		return
	}
	if err := h.Store.DeleteReview(id); errors.Is(err, store.ErrNotFound) {
		respond.Error(w, http.StatusNotFound, "no such review")
		return
	} else if err != nil {
		respond.Error(w, http.StatusInternalServerError, err.Error())
		return
	}
	respond.JSON(w, http.StatusNoContent, map[string]int{"deleted": id})
}
