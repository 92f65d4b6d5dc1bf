package rules

import "github.com/statuslint/statuslint/internal/classify"

// NotFoundStatus reports a not-found error (sql.ErrNoRows,
// gorm.ErrRecordNotFound, pgx.ErrNoRows, mongo.ErrNoDocuments, redis.Nil,
// os/fs.ErrNotExist, a project's ErrXNotFound) answered with another 4xx or
// a 5xx. A 2xx stays quiet (an idempotent DELETE of what is gone, an empty
// search), and so does 410 Gone.
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
		class:  classify.NotFound,
		wrong:  func(code int) bool { return code >= 400 && code <= 599 && code != 404 && code != 410 },
		want:   always(404),
		reason: "the resource is not there, which is 404 Not Found",
	}.run,
}
