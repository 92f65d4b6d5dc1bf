package model

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/constant"
	"go/token"
	"go/types"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// authInference finds the package's access functions (AuthFact): a
// credential check (a bool or error from bcrypt, argon2id, a constant-time
// comparison of a secret, a JWT parse, an API key compared with a header),
// a permission check (a bool or error from a role, permission or scope
// test) and a principal lookup (the request's user, read from a context
// value). It reads only the bodies of the functions whose signature fits
// (authCandidate), with no CFG and no handler flow: it runs in packages
// the model does not build (a user package that imports bcrypt and no
// HTTP API) as cheaply as a walk of those bodies.
type authInference struct {
	pass      *analysis.Pass
	info      *types.Info
	pkg       *types.Package
	canImport bool
	decls     map[*types.Func]*ast.FuncDecl
	facts     map[*types.Func]*AuthFact // inferred; nil while inferring or when none
	done      map[*types.Func]bool
}

func newAuthInference(pass *analysis.Pass, canImport bool) *authInference {
	return &authInference{pass: pass, info: pass.TypesInfo, pkg: pass.Pkg, canImport: canImport,
		facts: map[*types.Func]*AuthFact{}, done: map[*types.Func]bool{}}
}

// authWorth reports whether a package that the model does not build may
// declare access functions, from its types alone: it imports a credential
// library or a package with access facts, declares a struct with a role or
// permission field, or a function whose signature is a principal lookup's.
// The standard library never does.
func authWorth(pass *analysis.Pass) bool {
	if httpapi.IsFramework(pass.Pkg.Path()) {
		return false
	}
	direct := map[*types.Package]bool{}
	for _, imp := range pass.Pkg.Imports() {
		if httpapi.CredentialLibraries[imp.Path()] {
			return !inGOROOT(pass)
		}
		direct[imp] = true
	}
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*AuthFact); ok && direct[f.Object.Pkg()] {
			return !inGOROOT(pass)
		}
	}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		switch obj := scope.Lookup(name).(type) {
		case *types.TypeName:
			if st, ok := obj.Type().Underlying().(*types.Struct); ok {
				for i := range st.NumFields() {
					if httpapi.PermissionField.MatchString(st.Field(i).Name()) {
						return !inGOROOT(pass)
					}
				}
			}
		case *types.Func:
			if principalCandidate(obj) {
				return !inGOROOT(pass)
			}
		}
	}
	return false
}

// inGOROOT reports a standard library package.
func inGOROOT(pass *analysis.Pass) bool {
	if len(pass.Files) == 0 || pass.Files[0] == nil {
		return true
	}
	root := build.Default.GOROOT
	if root == "" {
		return false
	}
	name := pass.Fset.Position(pass.Files[0].Pos()).Filename
	return strings.HasPrefix(name, filepath.Join(root, "src")+string(filepath.Separator))
}

// run infers the fact of every candidate function and exports those of
// exported functions and methods when export is set.
func (ai *authInference) run(export bool) {
	ai.decls = map[*types.Func]*ast.FuncDecl{}
	var order []*types.Func
	for _, f := range ai.pass.Files {
		if tf := ai.pass.Fset.File(f.Pos()); tf == nil || strings.HasSuffix(tf.Name(), "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			if fn, ok := ai.info.Defs[fd.Name].(*types.Func); ok {
				ai.decls[fn] = fd
				order = append(order, fn)
			}
		}
	}
	for _, fn := range order {
		if f := ai.of(fn); f != nil && export && fn.Exported() {
			ai.pass.ExportObjectFact(fn, f)
		}
	}
}

