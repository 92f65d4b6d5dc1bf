package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// chains finds what the middleware on each route's chain can answer
// (Route.ChainKnown, Route.ChainStatuses): the middleware the router and
// its groups are given (Use, chi With, group arguments, chi Group and
// Route closures), the constructor's (gin.Default), the parents a router
// is mounted under, wrappers around a router or a handler, and per-route
// middleware arguments. It walks the router expression back the way
// prefixes does, and also forward: every use of a variable holding the
// router must be one it can read (a method call, an argument of a
// function of the package, of a mount or of a serving call, a return
// whose callers it reads), else the chain is unknown.
type chains struct {
	b       *builder
	parent  map[ast.Node]ast.Node // each node of the package's files → its parent
	uses    map[*types.Var][]*ast.Ident
	valueOf map[ast.Node]*types.Var // an expression → the local variable assigned it once
	busy    map[any]bool
	steps   int
	memo    map[*types.Var]chain
	// defaultMux: the package names http.DefaultServeMux, which it may wrap.
	defaultMux bool
}

// chain is what some middleware can answer.
type chain struct {
	unknown  bool
	statuses []int
}

func (c *chain) add(o chain) {
	c.unknown = c.unknown || o.unknown
	for _, s := range o.statuses {
		if !slices.Contains(c.statuses, s) {
			c.statuses = append(c.statuses, s)
		}
	}
}

var unknownChain = chain{unknown: true}

// maxChainSteps bounds one route's walk.
const maxChainSteps = 400

func newChains(b *builder) *chains {
	c := &chains{b: b, parent: map[ast.Node]ast.Node{}, uses: map[*types.Var][]*ast.Ident{},
		valueOf: map[ast.Node]*types.Var{}, memo: map[*types.Var]chain{}}
	if len(b.idx.regs) == 0 {
		return c
	}
	if p := &b.routes.prefixes; !p.built {
		p.build() // its tables: parameters, calls, closures
	}
	info := b.idx.info
	for _, f := range b.pass.Files {
		if strings.HasSuffix(b.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		var stack []ast.Node
		ast.Inspect(f, func(n ast.Node) bool {
			if n == nil {
				stack = stack[:len(stack)-1]
				return true
			}
			if len(stack) > 0 {
				c.parent[n] = stack[len(stack)-1]
			}
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok {
					c.uses[v] = append(c.uses[v], id)
					if v.Pkg() != nil && v.Pkg().Path() == "net/http" && v.Name() == "DefaultServeMux" {
						c.defaultMux = true
					}
				}
			}
			stack = append(stack, n)
			return true
		})
	}
	for v, vals := range b.idx.values {
		if len(vals) == 1 {
			c.valueOf[ast.Unparen(vals[0])] = v
		}
	}
	return c
}

// fill sets the chain of every route of the package's handlers and of the
// routes registered for other packages' handlers.
func (c *chains) fill(handlers []*Handler, remote []*RemoteRoute) {
	if len(c.b.idx.regs) == 0 {
		return
	}
	byPos := map[token.Pos]*chain{}
	for _, call := range c.b.idx.regs {
		ch := c.route(call)
		byPos[call.Pos()] = &ch
	}
	set := func(r *Route) {
		ch, ok := byPos[r.Pos]
		if !ok || ch.unknown {
			return
		}
		r.ChainKnown = true
		r.ChainStatuses = slices.Sorted(slices.Values(ch.statuses))
	}
	for _, h := range handlers {
		for i := range h.Routes {
			set(&h.Routes[i])
		}
	}
	for _, rr := range remote {
		set(&rr.Route)
		for i := range rr.Routes {
			set(&rr.Routes[i])
		}
	}
}

