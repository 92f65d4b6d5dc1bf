package model

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// ErrorTables is the classify package's knowledge of errors, which the
// error-class inference asks through Options.ErrorTables (classify reads
// the model, so the model cannot call it directly). Classes are
// classify.Class values.
type ErrorTables interface {
	// Classified reports whether a package-level object is an error value
	// the tables classify (sql.ErrNoRows, a user's addition, a module's
	// sentinel named like ErrNotFound).
	Classified(obj types.Object) bool
	// Causes classifies an error expression the tables know: a sentinel
	// value (with the facts the inference passed them), a library call
	// (db.Exec: a server failure; row.Scan: that or sql.ErrNoRows),
	// gorm's result.Error (assigned gives the values of a local). ok is
	// false for anything else.
	Causes(e ast.Expr, assigned func(*types.Var) []ast.Expr) (causes []ErrorCause, ok bool)
	// Test classifies a condition that holds only for an error of one
	// class: errors.Is(err, sql.ErrNoRows), err == S, a predicate with a
	// fact, errors.As(err, &pgErr) && pgErr.Code == "23505"; with a tag,
	// a case of `switch err`.
	Test(tag, cond ast.Expr) (ErrorCause, bool)
}

// errClasses infers the package's ErrorClassFacts (facts.go) from its
// function declarations alone: no handler, CFG or flow, so it also runs,
// cheaply, on packages without HTTP code (a store). It reads:
//
//   - translations: a package-level error variable returned (or wrapped
//     with %w, joined, assigned to the returned error) directly in the
//     body of a test that holds for a classified error (`if errors.Is(err,
//     sql.ErrNoRows) { return nil, ErrNotFound }`, a `switch` case) takes
//     that class, when every translation agrees and its name says nothing
//     else (ErrInvalidCredentials stays unclassified);
//   - predicates: a func(error) bool whose every result is false or a
//     test of one class;
//   - returns: the causes of every non-nil error a function returns: a
//     classified value, %w and errors.Join operands, the errors of the
//     functions it calls (their facts, or the tables), the values assigned
//     to a returned local (flow-insensitively: every assignment counts),
//     and Other for anything unknown (errors.New, fmt.Errorf without %w, a
//     parameter, a naked return).
type errClasses struct {
	pass      *analysis.Pass
	tables    ErrorTables
	canImport bool

	decls []*ast.FuncDecl               // the package's function declarations, in source order
	funcs map[*types.Func]*ast.FuncDecl // their objects
	vars  map[*types.Var]*ErrorClassFact
	// typed errors (kinds): the kind types of the package's error types
	// (type → the error type's name), their constants' facts, and other
	// packages' types known to be kinds
	kindTypes map[*types.TypeName]string
	consts    map[*types.Const]*ErrorClassFact
	kindMemo  map[*types.TypeName]bool

	done      map[*types.Func]*ErrorClassFact // inferred (nil: nothing)
	busy      map[*types.Func]bool
	values    map[*types.Var][]ast.Expr // a local's assigned values (a nil element: unknown)
	declared  map[*types.Var]bool       // declared with no value (var err error)
	scanned   map[*ast.FuncDecl]bool
	impls     *implementers // the package's types implementing each interface
	translate bool          // translations being collected: local facts are not known yet
}

// newErrClasses returns the inference for the package, or nil when the
// model has no tables (Options.ErrorTables unset).
func newErrClasses(pass *analysis.Pass, opts Options, canImport bool) *errClasses {
	if opts.ErrorTables == nil {
		return nil
	}
	ec := &errClasses{
		pass: pass, canImport: canImport,
		funcs: map[*types.Func]*ast.FuncDecl{}, vars: map[*types.Var]*ErrorClassFact{},
		done: map[*types.Func]*ErrorClassFact{}, busy: map[*types.Func]bool{},
		values: map[*types.Var][]ast.Expr{}, declared: map[*types.Var]bool{}, scanned: map[*ast.FuncDecl]bool{},
		consts: map[*types.Const]*ErrorClassFact{}, kindMemo: map[*types.TypeName]bool{},
	}
	ec.kindTypes = ec.findKindTypes()
	ec.tables = opts.ErrorTables(pass, ec.fact)
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd != nil && fd.Body != nil {
				if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					ec.decls = append(ec.decls, fd)
					ec.funcs[fn] = fd
				}
			}
		}
	}
	ec.translations()
	ec.kinds()
	return ec
}

