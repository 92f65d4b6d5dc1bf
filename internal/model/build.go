package model

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/types/typeutil"
)

// builder holds what one pass over the package collects.
type builder struct {
	pass  *analysis.Pass
	info  *types.Info
	cfgs  *ctrlflow.CFGs
	model *Model

	decls     map[*types.Func]*ast.FuncDecl
	handlers  map[ast.Node]*Handler
	values    map[*types.Var][]ast.Expr       // every value assigned to a local variable (nil: unknown)
	caseTag   map[ast.Expr]ast.Expr           // a switch case expression → the switch tag
	recvOf    map[*ast.CallExpr]*ast.CallExpr // x.M() → the call whose receiver x is
	regs      []*ast.CallExpr
	calls     []*ast.CallExpr // every call, for Model.Calls once helpers are known
	inertMemo map[*types.Func]bool

	opts      Options
	canImport bool                        // the pass declares statuslint's facts
	helpers   map[*types.Func]*HelperFact // this package's helpers (nil: not one)
	closures  map[*ast.FuncLit]*HelperFact
	conds     map[*ast.CallExpr]*Event // calls to conditional helpers
	// funcValues holds every function value assigned to a package-level
	// variable or a struct field of func type.
	funcValues map[*types.Var][]ast.Expr

	statusFields map[*types.Var]bool // fields of this package's types that reach a status sink
	adapterCalls []adapterUse
	adapter      AdapterFact // where status-returning handlers' statuses are written
	adapterFns   map[*types.Func]AdapterFact
}

// Build makes the model of the package in pass. Files named *_test.go are
// left out: handlers there are test fakes that misbehave on purpose.
func Build(pass *analysis.Pass, cfgs *ctrlflow.CFGs, opts Options) *Model {
	b := &builder{
		opts:         opts,
		canImport:    declaresFacts(pass),
		helpers:      map[*types.Func]*HelperFact{},
		closures:     map[*ast.FuncLit]*HelperFact{},
		conds:        map[*ast.CallExpr]*Event{},
		funcValues:   map[*types.Var][]ast.Expr{},
		statusFields: map[*types.Var]bool{},
		adapterFns:   map[*types.Func]AdapterFact{},
		pass:         pass,
		info:         pass.TypesInfo,
		cfgs:         cfgs,
		model:        &Model{Events: map[*ast.CallExpr]*Event{}, passed: map[*types.Var][]*ast.CallExpr{}},
		decls:        map[*types.Func]*ast.FuncDecl{},
		handlers:     map[ast.Node]*Handler{},
		values:       map[*types.Var][]ast.Expr{},
		caseTag:      map[ast.Expr]ast.Expr{},
		recvOf:       map[*ast.CallExpr]*ast.CallExpr{},
		inertMemo:    map[*types.Func]bool{},
	}
	var order []*Handler
	for _, f := range pass.Files {
		if strings.HasSuffix(pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			stack = append(stack, n)
			if h := b.visit(n, stack); h != nil {
				order = append(order, h)
			}
			return true
		})
	}
	b.model.values = b.values
	for _, call := range b.regs {
		b.register(call)
	}
	for _, h := range order {
		if len(h.Routes) == 0 {
			h.Methods = httpapi.AllMethods
		}
	}
	b.writersFirst()
	for _, call := range b.calls {
		b.call(call)
	}
	for _, h := range order {
		b.flowOnce(h)
	}
	// Handlers that return their answer by value are flowed again once
	// what the package's adapters and error writers do with it is known.
	if b.adapter = b.adapterMode(); len(b.statusFields) > 0 || b.adapter != (AdapterFact{}) {
		for _, h := range order {
			if h.Results && b.returnsValues(h) {
				b.reflow(h)
			}
		}
	}
	b.model.Handlers = order
	if b.canImport {
		b.exportFacts()
	}
	return b.model
}