// route returns the chain of a registration: its router's, its
// per-route middleware arguments', and its handler's wrappers'.
func (c *chains) route(call *ast.CallExpr) chain {
	idx := c.b.idx
	fn, key := idx.callee(call)
	reg, _ := idx.registration(call, fn, key)
	c.steps = 0
	c.busy = map[any]bool{}
	recv := receiver(call, fn)
	var out chain
	if id, ok := ast.Unparen(recv).(*ast.Ident); ok && recv != nil {
		if v, ok := idx.info.Uses[id].(*types.Var); ok {
			var memo bool
			if out, memo = c.memo[v]; !memo {
				out = c.router(recv)
				c.memo[v] = out
			}
			out.statuses = slices.Clone(out.statuses)
		} else {
			out = c.router(recv)
		}
	} else {
		out = c.router(recv)
	}
	if reg.Handlers >= len(call.Args) {
		return unknownChain
	}
	args := call.Args[reg.Handlers:]
	var handler ast.Expr
	var mws []ast.Expr
	if reg.OnlyOne {
		handler, mws = args[0], args[1:] // echo: the middleware after the handler
	} else {
		handler, mws = args[len(args)-1], args[:len(args)-1] // gin, fiber: the handler last
	}
	if call.Ellipsis.IsValid() {
		return unknownChain
	}
	for _, m := range mws {
		out.add(c.middleware(m, 0))
	}
	out.add(c.wrappers(handler, 0))
	return out
}

// wrappers returns the chain of the wrappers around a handler argument:
// auth(h), http.HandlerFunc(mw(h)), http.TimeoutHandler(h, d, msg). A
// handler factory (a call that is given no handler) adds nothing.
func (c *chains) wrappers(e ast.Expr, depth int) chain {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || depth > 4 {
		return chain{}
	}
	info := c.b.idx.info
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		if len(call.Args) == 1 {
			return c.wrappers(call.Args[0], depth+1)
		}
		return chain{}
	}
	var out chain
	_, key := c.b.idx.callee(call)
	_, wraps := httpapi.Middleware[key]
	for _, a := range call.Args {
		if handlerTyped(info.TypeOf(a)) {
			wraps = true
			out.add(c.wrappers(a, depth+1))
		}
	}
	if !wraps {
		return chain{} // a factory: what it returns is the handler
	}
	out.add(c.middleware(call, 0))
	return out
}

// handlerTyped reports an http.Handler, a handler-shaped function type, or
// a framework's handler type.
func handlerTyped(t types.Type) bool {
	if t == nil {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "net/http" && n.Obj().Name() == "Handler" {
		return true
	}
	if sig, ok := t.Underlying().(*types.Signature); ok {
		_, _, shape := httpapi.HandlerShape(sig)
		return shape
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	if fn, ok := obj.(*types.Func); ok {
		_, _, shape := httpapi.HandlerShape(fn.Signature())
		return shape // a value with a ServeHTTP method
	}
	return false
}

// router returns the chain of the router expression e: a group's, a
// variable's, a constructor's; nil is http.DefaultServeMux.
func (c *chains) router(e ast.Expr) chain {
	if e == nil {
		if c.defaultMux {
			return unknownChain // the package may wrap the default mux
		}
		return chain{}
	}
	if c.steps++; c.steps > maxChainSteps {
		return unknownChain
	}
	e = ast.Unparen(e)
	if c.busy[e] {
		return chain{}
	}
	c.busy[e] = true
	idx := c.b.idx
	switch x := e.(type) {
	case *ast.Ident:
		v, ok := idx.info.Uses[x].(*types.Var)
		if !ok {
			return unknownChain
		}
		return c.variable(v)
	case *ast.CallExpr:
		fn, key := idx.callee(x)
		var out chain
		if base, ok := httpapi.Routers[key]; ok {
			out.statuses = slices.Clone(base)
		} else if _, ok := httpapi.Groups[key]; ok {
			out = c.router(receiver(x, fn))
			if u, ok := httpapi.Uses[key]; ok {
				out.add(c.useArgs(x, u.Args))
			}
		} else if d := c.declOf(fn); d != nil {
			out = c.returnedRouters(d.Body)
		} else {
			return unknownChain // a router from another package
		}
		out.add(c.context(x))
		return out
	}
	return unknownChain // a field, a value we cannot follow
}

func (c *chains) declOf(fn *types.Func) *ast.FuncDecl {
	if fn == nil {
		return nil
	}
	if d := c.b.idx.decls[fn.Origin()]; d != nil && d.Body != nil {
		return d
	}
	return nil
}

// returnedRouters is the chain of the routers a function returns.
func (c *chains) returnedRouters(body *ast.BlockStmt) chain {
	var out chain
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				out = unknownChain
				return false
			}
			found = true
			out.add(c.router(n.Results[0]))
		}
		return true
	})
	if !found {
		return unknownChain
	}
	return out
}