// errorRelevant reports whether a package without HTTP code may give
// errors a class, so that the error-class inference runs on it: a package
// of a module (not the standard library, not a framework) that imports a
// package declaring a classified sentinel (database/sql, gorm, pgx, mongo,
// redis, os, io/fs, a user's addition), one with error-class facts, or one
// holding a store handle of such a package in an exported variable
// (holdsStore), or declares a classified sentinel itself (an in-memory
// store's ErrNotFound). Only the package's scope and imports are read.
func errorRelevant(pass *analysis.Pass, opts Options) bool {
	if opts.ErrorTables == nil || !declaresFacts(pass) {
		return false
	}
	path := pass.Pkg.Path()
	if (pass.Module == nil || pass.Module.Path == "") && !strings.Contains(strings.Split(path, "/")[0], ".") {
		return false // the standard library (its sentinels are in the tables)
	}
	tables := opts.ErrorTables(pass, func(types.Object) *ErrorClassFact { return nil })
	classifies := func(pkg *types.Package) bool {
		scope := pkg.Scope()
		for _, name := range scope.Names() {
			if obj := scope.Lookup(name); obj.Exported() || pkg == pass.Pkg {
				if _, ok := obj.(*types.Var); ok && tables.Classified(obj) {
					return true
				}
			}
		}
		return false
	}
	direct := map[*types.Package]bool{}
	for _, imp := range pass.Pkg.Imports() {
		if sentinelOwners[imp.Path()] {
			return true
		}
		// the standard library's other packages declare no sentinel the
		// tables classify (sentinelOwners has those): not searched
		if !standardLooking(pass, imp.Path()) && (classifies(imp) || holdsStore(imp)) {
			return true
		}
		direct[imp] = true
	}
	for _, f := range pass.AllObjectFacts() {
		if _, ok := f.Fact.(*ErrorClassFact); ok && direct[f.Object.Pkg()] {
			return true
		}
	}
	return classifies(pass.Pkg)
}

// holdsStore reports a package that exports a variable of a type declared
// by a package of sentinelOwners: a store handle its importers call
// (gin-vue-admin's global.GVA_DB *gorm.DB), whose errors are classified
// though the importer does not import gorm itself.
func holdsStore(pkg *types.Package) bool {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !v.Exported() {
			continue
		}
		t := v.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && sentinelOwners[n.Obj().Pkg().Path()] {
			return true
		}
	}
	return false
}

// sentinelOwners declare the sentinels of classify's tables (their scopes
// are not searched).
var sentinelOwners = map[string]bool{
	"database/sql": true, "os": true, "io/fs": true,
	"gorm.io/gorm": true, "github.com/jinzhu/gorm": true,
	"github.com/jackc/pgx/v4": true, "github.com/jackc/pgx/v5": true,
	"go.mongodb.org/mongo-driver/mongo": true, "go.mongodb.org/mongo-driver/v2/mongo": true,
	"github.com/redis/go-redis/v9": true, "github.com/go-redis/redis/v8": true, "github.com/go-redis/redis": true,
}

// fact returns what is known of obj's error class: this package's
// inference, or another package's fact.
func (ec *errClasses) fact(obj types.Object) *ErrorClassFact {
	if ec == nil || obj == nil || obj.Pkg() == nil {
		return nil
	}
	if obj.Pkg() == ec.pass.Pkg {
		if ec.translate {
			return nil
		}
		switch o := obj.(type) {
		case *types.Var:
			return ec.vars[o]
		case *types.Const:
			return ec.consts[o]
		case *types.Func:
			if abstract(o) {
				// an interface of this package with one implementation
				// here: a call through it fails as that method does
				if ec.impls == nil {
					ec.impls = newImplementers(ec.pass.Pkg)
				}
				if impls := ec.impls.of(o); len(impls) == 1 {
					return ec.infer(impls[0].Origin())
				}
				return nil
			}
			return ec.infer(o.Origin())
		}
		return nil
	}
	if fn, ok := obj.(*types.Func); ok {
		obj = fn.Origin()
	}
	f := new(ErrorClassFact)
	if ec.canImport && ec.pass.ImportObjectFact(obj, f) {
		return f
	}
	return nil
}

// export exports the package's facts, variables first, in source order.
func (ec *errClasses) export() {
	if ec == nil {
		return
	}
	for _, v := range sortedVars(ec.vars) {
		ec.pass.ExportObjectFact(v, ec.vars[v])
	}
	for _, c := range slices.SortedFunc(maps.Keys(ec.consts), func(x, y *types.Const) int { return cmp.Compare(x.Pos(), y.Pos()) }) {
		ec.pass.ExportObjectFact(c, ec.consts[c])
	}
	for _, d := range ec.decls {
		fn := ec.pass.TypesInfo.Defs[d.Name].(*types.Func)
		if f := ec.infer(fn); f != nil {
			ec.pass.ExportObjectFact(fn, f)
		}
	}
	interfaceMethods(ec.pass.Pkg, func(_ string, m *types.Func) {
		if res := m.Signature().Results(); res.Len() == 0 || !isErrorType(res.At(res.Len()-1).Type()) || !m.Exported() {
			return // no error to classify
		}
		if f := ec.fact(m); f != nil {
			ec.pass.ExportObjectFact(m, f)
		}
	})
}

