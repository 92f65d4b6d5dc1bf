package classify

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/types/typeutil"
)

// Auth is what an access guard decides.
type Auth uint8

const (
	NoAuth Auth = iota
	Authn       // missing or invalid credentials: who are you?
	Authz       // a known principal without permission: you may not
)

// AuthEvidence is a classified guard.
type AuthEvidence struct {
	Kind Auth
	What string // "the Authorization header is empty", "casbin.Enforcer.Enforce denied"
}

// credentialCalls return an error (or ok=false) when credentials are missing or invalid.
var credentialCalls = map[string]string{
	"net/http.Request.BasicAuth":                             "r.BasicAuth()",
	"net/http.Request.Cookie":                                "r.Cookie",
	"golang.org/x/crypto/bcrypt.CompareHashAndPassword":      "bcrypt.CompareHashAndPassword",
	"github.com/golang-jwt/jwt/v5.Parse":                     "jwt.Parse",
	"github.com/golang-jwt/jwt/v5.ParseWithClaims":           "jwt.ParseWithClaims",
	"github.com/golang-jwt/jwt/v5.Parser.Parse":              "jwt.Parser.Parse",
	"github.com/golang-jwt/jwt/v5.Parser.ParseWithClaims":    "jwt.Parser.ParseWithClaims",
	"github.com/golang-jwt/jwt/v4.Parse":                     "jwt.Parse",
	"github.com/golang-jwt/jwt/v4.ParseWithClaims":           "jwt.ParseWithClaims",
	"github.com/golang-jwt/jwt/v4.Parser.Parse":              "jwt.Parser.Parse",
	"github.com/golang-jwt/jwt/v4.Parser.ParseWithClaims":    "jwt.Parser.ParseWithClaims",
	"github.com/dgrijalva/jwt-go.Parse":                      "jwt.Parse",
	"github.com/dgrijalva/jwt-go.ParseWithClaims":            "jwt.ParseWithClaims",
	"github.com/gin-gonic/gin.Context.Cookie":                "c.Cookie",
	"github.com/labstack/echo/v4.Context.Cookie":             "c.Cookie",
	"github.com/labstack/echo/v5.Context.Cookie":             "c.Cookie",
	"github.com/alexedwards/argon2id.ComparePasswordAndHash": "argon2id.ComparePasswordAndHash",
}

// permissionCalls return false (or an error) when a principal lacks permission.
var permissionCalls = map[string]string{
	"github.com/casbin/casbin/v2.Enforcer.Enforce":       "casbin Enforce",
	"github.com/casbin/casbin/v2.SyncedEnforcer.Enforce": "casbin Enforce",
	"github.com/casbin/casbin.Enforcer.Enforce":          "casbin Enforce",
}

var (
	// predicates about a known principal: CanEdit, HasRole, IsAdmin, IsOwner, HasPermission, Allowed.
	permissionName = regexp.MustCompile(`^([Cc]an[A-Z]\w*|[Hh]as(Role|Roles|Permission|Permissions|Scope|Scopes|Access)\w*|[Ii]s(Admin|Owner|Staff|Superuser|SuperUser|Moderator)\w*|[Aa]llowed\w*|[Ii]sAllowed\w*|[Aa]uthorized\w*|[Ii]sAuthorized\w*)$`)
	// fields about a known principal's rights.
	permissionField = regexp.MustCompile(`^(Role|Roles|Permission|Permissions|Scope|Scopes|IsAdmin|Admin|IsStaff|IsSuperuser)$`)
	// header names that carry credentials.
	credentialHeader = regexp.MustCompile(`(?i)^(authorization|x-api-key|api-key|apikey|x-auth-token|x-access-token)$`)
)

// AuthOf classifies the innermost access guard on the event's path. A guard
// that mixes both kinds (token == "" || !user.IsAdmin) is left unclassified.
func (c *Classifier) AuthOf(e *model.Event) (AuthEvidence, bool) {
	guards := e.Before.Guards
	for i := len(guards) - 1; i >= 0; i-- {
		g := guards[i]
		if g.NonNil {
			return AuthEvidence{}, false // an error answers here (a conditional helper's)
		}
		var ev AuthEvidence
		if g.Tag != nil {
			ev = c.authCompare(e, g.Tag, g.Cond, g.Holds) // switch u.Role { case "admin": }
		} else {
			ev = c.authCond(e, g.Cond, g.Holds)
		}
		if ev.Kind != NoAuth {
			return ev, true
		}
		if _, nonNil, ok := c.nilTest(g.Cond); ok && nonNil == g.Holds {
			// An error that is not a credential check answers here (a
			// failed lookup after an outer role test): the status is about
			// that error, not about the access guard further out.
			return AuthEvidence{}, false
		}
	}
	return AuthEvidence{}, false
}

