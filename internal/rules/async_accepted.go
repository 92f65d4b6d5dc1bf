package rules

import "github.com/statuslint/statuslint/internal/model"

// AsyncAccepted reports a handler that hands the request's work to a
// goroutine on every path and then answers 200: the work is not done yet,
// which is 202 Accepted. A 201 says the resource exists, so incidental
// background work beside it is fine.
var AsyncAccepted = Rule{
	ID:    "async-accepted",
	Group: Strict,
	Title: "200 for work handed to the background",
	Basis: "seed 202",
	Run:   runAsyncAccepted,
}

func runAsyncAccepted(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status == 200 && e.Before.Async {
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 202), nil,
				"200 OK answers %s after handing the work to a goroutine; the work is not done yet, which is 202 Accepted", where(e))
		}
	})
}
