package rules

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/model"
)

// AsyncAccepted reports 200 for work handed to the background.
var AsyncAccepted = Rule{
	ID:    "async-accepted",
	Group: Strict,
	Title: "200 for work handed to the background",
	Doc: "A handler that hands its work to a goroutine on every path and then answers\n" +
		"200: the work is not done, which is 202 Accepted (seed: \"Code for Async or\n" +
		"Batch Request\"). A 201 says the resource exists, so incidental background\n" +
		"work beside it is fine, and so is a goroutine the handler waits for\n" +
		"(`wg.Wait()`, a channel receive) before it answers.\n" +
		"\n" +
		"It also stays quiet when the answer carries the result of work done in the\n" +
		"handler: the body written with the 200 reads a variable last assigned by a\n" +
		"call that returns it with an error (`item, err := store.Create(...)`), other\n" +
		"than one that reads the request (a decoder, `strconv.Atoi`, a validator).\n" +
		"The work is done and the goroutine beside it is a side effect (a\n" +
		"notification, an audit log). A body of constants, of the request's own\n" +
		"values or of an identifier made for the job (`uuid.NewString()`) is an\n" +
		"acknowledgement, and is still reported.",
	Wrong: `
go process(job)
w.WriteHeader(http.StatusOK) // wrong: 202
`,
	Right: `
go process(job)
w.WriteHeader(http.StatusAccepted)
`,
	Basis: "seed 202",
	Fix:   "replaces 200 with 202",
	Run:   runAsyncAccepted,
}

func runAsyncAccepted(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status == 200 && e.Before.Async && !answersResult(c, e) {
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 202), nil,
				"200 OK answers %s after handing the work to a goroutine; the work is not done yet, which is 202 Accepted", where(e))
		}
	})
}

// answersResult reports whether a body written with e's status carries the
// result of work the handler did itself: a variable, other than an error,
// last assigned by a call that returns it together with an error, where
// that call does not read the request (classify's decode and validate).
func answersResult(c *Context, e *model.Event) bool {
	info := c.Pass.TypesInfo
	for _, b := range e.Bodies() {
		for _, o := range b.BodyOrigins(info) {
			if isErrorType(o.Var.Type()) || !returnsWithError(info, o.Call) {
				continue
			}
			if ev, ok := c.Classify.CallClass(o.Call); ok && (ev.Class.ClientInput() || ev.Class == classify.Validate) {
				continue // read from the request: the input, not a result
			}
			return true
		}
	}
	return false
}

// returnsWithError reports a call whose results are values and a last error.
func returnsWithError(info *types.Info, call *ast.CallExpr) bool {
	tup, ok := info.TypeOf(call).(*types.Tuple)
	return ok && tup.Len() >= 2 && isErrorType(tup.At(tup.Len()-1).Type())
}

func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}
