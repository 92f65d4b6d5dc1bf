package classify

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// Error-class facts (model.ErrorClassFact, inferred by the model's
// errclass.go from these tables) carry a class one call away: a store's
// sentinel translated from sql.ErrNoRows, its IsNotFound predicate, a
// function whose only error has a class. At call sites they count like
// the tables: sentinel (a variable's fact), sentinelTest (a predicate's),
// CallClass (a function's, for `err != nil`).

// Tables returns the model's hook (model.Options.ErrorTables): the tables
// the error-class inference reads, with the additions extra returns when
// the model is built, and the facts it passes.
func Tables(extra func() map[string]Class) func(*analysis.Pass, func(types.Object) *model.ErrorClassFact) model.ErrorTables {
	return func(pass *analysis.Pass, facts func(types.Object) *model.ErrorClassFact) model.ErrorTables {
		var add map[string]Class
		if extra != nil {
			add = extra()
		}
		return tables{&Classifier{info: pass.TypesInfo, extra: add, facts: facts}}
	}
}

// tables implements model.ErrorTables with a classifier that has no model.
type tables struct{ c *Classifier }

var errorIface = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// Classified reports whether obj is a package-level error value the
// tables classify: a built-in sentinel, a user's addition, a module's
// sentinel named like ErrNotFound or ErrAlreadyExists.
func (t tables) Classified(obj types.Object) bool {
	if obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() || !types.Implements(obj.Type(), errorIface) {
		return false
	}
	key := obj.Pkg().Path() + "." + obj.Name()
	if _, ok := t.c.extra[key]; ok {
		return true
	}
	if _, ok := sentinels[key]; ok {
		return true
	}
	return projectConflict.MatchString(obj.Name()) || projectNotFound.MatchString(obj.Name())
}

// Causes classifies an error expression: a sentinel value, gorm's
// result.Error, a library call of the tables.
func (t tables) Causes(e ast.Expr, assigned func(*types.Var) []ast.Expr) ([]model.ErrorCause, bool) {
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if x.Sel.Name == "Error" && namedIn(t.c.info.TypeOf(x.X), "gorm.io/gorm", "github.com/jinzhu/gorm") {
			return t.gormError(x.X, assigned, 0)
		}
		return t.value(x)
	case *ast.Ident:
		return t.value(x)
	case *ast.CallExpr:
		return t.call(x)
	}
	return nil, false
}

func (t tables) value(e ast.Expr) ([]model.ErrorCause, bool) {
	if ev, ok := t.c.sentinel(e); ok && ev.Class != None {
		return []model.ErrorCause{{Class: uint8(ev.Class), What: ev.What}}, true
	}
	return nil, false
}

// noRows are the table's calls that may also fail with a not-found
// sentinel: a lookup's error is not only the server's.
var noRows = map[string]string{
	"database/sql.Row.Scan": "sql.ErrNoRows",
}

// call classifies a library call's error with the call table, leaving
// out decode and validation calls (they are about a request, which a
// store does not read) and calls given a function (db.Transaction returns
// the closure's error).
func (t tables) call(call *ast.CallExpr) ([]model.ErrorCause, bool) {
	fn, _ := typeutil.Callee(t.c.info, call).(*types.Func)
	key := httpapi.Key(fn)
	if key == "" {
		return nil, false
	}
	for _, arg := range call.Args {
		if tv, ok := t.c.info.Types[arg]; ok && tv.Type != nil {
			if _, isFunc := tv.Type.Underlying().(*types.Signature); isFunc {
				return nil, false
			}
		}
	}
	cl, ok := t.c.extra[key]
	if !ok {
		if cl, ok = calls[key]; ok && (cl == Decode || cl == Validate) {
			return nil, false
		}
	}
	if !ok && strings.HasPrefix(key, gormDB) {
		cl, ok = Server, true
	}
	if !ok || cl == None {
		return nil, false
	}
	causes := []model.ErrorCause{{Class: uint8(cl), What: callName(fn)}}
	if s := noRows[key]; s != "" {
		causes = append(causes, model.ErrorCause{Class: uint8(NotFound), What: s})
	}
	return causes, true
}

