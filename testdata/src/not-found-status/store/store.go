// Package store is the project's data layer: its sentinel is declared in the
// module, so its name says what it means.
package store

import (
	"context"
	"errors"
)

// ErrNotFound says the record is not there.
var ErrNotFound = errors.New("store: not found")

// ErrClosed says the store was shut down: a server failure, not a missing record.
var ErrClosed = errors.New("store: closed")

// Store holds books.
type Store struct{}

// Book returns a book's title.
func (s *Store) Book(ctx context.Context, id string) (string, error) { return "", ErrNotFound }
