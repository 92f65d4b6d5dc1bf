// Package store is the bookstore's in-memory data layer. Its method set and
// errors mirror the SQL-backed implementation used in production, so the
// HTTP packages handle the same sentinels they would see there.
package store

import (
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
)

// Sentinel errors returned by the store.
var (
	ErrNotFound      = errors.New("store: not found")
	ErrAlreadyExists = errors.New("store: already exists")
	ErrReadOnly      = errors.New("store: read-only mode")
	ErrOutOfStock    = errors.New("store: out of stock")
)

// Book is a title in the catalog.
type Book struct {
	ID         int       `json:"id"`
	ISBN       string    `json:"isbn"`
	Title      string    `json:"title"`
	AuthorID   int       `json:"author_id"`
	PriceCents int       `json:"price_cents"`
	Stock      int       `json:"stock"`
	Views      int       `json:"views"`
	UpdatedAt  time.Time `json:"updated_at"`
}

// Validate checks a decoded book before it is stored.
func (b Book) Validate() error {
	var problems []string
	if strings.TrimSpace(b.Title) == "" {
		problems = append(problems, "title is required")
	}
	if len(strings.ReplaceAll(b.ISBN, "-", "")) != 13 {
		problems = append(problems, "isbn must have 13 digits")
	}
	if b.PriceCents < 0 {
		problems = append(problems, "price_cents must not be negative")
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// Author writes books.
type Author struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
	Bio  string `json:"bio,omitempty"`
}

// Review is a reader's rating of a book.
type Review struct {
	ID     int    `json:"id"`
	BookID int    `json:"book_id"`
	Rating int    `json:"rating"`
	Text   string `json:"text"`
}

// Publisher publishes books.
type Publisher struct {
	ID      int    `json:"id"`
	Name    string `json:"name"`
	Country string `json:"country"`
}

// OrderLine is one book in an order or a cart.
type OrderLine struct {
	BookID   int `json:"book_id"`
	Quantity int `json:"quantity"`
}

// Order is a placed order.
type Order struct {
	ID         int         `json:"id"`
	CustomerID string      `json:"customer_id"`
	Lines      []OrderLine `json:"lines"`
	Status     string      `json:"status"`
	CreatedAt  time.Time   `json:"created_at"`
}

// Cart is a customer's shopping cart.
type Cart struct {
	SessionID string      `json:"session_id"`
	Lines     []OrderLine `json:"lines"`
}

// Event is a catalog change pushed to subscribers.
type Event struct {
	Kind   string `json:"kind"`
	BookID int    `json:"book_id"`
}

// Stats summarises the catalog.
type Stats struct {
	Books   int `json:"books"`
	Authors int `json:"authors"`
	Orders  int `json:"orders"`
}

// Store is a concurrency-safe in-memory store.
type Store struct {
	mu         sync.RWMutex
	readOnly   bool
	nextID     int
	books      map[int]Book
	authors    map[int]Author
	reviews    map[int]Review
	publishers map[int]Publisher
	orders     map[int]Order
	carts      map[string]Cart
	events     chan Event
}

// New returns a store seeded with a few books.
func New() *Store {
	s := &Store{
		nextID:     100,
		books:      map[int]Book{},
		authors:    map[int]Author{1: {ID: 1, Name: "Ursula K. Le Guin"}, 2: {ID: 2, Name: "Italo Calvino"}},
		reviews:    map[int]Review{},
		publishers: map[int]Publisher{1: {ID: 1, Name: "Ace Books", Country: "US"}},
		orders:     map[int]Order{},
		carts:      map[string]Cart{},
		events:     make(chan Event, 64),
	}
	s.books[1] = Book{ID: 1, ISBN: "978-0441478125", Title: "The Left Hand of Darkness", AuthorID: 1, PriceCents: 1599, Stock: 4}
	s.books[2] = Book{ID: 2, ISBN: "978-0156439619", Title: "Invisible Cities", AuthorID: 2, PriceCents: 1450, Stock: 0}
	return s
}

// SetReadOnly switches the store into or out of maintenance mode.
func (s *Store) SetReadOnly(on bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.readOnly = on
}

func (s *Store) id() int {
	s.nextID++
	return s.nextID
}

func (s *Store) publish(e Event) {
	select {
	case s.events <- e:
	default:
	}
}

// Events returns the channel of catalog changes.
func (s *Store) Events() <-chan Event { return s.events }

// ListBooks returns up to limit books ordered by ID (limit <= 0 means all).
func (s *Store) ListBooks(limit int) []Book {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Book, 0, len(s.books))
	for _, b := range s.books {
		out = append(out, b)
	}
	slices.SortFunc(out, func(a, b Book) int { return a.ID - b.ID })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// SearchBooks returns one page of books whose title contains q.
func (s *Store) SearchBooks(q string, page, perPage int) []Book {
	var hits []Book
	for _, b := range s.ListBooks(0) {
		if strings.Contains(strings.ToLower(b.Title), strings.ToLower(q)) {
			hits = append(hits, b)
		}
	}
	page, perPage = max(page, 1), max(perPage, 1)
	start := (page - 1) * perPage
	if start >= len(hits) {
		return []Book{}
	}
	return hits[start:min(start+perPage, len(hits))]
}

// GetBook returns the book with the given ID or ErrNotFound.
func (s *Store) GetBook(id int) (Book, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.books[id]
	if !ok {
		return Book{}, fmt.Errorf("book %d: %w", id, ErrNotFound)
	}
	return b, nil
}

// CreateBook stores a new book and assigns its ID. It returns
// ErrAlreadyExists when a book with the same ISBN is already stored.
func (s *Store) CreateBook(b Book) (Book, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return Book{}, ErrReadOnly
	}
	for _, other := range s.books {
		if other.ISBN == b.ISBN {
			return Book{}, fmt.Errorf("isbn %s: %w", b.ISBN, ErrAlreadyExists)
		}
	}
	b.ID = s.id()
	b.UpdatedAt = time.Now()
	s.books[b.ID] = b
	s.publish(Event{Kind: "created", BookID: b.ID})
	return b, nil
}

