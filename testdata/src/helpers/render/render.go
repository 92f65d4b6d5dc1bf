// Package render is a small rendering library: its writers answer 500
// themselves when they cannot encode the value.
package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
)

// JSON encodes v and writes it with the status in effect; when v cannot
// be encoded it answers 500 itself. That 500 is its own failure, so it
// is a body writer: after its caller sent a status, the 500 is a
// superfluous WriteHeader.
func JSON(w http.ResponseWriter, r *http.Request, v any) { // want JSON:`bodyWriter\(body\) headers\[content-type\]`
	buf := &bytes.Buffer{}
	if err := json.NewEncoder(buf).Encode(v); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(buf.Bytes())
}

// Checked answers 400 when v does not validate: a status about the
// request, not its own failure, so it writes on some paths only (no fact).
func Checked(w http.ResponseWriter, r *http.Request, v any) {
	if err := validate(v); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	json.NewEncoder(w).Encode(v)
}

// Nilable answers 500 for a nil value: not an error branch of its work
// (no fact).
func Nilable(w http.ResponseWriter, r *http.Request, v any) {
	if v == nil {
		http.Error(w, "nothing to render", http.StatusInternalServerError)
		return
	}
	json.NewEncoder(w).Encode(v)
}

func validate(v any) error {
	if v == nil {
		return errors.New("empty")
	}
	return nil
}
