package classify

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
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
	// Decl is the declaration of the project function the guard calls
	// when it is in this package (u.CheckPassword's); Fact is that
	// function's access fact (its position, for one in another package).
	Decl token.Pos
	Fact *model.AuthFact

	// Absent: the guard found no principal (user == nil after a lookup),
	// which a success may answer deliberately (an anonymous view).
	Absent bool

	denies bool // the call's error is its verdict (an access function whose every error denies)
}

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
			if x.Sel.Name == "Valid" && namedIn(c.info.TypeOf(x.X), httpapi.JWTPackages...) {
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
			if isBool(c.info.TypeOf(x)) {
				if what := c.model.PermissionValue(c.info, x); what != "" {
					return AuthEvidence{Kind: Authz, What: what}
				}
				if what, ok := c.principalField(e, x); ok {
					return AuthEvidence{Kind: Authz, What: what}
				}
			}
		}
	case *ast.CallExpr:
		if !holds {
			if ev := c.authCall(x); ev.Kind != NoAuth {
				return ev
			}
			return c.membership(e, x)
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
	case slices.Contains(httpapi.JWTPackages, v.Pkg().Path()) && strings.HasPrefix(v.Name(), "ErrToken"):
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
	if what, ok := httpapi.CredentialCalls[key]; ok {
		return AuthEvidence{Kind: Authn, What: "a credential check (" + what + ")"}
	}
	if what, ok := httpapi.PermissionCalls[key]; ok {
		return AuthEvidence{Kind: Authz, What: "a permission check (" + what + ")"}
	}
	if f, decl := c.model.Auth(fn); f != nil {
		name := callName(fn)
		switch f.Kind {
		case model.CredentialCheck:
			return AuthEvidence{Kind: Authn, What: "a credential check (" + name + ": " + f.What + ")", Decl: decl, Fact: f, denies: true}
		case model.PermissionCheck:
			return AuthEvidence{Kind: Authz, What: "a permission check (" + name + ": " + f.What + ")", Decl: decl, Fact: f, denies: true}
		}
	}
	if httpapi.PermissionName.MatchString(fn.Name()) && returnsBool(fn) {
		return AuthEvidence{Kind: Authz, What: "a permission check (" + fn.Name() + ")"}
	}
	if (key == "slices.Contains" || key == "strings.Contains" || key == "slices.ContainsFunc") && len(call.Args) == 2 {
		if what := c.model.PermissionValue(c.info, call.Args[0]); what != "" {
			return AuthEvidence{Kind: Authz, What: what}
		}
	}
	if key == "crypto/subtle.ConstantTimeCompare" {
		return AuthEvidence{Kind: Authn, What: "a credential comparison (subtle.ConstantTimeCompare)"}
	}
	return AuthEvidence{}
}

// membership classifies !slices.Contains(board.Members, user.ID): the
// known principal is not among the resource's members.
func (c *Classifier) membership(e *model.Event, call *ast.CallExpr) AuthEvidence {
	fn, _ := typeutil.Callee(c.info, call).(*types.Func)
	if key := httpapi.Key(fn); key != "slices.Contains" || len(call.Args) != 2 {
		return AuthEvidence{}
	}
	sel, ok := ast.Unparen(call.Args[0]).(*ast.SelectorExpr)
	if !ok || !httpapi.MembersField.MatchString(sel.Sel.Name) {
		return AuthEvidence{}
	}
	if who, ok := c.identity(e, call.Args[1]); ok {
		return AuthEvidence{Kind: Authz, What: "a membership check (" + types.ExprString(call) + ", " + who + ")"}
	}
	return AuthEvidence{}
}

// identity says whether x is a known principal's identity (user.ID of a
// principal, or a principal that is an ID itself: c.GetString("user_id"),
// auth.UserID(c)), naming where the principal came from.
func (c *Classifier) identity(e *model.Event, x ast.Expr) (string, bool) {
	x = ast.Unparen(x)
	if sel, ok := x.(*ast.SelectorExpr); ok && httpapi.IdentityField.MatchString(sel.Sel.Name) {
		if who, ok := c.model.Principal(c.info, sel.X, e.Before.Origin); ok {
			return "the user from " + who, true
		}
		return "", false
	}
	if t := c.info.TypeOf(x); t == nil || !isString(t) {
		return "", false
	}
	if who, ok := c.model.Principal(c.info, x, e.Before.Origin); ok {
		return "the user from " + who, true
	}
	return "", false
}

