package rules

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
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
		"  `subtle.ConstantTimeCompare(...) != 1`, no user (`user == nil`, `uid == \"\"`)\n" +
		"  after a principal lookup;\n" +
		"- authorization: a predicate about a known principal (`CanEdit`, `HasRole`,\n" +
		"  `HasPermission`, `IsAdmin`, `IsOwner`, `Allowed`), a role or permission\n" +
		"  field (`user.Role != \"admin\"`, `!u.IsAdmin`, `!u.Perm.Download`), casbin\n" +
		"  `Enforce`, a role read from the request (`c.GetString(\"role\") != \"admin\"`,\n" +
		"  `claims[\"scope\"]`: middleware stored it for a user it established), an\n" +
		"  ownership test (`post.AuthorID != user.ID`, `!slices.Contains(board.Members,\n" +
		"  user.ID)`), and any test of the user's fields after its nil test\n" +
		"  (`u.Plan != \"pro\"`).\n" +
		"\n" +
		"The project's own functions count like the tables' calls, in any package: one\n" +
		"that returns a bool or error from a credential check (`u.CheckPassword(pw)`,\n" +
		"`auth.VerifyToken(tok)`) or from a role, permission or scope test, and one\n" +
		"that returns the user a middleware stored on the request (`auth.CurrentUser(r)`,\n" +
		"a principal lookup). The finding points at the check it read.\n" +
		"\n" +
		"A 2xx answering such a denial is reported here too, with the code the guard\n" +
		"calls for (403, or 401 for a credential guard): a success that says nothing\n" +
		"else (`if !user.Perm.Download { return http.StatusAccepted, nil }` in a handler\n" +
		"whose adapter writes the code, `w.WriteHeader(204)`) or whose body is an error\n" +
		"(`c.JSON(200, gin.H{\"error\": \"forbidden\"})`).\n" +
		"\n" +
		"Quiet: a guard statuslint cannot name, or one that mixes both (`token == \"\" ||\n" +
		"!user.IsAdmin`); a 404 behind an ownership test (it hides that the resource\n" +
		"exists, on purpose); a 2xx with data on a role's branch (what that user may\n" +
		"see) and an empty success for no user at all (an anonymous answer).",
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
	Fix:   "replaces 401 with 403, 403 with 401, or the 2xx with the code the guard calls for",
	Run:   runAuthStatus,
}

func runAuthStatus(c *Context) {
	c.statuses(func(e *model.Event) {
		want, ev, ok := authWant(c, e)
		if !ok {
			return
		}
		related := authRelated(c, ev)
		switch {
		case e.Status < 300 && want == 403:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 403), related,
				"%s answers a denial by %s in %s; the client is told it succeeded, a known user without permission is 403 Forbidden",
				httpapi.Describe(e.Status), ev.What, where(e))
		case e.Status < 300:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 401), related,
				"%s answers a denial by %s in %s; the client is told it succeeded, missing or invalid credentials are 401 Unauthorized",
				httpapi.Describe(e.Status), ev.What, where(e))
		case want == 403:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 403), related,
				"%s answers %s in %s; the user is known but not allowed, which is 403 Forbidden",
				httpapi.Describe(401), ev.What, where(e))
		default:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 401), related,
				"%s answers %s in %s; missing or invalid credentials are 401 Unauthorized",
				httpapi.Describe(403), ev.What, where(e))
		}
	})
}

// authRelated points at the project function a guard called (its
// credential or permission check), when there is one.
func authRelated(c *Context, ev classify.AuthEvidence) []analysis.RelatedInformation {
	pos := ev.Decl
	if !pos.IsValid() && ev.Fact != nil && ev.Fact.File != "" {
		pos = c.ForeignPos(ev.Fact.File, ev.Fact.Line, ev.Fact.Col)
	}
	if !pos.IsValid() {
		return nil
	}
	if ev.Fact.Kind == model.PrincipalLookup {
		return []analysis.RelatedInformation{{Pos: pos, Message: "the user is looked up here, from " + ev.Fact.What}}
	}
	return []analysis.RelatedInformation{{Pos: pos, Message: "the check, decided here by " + ev.Fact.What}}
}

// authWant returns the status auth-status puts in place of e's: 403 for a
// 401 behind an authorization guard, 401 for a 403 behind an
// authentication guard, with the guard that says so; and for a 2xx that
// answers a denial (no body, or an {"error": ...} body), the code the
// guard calls for.
func authWant(c *Context, e *model.Event) (int, classify.AuthEvidence, bool) {
	success := e.Status >= 200 && e.Status < 300
	if e.Status != 401 && e.Status != 403 && !success {
		return 0, classify.AuthEvidence{}, false
	}
	ev, ok := c.Classify.AuthOf(e)
	switch {
	case !ok:
	case success && ev.Kind != classify.NoAuth && deniesInBody(c, e, ev.Absent):
		if ev.Kind == classify.Authz {
			return 403, ev, true
		}
		return 401, ev, true
	case e.Status == 401 && ev.Kind == classify.Authz:
		return 403, ev, true
	case e.Status == 403 && ev.Kind == classify.Authn:
		return 401, ev, true
	}
	return 0, classify.AuthEvidence{}, false
}

// deniesInBody: a success on a denial's branch is the denial's answer when
// it says nothing else (no body written or following: return 202, nil;
// w.WriteHeader(204)) or its body is an error ({"error": "forbidden"}). A
// 200 with a page or data is what the user may see (a public view for a
// guest), and stays quiet; so does an empty success for no user at all
// (absent), which an endpoint may answer to guests on purpose.
func deniesInBody(c *Context, e *model.Event, absent bool) bool {
	bodies := e.Bodies()
	if len(bodies) == 0 {
		return !absent && !e.BodyMayFollow()
	}
	for _, b := range bodies {
		for _, a := range b.BodyArgs() {
			if errorLiteral(c, a) {
				return true
			}
		}
	}
	return false
}

// errorLiteral: a map or struct literal with an "error" key or an Error
// field (gin.H{"error": "forbidden"}, fiber.Map{"error": ...}).
func errorLiteral(c *Context, e ast.Expr) bool {
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = u.X
	}
	cl, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return false
	}
	for _, elt := range cl.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if id, ok := kv.Key.(*ast.Ident); ok && (id.Name == "Error" || id.Name == "Err") {
			if _, isField := c.Pass.TypesInfo.Uses[id].(*types.Var); isField {
				return true
			}
		}
		if tv, ok := c.Pass.TypesInfo.Types[kv.Key]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			if k := strings.ToLower(constant.StringVal(tv.Value)); k == "error" || k == "err" || k == "errors" {
				return true
			}
		}
	}
	return false
}
