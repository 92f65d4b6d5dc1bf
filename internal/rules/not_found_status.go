package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
)

// NotFoundStatus reports a not-found error answered with a code other than 404.
var NotFoundStatus = Rule{
	ID:    "not-found-status",
	Group: Default,
	Title: "a not-found error answered with a code other than 404",
	Doc: "A not-found error answered with another 4xx or a 5xx. The error is read from\n" +
		"the guard on the response's path: `errors.Is(err, S)`, `err == S`, `switch err\n" +
		"{ case S: }`, `switch { case errors.Is(err, S): }`, where S is\n" +
		"`sql.ErrNoRows`, `gorm.ErrRecordNotFound`, `pgx.ErrNoRows`,\n" +
		"`mongo.ErrNoDocuments`, `redis.Nil`, `os.ErrNotExist`, `fs.ErrNotExist`, or a\n" +
		"sentinel of your module named like `ErrBookNotFound`. Through another\n" +
		"package too: a sentinel its functions return for one of those\n" +
		"(`if errors.Is(err, sql.ErrNoRows) { return nil, ErrMissing }`), a predicate\n" +
		"testing one (`store.IsNotFound(err)`), and `err != nil` after a function\n" +
		"whose only failure is a not-found (not after one that may also fail\n" +
		"otherwise). Typed errors count: a project error type's kind compared with\n" +
		"a not-found kind (`errors.As(err, &e) && e.Kind == apperr.NotFound`, a\n" +
		"`switch` on the kind, `apperr.KindOf(err) == apperr.NotFound`), where the\n" +
		"kind is one its package returns for a not-found (`return &Error{Kind:\n" +
		"Missing}` under `errors.Is(err, sql.ErrNoRows)`) or named exactly so\n" +
		"(`NotFound`, `KindNotFound`, `ErrKindNotFound`); and a constructor or\n" +
		"function returning such an error (`apperr.NotFoundf(...)`).\n" +
		"\n" +
		"Quiet: 404, 410 Gone, any 2xx (an idempotent DELETE of what is already\n" +
		"gone, an empty search), 401/403 (a login that hides which accounts exist),\n" +
		"and POST routes (the missing record was named in the body, not the URL). In\n" +
		"the branch where the sentinel test is false\n" +
		"(`if errors.Is(err, sql.ErrNoRows) { ...404... }; ...500...`) the error is\n" +
		"something else, and nothing is reported; likewise after an early return for\n" +
		"other errors (`if !errors.Is(err, sql.ErrNoRows) { ...; return }`), the rest\n" +
		"of the handler is not a not-found branch.\n" +
		"\n" +
		"The method decides, so a handler with no route in its package and no method\n" +
		"guard is quiet there. A route registered here for a handler of another\n" +
		"package is checked at the registration, against the handler's summary and\n" +
		"the route's methods (`POST /login` answering 400 for `sql.ErrNoRows` is\n" +
		"fine, `GET /widgets/{id}` answering 500 is not).",
	Wrong: `
if errors.Is(err, sql.ErrNoRows) {
	http.Error(w, "no such book", http.StatusInternalServerError) // wrong: 404
	return
}
`,
	Right: `
if errors.Is(err, sql.ErrNoRows) {
	http.Error(w, "no such book", http.StatusNotFound)
	return
}
`,
	Basis: "seed 404",
	Fix:   "replaces the status with 404",
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