// of returns fn's fact: inferred for a function of this package, imported
// for another's.
func (ai *authInference) of(fn *types.Func) *AuthFact {
	if ai == nil || fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if fn.Pkg() != ai.pkg {
		var f AuthFact
		if ai.canImport && ai.pass.ImportObjectFact(fn, &f) {
			return &f
		}
		return nil
	}
	if ai.done[fn] {
		return ai.facts[fn]
	}
	ai.done[fn] = true // a recursive function is no check to itself
	d := ai.decls[fn]
	if d == nil {
		return nil
	}
	var f *AuthFact
	if mode := checkMode(fn.Signature()); mode != noCheck {
		f = ai.inferCheck(d, mode)
	}
	if f == nil && principalCandidate(fn) {
		f = ai.inferPrincipal(d)
	}
	if f != nil {
		p := ai.pass.Fset.Position(d.Name.Pos())
		f.File, f.Line, f.Col = p.Filename, p.Line, p.Column
	}
	ai.facts[fn] = f
	return f
}

type checkKind uint8

const (
	noCheck   checkKind = iota
	boolCheck           // func(...) bool
	errCheck            // func(...) (..., error) with no bool result
)

func checkMode(sig *types.Signature) checkKind {
	res := sig.Results()
	if res.Len() == 1 && isBoolType(res.At(0).Type()) {
		return boolCheck
	}
	if res.Len() == 0 || !isErrorType(res.At(res.Len()-1).Type()) {
		return noCheck
	}
	for i := range res.Len() {
		if isBoolType(res.At(i).Type()) {
			return noCheck
		}
	}
	return errCheck
}

// principalCandidate: a function given the request (a context, a
// request, a framework context) whose first result is a principal by its
// type's name or the function's (CurrentUser(r) *User, UserID(c) string).
func principalCandidate(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Results().Len() == 0 || sig.Results().Len() > 2 {
		return false
	}
	req := false
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		if _, ok := httpapi.FrameworkOf(t); ok || httpapi.IsRequest(t) || isContextType(t) {
			req = true
		}
	}
	if !req {
		return false
	}
	t := sig.Results().At(0).Type()
	if isErrorType(t) || isBoolType(t) {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := types.Unalias(t).(type) {
	case *types.Named:
		if _, ok := httpapi.FrameworkOf(u); ok {
			return false
		}
		return httpapi.PrincipalName.MatchString(u.Obj().Name()) || httpapi.PrincipalName.MatchString(fn.Name())
	case *types.Basic:
		return u.Info()&types.IsString != 0 && httpapi.PrincipalIDName.MatchString(fn.Name())
	}
	return false
}

// authEv is evidence of an access check in an expression.
type authEv struct {
	kind AuthKind
	what string
}

// join is the evidence of an expression with two operands: one kind, or
// none when they mix.
func join(a, b authEv) authEv {
	switch {
	case a.kind == 0:
		return b
	case b.kind == 0 || a.kind == b.kind:
		return a
	}
	return authEv{}
}

// authBody is one function's locals: the evidence each was assigned from,
// when every assignment to it carries the same.
type authBody struct {
	vars map[*types.Var]authEv
	bad  map[*types.Var]bool // assigned without evidence, or in ways the walk cannot follow

	vals   map[*types.Var]ast.Expr // the value of a local assigned once
	valBad map[*types.Var]bool     // assigned more than once, or in ways the walk cannot follow
}