// visit records what one node contributes; it returns a new handler.
func (b *builder) visit(n ast.Node, stack []ast.Node) *Handler {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := b.info.Defs[n.Name].(*types.Func); ok {
			b.decls[fn] = n
		}
		if n.Body != nil {
			return b.handler(n, n.Type, funcDeclName(n))
		}
	case *ast.FuncLit:
		return b.handler(n, n.Type, enclosingName(stack)+".func")
	case *ast.FuncType:
		for _, fl := range []*ast.FieldList{n.Params, n.Results} {
			if fl == nil {
				continue
			}
			for _, field := range fl.List {
				for _, name := range field.Names {
					b.assign(name, nil) // a parameter's value is the caller's
				}
			}
		}
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			var rhs ast.Expr
			switch {
			case n.Tok != token.DEFINE && n.Tok != token.ASSIGN:
				// x += 1 and the like: not a plain value
			case len(n.Lhs) == len(n.Rhs):
				rhs = n.Rhs[i]
			case len(n.Rhs) == 1 && i == 0:
				rhs = n.Rhs[0] // body, err := io.ReadAll(r.Body): the call stands for its first result
			}
			b.assign(lhs, rhs)
			b.assignFuncValue(lhs, rhs)
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			var rhs ast.Expr
			if len(n.Names) == len(n.Values) {
				rhs = n.Values[i]
			}
			b.assign(name, rhs)
			b.assignFuncValue(name, rhs)
		}
	case *ast.CompositeLit:
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := b.info.Uses[id].(*types.Var); ok && f.IsField() {
						b.noteFuncValue(f, kv.Value)
					}
				}
			}
		}
	case *ast.IncDecStmt:
		b.assign(n.X, nil)
	case *ast.RangeStmt:
		if n.Key != nil {
			b.assign(n.Key, nil)
		}
		if n.Value != nil {
			b.assign(n.Value, nil)
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			b.assign(n.X, nil) // its address escapes: any value may reach it
		}
	case *ast.SwitchStmt:
		if n.Tag != nil {
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					b.caseTag[e] = n.Tag
				}
			}
		}
	case *ast.BasicLit:
		if n.Kind == token.STRING && len(n.Value) > 4 && strings.EqualFold(n.Value[1:4], "hx-") {
			b.model.HTMX = true
		}
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
				b.recvOf[inner] = n
			}
		}
		b.calls = append(b.calls, n)
		if _, key := b.callee(n); key != "" {
			if _, ok := httpapi.Registrations[key]; ok {
				b.regs = append(b.regs, n)
			}
		}
		for _, a := range n.Args {
			x := ast.Unparen(a)
			if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
				x = ast.Unparen(u.X)
			} else if _, ok := b.info.TypeOf(x).(*types.Pointer); !ok {
				continue
			}
			if id, ok := x.(*ast.Ident); ok {
				if v, ok := b.info.Uses[id].(*types.Var); ok {
					b.model.passed[v] = append(b.model.passed[v], n)
				}
			}
		}
	}
	return nil
}

func (b *builder) assign(lhs ast.Expr, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := b.info.ObjectOf(id).(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return // package-level variables may be assigned anywhere
	}
	b.values[v] = append(b.values[v], rhs)
}

// singleValue returns the one value ever assigned to a local variable.
func (b *builder) singleValue(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := b.info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if vals := b.values[v]; len(vals) == 1 {
		return vals[0]
	}
	return nil
}

// intValue resolves a constant status: a literal, http.StatusX, a named
// constant, or a local variable assigned once from one of those.
func (b *builder) intValue(e ast.Expr) (int, bool) {
	for range 4 {
		if tv, ok := b.info.Types[e]; ok && tv.Value != nil {
			if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
				return int(v), true
			}
			return 0, false
		}
		if e = b.singleValue(e); e == nil {
			return 0, false
		}
	}
	return 0, false
}

func (b *builder) stringValue(e ast.Expr) (string, bool) {
	if tv, ok := b.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

func (b *builder) callee(call *ast.CallExpr) (*types.Func, string) {
	fn, _ := typeutil.Callee(b.info, call).(*types.Func)
	return fn, httpapi.Key(fn)
}

// call records a call to a status API: the framework's or a helper's.
func (b *builder) call(call *ast.CallExpr) {
	_, key := b.callee(call)
	if key == "" {
		return
	}
	sink, ok := b.sinkOf(call)
	if !ok || (sink.Status == httpapi.None && sink.Fixed == 0) {
		return
	}
	c := &Call{Expr: call, Key: key, Sink: sink}
	c.StatusExpr, c.Status, c.Const = b.status(call, sink)
	b.model.Calls = append(b.model.Calls, c)
}

// status returns a sink call's status argument and its constant value.
func (b *builder) status(call *ast.CallExpr, sink httpapi.Sink) (ast.Expr, int, bool) {
	if sink.Status == httpapi.None {
		return nil, sink.Fixed, sink.Fixed != 0
	}
	if sink.Status >= len(call.Args) {
		return nil, sink.Optional, sink.Optional != 0
	}
	e := call.Args[sink.Status]
	v, ok := b.intValue(e)
	return e, v, ok
}

func (b *builder) handler(n ast.Node, ft *ast.FuncType, name string) *Handler {
	var sig *types.Signature
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := b.info.Defs[n.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ = b.info.TypeOf(n).(*types.Signature)
	}
	if sig == nil {
		return nil
	}
	fw, idx, ok := httpapi.HandlerShape(sig)
	statusResult := false
	if !ok {
		if statusResult, ok = httpapi.AdaptedShape(sig); !ok {
			return nil
		}
		fw, idx = httpapi.NetHTTP, 0
	}
	h := &Handler{
		Node:         n,
		Name:         name,
		Framework:    fw,
		Resp:         sig.Params().At(idx),
		Results:      sig.Results().Len() > 0,
		StatusResult: statusResult,
	}
	if fw == httpapi.NetHTTP {
		h.Req = sig.Params().At(1)
	}
	b.handlers[n] = h
	return h
}

func funcDeclName(d *ast.FuncDecl) string {
	if d.Recv != nil && len(d.Recv.List) == 1 {
		t := d.Recv.List[0].Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		if ix, ok := t.(*ast.IndexExpr); ok {
			t = ix.X
		}
		if id, ok := t.(*ast.Ident); ok {
			return id.Name + "." + d.Name.Name
		}
	}
	return d.Name.Name
}

func enclosingName(stack []ast.Node) string {
	for i := len(stack) - 2; i >= 0; i-- {
		if d, ok := stack[i].(*ast.FuncDecl); ok {
			return funcDeclName(d)
		}
	}
	return "init"
}
