package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// ValidationStatus reports 400 for a failed validation of well-formed input
// (a validator library call, echo's c.Validate, a Validate() error method on
// the decoded value; hand-written field checks stay quiet), and 422 for a
// decode or syntax error.
var ValidationStatus = Rule{
	ID:    "validation-status",
	Group: Default,
	Title: "400 for failed validation, 422 for malformed input",
	Basis: "seed 400/422; RFC 9110 §15.5.1, §15.5.21",
	Run:   runValidationStatus,
}

func runValidationStatus(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status != 400 && e.Status != 422 {
			return
		}
		ev, ok := c.Classify.ErrorOf(e)
		if !ok {
			return
		}
		switch {
		case e.Status == 400 && ev.Class == classify.Validate && (ev.FromBody || hasContent(e)):
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 422), nil,
				"%s answers %s in %s; the input was well-formed but semantically wrong, which is 422 Unprocessable Entity",
				httpapi.Describe(400), describeError(ev), where(e))
		case e.Status == 422 && ev.Class == classify.Decode:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 400), nil,
				"%s answers %s in %s; malformed syntax is 400 Bad Request, 422 is for well-formed input that fails validation",
				httpapi.Describe(422), describeError(ev), where(e))
		}
	})
}

// hasContent reports whether the request is known to carry content: 422 is
// about request content (RFC 9110 §15.5.21), so a value validated from the
// path or query (c.Query, echo's c.Bind on a GET) is answered 400. Unless the
// value came from a body-only decoder, the route's method must say so.
func hasContent(e *model.Event) bool {
	m := e.Before.Methods
	return m.Known() && m&(httpapi.POST|httpapi.PUT|httpapi.PATCH) != 0
}
