package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// AuthStatus reports 401 for a permission denial, 403 for missing credentials.
var AuthStatus = Rule{
	ID:    "auth-status",
	Group: Default,
	Title: "401 for a permission denial, 403 for missing credentials",
	Doc: "401 Unauthorized is for missing or invalid credentials; 403 Forbidden for a\n" +
		"known user without permission (seed table; RFC 9110 §15.5.2, §15.5.4). The\n" +
		"innermost access guard on the response's path decides:\n" +
		"\n" +
		"- authentication: an empty `Authorization` (or API-key) header, `r.BasicAuth()`\n" +
		"  not ok, a cookie, JWT (golang-jwt v4/v5) or bcrypt error,\n" +
		"  `subtle.ConstantTimeCompare(...) != 1`;\n" +
		"- authorization: a predicate about a known principal (`CanEdit`, `HasRole`,\n" +
		"  `HasPermission`, `IsAdmin`, `IsOwner`, `Allowed`), a role or permission\n" +
		"  field (`user.Role != \"admin\"`, `!u.IsAdmin`), casbin `Enforce`.\n" +
		"\n" +
		"A guard statuslint cannot name, or one that mixes both (`token == \"\" ||\n" +
		"!user.IsAdmin`), stays quiet.",
	Wrong: `
if !user.HasRole("editor") {
	c.AbortWithStatus(http.StatusUnauthorized) // wrong: 403, we know who it is
	return
}
token, err := jwt.Parse(raw, keyFunc)
if err != nil {
	return c.SendStatus(fiber.StatusForbidden) // wrong: 401, the credentials are invalid
}
`,
	Right: `
if !user.HasRole("editor") {
	c.AbortWithStatus(http.StatusForbidden)
	return
}
token, err := jwt.Parse(raw, keyFunc)
if err != nil {
	return c.SendStatus(fiber.StatusUnauthorized)
}
`,
	Basis: "seed 401/403; RFC 9110 §15.5.2, §15.5.4",
	Fix:   "replaces 401 with 403, or 403 with 401",
	Run:   runAuthStatus,
}

func runAuthStatus(c *Context) {
	c.statuses(func(e *model.Event) {
		want, ev, ok := authWant(c, e)
		if !ok {
			return
		}
		if want == 403 {
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 403), nil,
				"%s answers %s in %s; the user is known but not allowed, which is 403 Forbidden",
				httpapi.Describe(401), ev.What, where(e))
			return
		}
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 401), nil,
			"%s answers %s in %s; missing or invalid credentials are 401 Unauthorized",
			httpapi.Describe(403), ev.What, where(e))
	})
}

// authWant returns the status auth-status puts in place of e's: 403 for a
// 401 behind an authorization guard, 401 for a 403 behind an
// authentication guard, with the guard that says so.
func authWant(c *Context, e *model.Event) (int, classify.AuthEvidence, bool) {
	if e.Status != 401 && e.Status != 403 {
		return 0, classify.AuthEvidence{}, false
	}
	ev, ok := c.Classify.AuthOf(e)
	switch {
	case !ok:
	case e.Status == 401 && ev.Kind == classify.Authz:
		return 403, ev, true
	case e.Status == 403 && ev.Kind == classify.Authn:
		return 401, ev, true
	}
	return 0, classify.AuthEvidence{}, false
}