// variable returns the chain of the router a local variable or parameter
// holds: where its value comes from, and what every use of it adds.
func (c *chains) variable(v *types.Var) chain {
	if c.busy[v] {
		return chain{} // being read further up
	}
	c.busy[v] = true
	var out chain
	p := &c.b.routes.prefixes
	if !p.built {
		p.build()
	}
	switch {
	case p.closure[v] != nil:
		out = c.router(p.closure[v]) // chi Route/Group, fiber Route: the group the closure is given
	case v.Pkg() == nil || v.Parent() == v.Pkg().Scope():
		return unknownChain // a package-level variable may be set anywhere
	default:
		if pa, ok := p.params[v]; ok {
			calls := p.calls[pa.fn]
			if len(calls) == 0 {
				return unknownChain // called from another package, or not at all
			}
			for _, call := range calls {
				if pa.i >= len(call.Args) || call.Ellipsis.IsValid() {
					return unknownChain
				}
				out.add(c.router(call.Args[pa.i]))
			}
		} else if vals := c.b.idx.values[v]; len(vals) == 1 {
			out = c.router(vals[0])
		} else {
			return unknownChain // assigned more than once, or not where we look
		}
	}
	for _, id := range c.uses[v] {
		out.add(c.context(id))
		if out.unknown {
			break
		}
	}
	return out
}

// context returns what the place a router expression is used in adds to
// its chain.
func (c *chains) context(e ast.Expr) chain {
	var n ast.Node = e
	par := c.parent[n]
	for {
		if pe, ok := par.(*ast.ParenExpr); ok {
			n, par = pe, c.parent[pe]
			continue
		}
		break
	}
	idx := c.b.idx
	switch pn := par.(type) {
	case *ast.SelectorExpr:
		if pn.X != n {
			return unknownChain
		}
		call, ok := c.parent[pn].(*ast.CallExpr)
		if !ok || call.Fun != pn {
			if as, ok := c.parent[pn].(*ast.AssignStmt); ok && slices.Contains(as.Lhs, ast.Expr(pn)) {
				return unknownChain // a field of the router set: e.Server.Handler = ...
			}
			if _, ok := idx.info.Uses[pn.Sel].(*types.Func); ok {
				return unknownChain // a method value
			}
			return chain{} // a field read: e.Logger
		}
		_, key := idx.callee(call)
		if u, ok := httpapi.Uses[key]; ok && !u.Derived {
			return c.useArgs(call, u.Args)
		}
		return chain{} // a registration, a group, Run, Start...
	case *ast.CallExpr:
		if pn.Fun == n {
			return chain{}
		}
		return c.argument(pn, n.(ast.Expr))
	case *ast.AssignStmt:
		for i, r := range pn.Rhs {
			if r == n && len(pn.Lhs) == len(pn.Rhs) {
				if v := c.valueOf[ast.Unparen(r)]; v != nil {
					return c.variable(v)
				}
				if id, ok := pn.Lhs[i].(*ast.Ident); ok && id.Name == "_" {
					return chain{}
				}
			}
		}
		for _, l := range pn.Lhs {
			if l == n {
				return chain{} // assigned to: its values are read where it is used
			}
		}
		return unknownChain
	case *ast.ValueSpec:
		if v := c.valueOf[ast.Unparen(n.(ast.Expr))]; v != nil {
			return c.variable(v)
		}
		return unknownChain
	case *ast.ReturnStmt:
		fn := c.enclosingFunc(pn)
		if fn == nil {
			return unknownChain
		}
		calls := c.b.routes.prefixes.calls[fn]
		if len(calls) == 0 {
			return unknownChain // returned to another package
		}
		var out chain
		for _, call := range calls {
			out.add(c.context(call))
		}
		return out
	case *ast.KeyValueExpr:
		if lit, ok := c.parent[pn].(*ast.CompositeLit); ok {
			if t := idx.info.TypeOf(lit); t != nil && isNamedType(t, "net/http", "Server") {
				return chain{} // served as it is
			}
		}
		return unknownChain
	case *ast.ExprStmt:
		return chain{}
	}
	return unknownChain
}