func (ai *authInference) locals(d *ast.FuncDecl, ev func(ast.Expr, *authBody) authEv) *authBody {
	b := &authBody{vars: map[*types.Var]authEv{}, bad: map[*types.Var]bool{},
		vals: map[*types.Var]ast.Expr{}, valBad: map[*types.Var]bool{}}
	setVal := func(id, val ast.Expr) {
		x, ok := ast.Unparen(id).(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := ai.info.ObjectOf(x).(*types.Var); ok {
			if _, seen := b.vals[v]; seen || val == nil {
				b.valBad[v] = true
			}
			b.vals[v] = val
		}
	}
	set := func(id ast.Expr, e authEv) {
		x, ok := ast.Unparen(id).(*ast.Ident)
		if !ok {
			return
		}
		v, ok := ai.info.ObjectOf(x).(*types.Var)
		if !ok {
			return
		}
		if old, seen := b.vars[v]; (seen && old != e) || e.kind == 0 {
			b.bad[v] = true
		}
		b.vars[v] = e
	}
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			ast.Inspect(n.Body, func(n ast.Node) bool { // assigned in a closure: unknown
				if a, ok := n.(*ast.AssignStmt); ok {
					for _, l := range a.Lhs {
						set(l, authEv{})
						setVal(l, nil)
					}
				}
				return true
			})
			return false
		case *ast.AssignStmt:
			if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
				for _, l := range n.Lhs {
					set(l, authEv{})
					setVal(l, nil)
				}
				return true
			}
			for i, l := range n.Lhs {
				var e authEv
				switch {
				case len(n.Rhs) == len(n.Lhs):
					e = ev(n.Rhs[i], b)
					setVal(l, n.Rhs[i])
				case len(n.Rhs) == 1:
					e = ev(n.Rhs[0], b)
					setVal(l, nil)
				}
				set(l, e)
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				var e authEv
				switch {
				case len(n.Values) == len(n.Names):
					e = ev(n.Values[i], b)
					setVal(id, n.Values[i])
				default:
					if len(n.Values) == 1 {
						e = ev(n.Values[0], b)
					}
					setVal(id, nil)
				}
				set(id, e)
			}
		case *ast.RangeStmt:
			for _, x := range []ast.Expr{n.Key, n.Value} {
				if x != nil {
					set(x, authEv{})
					setVal(x, nil)
				}
			}
		case *ast.IncDecStmt:
			set(n.X, authEv{})
			setVal(n.X, nil)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				set(n.X, authEv{})
				setVal(n.X, nil)
			}
		}
		return true
	})
	return b
}

func (b *authBody) of(ai *authInference, id *ast.Ident) authEv {
	v, ok := ai.info.Uses[id].(*types.Var)
	if !ok || b.bad[v] {
		return authEv{}
	}
	return b.vars[v]
}

// inferCheck: every return of the bool (or error) result is the check's
// verdict, or a constant, and at least one says it: the result is derived
// from the evidence, or a constant returned in a branch that tests it. A
// non-nil error returned on another path (a failed lookup) is not the
// check's verdict: no fact. A function that can only accept (logs the
// failure and returns nil) or only deny is no check either.
func (ai *authInference) inferCheck(d *ast.FuncDecl, mode checkKind) *AuthFact {
	b := ai.locals(d, ai.checkEv)
	idx := 0
	if mode == errCheck {
		idx = ai.info.Defs[d.Name].(*types.Func).Signature().Results().Len() - 1
	}
	var found authEv
	canDeny, canAccept, ok := false, false, true
	note := func(e authEv) {
		if found.kind == 0 {
			found = e
		} else if found.kind != e.kind {
			ok = false
		}
	}
	var walk func(stmts []ast.Stmt, branch authEv)
	walk = func(stmts []ast.Stmt, branch authEv) {
		for _, s := range stmts {
			if !ok {
				return
			}
			switch s := s.(type) {
			case *ast.ReturnStmt:
				var v ast.Expr
				switch {
				case len(s.Results) == 1 && idx > 0:
					v = s.Results[0] // return f(...) with f's results
				case idx < len(s.Results):
					v = s.Results[idx]
				default:
					ok = false // a bare return of named results
					return
				}
				if e := ai.checkEv(v, b); e.kind != 0 {
					note(e)
					canDeny, canAccept = true, true
					continue
				}
				switch {
				case mode == boolCheck:
					tv := ai.info.Types[v]
					if tv.Value == nil || tv.Value.Kind() != constant.Bool {
						ok = false
						return
					}
					if constant.BoolVal(tv.Value) {
						canAccept = true
					} else {
						canDeny = true
					}
				case ai.isNilExpr(v):
					canAccept = true
					if branch.kind == 0 {
						continue
					}
				default:
					if branch.kind == 0 {
						ok = false // an error that is not the check's
						return
					}
					canDeny = true
				}
				if branch.kind != 0 {
					note(branch)
				}
			case *ast.IfStmt:
				inner := branch
				if e := ai.checkEv(s.Cond, b); e.kind != 0 {
					inner = e
				}
				walk(s.Body.List, inner)
				if s.Else != nil {
					walk([]ast.Stmt{s.Else}, inner)
				}
			case *ast.BlockStmt:
				walk(s.List, branch)
			case *ast.SwitchStmt:
				tag := authEv{}
				if s.Tag != nil {
					tag = ai.checkEv(s.Tag, b)
				}
				for _, cc := range s.Body.List {
					cc := cc.(*ast.CaseClause)
					inner := branch
					if tag.kind != 0 {
						inner = tag
					}
					for _, x := range cc.List {
						if e := ai.checkEv(x, b); e.kind != 0 {
							inner = e
						}
					}
					walk(cc.Body, inner)
				}
			case *ast.TypeSwitchStmt:
				for _, cc := range s.Body.List {
					walk(cc.(*ast.CaseClause).Body, branch)
				}
			case *ast.ForStmt:
				walk(s.Body.List, branch)
			case *ast.RangeStmt:
				walk(s.Body.List, branch)
			case *ast.LabeledStmt:
				walk([]ast.Stmt{s.Stmt}, branch)
			case *ast.SelectStmt:
				for _, cc := range s.Body.List {
					walk(cc.(*ast.CommClause).Body, branch)
				}
			}
		}
	}
	walk(d.Body.List, authEv{})
	if !ok || found.kind == 0 || !canDeny || !canAccept {
		return nil
	}
	return &AuthFact{Kind: found.kind, What: found.what}
}

