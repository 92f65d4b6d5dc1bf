package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// ErrorBranchSuccess reports a 2xx answering an error.
var ErrorBranchSuccess = Rule{
	ID:    "error-branch-success",
	Group: Default,
	Title: "a 2xx answering an error",
	Doc: "A 2xx written inside an `err != nil` branch that ends the handler, when the\n" +
		"error's origin is named: a decode call (use 400), a validation call (422), or\n" +
		"a server failure (database/sql, gorm, templates, outgoing HTTP calls: 500).\n" +
		"The client is told the request succeeded.\n" +
		"\n" +
		"Quiet: a 200 in a branch testing `err == nil`, a 2xx that another status\n" +
		"follows on every path, a branch testing a not-found or duplicate sentinel\n" +
		"(an idempotent DELETE answering 204), and errors from functions statuslint\n" +
		"cannot classify (declare them with `-errors.server=...`).",
	Wrong: `
if err := db.Create(&order).Error; err != nil {
	c.JSON(http.StatusOK, gin.H{"ok": false}) // wrong: the client is told it worked
	return
}
`,
	Right: `
if err := db.Create(&order).Error; err != nil {
	c.JSON(http.StatusInternalServerError, gin.H{"error": "could not save the order"})
	return
}
`,
	Basis: "seed 200/500",
	Fix:   "replaces the 2xx with 400, 422 or 500, as the error's origin calls for",
	Run:   runErrorBranchSuccess,
}

func runErrorBranchSuccess(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status < 200 || e.Status > 299 || e.StatusFollows() {
			return
		}
		if _, inErr := c.Classify.InErrorBranch(e); !inErr {
			return
		}
		ev, ok := c.Classify.ErrorOf(e)
		if !ok {
			return
		}
		var want int
		switch ev.Class {
		case classify.Decode:
			want = 400
		case classify.Validate:
			want = 422
		case classify.Server:
			want = 500
		default:
			return
		}
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, want), nil,
			"%s answers %s in %s; the request did not succeed, use %s",
			httpapi.Describe(e.Status), describeError(ev), where(e), httpapi.Describe(want))
	})
}
