// Package store is a data layer with no HTTP code: the model builds no
// handlers here, but its errors carry classes its importers read
// (error-class facts): sentinels translated from the driver's, functions
// whose errors have one class, predicates.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log"

	"github.com/jackc/pgx/v5/pgconn"
	"gorm.io/gorm"
)

// ErrMissing says nothing by its name: what makes it a not-found sentinel
// is the translation in Store.Find.
var ErrMissing = errors.New("store: missing") // want ErrMissing:`errorClass\(not-found sql\.ErrNoRows in store\.Store\.Find\)`

// ErrTaken is returned for PostgreSQL's unique violation.
var ErrTaken = errors.New("store: taken") // want ErrTaken:`errorClass\(conflict PostgreSQL error 23505 \(unique_violation\) in store\.Store\.Create\)`

// ErrGone is returned for gorm's not-found, after logging it.
var ErrGone = errors.New("store: gone") // want ErrGone:`errorClass\(not-found gorm\.ErrRecordNotFound in store\.Repo\.Load\)`

// ErrInvalidCredentials hides a missing account from a login: its name
// says what it means, and the translation does not make it a not-found.
var ErrInvalidCredentials = errors.New("store: invalid credentials")

// ErrClosed is no class at all.
var ErrClosed = errors.New("store: closed")

// ErrNotFound is a module sentinel by its name; no function here
// translates to it.
var ErrNotFound = errors.New("store: not found")

type Store struct{ db *sql.DB }

// Find translates sql.ErrNoRows; its other errors are the driver's.
func (s *Store) Find(ctx context.Context, id string) (string, error) { // want Find:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find; server sql\.Row\.Scan; not-found sql\.ErrNoRows\)`
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = ?", id).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrMissing
	}
	if err != nil {
		return "", fmt.Errorf("find %s: %w", id, err)
	}
	return name, nil
}

// Create translates a unique violation in a switch on the code.
func (s *Store) Create(ctx context.Context, name string) error { // want Create:`errorClass\(conflict store\.ErrTaken, from PostgreSQL error 23505 \(unique_violation\) in store\.Store\.Create; server sql\.DB\.ExecContext\)`
	_, err := s.db.ExecContext(ctx, "INSERT INTO users (name) VALUES (?)", name)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && pgErr.Code == "23505" {
		return fmt.Errorf("user %q: %w", name, ErrTaken)
	}
	return err
}

// Login answers a missing account with ErrInvalidCredentials: no fact
// on the variable, and the function may fail with no known class.
func (s *Store) Login(ctx context.Context, name string) (string, error) { // want Login:`errorClass\(server sql\.Row\.Scan; not-found sql\.ErrNoRows; other\)`
	var hash string
	err := s.db.QueryRowContext(ctx, "SELECT hash FROM users WHERE name = ?", name).Scan(&hash)
	if errors.Is(err, sql.ErrNoRows) {
		return "", ErrInvalidCredentials
	}
	return hash, err
}

// Count swallows the not-found after logging it: nothing translated.
func (s *Store) Count(ctx context.Context) (int, error) { // want Count:`errorClass\(server sql\.Row\.Scan; not-found sql\.ErrNoRows\)`
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM users").Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		log.Printf("no count")
		return 0, nil
	}
	return n, err
}

// Mem is an in-memory store: its lookups fail in one way only.
type Mem struct{ m map[string]string }

// Get fails only with ErrMissing: `err != nil` after it is a not-found.
func (m *Mem) Get(id string) (string, error) { // want Get:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
	v, ok := m.m[id]
	if !ok {
		return "", ErrMissing
	}
	return v, nil
}

// Title wraps Get's error with %w: still only a not-found.
func (m *Mem) Title(id string) (string, error) { // want Title:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
	v, err := m.Get(id)
	if err != nil {
		return "", fmt.Errorf("title %s: %w", id, err)
	}
	return v, nil
}

// Both joins two lookups' errors.
func (m *Mem) Both(a, b string) error { // want Both:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
	_, errA := m.Get(a)
	_, errB := m.Get(b)
	return errors.Join(errA, errB)
}

// Lookup may fail with a not-found or because the store is closed:
// `err != nil` after it says neither.
func (m *Mem) Lookup(id string) (string, error) { // want Lookup:`errorClass\(not-found store\.ErrNotFound; other\)`
	if m.m == nil {
		return "", ErrClosed
	}
	v, ok := m.m[id]
	if !ok {
		return "", ErrNotFound
	}
	return v, nil
}

// Describe makes a new error without %w: it carries no class.
func (m *Mem) Describe(id string) error {
	if _, err := m.Get(id); err != nil {
		return fmt.Errorf("describe %s: %v", id, err)
	}
	return nil
}

// Repo is a gorm store.
type Repo struct{ db *gorm.DB }

type row struct{ ID, Name string }

// Load translates gorm's not-found after logging it.
func (r *Repo) Load(id string) (*row, error) { // want Load:`errorClass\(not-found store\.ErrGone, from gorm\.ErrRecordNotFound in store\.Repo\.Load; server gorm\.DB\.First; not-found gorm\.ErrRecordNotFound\)`
	var x row
	res := r.db.Where("id = ?", id).First(&x)
	if errors.Is(res.Error, gorm.ErrRecordNotFound) {
		log.Printf("no row %s", id)
		return nil, ErrGone
	}
	if res.Error != nil {
		return nil, res.Error
	}
	return &x, nil
}

// Save returns gorm's error for a write: a server failure only.
func (r *Repo) Save(x *row) error { // want Save:`errorClass\(server gorm\.DB\.Save\)`
	return r.db.Save(x).Error
}

// IsNotFound is true for ErrMissing only.
func IsNotFound(err error) bool { // want IsNotFound:`errorPredicate\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
	return errors.Is(err, ErrMissing)
}

// IsDuplicate tests ErrTaken or the driver's code.
func IsDuplicate(err error) bool { // want IsDuplicate:`errorPredicate\(conflict store\.ErrTaken, from PostgreSQL error 23505 \(unique_violation\) in store\.Store\.Create\)`
	if errors.Is(err, ErrTaken) {
		return true
	}
	return IsUniqueViolation(err)
}

// IsUniqueViolation reads the driver's code.
func IsUniqueViolation(err error) bool { // want IsUniqueViolation:`errorPredicate\(conflict PostgreSQL error 23505 \(unique_violation\)\)`
	var pgErr *pgconn.PgError
	return errors.As(err, &pgErr) && pgErr.Code == "23505"
}

// IsRetryable is not a class test: it is true for anything else.
func IsRetryable(err error) bool {
	return !errors.Is(err, ErrMissing)
}

// Titles is implemented here by *Mem only: a call through it fails as
// Mem.Title does.
type Titles interface {
	Title(id string) (string, error) // want Title:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`
}

// NewTitles returns the in-memory store behind the interface.
func NewTitles() Titles { return &Mem{} }

// Named has two implementations: a call through it gets no class.
type Named interface {
	Name() (string, error)
}

type first struct{}

func (first) Name() (string, error) { return "", ErrMissing } // want Name:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`

type second struct{}

func (second) Name() (string, error) { return "", ErrMissing } // want Name:`errorClass\(not-found store\.ErrMissing, from sql\.ErrNoRows in store\.Store\.Find\)`

// NewNamed returns one of them.
func NewNamed(one bool) Named {
	if one {
		return first{}
	}
	return second{}
}