// secretName: a value compared in constant time is a secret by its name.
var secretName = regexp.MustCompile(`(?i)(key|token|secret|passw|pwd|hash|cred)`)

// checkEv is the credential or permission evidence an expression carries.
func (ai *authInference) checkEv(e ast.Expr, b *authBody) authEv {
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if x.Op == token.NOT {
			return ai.checkEv(x.X, b)
		}
	case *ast.BinaryExpr:
		switch x.Op {
		case token.LAND, token.LOR:
			return join(ai.checkEv(x.X, b), ai.checkEv(x.Y, b))
		case token.EQL, token.NEQ:
			for _, pair := range [][2]ast.Expr{{x.X, x.Y}, {x.Y, x.X}} {
				val, other := pair[0], pair[1]
				if h := ai.credentialRead(val, b); h != "" {
					return authEv{CredentialCheck, "the " + h + " header compared"}
				}
				if t := ai.info.TypeOf(other); t != nil && isStringType(t) {
					if what := ai.permissionValue(val); what != "" {
						return authEv{PermissionCheck, what}
					}
				}
			}
			return join(ai.checkEv(x.X, b), ai.checkEv(x.Y, b))
		}
	case *ast.Ident:
		return b.of(ai, x)
	case *ast.SelectorExpr:
		if t := ai.info.TypeOf(x); t != nil && isBoolType(t) {
			if what := ai.permissionValue(x); what != "" {
				return authEv{PermissionCheck, what}
			}
		}
		if x.Sel.Name == "Valid" {
			if namedInPkgs(ai.info.TypeOf(x.X), httpapi.JWTPackages...) {
				return authEv{CredentialCheck, "a jwt token's Valid"}
			}
			if id, ok := ast.Unparen(x.X).(*ast.Ident); ok {
				if e := b.of(ai, id); e.kind == CredentialCheck {
					return e
				}
			}
		}
	case *ast.TypeAssertExpr:
		return ai.checkEv(x.X, b)
	case *ast.IndexExpr:
		// keys[r.Header.Get("X-API-Key")]: an API-key lookup
		if _, ok := ai.info.TypeOf(x.X).Underlying().(*types.Map); ok {
			if h := ai.credentialRead(x.Index, b); h != "" {
				return authEv{CredentialCheck, "an API-key lookup of the " + h + " header"}
			}
		}
	case *ast.CallExpr:
		return ai.callEv(x, b)
	}
	return authEv{}
}