func sortedVars(m map[*types.Var]*ErrorClassFact) []*types.Var {
	return slices.SortedFunc(maps.Keys(m), func(x, y *types.Var) int { return cmp.Compare(x.Pos(), y.Pos()) })
}

// otherClass: a name that says something else than the class a
// translation gives (a login that answers a missing user with
// ErrInvalidCredentials, a missing reference that is ErrInvalidInput).
var otherClass = regexp.MustCompile(`(?i)invalid|bad|unauthori|unauthenticat|forbidden|credential|denied|permission|validat|password|login|expired|internal|unavailable|timeout|closed`)

// translations collects the package-level variables returned for a
// classified error.
func (ec *errClasses) translations() {
	ec.translate = true
	defer func() { ec.translate = false }()
	classes := map[types.Object]uint8{}
	conflicting := map[types.Object]bool{}
	for _, d := range ec.decls {
		name := ec.pass.Pkg.Name() + "." + funcDeclName(d)
		note := func(c ErrorCause, body []ast.Stmt) {
			for _, s := range body {
				var x ast.Expr
				switch s := s.(type) {
				case *ast.ReturnStmt:
					if len(s.Results) > 0 {
						x = s.Results[len(s.Results)-1]
					}
				case *ast.AssignStmt:
					if len(s.Lhs) == 1 && len(s.Rhs) == 1 && s.Tok == token.ASSIGN {
						x = s.Rhs[0]
					}
				}
				if x == nil {
					continue
				}
				var objs []types.Object
				for _, v := range ec.sentinelVars(x, 0) {
					objs = append(objs, v)
				}
				for _, k := range ec.kindConsts(x, 0) {
					objs = append(objs, k)
				}
				for _, v := range objs {
					if cl, ok := classes[v]; ok {
						conflicting[v] = conflicting[v] || cl != c.Class
						continue
					}
					if otherClass.MatchString(v.Name()) || namesOtherClass(v.Name(), c.Class) {
						conflicting[v] = true
						continue
					}
					classes[v] = c.Class
					p := ec.pass.Fset.Position(s.Pos())
					f := &ErrorClassFact{Causes: []ErrorCause{{Class: c.Class, What: c.What + " in " + name}},
						File: p.Filename, Line: p.Line, Col: p.Column}
					switch v := v.(type) {
					case *types.Var:
						ec.vars[v] = f
					case *types.Const:
						f.Kind = true
						f.Causes[0].What = "a kind of " + ec.kindTypes[typeName(v.Type())] + ", from " + f.Causes[0].What
						ec.consts[v] = f
					}
				}
			}
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.IfStmt:
				if c, ok := ec.tables.Test(nil, n.Cond); ok {
					note(c, n.Body.List)
				}
			case *ast.SwitchStmt:
				for _, s := range n.Body.List {
					cc := s.(*ast.CaseClause)
					if c, ok := ec.caseTest(n.Tag, cc.List); ok {
						note(c, cc.Body)
					}
				}
			}
			return true
		})
	}
	for v := range conflicting {
		switch v := v.(type) {
		case *types.Var:
			delete(ec.vars, v)
		case *types.Const:
			ec.consts[v] = &ErrorClassFact{Kind: true} // a kind, of no class
		}
	}
}

// namesOtherClass: a name that says not-found or conflict for a variable
// translated from another class.
func namesOtherClass(name string, class uint8) bool {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "notfound"):
		return ErrorClassName(class) != "not-found"
	case strings.Contains(n, "exist") || strings.Contains(n, "duplicat") || strings.Contains(n, "conflict"):
		return ErrorClassName(class) != "conflict"
	}
	return false
}

// caseTest classifies a case clause: every expression of one class.
func (ec *errClasses) caseTest(tag ast.Expr, list []ast.Expr) (ErrorCause, bool) {
	var c ErrorCause
	for i, x := range list {
		ci, ok := ec.tables.Test(tag, x)
		if !ok || (i > 0 && ci.Class != c.Class) {
			return ErrorCause{}, false
		}
		if i == 0 {
			c = ci
		}
	}
	return c, len(list) > 0
}

// sentinelVars returns the package-level error variables of this package
// that x returns: the variable itself, or %w, errors.Join and
// pkg/errors.Wrap operands.
func (ec *errClasses) sentinelVars(x ast.Expr, depth int) []*types.Var {
	if depth > 4 {
		return nil
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		id, ok := x.(*ast.Ident)
		if !ok {
			id = x.(*ast.SelectorExpr).Sel
		}
		v, ok := ec.pass.TypesInfo.Uses[id].(*types.Var)
		if ok && v.Pkg() == ec.pass.Pkg && v.Parent() == ec.pass.Pkg.Scope() && isErrorValue(v.Type()) {
			return []*types.Var{v}
		}
	case *ast.CallExpr:
		var vs []*types.Var
		for _, arg := range ec.wrapped(x) {
			vs = append(vs, ec.sentinelVars(arg, depth+1)...)
		}
		return vs
	}
	return nil
}