// principalField classifies a test of a field of a principal known not to
// be nil here (a nil test on the path, or c.MustGet): the user is known,
// what the field says is a permission (u.Verified, u.Plan != "pro").
func (c *Classifier) principalField(e *model.Event, sel *ast.SelectorExpr) (string, bool) {
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return "", false
	}
	v, ok := c.info.Uses[id].(*types.Var)
	if !ok {
		return "", false
	}
	who, ok := c.model.Principal(c.info, id, e.Before.Origin)
	if !ok {
		return "", false
	}
	for _, g := range e.Before.Guards {
		if g.Tag != nil || g.NonNil {
			continue
		}
		if w, nonNil, ok := c.varNilTest(g.Cond); ok && w == v && nonNil == g.Holds {
			return "a test of the known user's " + sel.Sel.Name + " (" + types.ExprString(sel) + ", the user from " + who + ")", true
		}
	}
	return "", false
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
				if ev := c.authCall(call); ev.Kind == Authn || ev.denies {
					return ev
				}
			}
		}
		// user == nil, uid == "" after a principal lookup: nobody logged in.
		if equal && (c.isNil(other) || c.isEmptyString(other)) {
			if who, ok := c.model.Principal(c.info, val, e.Before.Origin); ok {
				f, decl := c.model.PrincipalLookup(c.info, val, e.Before.Origin)
				return AuthEvidence{Kind: Authn, What: "no user from " + who, Absent: true, Fact: f, Decl: decl}
			}
		}
		if c.isNil(other) && equal { // user == nil after any other lookup is too vague: no claim
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
		if equal {
			continue
		}
		// user.Role != "admin", c.GetString("role") != "admin": a known
		// principal's permission, or one middleware stored.
		if t := c.info.TypeOf(other); t != nil && isString(t) {
			if what := c.model.PermissionValue(c.info, c.valueOf(val)); what != "" {
				return AuthEvidence{Kind: Authz, What: what}
			}
		}
		// post.AuthorID != user.ID: the known principal is not the owner.
		if sel, ok := ast.Unparen(other).(*ast.SelectorExpr); ok && httpapi.OwnerField.MatchString(sel.Sel.Name) {
			if _, isPrincipal := c.model.Principal(c.info, sel.X, e.Before.Origin); !isPrincipal {
				if who, ok := c.identity(e, val); ok {
					return AuthEvidence{Kind: Authz, What: "an ownership check (" + types.ExprString(sel) + " against " + who + ")"}
				}
			}
		}
		// u.Plan != "pro" after the nil test of u.
		if sel, ok := ast.Unparen(val).(*ast.SelectorExpr); ok && c.isConst(other) && !c.isEmptyString(other) {
			if what, ok := c.principalField(e, sel); ok {
				return AuthEvidence{Kind: Authz, What: what}
			}
		}
	}
	return AuthEvidence{}
}

// valueOf is the one value of a local (role := c.GetString("role")), or e.
func (c *Classifier) valueOf(e ast.Expr) ast.Expr {
	if id, ok := ast.Unparen(e).(*ast.Ident); ok {
		if v, ok := c.info.Uses[id].(*types.Var); ok {
			if val := c.model.Value(v); val != nil {
				return val
			}
		}
	}
	return e
}

func (c *Classifier) isEmptyString(e ast.Expr) bool {
	s, ok := c.stringConst(e)
	return ok && s == ""
}

func (c *Classifier) isConst(e ast.Expr) bool {
	tv, ok := c.info.Types[e]
	return ok && tv.Value != nil
}

// credentialRead names the header when e reads a credential header of the
// request (r.Header.Get("Authorization"), c.GetHeader, c.Get in fiber), directly
// or through a local variable assigned once.
func (c *Classifier) credentialRead(_ *model.Event, e ast.Expr) string {
	return c.model.CredentialHeader(c.info, e)
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
