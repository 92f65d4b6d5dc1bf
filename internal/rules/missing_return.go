package rules

import (
	"github.com/statuslint/statuslint/internal/model"
)

// MissingReturn reports a response that falls through into another response.
var MissingReturn = Rule{
	ID:    "missing-return",
	Group: Default,
	Title: "a response that falls through into another response",
	Doc: "A complete response — `http.Error`, `http.Redirect`, `http.NotFound`, gin\n" +
		"`c.JSON`/`c.AbortWithStatusJSON`/`c.AbortWithStatus`, echo\n" +
		"`c.JSON`/`c.NoContent`, fiber `c.JSON`/`c.SendStatus`, chi `render.JSON` —\n" +
		"after which every path goes on to write another response before the handler\n" +
		"returns. `http.Error` and gin's `Abort*` do not stop the handler\n" +
		"(`http.Error` docs; staticcheck issue #154).\n" +
		"\n" +
		"Right: `return` after the error response. The fix inserts it (for echo and\n" +
		"fiber handlers it returns the call's error: `return c.JSON(...)`). Flow-based:\n" +
		"no report when nothing follows (the last statement of a handler), for\n" +
		"`if`/`else` and `switch` cases, or when the later write happens only on some\n" +
		"paths.\n" +
		"\n" +
		"Middleware too: a complete response after which every path calls the next\n" +
		"handler (`next.ServeHTTP(w, r)`, `next(w, r)`, echo `return next(c)`, gin and\n" +
		"fiber `c.Next()`) lets the handler it guards run anyway, a second response at\n" +
		"best and a bypassed check at worst. A gin middleware that calls `Abort` (or\n" +
		"answers with `AbortWith...`) is not reported: `c.Next()` runs nothing after it.",
	Wrong: `
if err != nil {
	http.Error(w, err.Error(), http.StatusBadRequest) // wrong: falls through
}
json.NewEncoder(w).Encode(items)
`,
	Right: `
if err != nil {
	http.Error(w, err.Error(), http.StatusBadRequest)
	return
}
json.NewEncoder(w).Encode(items)
`,
	Basis: "http.Error docs; go-tools#154",
	Fix:   "inserts `return` after the response",
	Run:   runMissingReturn,

	Helpers: true, // the evidence is local to a function: helpers are checked too
}

func runMissingReturn(c *Context) {
	c.events(func(e *model.Event) {
		if !e.Completes() {
			return
		}
		if e.RespondsAfter() {
			what := "handler"
			if e.Handler.Helper() {
				what = "function"
			}
			c.Report(e.Call, c.InsertReturn(e), nil,
				"%s completes the response in %s but the %s goes on to write another one; return after it",
				callName(c, e), e.Handler.Name, what)
			return
		}
		if next := e.NextAfter(); next != nil {
			c.Report(e.Call, c.InsertReturn(e), related([]*model.Event{next}, "the next handler is called here"),
				"%s completes the response in %s but the middleware goes on to call the next handler (%s), so the handler it guards runs anyway; return after it",
				callName(c, e), e.Handler.Name, callName(c, next))
		}
	})
}