// gormError classifies gorm's x.Error: a server failure, and also
// gorm.ErrRecordNotFound when the chain ends in First, Take or Last. A
// local is followed to the chains assigned to it.
func (t tables) gormError(x ast.Expr, assigned func(*types.Var) []ast.Expr, depth int) ([]model.ErrorCause, bool) {
	if depth > 4 {
		return nil, false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.Ident:
		v, ok := t.c.info.Uses[x].(*types.Var)
		if !ok || assigned == nil {
			return nil, false
		}
		vals := assigned(v)
		var out []model.ErrorCause
		for _, val := range vals {
			cs, ok := t.gormError(val, assigned, depth+1)
			if !ok {
				return nil, false
			}
			for _, c := range cs {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
		return out, len(out) > 0
	case *ast.CallExpr:
		var names []string
		for cur := ast.Expr(x); ; {
			call, ok := cur.(*ast.CallExpr)
			if !ok {
				break
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				break
			}
			names = append(names, sel.Sel.Name)
			cur = ast.Unparen(sel.X)
		}
		if len(names) == 0 {
			return nil, false
		}
		causes := []model.ErrorCause{{Class: uint8(Server), What: "gorm.DB." + names[0]}}
		if slices.ContainsFunc(names, func(n string) bool { return n == "First" || n == "Take" || n == "Last" }) {
			causes = append(causes, model.ErrorCause{Class: uint8(NotFound), What: "gorm.ErrRecordNotFound"})
		}
		return causes, true
	}
	return nil, false
}

// Test classifies a condition that holds only for an error of one class.
func (t tables) Test(tag, cond ast.Expr) (model.ErrorCause, bool) {
	ev, ok := t.c.testClass(tag, cond)
	if !ok {
		return model.ErrorCause{}, false
	}
	return model.ErrorCause{Class: uint8(ev.Class), What: ev.What}, true
}

// testClass classifies a condition where it holds: a sentinel test, a
// predicate, a driver code; a && b by its most specific classified
// operand, a || b when both operands agree. A negation says nothing.
func (c *Classifier) testClass(tag, cond ast.Expr) (Evidence, bool) {
	cond = ast.Unparen(cond)
	if x, ok := cond.(*ast.BinaryExpr); ok && tag == nil && (x.Op == token.LAND || x.Op == token.LOR) {
		a, aok := c.testClass(nil, x.X)
		b, bok := c.testClass(nil, x.Y)
		switch {
		case aok && bok && a.Class != b.Class:
			return Evidence{}, false
		case x.Op == token.LOR:
			return a, aok && bok
		case bok:
			return b, true
		}
		return a, aok
	}
	ev, ok := c.sentinelTest(model.Guard{Cond: cond, Tag: tag, Holds: true})
	return ev, ok && ev.Class != None
}

// predicateTest reads a call of a predicate with a fact: store.IsNotFound(err).
func (c *Classifier) predicateTest(call *ast.CallExpr, fn *types.Func) (Evidence, bool) {
	if fn == nil || len(call.Args) != 1 || c.facts == nil {
		return Evidence{}, false
	}
	f := c.facts(fn)
	if f == nil || !f.Predicate || len(f.Causes) == 0 {
		return Evidence{}, false
	}
	return Evidence{Class: Class(f.Causes[0].Class), What: callName(fn) + ", which tests " + f.Causes[0].What, Node: call, File: f.File, Line: f.Line, Col: f.Col}, true
}

// sentinelFact classifies a variable with a fact: a sentinel its package
// returns for a classified error.
func (c *Classifier) sentinelFact(v types.Object, what string, e ast.Expr) (Evidence, bool) {
	if c.facts == nil {
		return Evidence{}, false
	}
	f := c.facts(v)
	if f == nil || f.Predicate || f.Kind || len(f.Causes) == 0 {
		return Evidence{}, false
	}
	return Evidence{Class: Class(f.Causes[0].Class), What: what + ", from " + f.Causes[0].What, Node: e, File: f.File, Line: f.Line, Col: f.Col}, true
}

// callFact classifies the error of a call to a function whose every
// non-nil error has one class (`err != nil` after it).
func (c *Classifier) callFact(fn *types.Func, call *ast.CallExpr) (Evidence, bool) {
	if c.facts == nil {
		return Evidence{}, false
	}
	f := c.facts(fn)
	if f == nil {
		return Evidence{}, false
	}
	cl, what, ok := f.Only()
	if !ok {
		return Evidence{}, false
	}
	if Class(cl) == NotFound && c.fixedArgs(call) {
		// a lookup the client did not name (a.fs.Read(path.Join(dir,
		// "index.html")): what is missing is the server's own
		return Evidence{}, false
	}
	ev := Evidence{Class: Class(cl), What: callName(fn) + ", which fails only with " + what, Node: call, File: f.File, Line: f.Line, Col: f.Col}
	if ev.Class == Server {
		ev.Access = Unseen
	}
	return ev, true
}

// excludedBefore reports whether a guard before the error test on the
// path says the error is not of class cl: after `if errors.Is(err,
// ErrNotFound) { ...; return }`, an `err != nil` is not a not-found even
// when the call's only error is.
func (c *Classifier) excludedBefore(e *model.Event, outer []model.Guard, cl Class) bool {
	for _, g := range outer {
		if ev, decided := c.errorCond(e, g, g.Cond, g.Holds); decided && ev.negated && ev.Class == cl {
			return true
		}
	}
	return false
}

// fixedArgs reports a call whose arguments (contexts aside) are all fixed
// by the program: constants, and joins or formats of constants.
func (c *Classifier) fixedArgs(call *ast.CallExpr) bool {
	for _, a := range call.Args {
		if t := c.info.TypeOf(a); t != nil && types.TypeString(t, nil) == "context.Context" {
			continue
		}
		if !c.fixed(a, 0) {
			return false
		}
	}
	return true
}

// pureJoins build a value from their arguments alone.
var pureJoins = map[string]bool{
	"path.Join": true, "path/filepath.Join": true, "path.Clean": true, "path/filepath.Clean": true,
	"fmt.Sprintf": true, "fmt.Sprint": true, "strings.Join": true,
}

func (c *Classifier) fixed(e ast.Expr, depth int) bool {
	if depth > 4 {
		return false
	}
	e = ast.Unparen(e)
	if tv, ok := c.info.Types[e]; ok && tv.Value != nil {
		return true
	}
	switch x := e.(type) {
	case *ast.BinaryExpr:
		return c.fixed(x.X, depth+1) && c.fixed(x.Y, depth+1)
	case *ast.CallExpr:
		fn, _ := typeutil.Callee(c.info, x).(*types.Func)
		if fn == nil || !pureJoins[httpapi.Key(fn)] {
			return false
		}
		for _, a := range x.Args {
			if !c.fixed(a, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// Typed errors: a kind constant with a fact (model.ErrorClassFact.Kind)
// compared with the kind of an error (`errors.As(err, &e) && e.Kind ==
// apperr.NotFound`, `err.Kind() == NotFound`, `apperr.KindOf(err) ==
// NotFound`, `switch e.Kind { case NotFound: }`) tests its class; a kind
// of no class (Internal) is a test of no class.

// kindConst returns the kind constant e names, with its fact.
func (c *Classifier) kindConst(e ast.Expr) (*types.Const, *model.ErrorClassFact) {
	if c.facts == nil {
		return nil, nil
	}
	id := model.NameIdent(e)
	if id == nil {
		return nil, nil
	}
	k, ok := c.info.Uses[id].(*types.Const)
	if !ok || k.Pkg() == nil {
		return nil, nil
	}
	f := c.facts(k)
	if f == nil || !f.Kind {
		return nil, nil
	}
	return k, f
}

// kindOfError reports whether e reads an error's kind: a field or method
// of a value that is (or whose pointer is) an error, or a function given
// an error.
func (c *Classifier) kindOfError(e ast.Expr) bool {
	isErr := func(x ast.Expr) bool {
		t := c.info.TypeOf(x)
		return t != nil && (types.Implements(t, errorIface) || types.Implements(types.NewPointer(t), errorIface))
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		return isErr(x.X)
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && len(x.Args) == 0 {
			if _, isPkg := c.info.Uses[identOf(sel.X)].(*types.PkgName); !isPkg {
				return isErr(sel.X) // err.Kind(), e.Code()
			}
		}
		return len(x.Args) == 1 && isError(c.info.TypeOf(x.Args[0])) // apperr.KindOf(err)
	}
	return false
}

// kindEvidence classifies the kind constant k compared with the kind
// of an error read by other.
func (c *Classifier) kindEvidence(kind, other ast.Expr) (Evidence, bool) {
	k, f := c.kindConst(kind)
	if k == nil || !c.kindOfError(other) || !types.Identical(c.info.TypeOf(other), k.Type()) {
		return Evidence{}, false
	}
	if len(f.Causes) == 0 {
		return Evidence{Class: None, Node: kind}, true // Internal: a kind of no class
	}
	what := k.Pkg().Name() + "." + k.Name() + ", " + f.Causes[0].What
	return Evidence{Class: Class(f.Causes[0].Class), What: what, Node: kind, File: f.File, Line: f.Line, Col: f.Col}, true
}

// kindTest reads `e.Kind == NotFound` (either way round).
func (c *Classifier) kindTest(x *ast.BinaryExpr) (Evidence, bool) {
	if ev, ok := c.kindEvidence(x.Y, x.X); ok {
		return ev, true
	}
	return c.kindEvidence(x.X, x.Y)
}
