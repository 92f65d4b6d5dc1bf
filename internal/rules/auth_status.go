package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// AuthStatus reports 401 where the guard is a permission decision about a
// known principal (403), and 403 where the guard is missing or invalid
// credentials (401). A guard that cannot be named, or that mixes both, stays
// quiet.
//
//	if !user.IsAdmin() {
//		w.WriteHeader(http.StatusUnauthorized) // want 403: we know who it is
//	}
var AuthStatus = Rule{
	ID:    "auth-status",
	Group: Default,
	Title: "401 for a permission denial, 403 for missing credentials",
	Basis: "seed 401/403; RFC 9110 §15.5.2, §15.5.4",
	Run:   runAuthStatus,
}

func runAuthStatus(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status != 401 && e.Status != 403 {
			return
		}
		ev, ok := c.Classify.AuthOf(e)
		if !ok {
			return
		}
		switch {
		case e.Status == 401 && ev.Kind == classify.Authz:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 403), nil,
				"%s answers %s in %s; the user is known but not allowed, which is 403 Forbidden",
				httpapi.Describe(401), ev.What, where(e))
		case e.Status == 403 && ev.Kind == classify.Authn:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 401), nil,
				"%s answers %s in %s; missing or invalid credentials are 401 Unauthorized",
				httpapi.Describe(403), ev.What, where(e))
		}
	})
}
