package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
)

// RedirectStatus reports a redirect with a non-3xx code.
var RedirectStatus = Rule{
	ID:    "redirect-status",
	Group: Default,
	Title: "a redirect with a non-3xx code",
	Doc: "A redirect (`http.Redirect`, `http.RedirectHandler`, gin/echo `c.Redirect`,\n" +
		"fiber `c.Redirect`) with a code that is not a redirection (300, 301, 302, 303,\n" +
		"307, 308). Browsers do not follow a `Location` on a 200, gin panics (\"Cannot\n" +
		"redirect with status code\"), echo returns an error.\n" +
		"\n" +
		"Right: `http.StatusFound` (302), or `http.StatusSeeOther` (303) to answer a\n" +
		"POST, PUT, PATCH or DELETE with a redirect to a page to GET; the fix picks by\n" +
		"the route's method.",
	Wrong: `
http.Redirect(w, r, "/login", http.StatusOK) // wrong
`,
	Right: `
http.Redirect(w, r, "/login", http.StatusFound)
`,
	Basis: "RFC 9110 §15.4",
	Fix:   "replaces the code with 302 (303 answering POST, PUT, PATCH or DELETE)",
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