func isNamedType(t types.Type, pkg, name string) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg && n.Obj().Name() == name
}

// enclosingFunc returns the function declaration a return statement
// returns from, nil inside a func literal.
func (c *chains) enclosingFunc(n ast.Node) *types.Func {
	for p := c.parent[n]; p != nil; p = c.parent[p] {
		switch p := p.(type) {
		case *ast.FuncLit:
			return nil
		case *ast.FuncDecl:
			fn, _ := c.b.idx.info.Defs[p.Name].(*types.Func)
			return fn
		}
	}
	return nil
}

// argument returns what a call a router is given to adds to its chain:
// a mount (the parent's chain), a serving call (nothing), a function of
// the package (what it does with its parameter, and, when the call's
// value is used, the handlers it returns around the router), a wrapper of
// the table; anything else is unknown.
func (c *chains) argument(call *ast.CallExpr, arg ast.Expr) chain {
	idx := c.b.idx
	fn, key := idx.callee(call)
	i := slices.Index(call.Args, arg)
	if i < 0 || call.Ellipsis.IsValid() {
		return unknownChain
	}
	if m, ok := httpapi.Mounts[key]; ok && i == m.Sub {
		return c.router(receiver(call, fn))
	}
	if reg, ok := idx.registration(call, fn, key); ok && i >= reg.Handlers {
		return c.router(receiver(call, fn)) // a router served as a handler
	}
	if httpapi.Serves[key] {
		return chain{}
	}
	if st, ok := httpapi.Middleware[key]; ok {
		out := chain{statuses: slices.Clone(st)}
		out.add(c.context(call))
		return out
	}
	d := c.declOf(fn)
	if d == nil {
		return unknownChain
	}
	var out chain
	if pa := c.paramAt(fn, i); pa != nil {
		out.add(c.variableUses(pa))
	} else {
		return unknownChain
	}
	if _, stmt := c.parent[call].(*ast.ExprStmt); !stmt && fn.Signature().Results().Len() > 0 {
		out.add(c.middleware(call, 0)) // a wrapper: logging(mux)
		out.add(c.context(call))
	}
	return out
}

// paramAt returns fn's i-th parameter (not a variadic one).
func (c *chains) paramAt(fn *types.Func, i int) *types.Var {
	sig := fn.Signature()
	if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
		return nil
	}
	return sig.Params().At(i)
}

// variableUses is what the uses of a parameter add (its value is the
// argument being read).
func (c *chains) variableUses(v *types.Var) chain {
	if c.busy[v] {
		return chain{}
	}
	c.busy[v] = true
	var out chain
	for _, id := range c.uses[v] {
		out.add(c.context(id))
	}
	return out
}

