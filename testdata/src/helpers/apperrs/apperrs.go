// Package apperrs is a project error type with a kind field, no HTTP
// code: its kinds carry classes (by a translation or by their names), and
// so do the errors its constructors and its store return.
package apperrs

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Kind is the error's kind: a domain kind, not a status.
type Kind int

const (
	Internal      Kind = iota // want Internal:`errorKind\(\)`
	NotFound                  // want NotFound:`errorKind\(not-found a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Get\)`
	AlreadyExists             // want AlreadyExists:`errorKind\(conflict a kind of apperrs\.Error\)`
	Invalid                   // want Invalid:`errorKind\(\)`
	Missing                   // want Missing:`errorKind\(not-found a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Name\)`
)

// Error is the project's error type.
type Error struct {
	Kind Kind
	Msg  string
	Err  error
}

func (e *Error) Error() string { return e.Msg }

// Class returns the kind.
func (e *Error) Class() Kind { return e.Kind }

// Code is a status-like code of another error type: its constants are
// HTTP statuses, so they are the status itself, not kinds.
type Code int

const (
	CodeNotFound Code = 404
	CodeConflict Code = 409
)

type StatusError struct {
	Code Code
	Msg  string
}

func (e StatusError) Error() string { return e.Msg }

// Op is a field of a type that is not an error: not a kind.
type Op string

const OpNotFound Op = "not-found"

type Entry struct{ Op Op }

// New takes the kind.
func New(kind Kind, msg string) error { // want New:`errorClass\(kind arg0\)`
	return &Error{Kind: kind, Msg: msg}
}

// NotFoundf builds a not-found.
func NotFoundf(format string, a ...any) error { // want NotFoundf:`errorClass\(not-found apperrs\.NotFound, a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Get\)`
	return &Error{Kind: NotFound, Msg: fmt.Sprintf(format, a...)}
}

// Internalf builds an error of no class.
func Internalf(format string, a ...any) error {
	return &Error{Kind: Internal, Msg: fmt.Sprintf(format, a...)}
}

// Statusf is a StatusError: no kind.
func Statusf(msg string) error {
	return StatusError{Code: CodeNotFound, Msg: msg}
}

// KindOf returns an error's kind.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return Internal
}

type Store struct{ db *sql.DB }

// Get translates sql.ErrNoRows into a NotFound error: the translation
// classifies NotFound.
func (s *Store) Get(ctx context.Context, id string) (string, error) { // want Get:`errorClass\(not-found apperrs\.NotFound, a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Get; other\)`
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = ?", id).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", &Error{Kind: NotFound, Msg: "no user " + id}
	}
	if err != nil {
		return "", &Error{Kind: Internal, Msg: "db", Err: err}
	}
	return name, nil
}

// Name translates it with the constructor: Missing says nothing by its
// name, the translation classifies it.
func (s *Store) Name(ctx context.Context, id string) (string, error) { // want Name:`errorClass\(not-found apperrs\.Missing, a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Name; server sql\.Row\.Scan; not-found sql\.ErrNoRows\)`
	var name string
	err := s.db.QueryRowContext(ctx, "SELECT name FROM users WHERE id = ?", id).Scan(&name)
	if errors.Is(err, sql.ErrNoRows) {
		return "", New(Missing, "no user "+id)
	}
	return name, err
}

// Add answers a taken name with AlreadyExists (by name, no translation).
func (s *Store) Add(ctx context.Context, name string) error { // want Add:`errorClass\(conflict apperrs\.AlreadyExists, a kind of apperrs\.Error\)`
	return New(AlreadyExists, "taken: "+name)
}

// Check fails only with a not-found: `err != nil` after it is one.
func (s *Store) Check(id string) error { // want Check:`errorClass\(not-found apperrs\.NotFound, a kind of apperrs\.Error, from sql\.ErrNoRows in apperrs\.Store\.Get\)`
	if id == "" {
		return NotFoundf("no %s", id)
	}
	return nil
}
