// Package broken does not type-check: statuslint must say so and exit 1.
package broken

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(undefinedStatus)
}