// authCond classifies cond on the branch where it evaluates to holds.
func (c *Classifier) authCond(e *model.Event, cond ast.Expr, holds bool) AuthEvidence {
	switch x := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			return c.authCond(e, x.X, !holds)
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LOR, token.LAND:
			// Both operands have the branch's value together only for || when
			// false and && when true; then one named operand names the guard.
			if (x.Op == token.LOR) != holds {
				a, b := c.authCond(e, x.X, holds), c.authCond(e, x.Y, holds)
				if a.Kind == b.Kind || b.Kind == NoAuth {
					return a
				}
				if a.Kind == NoAuth {
					return b
				}
				return AuthEvidence{} // mixed
			}
			a, b := c.authCond(e, x.X, holds), c.authCond(e, x.Y, holds)
			if a.Kind == b.Kind {
				return a
			}
			return AuthEvidence{}
		case token.EQL, token.NEQ:
			eq := (x.Op == token.EQL) == holds // the branch where X == Y
			return c.authCompare(e, x.X, x.Y, eq)
		}
	case *ast.Ident:
		// ok from r.BasicAuth(), allowed from casbin Enforce, token.Valid via an origin
		if v, ok := c.info.Uses[x].(*types.Var); ok && !holds {
			if call := e.Before.Origin(v); call != nil {
				return c.authCall(call)
			}
		}
	case *ast.SelectorExpr:
		if !holds {
			if x.Sel.Name == "Valid" && namedIn(c.info.TypeOf(x.X), jwtPackages...) {
				return AuthEvidence{Kind: Authn, What: "an invalid jwt token (" + types.ExprString(x) + ")"}
			}
			if x.Sel.Name == "Valid" { // !token.Valid after jwt.Parse
				if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
					if v, ok := c.info.Uses[id].(*types.Var); ok {
						if call := e.Before.Origin(v); call != nil {
							if ev := c.authCall(call); ev.Kind == Authn {
								return ev
							}
						}
					}
				}
			}
			if permissionField.MatchString(x.Sel.Name) && isBool(c.info.TypeOf(x)) {
				return AuthEvidence{Kind: Authz, What: "a permission check (" + types.ExprString(x) + ")"}
			}
		}
	case *ast.CallExpr:
		if !holds {
			return c.authCall(x)
		}
		if fn, _ := typeutil.Callee(c.info, x).(*types.Func); fn != nil && fn.Pkg() != nil && len(x.Args) == 2 &&
			(fn.Pkg().Path() == "errors" && fn.Name() == "Is") {
			if ev, ok := c.authSentinel(x.Args[1]); ok {
				return ev // errors.Is(err, http.ErrNoCookie)
			}
		}
	}
	return AuthEvidence{}
}

var jwtPackages = []string{"github.com/golang-jwt/jwt/v5", "github.com/golang-jwt/jwt/v4", "github.com/dgrijalva/jwt-go"}

// authSentinel classifies errors that mean missing or invalid credentials.
func (c *Classifier) authSentinel(e ast.Expr) (AuthEvidence, bool) {
	var id *ast.Ident
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		id = x
	case *ast.SelectorExpr:
		id = x.Sel
	}
	if id == nil {
		return AuthEvidence{}, false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil {
		return AuthEvidence{}, false
	}
	switch {
	case v.Pkg().Path() == "net/http" && v.Name() == "ErrNoCookie":
		return AuthEvidence{Kind: Authn, What: "a missing cookie (http.ErrNoCookie)"}, true
	case slices.Contains(jwtPackages, v.Pkg().Path()) && strings.HasPrefix(v.Name(), "ErrToken"):
		return AuthEvidence{Kind: Authn, What: "an invalid token (jwt." + v.Name() + ")"}, true
	}
	return AuthEvidence{}, false
}