// permissionValue names a role or permission a known principal carries:
// a field (u.Role, u.Perm.Download) or a value middleware stored under a
// role key (c.GetString("role")).
func (ai *authInference) permissionValue(e ast.Expr) string {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		for s := x; s != nil; {
			if httpapi.PermissionField.MatchString(s.Sel.Name) {
				if sel, ok := ai.info.Selections[s]; ok && sel.Kind() == types.FieldVal {
					return "a role check (" + types.ExprString(x) + ")"
				}
			}
			s, _ = ast.Unparen(s.X).(*ast.SelectorExpr)
		}
	case *ast.CallExpr:
		if key, ok := ContextRead(ai.info, x); ok && httpapi.PermissionKey.MatchString(key) {
			return "a role read from the request (" + types.ExprString(x) + ")"
		}
	case *ast.TypeAssertExpr:
		return ai.permissionValue(x.X)
	case *ast.IndexExpr:
		if tv, ok := ai.info.Types[x.Index]; ok && tv.Value != nil && tv.Value.Kind() == constant.String &&
			httpapi.PermissionKey.MatchString(constant.StringVal(tv.Value)) {
			if _, ok := ai.info.TypeOf(x.X).Underlying().(*types.Map); ok {
				return "a role claim (" + types.ExprString(x) + ")"
			}
		}
	}
	return ""
}

// ContextRead returns the constant key of a read of a value middleware
// stored on the request (c.Get("role"), c.Locals("user"),
// r.Context().Value("uid")); ok is false for any other call.
func ContextRead(info *types.Info, call *ast.CallExpr) (key string, ok bool) {
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	i, ok := httpapi.ContextReads[httpapi.Key(fn)]
	if !ok || i >= len(call.Args) {
		return "", false
	}
	if tv, ok := info.Types[call.Args[i]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", true
}

// callEv is the evidence a call's result carries.
func (ai *authInference) callEv(call *ast.CallExpr, b *authBody) authEv {
	fn, _ := typeutil.Callee(ai.info, call).(*types.Func)
	if fn == nil {
		return authEv{}
	}
	key := httpapi.Key(fn)
	if what, ok := httpapi.CredentialCalls[key]; ok {
		return authEv{CredentialCheck, what}
	}
	if what, ok := httpapi.PermissionCalls[key]; ok {
		return authEv{PermissionCheck, what}
	}
	switch key {
	case "crypto/subtle.ConstantTimeCompare":
		for _, a := range call.Args {
			if ai.secret(a, b) {
				return authEv{CredentialCheck, "subtle.ConstantTimeCompare"}
			}
		}
		return authEv{}
	case "fmt.Errorf", "errors.Join", "github.com/pkg/errors.Wrap", "github.com/pkg/errors.Wrapf", "github.com/pkg/errors.WithMessage":
		var e authEv
		for _, a := range call.Args {
			e = join(e, ai.checkEv(a, b))
		}
		return e
	case "slices.Contains", "strings.Contains", "slices.ContainsFunc":
		if len(call.Args) == 2 {
			if what := ai.permissionValue(call.Args[0]); what != "" {
				return authEv{PermissionCheck, what}
			}
		}
		return authEv{}
	}
	if f := ai.of(fn); f != nil && (f.Kind == CredentialCheck || f.Kind == PermissionCheck) {
		return authEv{f.Kind, funcName(fn)}
	}
	if httpapi.PermissionName.MatchString(fn.Name()) && checkMode(fn.Signature()) == boolCheck {
		return authEv{PermissionCheck, funcName(fn)}
	}
	return authEv{}
}

// secret: a value compared in constant time is a secret: named so, read
// from a credential header, or derived by a password hash.
func (ai *authInference) secret(e ast.Expr, b *authBody) bool {
	e = ast.Unparen(e)
	if conv, ok := e.(*ast.CallExpr); ok && len(conv.Args) == 1 {
		if tv, ok := ai.info.Types[conv.Fun]; ok && tv.IsType() {
			e = ast.Unparen(conv.Args[0]) // []byte(token)
		}
	}
	if ai.credentialRead(e, b) != "" {
		return true
	}
	if call, ok := e.(*ast.CallExpr); ok {
		fn, _ := typeutil.Callee(ai.info, call).(*types.Func)
		if fn != nil && fn.Pkg() != nil && httpapi.CredentialLibraries[fn.Pkg().Path()] {
			return true // argon2.IDKey(...)
		}
	}
	return secretName.MatchString(types.ExprString(e))
}

// credentialRead names the header when e reads a credential header of the
// request, directly or through a local assigned once from such a read.
func (ai *authInference) credentialRead(e ast.Expr, b *authBody) string {
	return credentialHeaderRead(ai.info, e, func(v *types.Var) ast.Expr {
		if b.valBad[v] {
			return nil
		}
		return b.vals[v]
	})
}

// CredentialHeaderRead names the header when e reads a credential header
// of the request (r.Header.Get("Authorization"), c.GetHeader, fiber's
// c.Get), directly or, with value, through a local whose one value it is.
func credentialHeaderRead(info *types.Info, e ast.Expr, value func(*types.Var) ast.Expr) string {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok && value != nil {
		if v, ok := info.Uses[id].(*types.Var); ok {
			if val := value(v); val != nil {
				e = ast.Unparen(val)
			}
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok || len(call.Args) != 1 {
		return ""
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	switch httpapi.Key(fn) {
	case "net/http.Header.Get", "github.com/gin-gonic/gin.Context.GetHeader",
		"github.com/gofiber/fiber/v2.Ctx.Get", "github.com/gofiber/fiber/v3.Ctx.Get":
	default:
		return ""
	}
	if tv, ok := info.Types[call.Args[0]]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		if s := constant.StringVal(tv.Value); httpapi.CredentialHeader.MatchString(s) {
			return s
		}
	}
	return ""
}

// inferPrincipal: every return of the first result is a value read from
// the request's context (a principal middleware stored), another
// principal lookup's, or a zero value, and one is not a zero value.
func (ai *authInference) inferPrincipal(d *ast.FuncDecl) *AuthFact {
	b := ai.locals(d, ai.principalEv)
	var found authEv
	ok := true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				ok = false
				return false
			}
			v := n.Results[0]
			if e := ai.principalEv(v, b); e.kind == PrincipalLookup {
				if found.kind == 0 {
					found = e
				}
				return false
			}
			if !ai.zero(v) {
				ok = false
			}
			return false
		}
		return ok
	})
	if !ok || found.kind == 0 {
		return nil
	}
	return &AuthFact{Kind: PrincipalLookup, What: found.what}
}

