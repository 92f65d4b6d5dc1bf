package rules

import "github.com/statuslint/statuslint/internal/classify"

// ConflictStatus reports a duplicate or unique-constraint violation
// (gorm.ErrDuplicatedKey, PostgreSQL 23505, MySQL 1062, os.ErrExist, a
// project's ErrAlreadyExists-style sentinel) answered with 400 or a 5xx.
// 422 stays quiet: some APIs treat uniqueness as validation.
var ConflictStatus = Rule{
	ID:    "conflict-status",
	Group: Default,
	Title: "a duplicate answered with 400 or a 5xx",
	Basis: "seed 409",
	Run: errorStatus{
		class:  classify.Conflict,
		wrong:  func(code int) bool { return code == 400 || is5xx(code) },
		want:   always(409),
		reason: "the request conflicts with the resource's current state, which is 409 Conflict",
	}.run,
}
