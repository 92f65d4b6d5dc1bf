package rules

import "github.com/statuslint/statuslint/internal/model"

// UnauthorizedChallenge reports 401 without WWW-Authenticate.
var UnauthorizedChallenge = Rule{
	ID:    "unauthorized-challenge",
	Group: Strict,
	Title: "401 without WWW-Authenticate",
	Doc: "A 401 with no `WWW-Authenticate` header set on any path to it; RFC 9110\n" +
		"§15.5.2: the server MUST send a challenge that says how to authenticate.\n" +
		"With fiber, whose responses are buffered, a header set anywhere in the\n" +
		"handler counts.\n" +
		"\n" +
		"It stays quiet on a 401 that is the wrong code to begin with: behind an\n" +
		"authorization guard, where auth-status asks for 403, and in the branch of an\n" +
		"error from decoding or validating the request (classify's decode and\n" +
		"validate origins), which is a 400 or 422, not a missing credential.",
	Wrong: `
if !ok {
	w.WriteHeader(http.StatusUnauthorized) // wrong: no challenge
	return
}
`,
	Right: `
if !ok {
	w.Header().Set("WWW-Authenticate", "Bearer realm=\"api\"")
	w.WriteHeader(http.StatusUnauthorized)
	return
}
`,
	Basis: "RFC 9110 §15.5.2 (MUST)",
	Run:   runUnauthorizedChallenge,
}

func runUnauthorizedChallenge(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status != 401 || e.HeaderSetFor("WWW-Authenticate") {
			return
		}
		if _, _, wrong := authWant(c, e); wrong {
			return // auth-status: 403
		}
		if _, wrong := requestError(c, e); wrong {
			return // a request that could not be read, not a missing credential
		}
		c.Report(statusNode(e), nil, nil,
			"401 Unauthorized in %s has no WWW-Authenticate header; RFC 9110 requires the challenge that says how to authenticate", where(e))
	})
}
