package rules

import (
	"github.com/statuslint/statuslint/internal/model"
)

// MissingReturn reports a complete response (http.Error, c.JSON,
// c.AbortWithStatusJSON, ...) after which every path goes on to write
// another response: the handler is missing a return.
//
//	if err != nil {
//		http.Error(w, err.Error(), http.StatusBadRequest) // falls through
//	}
//	json.NewEncoder(w).Encode(item)
//
// Flow-based: nothing is reported when nothing follows, or for if/else.
var MissingReturn = Rule{
	ID:    "missing-return",
	Group: Default,
	Title: "a response that falls through into another response",
	Basis: "http.Error docs; go-tools#154",
	Run:   runMissingReturn,
}

func runMissingReturn(c *Context) {
	c.events(func(e *model.Event) {
		if !e.Completes() || !e.RespondsAfter() {
			return
		}
		c.Report(e.Call, c.InsertReturn(e), nil,
			"%s completes the response in %s but the handler goes on to write another one; return after it",
			callName(c, e), e.Handler.Name)
	})
}