// wrapped returns the errors a call wraps (fmt.Errorf's %w operands,
// errors.Join's, pkg/errors.Wrap's first): nil for any other call.
func (ec *errClasses) wrapped(call *ast.CallExpr) []ast.Expr {
	fn, _ := typeutil.Callee(ec.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return nil
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Errorf":
		return ec.wrappedArgs(call)
	case "errors.Join":
		return call.Args
	case "github.com/pkg/errors.Wrap", "github.com/pkg/errors.Wrapf", "github.com/pkg/errors.WithMessage",
		"github.com/pkg/errors.WithMessagef", "github.com/pkg/errors.WithStack":
		if len(call.Args) > 0 {
			return call.Args[:1]
		}
	}
	return nil
}

// wrappedArgs returns fmt.Errorf's %w operands.
func (ec *errClasses) wrappedArgs(call *ast.CallExpr) []ast.Expr {
	if len(call.Args) == 0 {
		return nil
	}
	tv, ok := ec.pass.TypesInfo.Types[call.Args[0]]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return nil
	}
	format := constant.StringVal(tv.Value)
	if strings.Contains(format, "[") {
		return nil // explicit argument indexes: not read
	}
	var out []ast.Expr
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && strings.IndexByte("+-# 0123456789.*", format[i]) >= 0 {
			if format[i] == '*' {
				arg++
			}
			i++
		}
		if i >= len(format) || format[i] == '%' {
			continue
		}
		if format[i] == 'w' && arg < len(call.Args) {
			out = append(out, call.Args[arg])
		}
		arg++
	}
	return out
}

// isFmtErrorf: a call that makes a new error (errors.New, fmt.Errorf) or
// wraps one.
func (ec *errClasses) isErrorMaker(call *ast.CallExpr) bool {
	fn, _ := typeutil.Callee(ec.pass.TypesInfo, call).(*types.Func)
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Errorf", "errors.Join", "errors.New", "github.com/pkg/errors.New", "github.com/pkg/errors.Errorf",
		"github.com/pkg/errors.Wrap", "github.com/pkg/errors.Wrapf", "github.com/pkg/errors.WithMessage",
		"github.com/pkg/errors.WithMessagef", "github.com/pkg/errors.WithStack":
		return true
	}
	return false
}

// infer returns fn's fact, memoised; a function being inferred (a
// recursion) is unknown to itself.
func (ec *errClasses) infer(fn *types.Func) *ErrorClassFact {
	if f, ok := ec.done[fn]; ok {
		return f
	}
	d := ec.funcs[fn]
	if d == nil || ec.busy[fn] {
		return nil
	}
	ec.busy[fn] = true
	defer delete(ec.busy, fn)
	var f *ErrorClassFact
	sig := fn.Signature()
	res := sig.Results()
	switch {
	case sig.Params().Len() == 1 && isErrorType(sig.Params().At(0).Type()) && res.Len() == 1 && isBool(res.At(0).Type()):
		f = ec.predicate(d)
	case res.Len() > 0 && isErrorType(res.At(res.Len()-1).Type()):
		if i := ec.kindArg(d); i > 0 {
			p := ec.pass.Fset.Position(d.Pos())
			f = &ErrorClassFact{KindArg: i, File: p.Filename, Line: p.Line, Col: p.Column}
			break
		}
		f = ec.returns(d, sig)
	}
	ec.done[fn] = f
	return f
}

// predicate infers a func(error) bool's fact: every result is false or
// a test of one class.
func (ec *errClasses) predicate(d *ast.FuncDecl) *ErrorClassFact {
	var c ErrorCause
	tests, ok := 0, true
	// `if errors.Is(err, ErrTaken) { return true }`: a true the test decides
	guarded := map[*ast.ReturnStmt]ErrorCause{}
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if _, lit := n.(*ast.FuncLit); lit {
			return false
		}
		if ifs, is := n.(*ast.IfStmt); is {
			if ci, is := ec.tables.Test(nil, ifs.Cond); is {
				for _, s := range ifs.Body.List {
					if r, is := s.(*ast.ReturnStmt); is {
						guarded[r] = ci
					}
				}
			}
		}
		return true
	})
	inspectOwn(d.Body, func(r *ast.ReturnStmt) {
		if !ok || len(r.Results) != 1 {
			ok = false
			return
		}
		x := r.Results[0]
		ci, is := guarded[r]
		if tv, known := ec.pass.TypesInfo.Types[x]; known && tv.Value != nil {
			if tv.Value.Kind() != constant.Bool {
				ok = false
				return
			}
			if !constant.BoolVal(tv.Value) {
				return // false: not of the class
			}
		} else {
			ci, is = ec.tables.Test(nil, x)
		}
		if !is || (tests > 0 && ci.Class != c.Class) {
			ok = false
			return
		}
		if tests == 0 {
			c = ci
		}
		tests++
	})
	if !ok || tests == 0 {
		return nil
	}
	p := ec.pass.Fset.Position(d.Pos())
	return &ErrorClassFact{Predicate: true, Causes: []ErrorCause{c}, File: p.Filename, Line: p.Line, Col: p.Column}
}

