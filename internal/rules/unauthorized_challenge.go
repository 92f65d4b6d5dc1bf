package rules

import "github.com/statuslint/statuslint/internal/model"

// UnauthorizedChallenge reports a 401 with no WWW-Authenticate header set on
// any path to it: RFC 9110 §15.5.2 says the server MUST send one.
var UnauthorizedChallenge = Rule{
	ID:    "unauthorized-challenge",
	Group: Strict,
	Title: "401 without WWW-Authenticate",
	Basis: "RFC 9110 §15.5.2 (MUST)",
	Run:   runUnauthorizedChallenge,
}

func runUnauthorizedChallenge(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status == 401 && !e.HeaderSetFor("WWW-Authenticate") {
			c.Report(statusNode(e), nil, nil,
				"401 Unauthorized in %s has no WWW-Authenticate header; RFC 9110 requires the challenge that says how to authenticate", where(e))
		}
	})
}
