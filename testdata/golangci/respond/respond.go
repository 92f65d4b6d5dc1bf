// Package respond holds response helpers: statuslint follows them into the
// handlers of package api through analysis facts, under golangci-lint too.
package respond

import (
	"encoding/json"
	"errors"
	"net/http"
)

// JSON writes code and v as JSON.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Error answers code with a JSON error.
func Error(w http.ResponseWriter, code int, msg string) {
	JSON(w, code, map[string]string{"error": msg})
}

// ErrGone is an error of the project's store that statuslint cannot know
// means "not found" unless told (errors.not-found).
var ErrGone = errors.New("gone")

// Find looks an item up.
func Find(id string) error {
	if id == "" {
		return ErrGone
	}
	return nil
}
