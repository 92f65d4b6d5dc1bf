package rules

import (
	"fmt"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// AllowHeader reports 405 without Allow.
var AllowHeader = Rule{
	ID:    "allow-header",
	Group: Strict,
	Title: "405 without Allow",
	Doc: "A 405 with no `Allow` header set on any path to it; RFC 9110 §15.5.6: the\n" +
		"server MUST list the supported methods. With fiber, whose responses are\n" +
		"buffered, an `Allow` set anywhere in the handler counts.\n" +
		"\n" +
		"The fix inserts the framework's header call with the methods the handler\n" +
		"answers with success that the guard turns away from; when it cannot name\n" +
		"them, there is no fix.",
	Wrong: `
if r.Method != http.MethodPost {
	w.WriteHeader(http.StatusMethodNotAllowed) // wrong: no Allow
	return
}
`,
	Right: `
if r.Method != http.MethodPost {
	w.Header().Set("Allow", "POST") // added by the fix
	w.WriteHeader(http.StatusMethodNotAllowed)
	return
}
`,
	Basis: "RFC 9110 §15.5.6 (MUST)",
	Fix:   "sets `Allow` to the methods the handler serves",
	Run:   runAllowHeader,
}

func runAllowHeader(c *Context) {
	for _, h := range c.Model.Handlers {
		accepted := acceptedMethods(h)
		for _, e := range h.Events {
			if !e.Reached || !e.SetsStatus() || !e.Const || e.Status != 405 || e.Before.Sent || e.HeaderSetFor("Allow") {
				continue
			}
			c.Report(statusNode(e), c.setAllow(e, accepted&^e.Before.Methods), nil,
				"405 Method Not Allowed in %s has no Allow header; RFC 9110 requires the list of methods the resource supports", where(e))
		}
	}
}

// setAllow inserts the framework's header call before the response's statement.
func (c *Context) setAllow(e *model.Event, allowed httpapi.Methods) *analysis.SuggestedFix {
	if allowed == 0 || allowed&httpapi.Other != 0 || e.Node == nil {
		return nil
	}
	list := allowed.String()
	resp := e.Handler.Resp.Name()
	var call string
	switch e.Handler.Framework {
	case httpapi.NetHTTP:
		call = fmt.Sprintf("%s.Header().Set(%q, %q)", resp, "Allow", list)
	case httpapi.Gin:
		call = fmt.Sprintf("%s.Header(%q, %q)", resp, "Allow", list)
	case httpapi.Echo:
		call = fmt.Sprintf("%s.Response().Header().Set(%q, %q)", resp, "Allow", list)
	case httpapi.Fiber:
		call = fmt.Sprintf("%s.Set(%q, %q)", resp, "Allow", list)
	}
	if resp == "_" || resp == "" || call == "" {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   "Set the Allow header to " + list,
		TextEdits: []analysis.TextEdit{{Pos: e.Node.Pos(), End: e.Node.Pos(), NewText: []byte(call + "\n" + c.indentOf(e.Node))}},
	}
}