// PutBook creates or replaces the book with b.ID; created reports which.
func (s *Store) PutBook(b Book) (stored Book, created bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return Book{}, false, ErrReadOnly
	}
	_, exists := s.books[b.ID]
	b.UpdatedAt = time.Now()
	s.books[b.ID] = b
	s.publish(Event{Kind: "updated", BookID: b.ID})
	return b, !exists, nil
}

// UpdateBook applies fn to the stored book and saves the result.
func (s *Store) UpdateBook(id int, fn func(*Book)) (Book, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return Book{}, ErrReadOnly
	}
	b, ok := s.books[id]
	if !ok {
		return Book{}, fmt.Errorf("book %d: %w", id, ErrNotFound)
	}
	fn(&b)
	b.ID = id
	b.UpdatedAt = time.Now()
	s.books[id] = b
	s.publish(Event{Kind: "updated", BookID: id})
	return b, nil
}

// DeleteBook removes a book or returns ErrNotFound.
func (s *Store) DeleteBook(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return ErrReadOnly
	}
	if _, ok := s.books[id]; !ok {
		return fmt.Errorf("book %d: %w", id, ErrNotFound)
	}
	delete(s.books, id)
	s.publish(Event{Kind: "deleted", BookID: id})
	return nil
}

// RecordView counts a page view; unknown IDs are ignored.
func (s *Store) RecordView(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return ErrReadOnly
	}
	if b, ok := s.books[id]; ok {
		b.Views++
		s.books[id] = b
	}
	return nil
}

// GetAuthor returns an author. Like the SQL implementation it reports a
// missing row as sql.ErrNoRows.
func (s *Store) GetAuthor(id int) (Author, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	a, ok := s.authors[id]
	if !ok {
		return Author{}, fmt.Errorf("author %d: %w", id, sql.ErrNoRows)
	}
	return a, nil
}

// ListAuthors returns all authors.
func (s *Store) ListAuthors() []Author {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Author, 0, len(s.authors))
	for _, a := range s.authors {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b Author) int { return a.ID - b.ID })
	return out
}

// CreateAuthor stores a new author.
func (s *Store) CreateAuthor(a Author) (Author, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return Author{}, ErrReadOnly
	}
	for _, other := range s.authors {
		if strings.EqualFold(other.Name, a.Name) {
			return Author{}, fmt.Errorf("author %q: %w", a.Name, ErrAlreadyExists)
		}
	}
	a.ID = s.id()
	s.authors[a.ID] = a
	return a, nil
}

// BooksByAuthor returns the books written by an author.
func (s *Store) BooksByAuthor(authorID int) []Book {
	var out []Book
	for _, b := range s.ListBooks(0) {
		if b.AuthorID == authorID {
			out = append(out, b)
		}
	}
	return out
}

// ListReviews returns the reviews of a book.
func (s *Store) ListReviews(bookID int) []Review {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Review
	for _, r := range s.reviews {
		if r.BookID == bookID {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b Review) int { return a.ID - b.ID })
	return out
}

// AddReview stores a review of an existing book.
func (s *Store) AddReview(r Review) (Review, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.books[r.BookID]; !ok {
		return Review{}, fmt.Errorf("book %d: %w", r.BookID, ErrNotFound)
	}
	r.ID = s.id()
	s.reviews[r.ID] = r
	return r, nil
}