// returns infers the causes of the errors a function returns.
func (ec *errClasses) returns(d *ast.FuncDecl, sig *types.Signature) *ErrorClassFact {
	ec.scan(d)
	f := &ErrorClassFact{}
	n := sig.Results().Len()
	inspectOwn(d.Body, func(r *ast.ReturnStmt) {
		switch {
		case len(r.Results) == 0:
			ec.addVar(f, namedError(ec.pass.TypesInfo, d), map[*types.Var]bool{}) // a naked return of named results
		case len(r.Results) == 1 && n > 1:
			ec.add(f, r.Results[0], map[*types.Var]bool{}) // return s.get(id)
		case len(r.Results) == n:
			ec.add(f, r.Results[n-1], map[*types.Var]bool{})
		default:
			f.Other = true
		}
	})
	if len(f.Causes) == 0 {
		return nil
	}
	p := ec.pass.Fset.Position(d.Pos())
	f.File, f.Line, f.Col = p.Filename, p.Line, p.Column
	return f
}

// add adds to f the causes of the error x.
func (ec *errClasses) add(f *ErrorClassFact, x ast.Expr, seen map[*types.Var]bool) {
	x = ast.Unparen(x)
	if tv, ok := ec.pass.TypesInfo.Types[x]; ok && tv.IsNil() {
		return
	}
	cause := func(cs ...ErrorCause) {
		for _, c := range cs {
			if !containsCause(f.Causes, c) && len(f.Causes) < 8 {
				f.Causes = append(f.Causes, c)
			}
		}
	}
	if cs, ok := ec.typedCauses(x); ok {
		if len(cs) == 0 {
			f.Other = true // a typed error of no class (Internal)
		}
		cause(cs...)
		return
	}
	switch x := x.(type) {
	case *ast.CallExpr:
		if ec.isErrorMaker(x) {
			ws := ec.wrapped(x)
			if len(ws) == 0 {
				f.Other = true // a new error of no class
			}
			for _, w := range ws {
				ec.add(f, w, seen)
			}
			return
		}
		if fn, _ := typeutil.Callee(ec.pass.TypesInfo, x).(*types.Func); fn != nil {
			if g := ec.fact(fn); g != nil && !g.Predicate {
				cause(g.Causes...)
				f.Other = f.Other || g.Other
				return
			}
			if fn.Pkg() == ec.pass.Pkg && ec.funcs[fn.Origin()] != nil {
				f.Other = true // a function of the package with no class
				return
			}
		}
	case *ast.Ident:
		if v, ok := ec.pass.TypesInfo.Uses[x].(*types.Var); ok && v.Pkg() != nil && v.Parent() != v.Pkg().Scope() {
			ec.addVar(f, v, seen)
			return
		}
	}
	if cs, ok := ec.tables.Causes(x, ec.valuesOf); ok {
		cause(cs...)
		return
	}
	f.Other = true
}

// addVar adds to f the causes of every value assigned to the local v.
func (ec *errClasses) addVar(f *ErrorClassFact, v *types.Var, seen map[*types.Var]bool) {
	if v == nil {
		f.Other = true
		return
	}
	if seen[v] {
		return
	}
	seen[v] = true
	vals, known := ec.values[v]
	if !known && !ec.declared[v] {
		f.Other = true // a parameter, a range variable
		return
	}
	for _, val := range vals {
		if val == nil {
			f.Other = true
			continue
		}
		ec.add(f, val, seen)
	}
}

// namedError returns the named error result of d, or nil.
func namedError(info *types.Info, d *ast.FuncDecl) *types.Var {
	if d.Type.Results == nil || len(d.Type.Results.List) == 0 {
		return nil
	}
	last := d.Type.Results.List[len(d.Type.Results.List)-1]
	if len(last.Names) == 0 {
		return nil
	}
	v, _ := info.Defs[last.Names[len(last.Names)-1]].(*types.Var)
	return v
}

