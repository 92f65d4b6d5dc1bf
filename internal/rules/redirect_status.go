package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
)

// RedirectStatus reports a redirect with a code that is not a redirection:
// browsers ignore Location on a 200, gin panics, echo returns an error.
//
//	http.Redirect(w, r, "/login", http.StatusOK) // use 302 Found (303 See Other after a POST)
var RedirectStatus = Rule{
	ID:    "redirect-status",
	Group: Default,
	Title: "a redirect with a non-3xx code",
	Basis: "RFC 9110 §15.4",
	Run:   runRedirectStatus,
}

func runRedirectStatus(c *Context) {
	for _, call := range c.Model.Calls {
		if !call.Sink.Redirect || call.StatusExpr == nil || !call.Const || httpapi.RedirectStatus(call.Status) {
			continue
		}
		want, why := 302, "302 Found"
		if e := c.Model.Events[call.Expr]; e != nil && e.Before.Methods.Within(httpapi.Unsafe) {
			want, why = 303, "303 See Other (the redirect answers "+e.Before.Methods.Display()+")"
		}
		c.Report(call.StatusExpr, c.ReplaceStatus(call.StatusExpr, want), nil,
			"%s is not a redirection, so the client does not follow the Location; use %s",
			httpapi.Describe(call.Status), why)
	}
}
