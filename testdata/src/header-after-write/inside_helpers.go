package headerafterwrite

import (
	"encoding/json"
	"net/http"
)

// Rules inside helpers: a header changed after the body, in the helper.

// --- positives ---

func writeJSONHeaderLate(w http.ResponseWriter, v any) {
	json.NewEncoder(w).Encode(v)
	w.Header().Set("Content-Type", "application/json") // want `header-after-write: header "Content-Type" is changed after the header was sent`
}

// --- negatives ---

func writeJSONHeaderFirst(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(v)
}

// A trailer declared up front may be set after the body.
func writeWithTrailer(w http.ResponseWriter, v any) {
	w.Header().Set("Trailer", "X-Checksum")
	json.NewEncoder(w).Encode(v)
	w.Header().Set("X-Checksum", "abc")
}