func (ec *errClasses) valuesOf(v *types.Var) []ast.Expr { return ec.values[v] }

func containsCause(cs []ErrorCause, c ErrorCause) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// scan records the values assigned to d's locals (function literals in
// it included): a multi-value call stands for each of its results; a
// local whose address is taken, or assigned by an operator, a range or
// a type switch, has an unknown value.
func (ec *errClasses) scan(d *ast.FuncDecl) {
	if ec.scanned[d] {
		return
	}
	ec.scanned[d] = true
	info := ec.pass.TypesInfo
	local := func(e ast.Expr) *types.Var {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return nil
		}
		obj := info.Defs[id]
		if obj == nil {
			obj = info.Uses[id]
		}
		v, _ := obj.(*types.Var)
		if v == nil || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
			return nil
		}
		return v
	}
	note := func(lhs ast.Expr, val ast.Expr) {
		if v := local(lhs); v != nil {
			ec.values[v] = append(ec.values[v], val)
		}
	}
	ast.Inspect(d.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				switch {
				case n.Tok != token.ASSIGN && n.Tok != token.DEFINE:
					note(lhs, nil)
				case len(n.Lhs) == len(n.Rhs):
					note(lhs, n.Rhs[i])
				case len(n.Rhs) == 1:
					if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok && i == len(n.Lhs)-1 {
						note(lhs, call) // u, err := s.get(id): the call's error
					} else {
						note(lhs, nil) // v, ok := m[k], x.(T)
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				switch {
				case len(n.Values) == 0:
					if v := local(name); v != nil {
						ec.declared[v] = true
					}
				case len(n.Values) == len(n.Names):
					note(name, n.Values[i])
				case i == len(n.Names)-1:
					note(name, n.Values[0])
				default:
					note(name, nil)
				}
			}
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				note(n.X, nil)
			}
		case *ast.RangeStmt:
			if n.Key != nil {
				note(n.Key, nil)
			}
			if n.Value != nil {
				note(n.Value, nil)
			}
		case *ast.IncDecStmt:
			note(n.X, nil)
		}
		return true
	})
}

// inspectOwn calls f for each return statement of the function whose
// body is body, not those of function literals in it.
func inspectOwn(body *ast.BlockStmt, f func(*ast.ReturnStmt)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			f(n)
		}
		return true
	})
}

func isErrorType(t types.Type) bool { return t != nil && types.Identical(t, errorType0) }

// isErrorValue: a type that is or implements error (a sentinel declared
// as &Error{...} too).
func isErrorValue(t types.Type) bool {
	return t != nil && types.Implements(t, errorType)
}

func isBool(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Bool
}

// Typed errors. A project error type with a kind field (`type Error
// struct{ Kind Kind; Msg string }`, `type Kind int`) carries a class when
// the kind does: `&Error{Kind: NotFound}`, `New(NotFound, msg)`. A kind
// constant's class comes from one of two kinds of evidence:
//
//   - a translation (the strongest): the constant is the kind of a typed
//     error the package returns in the body of a test that holds for a
//     classified error (`if errors.Is(err, sql.ErrNoRows) { return
//     &Error{Kind: NotFound} }`, also `New(NotFound, ...)`); every
//     translation agreeing and the name saying nothing else, as for a
//     translated sentinel;
//   - its name alone, when nothing translates to it: a constant of the
//     kind type named exactly for not-found (NotFound, NotExist,
//     ErrKindNotFound, KindNotFound, CodeNotFound) or conflict (Conflict,
//     AlreadyExists, Exists, Duplicate, KindConflict), no other class by
//     name (Invalid, Internal give nothing).
//
// A kind type is a defined type of the package with an integer or string
// underlying type, the type of a field of a struct of the package that
// (or whose pointer) implements error; one with a constant in 100..599 is
// a status, not a kind (StatusFieldFact's business), and gives nothing.

// findKindTypes returns the package's kind types, each with the name of
// its error type.
func (ec *errClasses) findKindTypes() map[*types.TypeName]string {
	out := map[*types.TypeName]string{}
	scope := ec.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok || (!types.Implements(tn.Type(), errorType) && !types.Implements(types.NewPointer(tn.Type()), errorType)) {
			continue
		}
		for i := range st.NumFields() {
			k := typeName(st.Field(i).Type())
			if k == nil || k.Pkg() != ec.pass.Pkg || k.IsAlias() {
				continue
			}
			b, ok := k.Type().Underlying().(*types.Basic)
			if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
				continue
			}
			if _, seen := out[k]; !seen {
				out[k] = ec.pass.Pkg.Name() + "." + tn.Name()
			}
		}
	}
	for k := range out {
		for _, name := range scope.Names() {
			c, ok := scope.Lookup(name).(*types.Const)
			if !ok || typeName(c.Type()) != k || c.Val().Kind() != constant.Int {
				continue
			}
			if v, exact := constant.Int64Val(c.Val()); exact && v >= 100 && v <= 599 {
				delete(out, k) // an HTTP status: the status itself, not a kind
				break
			}
		}
	}
	return out
}

