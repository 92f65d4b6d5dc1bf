// Package respond holds the JSON response helpers the reviews slice uses.
// statuslint infers what each one does (which argument is the status,
// whether it writes a body) and checks callers in other packages through them.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v as JSON with the given status.
func JSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// Error writes {"error": msg} with the given status.
func Error(w http.ResponseWriter, status int, msg string) {
	JSON(w, status, map[string]string{"error": msg})
}

// Decode reads the JSON body into v. When it cannot, it answers 400 itself
// and returns the error: the caller only has to return.
func Decode(w http.ResponseWriter, r *http.Request, v any) error {
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<20)).Decode(v); err != nil {
		Error(w, http.StatusBadRequest, "invalid JSON: "+err.Error())
		return err
	}
	return nil
}
