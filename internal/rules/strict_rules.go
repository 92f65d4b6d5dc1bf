package rules

import (
	"fmt"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// UnauthorizedChallenge reports a 401 with no WWW-Authenticate header set on
// any path to it: RFC 9110 §15.5.2 says the server MUST send one.
var UnauthorizedChallenge = Rule{
	ID:    "unauthorized-challenge",
	Group: Strict,
	Title: "401 without WWW-Authenticate",
	Basis: "RFC 9110 §15.5.2 (MUST)",
	Run: func(c *Context) {
		c.statuses(func(e *model.Event) {
			if e.Status == 401 && !headerSet(e, "WWW-Authenticate") {
				c.Report(statusNode(e), nil, nil,
					"401 Unauthorized in %s has no WWW-Authenticate header; RFC 9110 requires the challenge that says how to authenticate", where(e))
			}
		})
	},
}

// AllowHeader reports a 405 with no Allow header set on any path to it
// (RFC 9110 §15.5.6 MUST); the fix sets Allow to the methods the guard
// lets through.
var AllowHeader = Rule{
	ID:    "allow-header",
	Group: Strict,
	Title: "405 without Allow",
	Basis: "RFC 9110 §15.5.6 (MUST)",
	Run: func(c *Context) {
		for _, h := range c.Model.Handlers {
			accepted := acceptedMethods(h)
			for _, e := range h.Events {
				if !e.Reached || !e.SetsStatus() || !e.Const || e.Status != 405 || e.Before.Sent || headerSet(e, "Allow") {
					continue
				}
				c.Report(statusNode(e), c.setAllow(e, accepted&^e.Before.Methods), nil,
					"405 Method Not Allowed in %s has no Allow header; RFC 9110 requires the list of methods the resource supports", where(e))
			}
		}
	},
}

// headerSet reports whether a header may be set for the response e answers:
// on some path before e, or, with fiber's buffered responses, anywhere in
// the handler (a header set after c.Status still goes out).
func headerSet(e *model.Event, key string) bool { return e.HeaderSetFor(key) }

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

// CreatedLocation reports a 201 answering a POST with no Location header
// set on any path to it (RFC 9110 §9.3.3, §15.3.2). A PUT creates the
// resource at its own URI, so it needs none.
var CreatedLocation = Rule{
	ID:    "created-location",
	Group: Strict,
	Title: "201 to a POST without Location",
	Basis: "RFC 9110 §9.3.3, §15.3.2",
	Run: func(c *Context) {
		c.statuses(func(e *model.Event) {
			if e.Status == 201 && e.Before.Methods == httpapi.POST && !headerSet(e, "Location") {
				c.Report(statusNode(e), nil, nil,
					"201 Created answers %s with no Location header; tell the client where the new resource is", where(e))
			}
		})
		c.remote(func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
			if st.Status == 201 && methods == httpapi.POST && !st.Location {
				c.reportRemote(rr, st, "201 Created answers %s, registered here, with no Location header; tell the client where the new resource is",
					remoteRoute(rr, methods))
			}
		})
	},
}

// AsyncAccepted reports a handler that hands the request's work to a
// goroutine on every path and then answers 200: the work is not done yet,
// which is 202 Accepted. A 201 says the resource exists, so incidental
// background work beside it is fine.
var AsyncAccepted = Rule{
	ID:    "async-accepted",
	Group: Strict,
	Title: "200 for work handed to the background",
	Basis: "seed 202",
	Run: func(c *Context) {
		c.statuses(func(e *model.Event) {
			if e.Status == 200 && e.Before.Async {
				c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 202), nil,
					"200 OK answers %s after handing the work to a goroutine; the work is not done yet, which is 202 Accepted", where(e))
			}
		})
	},
}