// kinds gives every constant of a kind type its fact: its translation's
// class (translations), else its name's, else none.
func (ec *errClasses) kinds() {
	scope := ec.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		c, ok := scope.Lookup(name).(*types.Const)
		if !ok {
			continue
		}
		errType, ok := ec.kindTypes[typeName(c.Type())]
		if !ok || ec.consts[c] != nil {
			continue
		}
		p := ec.pass.Fset.Position(c.Pos())
		f := &ErrorClassFact{Kind: true, File: p.Filename, Line: p.Line, Col: p.Column}
		if cl, ok := kindNameClass(c.Name()); ok {
			f.Causes = []ErrorCause{{Class: cl, What: "a kind of " + errType}}
		}
		ec.consts[c] = f
	}
}

var (
	kindNotFound = map[string]bool{"notfound": true, "notexist": true, "notexists": true, "doesnotexist": true}
	kindConflict = map[string]bool{"conflict": true, "alreadyexists": true, "alreadyexist": true, "exists": true,
		"exist": true, "duplicate": true, "duplicated": true, "duplicatekey": true}
)

// kindNameClass reads a kind constant's name: NotFound, ErrKindNotFound,
// KindConflict, CodeAlreadyExists, Duplicate (case and underscores aside).
func kindNameClass(name string) (uint8, bool) {
	n := strings.ToLower(strings.ReplaceAll(name, "_", ""))
	for _, p := range []string{"errkind", "errcode", "kind", "code", "err"} {
		if rest, ok := strings.CutPrefix(n, p); ok && rest != "" {
			n = rest
			break
		}
	}
	for _, s := range []string{"kind", "code", "error", "err"} {
		if rest, ok := strings.CutSuffix(n, s); ok && rest != "" {
			n = rest
			break
		}
	}
	switch {
	case kindNotFound[n]:
		return errorClassOf("not-found"), true
	case kindConflict[n]:
		return errorClassOf("conflict"), true
	}
	return 0, false
}

// errorClassOf returns the class value errorClassNames names so.
func errorClassOf(name string) uint8 {
	return uint8(slices.Index(errorClassNames[:], name))
}

// typeName returns the defined type's name of t (or of *t), or nil.
func typeName(t types.Type) *types.TypeName {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// isKindType reports whether k is a kind type: this package's, or
// another's that has a constant with a kind fact.
func (ec *errClasses) isKindType(k *types.TypeName) bool {
	if k == nil || k.Pkg() == nil {
		return false
	}
	if k.Pkg() == ec.pass.Pkg {
		_, ok := ec.kindTypes[k]
		return ok
	}
	if v, ok := ec.kindMemo[k]; ok {
		return v
	}
	found := false
	scope := k.Pkg().Scope()
	for _, name := range scope.Names() {
		if c, ok := scope.Lookup(name).(*types.Const); ok && typeName(c.Type()) == k {
			if f := ec.fact(c); f != nil && f.Kind {
				found = true
				break
			}
		}
	}
	ec.kindMemo[k] = found
	return found
}

// typedKind returns the kind value of a typed error literal
// (`&Error{Kind: NotFound, Msg: m}`, `Error{NotFound, m}`): the element
// for the field of a kind type.
func (ec *errClasses) typedKind(x ast.Expr) (ast.Expr, bool) {
	x = ast.Unparen(x)
	if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
		x = ast.Unparen(u.X)
	}
	lit, ok := x.(*ast.CompositeLit)
	if !ok {
		return nil, false
	}
	t := ec.pass.TypesInfo.TypeOf(lit)
	st, ok := t.Underlying().(*types.Struct)
	if !ok || (!types.Implements(t, errorType) && !types.Implements(types.NewPointer(t), errorType)) {
		return nil, false
	}
	for i, el := range lit.Elts {
		var field *types.Var
		val := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			id, _ := kv.Key.(*ast.Ident)
			if id == nil {
				continue
			}
			field, _ = ec.pass.TypesInfo.Uses[id].(*types.Var)
			if field == nil {
				field, _ = ec.pass.TypesInfo.Defs[id].(*types.Var)
			}
			val = kv.Value
		} else if i < st.NumFields() {
			field = st.Field(i)
		}
		if field != nil && ec.isKindType(typeName(field.Type())) {
			return val, true
		}
	}
	return nil, false
}

