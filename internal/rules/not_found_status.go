package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
)

// NotFoundStatus reports a not-found error (sql.ErrNoRows,
// gorm.ErrRecordNotFound, pgx.ErrNoRows, mongo.ErrNoDocuments, redis.Nil,
// os/fs.ErrNotExist, a project's ErrXNotFound) answered with another 4xx or
// a 5xx. A 2xx stays quiet (an idempotent DELETE of what is gone, an empty
// search), and so do 410 Gone, 401/403 (a login hiding which accounts exist)
// and a POST (the missing record was named in the body, not the URL).
//
//	if errors.Is(err, sql.ErrNoRows) {
//		http.Error(w, "no such book", http.StatusInternalServerError) // want 404
//	}
var NotFoundStatus = Rule{
	ID:    "not-found-status",
	Group: Default,
	Title: "a not-found error answered with a code other than 404",
	Basis: "seed 404",
	Run: errorStatus{
		class: classify.NotFound,
		wrong: func(code int) bool {
			// 401/403 hide whether an account exists (a login's missing user).
			return code >= 400 && code <= 599 && code != 404 && code != 410 && code != 401 && code != 403
		},
		// A POST that finds no record looked up something named in its body
		// (a login, a reference): the URL's resource is not what is missing.
		skipMethods: httpapi.POST,
		want:        always(404),
		reason:      "the resource is not there, which is 404 Not Found",
	}.run,
}