// principalEv is evidence that e is the request's principal.
func (ai *authInference) principalEv(e ast.Expr, b *authBody) authEv {
	switch x := ast.Unparen(e).(type) {
	case *ast.StarExpr:
		return ai.principalEv(x.X, b)
	case *ast.TypeAssertExpr:
		return ai.principalEv(x.X, b)
	case *ast.Ident:
		if e := b.of(ai, x); e.kind == PrincipalLookup {
			return e
		}
	case *ast.CallExpr:
		if _, ok := ContextRead(ai.info, x); ok {
			return authEv{PrincipalLookup, "a context value (" + types.ExprString(x.Fun) + ")"}
		}
		if fn, _ := typeutil.Callee(ai.info, x).(*types.Func); fn != nil {
			if f := ai.of(fn); f != nil && f.Kind == PrincipalLookup {
				return authEv{PrincipalLookup, f.What}
			}
		}
	}
	return authEv{}
}

// zero: nil, "", or an empty composite literal.
func (ai *authInference) zero(e ast.Expr) bool {
	if ai.isNilExpr(e) {
		return true
	}
	if tv, ok := ai.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value) == ""
	}
	if cl, ok := ast.Unparen(e).(*ast.CompositeLit); ok {
		return len(cl.Elts) == 0
	}
	if u, ok := ast.Unparen(e).(*ast.UnaryExpr); ok && u.Op == token.AND {
		return false // &User{}: a value, not none
	}
	return false
}

func (ai *authInference) isNilExpr(e ast.Expr) bool {
	tv, ok := ai.info.Types[ast.Unparen(e)]
	return ok && tv.IsNil()
}