// kindConst returns the constant e names when it has a kind fact.
func (ec *errClasses) kindConst(e ast.Expr) (*types.Const, *ErrorClassFact) {
	id := NameIdent(e)
	if id == nil {
		return nil, nil
	}
	c, ok := ec.pass.TypesInfo.Uses[id].(*types.Const)
	if !ok {
		return nil, nil
	}
	f := ec.fact(c)
	if f == nil || !f.Kind {
		return nil, nil
	}
	return c, f
}

// typedCauses classifies a typed error: a literal of an error type with a
// kind, or a call of a constructor given the kind (KindArg); no causes for
// a kind of no class. ok is false for anything else.
func (ec *errClasses) typedCauses(x ast.Expr) ([]ErrorCause, bool) {
	kind, ok := ec.typedKind(x)
	if !ok {
		call, isCall := ast.Unparen(x).(*ast.CallExpr)
		if !isCall {
			return nil, false
		}
		fn, _ := typeutil.Callee(ec.pass.TypesInfo, call).(*types.Func)
		if fn == nil {
			return nil, false
		}
		g := ec.fact(fn)
		if g == nil || g.KindArg <= 0 || g.KindArg > len(call.Args) {
			return nil, false
		}
		kind = call.Args[g.KindArg-1]
	}
	c, f := ec.kindConst(kind)
	if c == nil || len(f.Causes) == 0 {
		return nil, true
	}
	return []ErrorCause{{Class: f.Causes[0].Class, What: c.Pkg().Name() + "." + c.Name() + ", " + f.Causes[0].What}}, true
}

// kindConsts returns this package's kind constants a returned error x is
// built with, for translations: a typed error literal's kind, a kind
// constant given to a call (`New(NotFound, msg)`), through %w and joins.
func (ec *errClasses) kindConsts(x ast.Expr, depth int) []*types.Const {
	if depth > 4 || len(ec.kindTypes) == 0 {
		return nil
	}
	own := func(e ast.Expr) *types.Const {
		id := NameIdent(e)
		if id == nil {
			return nil
		}
		c, ok := ec.pass.TypesInfo.Uses[id].(*types.Const)
		if !ok || c.Pkg() != ec.pass.Pkg {
			return nil
		}
		if _, kind := ec.kindTypes[typeName(c.Type())]; !kind {
			return nil
		}
		return c
	}
	if kind, ok := ec.typedKind(x); ok {
		if c := own(kind); c != nil {
			return []*types.Const{c}
		}
		return nil
	}
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if ws := ec.wrapped(call); len(ws) > 0 {
		var out []*types.Const
		for _, w := range ws {
			out = append(out, ec.kindConsts(w, depth+1)...)
		}
		return out
	}
	var found []*types.Const
	for _, arg := range call.Args {
		if c := own(arg); c != nil {
			found = append(found, c)
		}
	}
	if len(found) == 1 && isErrorType(ec.pass.TypesInfo.TypeOf(call)) {
		return found // New(NotFound, msg)
	}
	return nil
}

// kindArg returns 1 + the index of the parameter that gives the kind of
// every non-nil error d returns (`return &Error{Kind: kind, Msg: msg}`),
// or 0.
func (ec *errClasses) kindArg(d *ast.FuncDecl) int {
	params := map[*types.Var]int{}
	i := 0
	for _, field := range d.Type.Params.List {
		for _, name := range field.Names {
			if v, ok := ec.pass.TypesInfo.Defs[name].(*types.Var); ok {
				params[v] = i + 1
			}
			i++
		}
		if len(field.Names) == 0 {
			i++
		}
	}
	arg, ok := 0, true
	inspectOwn(d.Body, func(r *ast.ReturnStmt) {
		if !ok || len(r.Results) == 0 {
			ok = false
			return
		}
		x := r.Results[len(r.Results)-1]
		if tv, known := ec.pass.TypesInfo.Types[x]; known && tv.IsNil() {
			return
		}
		kind, typed := ec.typedKind(x)
		id, _ := ast.Unparen(kind).(*ast.Ident)
		if !typed || id == nil {
			ok = false
			return
		}
		v, _ := ec.pass.TypesInfo.Uses[id].(*types.Var)
		n := params[v]
		if n == 0 || (arg != 0 && arg != n) {
			ok = false
			return
		}
		arg = n
	})
	if !ok {
		return 0
	}
	return arg
}

// standardLooking reports an import path of the standard library: no dot
// in its first element and not in the module analysed.
func standardLooking(pass *analysis.Pass, path string) bool {
	if m := pass.Module; m != nil && m.Path != "" && (path == m.Path || strings.HasPrefix(path, m.Path+"/")) {
		return false
	}
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// NameIdent returns the identifier a name or a qualified name ends in
// (NotFound, apperr.NotFound), or nil.
func NameIdent(e ast.Expr) *ast.Ident {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		return x
	case *ast.SelectorExpr:
		return x.Sel
	}
	return nil
}
