package rules

import (
	"go/ast"

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
		"error's origin is named: a decode call or gin's `ShouldBind*` (use 400), a\n" +
		"validation call (422), or a server failure (database/sql, gorm, pgx,\n" +
		"templates, files, outgoing HTTP calls: 500).\n" +
		"The client is told the request succeeded.\n" +
		"\n" +
		"The 2xx may be the implicit 200: a body written in the branch with no status\n" +
		"set (`fmt.Fprintf(w, \"error: %v\", err)`, `w.Write`, an encoder or a template,\n" +
		"gin's `c.Writer.WriteString`, echo's `c.Response().Write`, fiber's `return\n" +
		"c.SendString(...)`) answers 200 just as `w.WriteHeader(200)` would. It counts\n" +
		"only when no status was chosen and nothing may have sent the header on any\n" +
		"path to it, and no other body may follow it.\n" +
		"\n" +
		"Quiet: a 200 in a branch testing `err == nil`, a 2xx that another status\n" +
		"follows on every path, a branch testing a not-found or duplicate sentinel\n" +
		"(an idempotent DELETE answering 204), and errors from functions statuslint\n" +
		"cannot classify (declare them with `-errors.server=...`). For the implicit\n" +
		"200, also quiet: a body after the status was set, in the error branch of an\n" +
		"encoder or a template that may have written already, a warning written\n" +
		"before the page goes on, chi's `render.Render` (the Renderer may set the\n" +
		"status), and with fiber a body the handler does not return (fiber's error\n" +
		"handler answers a returned error and replaces the body).",
	Wrong: `
if err := db.Create(&order).Error; err != nil {
	c.JSON(http.StatusOK, gin.H{"ok": false}) // wrong: the client is told it worked
	return
}

rows, err := db.QueryContext(ctx, "SELECT id FROM orders")
if err != nil {
	fmt.Fprintf(w, "error: %v", err) // wrong: no status set, the client gets 200 OK
	return
}
`,
	Right: `
if err := db.Create(&order).Error; err != nil {
	c.JSON(http.StatusInternalServerError, gin.H{"error": "could not save the order"})
	return
}

rows, err := db.QueryContext(ctx, "SELECT id FROM orders")
if err != nil {
	http.Error(w, "could not list the orders", http.StatusInternalServerError)
	return
}
`,
	Basis: "seed 200/500",
	Fix:   "replaces the 2xx with 400, 422 or 500, as the error's origin calls for (none for the implicit 200)",
	Run:   runErrorBranchSuccess,
}

func runErrorBranchSuccess(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status < 200 || e.Status > 299 || e.StatusFollows() {
			return
		}
		ev, want, ok := errorBranchWant(c, e)
		if !ok {
			return
		}
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, want), evidenceAt(c, ev),
			"%s answers %s in %s; the request did not succeed, use %s",
			httpapi.Describe(e.Status), describeError(ev), where(e), httpapi.Describe(want))
	})
	c.events(func(e *model.Event) {
		if !implicitOK(e) {
			return
		}
		ev, want, ok := errorBranchWant(c, e)
		if !ok {
			return
		}
		c.Report(e.Call, nil, evidenceAt(c, ev),
			"%s writes the body with no status set, so the client gets 200 OK for %s in %s; the request did not succeed, set %s before the body",
			callName(c, e), describeError(ev), where(e), httpapi.Describe(want))
	})
}

// errorBranchWant returns the named origin of the error whose branch e is
// in and the status that origin calls for.
func errorBranchWant(c *Context, e *model.Event) (classify.Evidence, int, bool) {
	if _, inErr := c.Classify.InErrorBranch(e); !inErr {
		return classify.Evidence{}, 0, false
	}
	ev, ok := c.Classify.ErrorOf(e)
	if !ok {
		return ev, 0, false
	}
	switch ev.Class {
	case classify.Decode, classify.Input:
		return ev, 400, true
	case classify.Validate:
		return ev, 422, true
	case classify.Server:
		return ev, 500, true
	}
	return ev, 0, false
}

// implicitOK reports a body write that answers with the implicit 200: no
// status chosen and nothing sent on any path to it, no opaque call before
// it, no status after it, and it ends the response (no other body may
// follow: a branch that writes a warning and goes on is not its answer).
// With fiber, whose error handler replaces the response when the handler
// returns an error, only a write the handler returns (return
// c.SendString(...)) is known to be the answer.
func implicitOK(e *model.Event) bool {
	b := e.Before
	if e.Kind != model.BodyOnly || !e.WritesBody() || e.Sink.ValueChooses ||
		b.StatusMaySet || b.MaySent || b.Unknown || e.StatusFollows() || e.BodyMayFollow() {
		return false
	}
	if e.Handler.Framework.Buffered() {
		if e.Closure != nil {
			return false // a return in a closure the call runs is not the handler's
		}
		ret, ok := e.Node.(*ast.ReturnStmt)
		return ok && len(ret.Results) == 1 && ast.Unparen(ret.Results[0]) == e.Call
	}
	return true
}
