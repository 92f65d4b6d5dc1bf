package rules

import "github.com/statuslint/statuslint/internal/model"

// AsyncAccepted reports 200 for work handed to the background.
var AsyncAccepted = Rule{
	ID:    "async-accepted",
	Group: Strict,
	Title: "200 for work handed to the background",
	Doc: "A handler that hands its work to a goroutine on every path and then answers\n" +
		"200: the work is not done, which is 202 Accepted (seed: \"Code for Async or\n" +
		"Batch Request\"). A 201 says the resource exists, so incidental background\n" +
		"work beside it is fine, and so is a goroutine the handler waits for\n" +
		"(`wg.Wait()`, a channel receive) before it answers.",
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
		if e.Status == 200 && e.Before.Async {
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 202), nil,
				"200 OK answers %s after handing the work to a goroutine; the work is not done yet, which is 202 Accepted", where(e))
		}
	})
}