// authCall classifies a call whose result was found false or failing.
func (c *Classifier) authCall(call *ast.CallExpr) AuthEvidence {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if fn == nil {
		return AuthEvidence{}
	}
	key := httpapi.Key(fn)
	if what, ok := credentialCalls[key]; ok {
		return AuthEvidence{Kind: Authn, What: "a credential check (" + what + ")"}
	}
	if what, ok := permissionCalls[key]; ok {
		return AuthEvidence{Kind: Authz, What: "a permission check (" + what + ")"}
	}
	if permissionName.MatchString(fn.Name()) && returnsBool(fn) {
		return AuthEvidence{Kind: Authz, What: "a permission check (" + fn.Name() + ")"}
	}
	if (key == "slices.Contains" || key == "strings.Contains" || key == "slices.ContainsFunc") && len(call.Args) == 2 {
		if sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr); ok && permissionField.MatchString(sel.Sel.Name) {
			return AuthEvidence{Kind: Authz, What: "a role check (" + types.ExprString(sel) + ")"}
		}
	}
	if key == "crypto/subtle.ConstantTimeCompare" {
		return AuthEvidence{Kind: Authn, What: "a credential comparison (subtle.ConstantTimeCompare)"}
	}
	return AuthEvidence{}
}

// authCompare classifies X == Y on the branch where equal says whether they are.
func (c *Classifier) authCompare(e *model.Event, x, y ast.Expr, equal bool) AuthEvidence {
	for _, pair := range [][2]ast.Expr{{x, y}, {y, x}} {
		val, other := pair[0], pair[1]
		// Authorization header empty: authn.
		if s, ok := c.stringConst(other); ok && s == "" && equal {
			if h := c.credentialRead(e, val); h != "" {
				return AuthEvidence{Kind: Authn, What: "the " + h + " header is empty"}
			}
		}
		// err != nil from a credential check (an error from a permission
		// check means it could not run, not that it said no).
		if c.isNil(other) && !equal {
			var call *ast.CallExpr
			switch v := ast.Unparen(val).(type) {
			case *ast.CallExpr:
				call = v // bcrypt.CompareHashAndPassword(h, p) != nil
			case *ast.Ident:
				if obj, ok := c.info.Uses[v].(*types.Var); ok && isError(obj.Type()) {
					call = e.Before.Origin(obj)
				}
			}
			if call != nil {
				if ev := c.authCall(call); ev.Kind == Authn {
					return ev
				}
			}
		}
		if c.isNil(other) && equal { // user == nil after a credential lookup is too vague: no claim
			continue
		}
		// subtle.ConstantTimeCompare(...) != 1 or == 0
		if call, ok := ast.Unparen(val).(*ast.CallExpr); ok {
			if n, ok := c.intConst(other); ok && ((n == 1 && !equal) || (n == 0 && equal)) {
				if ev := c.authCall(call); ev.Kind == Authn {
					return ev
				}
			}
			// len(auth) == 0
			if fn, ok := c.info.Uses[identOf(call.Fun)].(*types.Builtin); ok && fn.Name() == "len" && len(call.Args) == 1 {
				if n, ok := c.intConst(other); ok && n == 0 && equal {
					if h := c.credentialRead(e, call.Args[0]); h != "" {
						return AuthEvidence{Kind: Authn, What: "the " + h + " header is empty"}
					}
				}
			}
		}
		// user.Role != "admin": a known principal's permission.
		if sel, ok := ast.Unparen(val).(*ast.SelectorExpr); ok && !equal && permissionField.MatchString(sel.Sel.Name) {
			if t := c.info.TypeOf(other); t != nil && isString(t) {
				return AuthEvidence{Kind: Authz, What: "a role check (" + types.ExprString(sel) + ")"}
			}
		}
	}
	return AuthEvidence{}
}

// credentialRead names the header when e reads a credential header of the
// request (r.Header.Get("Authorization"), c.GetHeader, c.Get in fiber), directly
// or through a local variable assigned once.
func (c *Classifier) credentialRead(ev *model.Event, e ast.Expr) string {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			if val := c.model.Value(v); val != nil {
				e = ast.Unparen(val)
			}
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return ""
	}
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	switch httpapi.Key(fn) {
	case "net/http.Header.Get", "github.com/gin-gonic/gin.Context.GetHeader",
		"github.com/gofiber/fiber/v2.Ctx.Get", "github.com/gofiber/fiber/v3.Ctx.Get":
	default:
		return ""
	}
	if s, ok := c.stringConst(call.Args[0]); ok && credentialHeader.MatchString(s) {
		return s
	}
	return ""
}

func (c *Classifier) stringConst(e ast.Expr) (string, bool) {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

func (c *Classifier) intConst(e ast.Expr) (int64, bool) {
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.Int {
		return constant.Int64Val(tv.Value)
	}
	return 0, false
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

func returnsBool(fn *types.Func) bool {
	res := fn.Signature().Results()
	return res.Len() >= 1 && isBool(res.At(0).Type())
}
