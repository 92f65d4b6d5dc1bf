// Package users is a project's user model: it imports no HTTP API, only
// the credential libraries, and statuslint infers which of its functions
// check credentials, permissions or return the request's user.
package users

import (
	"context"
	"database/sql"
	"errors"
	"log"
	"slices"

	"github.com/golang-jwt/jwt/v5"
	"golang.org/x/crypto/bcrypt"
)

// User is the principal.
type User struct {
	ID       string
	Hash     []byte
	Role     string
	Scopes   []string
	Verified bool
	Email    string
	Plan     string
	Perm     Permissions
}

// Permissions are a user's rights, one flag each.
type Permissions struct{ Download, Upload bool }

// Claims are a token's claims.
type Claims struct {
	jwt.RegisteredClaims
	UserID string
	Scopes []string
}

var (
	ErrForbidden   = errors.New("forbidden")
	ErrBadPassword = errors.New("wrong password")
	ErrBadToken    = errors.New("invalid token")
)

func keyFunc(*jwt.Token) (any, error) { return []byte("k"), nil }

// CheckPassword answers the password check.
func (u *User) CheckPassword(pw string) bool { // want CheckPassword:`credentialCheck\(bcrypt.CompareHashAndPassword\)`
	return bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)) == nil
}

// VerifyToken returns jwt.Parse's error.
func VerifyToken(tok string) error { // want VerifyToken:`credentialCheck\(jwt.Parse\)`
	_, err := jwt.Parse(tok, keyFunc)
	return err
}

// ParseClaims returns the claims of a valid token; its errors are all
// about the token.
func ParseClaims(tok string) (*Claims, error) { // want ParseClaims:`credentialCheck\(jwt.ParseWithClaims\)`
	token, err := jwt.ParseWithClaims(tok, &Claims{}, keyFunc)
	if err != nil {
		return nil, err
	}
	claims, ok := token.Claims.(*Claims)
	if !ok || !token.Valid {
		return nil, ErrBadToken
	}
	return claims, nil
}

// Verify goes through CheckPassword: a chain.
func Verify(u *User, pw string) error { // want Verify:`credentialCheck\(users.User.CheckPassword\)`
	if !u.CheckPassword(pw) {
		return ErrBadPassword
	}
	return nil
}

// IsEditor is a role test its name does not tell.
func (u *User) IsEditor() bool { // want IsEditor:`permissionCheck\(a role check \(u.Role\)\)`
	return u.Role == "editor"
}

// Allows tests a scope.
func (u *User) Allows(scope string) bool { // want Allows:`permissionCheck\(a role check \(u.Scopes\)\)`
	return slices.Contains(u.Scopes, scope)
}

// RequireScope returns an error exactly when the scope is missing.
func RequireScope(c *Claims, scope string) error { // want RequireScope:`permissionCheck\(a role check \(c.Scopes\)\)`
	if !slices.Contains(c.Scopes, scope) {
		return ErrForbidden
	}
	return nil
}

type userKey struct{}

// FromContext returns the user middleware stored.
func FromContext(ctx context.Context) *User { // want FromContext:`principalLookup\(a context value \(ctx.Value\)\)`
	u, _ := ctx.Value(userKey{}).(*User)
	return u
}

// UserIDFromContext returns the user's ID, "" for none.
func UserIDFromContext(ctx context.Context) string { // want UserIDFromContext:`principalLookup\(a context value \(ctx.Value\)\)`
	id, ok := ctx.Value(userKey{}).(string)
	if !ok {
		return ""
	}
	return id
}

// --- no fact ---

// CheckPasswordLogged logs a wrong password and returns nil anyway: its
// result says nothing.
func CheckPasswordLogged(u *User, pw string) error {
	if err := bcrypt.CompareHashAndPassword(u.Hash, []byte(pw)); err != nil {
		log.Printf("wrong password for %s: %v", u.ID, err)
		return nil
	}
	return nil
}

// Authenticate may fail on the database too: its error is not the
// password check's.
func Authenticate(db *sql.DB, name, pw string) error { // want Authenticate:`errorClass\(server sql\.Row\.Scan; not-found sql\.ErrNoRows; other\)`
	var hash []byte
	if err := db.QueryRow("SELECT hash FROM users WHERE name = ?", name).Scan(&hash); err != nil {
		return err
	}
	if err := bcrypt.CompareHashAndPassword(hash, []byte(pw)); err != nil {
		return ErrBadPassword
	}
	return nil
}

// AlwaysEditor's result does not depend on the role.
func (u *User) AlwaysEditor() bool {
	if u.Role == "editor" {
		log.Print("editor")
	}
	return true
}

type requestKey struct{}

// RequestID reads a context value that is no principal.
func RequestID(ctx context.Context) string {
	id, _ := ctx.Value(requestKey{}).(string)
	return id
}

// LogRole tests a role and guards no answer.
func LogRole(u *User) {
	if u.Role != "admin" {
		log.Print("not an admin")
	}
}
