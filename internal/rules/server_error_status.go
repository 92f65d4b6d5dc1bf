package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// ServerErrorStatus reports a 400, 401 or 403 for the server's own failure.
var ServerErrorStatus = Rule{
	ID:    "server-error-status",
	Group: Default,
	Title: "a 400, 401 or 403 for the server's own failure",
	Doc: "A 400, 401 or 403 answering an error the server made: a query, a\n" +
		"transaction or a statement of database/sql, gorm or pgx, a template\n" +
		"execution, a file the server writes, an outgoing `http.Client` call. The\n" +
		"client is told to change a request it cannot fix: use 500 (the mirror\n" +
		"image of `client-error-status`, a 5xx for a request that could not be\n" +
		"read). The message names the call the error came from.\n" +
		"\n" +
		"A rule of its own, and not part of `client-error-status`, because its\n" +
		"verdict needs more care: the origin is a call the client may still have\n" +
		"caused, so it stays quiet where the client may be at fault:\n" +
		"\n" +
		"- a read that fails when nothing is there (`Row.Scan` of database/sql or\n" +
		"  pgx, gorm's `First`/`Take`/`Last`, `os.Open`, `os.ReadFile`, `os.Stat`):\n" +
		"  usually a missing row or file, which a handler may answer 401 (an\n" +
		"  unknown user at login), 403 or 400 by choice (and 404 is not-found-status's);\n" +
		"- a 400 after a database write (`Exec`, gorm's `Create`/`Save`/`Update`/\n" +
		"  `Delete`, a `Commit`): it can fail on a constraint the client broke, a\n" +
		"  foreign key to a record that is not there (409 and 422 are never\n" +
		"  reported either);\n" +
		"- a 400 after an outgoing HTTP call: the client may have given its address;\n" +
		"- a branch behind a test of the error for a named class (`errors.Is(err,\n" +
		"  sql.ErrNoRows)`, a duplicate sentinel, `errors.As` of validator's errors,\n" +
		"  a driver code), holding or not: the handler sorted its errors there;\n" +
		"- errors statuslint cannot trace to such a call (a store method of the\n" +
		"  project; declare it with `-errors.server=...`), and a store method known\n" +
		"  only from its error-class fact to fail with server errors: what it did\n" +
		"  (a read, a write) is not known, so the client may still be the cause.",
	Wrong: `
rows, err := s.db.QueryContext(r.Context(), "SELECT id, title FROM posts")
if err != nil {
	http.Error(w, "cannot list posts", http.StatusBadRequest) // wrong: 500
	return
}
`,
	Right: `
rows, err := s.db.QueryContext(r.Context(), "SELECT id, title FROM posts")
if err != nil {
	http.Error(w, "cannot list posts", http.StatusInternalServerError)
	return
}
`,
	Basis: "seed 400/500; RFC 9110 §15.5.1, §15.6.1",
	Fix:   "replaces the status with 500",
	Run:   runServerErrorStatus,
}

func runServerErrorStatus(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status != 400 && e.Status != 401 && e.Status != 403 {
			return
		}
		ev, ok := c.Classify.ErrorOf(e)
		if !ok || ev.Class != classify.Server || !serverFault(ev.Access, e.Status) || c.Classify.NamedTestOnPath(e) {
			return
		}
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 500), nil,
			"%s answers %s in %s; the server failed, not the request, which is %s",
			httpapi.Describe(e.Status), describeError(ev), where(e), httpapi.Describe(500))
	})
}

// serverFault reports whether a failure of a call of this kind answered
// with code is surely the server's: a lookup may have found nothing, a
// write may break a constraint the client broke (a 400 then), an outgoing
// call may go where the client said (a 400 then).
func serverFault(a classify.Access, code int) bool {
	switch a {
	case classify.Lookup, classify.Unseen:
		return false
	case classify.Write, classify.Remote:
		return code != 400
	}
	return true
}
