package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// ErrorBranchSuccess reports a 2xx written inside an "err != nil" branch
// that ends the handler, when the error's origin is named (a decode,
// validation or server call): the client is told the request succeeded.
// A branch testing a not-found or duplicate sentinel stays quiet (an
// idempotent DELETE), and so does one whose error comes from code
// statuslint cannot classify.
var ErrorBranchSuccess = Rule{
	ID:    "error-branch-success",
	Group: Default,
	Title: "a 2xx answering an error",
	Basis: "seed 200/500",
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