// DeleteReview removes a review or returns ErrNotFound.
func (s *Store) DeleteReview(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.reviews[id]; !ok {
		return fmt.Errorf("review %d: %w", id, ErrNotFound)
	}
	delete(s.reviews, id)
	return nil
}

// GetPublisher returns a publisher or sql.ErrNoRows.
func (s *Store) GetPublisher(id int) (Publisher, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	p, ok := s.publishers[id]
	if !ok {
		return Publisher{}, fmt.Errorf("publisher %d: %w", id, sql.ErrNoRows)
	}
	return p, nil
}

// ListPublishers returns all publishers.
func (s *Store) ListPublishers() []Publisher {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]Publisher, 0, len(s.publishers))
	for _, p := range s.publishers {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b Publisher) int { return a.ID - b.ID })
	return out
}

// CreatePublisher stores a new publisher.
func (s *Store) CreatePublisher(p Publisher) (Publisher, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.ID = s.id()
	s.publishers[p.ID] = p
	return p, nil
}

// UpdatePublisher applies fn to a stored publisher.
func (s *Store) UpdatePublisher(id int, fn func(*Publisher)) (Publisher, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.publishers[id]
	if !ok {
		return Publisher{}, fmt.Errorf("publisher %d: %w", id, sql.ErrNoRows)
	}
	fn(&p)
	p.ID = id
	s.publishers[id] = p
	return p, nil
}

// DeletePublisher removes a publisher or returns sql.ErrNoRows.
func (s *Store) DeletePublisher(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.publishers[id]; !ok {
		return fmt.Errorf("publisher %d: %w", id, sql.ErrNoRows)
	}
	delete(s.publishers, id)
	return nil
}

// ImportCatalog loads a publisher's catalog feed. It is slow; callers run it
// in the background.
func (s *Store) ImportCatalog(feedURL string) error {
	time.Sleep(2 * time.Second)
	if !strings.HasPrefix(feedURL, "https://") {
		return fmt.Errorf("import %s: only https feeds are supported", feedURL)
	}
	return nil
}

// Stats returns catalog counts.
func (s *Store) Stats() Stats {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return Stats{Books: len(s.books), Authors: len(s.authors), Orders: len(s.orders)}
}

// CartFor returns the session's cart, creating an empty one on first use;
// created reports whether it did.
func (s *Store) CartFor(sessionID string) (cart Cart, created bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.carts[sessionID]
	if !ok {
		c = Cart{SessionID: sessionID, Lines: []OrderLine{}}
		s.carts[sessionID] = c
	}
	return c, !ok
}

// ListOrders returns a customer's orders.
func (s *Store) ListOrders(customerID string) []Order {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []Order
	for _, o := range s.orders {
		if o.CustomerID == customerID {
			out = append(out, o)
		}
	}
	slices.SortFunc(out, func(a, b Order) int { return a.ID - b.ID })
	return out
}

// GetOrder returns an order or sql.ErrNoRows.
func (s *Store) GetOrder(id int) (Order, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	o, ok := s.orders[id]
	if !ok {
		return Order{}, fmt.Errorf("order %d: %w", id, sql.ErrNoRows)
	}
	return o, nil
}

// PlaceOrder reserves stock and stores the order.
func (s *Store) PlaceOrder(o Order) (Order, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.readOnly {
		return Order{}, ErrReadOnly
	}
	for _, l := range o.Lines {
		b, ok := s.books[l.BookID]
		if !ok {
			return Order{}, fmt.Errorf("book %d: %w", l.BookID, ErrNotFound)
		}
		if b.Stock < l.Quantity {
			return Order{}, fmt.Errorf("book %d: %w", l.BookID, ErrOutOfStock)
		}
	}
	for _, l := range o.Lines {
		b := s.books[l.BookID]
		b.Stock -= l.Quantity
		s.books[l.BookID] = b
	}
	o.ID = s.id()
	o.Status = "placed"
	o.CreatedAt = time.Now()
	s.orders[o.ID] = o
	return o, nil
}

// CancelOrder deletes an order that has not shipped yet.
func (s *Store) CancelOrder(id int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.orders[id]; !ok {
		return fmt.Errorf("order %d: %w", id, sql.ErrNoRows)
	}
	delete(s.orders, id)
	return nil
}

// RemoveCartLine removes a book from a cart; removing an absent line is a no-op.
func (s *Store) RemoveCartLine(sessionID string, bookID int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.carts[sessionID]
	c.Lines = slices.DeleteFunc(c.Lines, func(l OrderLine) bool { return l.BookID == bookID })
	s.carts[sessionID] = c
}