// useArgs is the chain of the middleware arguments of a Use call from
// argument i on. Strings (fiber's prefixes) and fiber apps (mounts) are
// not middleware.
func (c *chains) useArgs(call *ast.CallExpr, from int) chain {
	if call.Ellipsis.IsValid() {
		return unknownChain
	}
	var out chain
	for i := from; i < len(call.Args); i++ {
		a := call.Args[i]
		t := c.b.idx.info.TypeOf(a)
		if t != nil {
			if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				continue
			}
			if s, ok := t.Underlying().(*types.Slice); ok {
				if b, ok := s.Elem().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
					continue
				}
			}
			if isNamedType(t, "github.com/gofiber/fiber/v3", "App") || isNamedType(t, "github.com/gofiber/fiber/v2", "App") {
				continue
			}
		}
		out.add(c.middleware(a, 0))
	}
	return out
}

// middleware returns what a middleware expression can answer: a table
// entry, a handler of this package (its events), a factory or
// func(next) of this package (the handlers it returns).
func (c *chains) middleware(e ast.Expr, depth int) chain {
	if depth > 6 || e == nil {
		return unknownChain
	}
	idx := c.b.idx
	e = ast.Unparen(e)
	switch x := e.(type) {
	case *ast.FuncLit:
		if h := idx.handlers[x]; h != nil {
			return c.handler(h)
		}
		return c.returned(x.Body, x, depth)
	case *ast.Ident, *ast.SelectorExpr:
		id, _ := x.(*ast.Ident)
		if sel, ok := x.(*ast.SelectorExpr); ok {
			id = sel.Sel
		}
		switch obj := idx.info.Uses[id].(type) {
		case *types.Func:
			if st, ok := httpapi.Middleware[idx.key(obj)]; ok {
				return chain{statuses: slices.Clone(st)}
			}
			d := c.declOf(obj)
			if d == nil {
				return unknownChain
			}
			if h := idx.handlers[d]; h != nil {
				return c.handler(h)
			}
			return c.returned(d.Body, d, depth)
		case *types.Var:
			if v := idx.singleValue(x); v != nil {
				return c.middleware(v, depth+1)
			}
		}
		return unknownChain
	case *ast.CallExpr:
		if tv, ok := idx.info.Types[x.Fun]; ok && tv.IsType() {
			if len(x.Args) == 1 {
				return c.middleware(x.Args[0], depth+1)
			}
			return unknownChain
		}
		fn, key := idx.callee(x)
		if st, ok := httpapi.Middleware[key]; ok {
			return chain{statuses: slices.Clone(st)}
		}
		if d := c.declOf(fn); d != nil {
			return c.returned(d.Body, d, depth)
		}
	}
	return unknownChain
}

// returned is what the handlers a middleware factory or func(next)
// returns can answer; a returned parameter (next itself) adds nothing.
func (c *chains) returned(body *ast.BlockStmt, fn ast.Node, depth int) chain {
	if body == nil {
		return unknownChain
	}
	var ft *ast.FuncType
	switch f := fn.(type) {
	case *ast.FuncDecl:
		ft = f.Type
	case *ast.FuncLit:
		ft = f.Type
	}
	isParam := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok || ft == nil {
			return false
		}
		obj := c.b.idx.info.Uses[id]
		for _, field := range ft.Params.List {
			for _, name := range field.Names {
				if c.b.idx.info.Defs[name] == obj && obj != nil {
					return true
				}
			}
		}
		return false
	}
	var out chain
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				out = unknownChain
				return false
			}
			found = true
			if !isParam(n.Results[0]) {
				out.add(c.middleware(n.Results[0], depth+1))
			}
		}
		return true
	})
	if !found {
		return unknownChain
	}
	return out
}

// handler is what a middleware handler of this package can answer
// (answersOf, the call of the next handler allowed): its constant
// statuses, unknown when it may answer others.
func (c *chains) handler(h *Handler) chain {
	a := answersOf(h, func(e *Event) bool { return e.Next || c.b.callsNext(h, e.Call) })
	if a.Unknown {
		return unknownChain
	}
	return chain{statuses: a.Statuses()}
}
