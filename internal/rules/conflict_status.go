package rules

import "github.com/statuslint/statuslint/internal/classify"

// ConflictStatus reports a duplicate answered with 400 or a 5xx.
var ConflictStatus = Rule{
	ID:    "conflict-status",
	Group: Default,
	Title: "a duplicate answered with 400 or a 5xx",
	Doc: "A duplicate answered with 400 or a 5xx: `gorm.ErrDuplicatedKey`, PostgreSQL\n" +
		"`23505` (`pgErr.Code == \"23505\"` after `errors.As`), MySQL `1062`,\n" +
		"`os.ErrExist`, or a sentinel of your module named like `ErrAlreadyExists`,\n" +
		"`ErrDuplicateEmail`, `ErrConflict`, or another package's sentinel returned\n" +
		"for one of those (`return ErrTaken` under the 23505 test) or predicate\n" +
		"testing one (`store.IsDuplicate(err)`), or a typed error's conflict kind\n" +
		"(`errors.As(err, &e) && e.Kind == apperr.AlreadyExists`: a kind its\n" +
		"package returns for a duplicate, or named `Conflict`, `AlreadyExists`,\n" +
		"`Duplicate`, `KindConflict`). The seed table: 409 \"when a\n" +
		"conflict in resource state is detected\".\n" +
		"\n" +
		"Quiet: 409, and 422 (some APIs treat uniqueness as validation).",
	Wrong: `
if errors.Is(err, store.ErrDuplicateISBN) {
	return c.JSON(http.StatusBadRequest, errBody(err)) // wrong: 409
}
`,
	Right: `
if errors.Is(err, store.ErrDuplicateISBN) {
	return c.JSON(http.StatusConflict, errBody(err))
}
`,
	Basis: "seed 409",
	Fix:   "replaces the status with 409",
	Run: errorStatus{
		class:  classify.Conflict,
		wrong:  func(code int) bool { return code == 400 || is5xx(code) },
		want:   always(409),
		reason: "the request conflicts with the resource's current state, which is 409 Conflict",
	}.run,
}