// funcName is how messages name a function: pkg.Name or pkg.Type.Name.
func funcName(fn *types.Func) string {
	name := fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = n.Obj().Name() + "." + name
		}
	}
	if fn.Pkg() != nil {
		name = fn.Pkg().Name() + "." + name
	}
	return name
}

func isBoolType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

func isContextType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

func namedInPkgs(t types.Type, paths ...string) bool {
	if t == nil {
		return false
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && slices.Contains(paths, n.Obj().Pkg().Path())
}

// Auth returns the access fact of fn: inferred for a function of this
// package, exported by another. pos is the function's declaration when it
// is in this package.
func (m *Model) Auth(fn *types.Func) (f *AuthFact, pos token.Pos) {
	if m == nil || m.auth == nil || fn == nil {
		return nil, token.NoPos
	}
	f = m.auth.of(fn)
	if f != nil && fn.Origin().Pkg() == m.auth.pkg {
		pos = fn.Origin().Pos()
	}
	return f, pos
}

// CredentialHeader names the header when e reads a credential header of
// the request, directly or through a local assigned once.
func (m *Model) CredentialHeader(info *types.Info, e ast.Expr) string {
	return credentialHeaderRead(info, e, m.Value)
}

// PrincipalLookup returns the access fact of the principal lookup e comes
// from (a call to one, or a local whose value it is), with the lookup's
// declaration when it is in this package: what a finding's Related points
// at. Nil for a principal read straight from the context.
func (m *Model) PrincipalLookup(info *types.Info, e ast.Expr, origin func(*types.Var) *ast.CallExpr) (*AuthFact, token.Pos) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return nil, token.NoPos
		}
		if call := origin(v); call != nil {
			e = call
		} else if val := m.Value(v); val != nil {
			e = ast.Unparen(val)
		}
	}
	call, ok := e.(*ast.CallExpr)
	if !ok {
		return nil, token.NoPos
	}
	fn, _ := typeutil.Callee(info, call).(*types.Func)
	if f, pos := m.Auth(fn); f != nil && f.Kind == PrincipalLookup {
		return f, pos
	}
	return nil, token.NoPos
}

// Principal says whether e is the request's principal, and names where it
// came from: the result of a principal lookup (a call, or a local whose
// value it is on every path, origin), or a context value asserted to a
// principal type (c.MustGet("user").(*User)).
func (m *Model) Principal(info *types.Info, e ast.Expr, origin func(*types.Var) *ast.CallExpr) (string, bool) {
	e = ast.Unparen(e)
	if id, ok := e.(*ast.Ident); ok {
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return "", false
		}
		if call := origin(v); call != nil {
			e = call
		} else if val := m.Value(v); val != nil {
			e = ast.Unparen(val)
		} else {
			return "", false
		}
	}
	switch x := e.(type) {
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(info, x).(*types.Func)
		if f, _ := m.Auth(fn); f != nil && f.Kind == PrincipalLookup {
			return funcName(fn), true
		}
		if key, ok := ContextRead(info, x); ok && key != "" && httpapi.PrincipalIDName.MatchString(key) {
			if t := info.TypeOf(x); t != nil && isStringType(t) {
				return fmt.Sprintf("%s(%q)", types.ExprString(x.Fun), key), true // c.GetString("user_id")
			}
		}
	case *ast.TypeAssertExpr:
		call, ok := ast.Unparen(x.X).(*ast.CallExpr)
		if !ok {
			return "", false
		}
		if _, ok := ContextRead(info, call); !ok {
			return "", false
		}
		t := info.TypeOf(x)
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && httpapi.PrincipalName.MatchString(n.Obj().Name()) {
			return types.ExprString(x), true
		}
	}
	return "", false
}

// PermissionValue names a role or permission in e: a field of a
// principal's rights (u.Role, u.Perm.Download), a value middleware stored
// under a role key (c.GetString("role")) or a role claim (claims["role"]);
// "" when e is none of them.
func (m *Model) PermissionValue(info *types.Info, e ast.Expr) string {
	ai := &authInference{info: info}
	return ai.permissionValue(e)
}
