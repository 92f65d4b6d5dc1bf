package model

import (
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
)

// routes resolves a package's route registrations to its handlers: the
// methods and pattern of each route, and the summaries (HandlerFact) of
// the handlers of other packages that it registers (remote). It reads
// the index and imported facts, nothing else of the model.
type routes struct {
	idx       *index
	pass      *analysis.Pass // for other packages' handler summaries
	canImport bool           // the pass declares statuslint's facts
	remote    []*RemoteRoute // routes registered here for other packages' handlers
	prefixes  prefixes       // the path each router's patterns are relative to
	// ifaceRoutes holds the routes of the handlers that call each
	// interface method with their response (delegate).
	ifaceRoutes map[*types.Func][]Route
}

// register adds the route a registration call makes to every handler its
// handler arguments resolve to.
func (rt *routes) register(call *ast.CallExpr) {
	fn, key := rt.idx.callee(call)
	reg, _ := rt.idx.registration(call, fn, key)
	arg := func(i int) ast.Expr {
		if i >= 0 && i < len(call.Args) {
			return call.Args[i]
		}
		return nil
	}
	methods := httpapi.AllMethods
	pattern, known := "", reg.Pattern == httpapi.None // gorilla's Route.HandlerFunc: the path is on the chain
	if p := arg(reg.Pattern); p != nil {
		pattern, known = rt.idx.patternValue(p)
	}
	switch {
	case reg.AnyMethod:
	case reg.GoPattern:
		methods, pattern = parseGoPattern(pattern)
	case reg.Method != 0:
		methods = reg.Method
	case reg.MethodArg != httpapi.None:
		if s, ok := rt.idx.stringValue(arg(reg.MethodArg)); ok {
			methods = httpapi.ParseMethod(s)
		}
	case reg.MethodsArg != httpapi.None:
		if m, ok := rt.methodList(arg(reg.MethodsArg)); ok {
			methods = m
		}
	case reg.Chain:
		methods = rt.chainMethods(call)
	}
	var routes []Route
	prefixes := rt.prefixes.of(receiver(call, fn), false)
	if !known || strings.HasPrefix(pattern, "{$}") || (reg.GoPattern && pattern != "" && !strings.HasPrefix(pattern, "/")) {
		prefixes = nil // a pattern we cannot read, or one with a host: as registered
	}
	for _, pre := range prefixes {
		full := joinPath(pre, pattern)
		if !reg.GoPattern && full != "" && !strings.HasPrefix(full, "/") && !strings.HasPrefix(full, unknown) {
			full = "/" + full // gin, echo, fiber: g.GET("ping") under /v1 is /v1/ping
		}
		partial := strings.Contains(full, unknown)
		if partial {
			// the end of the path: what follows the last part we could not read
			full = full[strings.LastIndex(full, unknown)+len(unknown):]
			if !strings.HasPrefix(full, "/") {
				full = "/" + full
			}
		}
		routes = append(routes, Route{Methods: methods, Pattern: full, Pos: call.Pos(), Partial: partial})
	}
	if len(routes) == 0 {
		routes = []Route{{Methods: methods, Pattern: pattern, Pos: call.Pos()}}
	}
	var handlerArgs []ast.Expr
	if reg.Handlers < len(call.Args) {
		handlerArgs = call.Args[reg.Handlers:]
		if reg.OnlyOne {
			handlerArgs = handlerArgs[:1]
		}
	}
	for i, a := range handlerArgs {
		var remote []*HandlerFact
		local := rt.resolve(a, 0, &remote)
		for _, h := range local {
			h.Routes = append(h.Routes, routes...)
			h.Methods |= methods
		}
		// Another package's function given this package's handler
		// (common.LimiterGuard(app, func(c) error {...})) wraps it: what it
		// answers is middleware's, as is a handler argument before the last.
		mw := i < len(handlerArgs)-1 || len(local) > 0 || wrapsLiteral(a)
		for _, f := range remote {
			rt.remote = append(rt.remote, &RemoteRoute{Route: routes[0], Routes: routes, Arg: a, Handler: f, Middleware: mw})
		}
	}
}

// wrapsLiteral reports a call given a func literal: a wrapper around the
// handler it is given (LoginGuard(app, func(c *fiber.Ctx, u User) error {...})).
func wrapsLiteral(e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	return ok && slices.ContainsFunc(call.Args, func(a ast.Expr) bool {
		_, lit := ast.Unparen(a).(*ast.FuncLit)
		return lit
	})
}

// parseGoPattern splits a Go 1.22 ServeMux pattern "POST example.com/x"
// into its methods (GET also serves HEAD) and the rest.
func parseGoPattern(p string) (httpapi.Methods, string) {
	method, rest, ok := strings.Cut(p, " ")
	if !ok || strings.Contains(method, "/") {
		return httpapi.AllMethods, p
	}
	m := httpapi.ParseMethod(method)
	if m == httpapi.GET {
		m |= httpapi.HEAD
	}
	return m, strings.TrimSpace(rest)
}

// methodList reads a []string{"GET", http.MethodPost} literal.
func (rt *routes) methodList(e ast.Expr) (httpapi.Methods, bool) {
	lit, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return 0, false
	}
	var m httpapi.Methods
	for _, el := range lit.Elts {
		s, ok := rt.idx.stringValue(el)
		if !ok {
			return 0, false
		}
		m |= httpapi.ParseMethod(s)
	}
	return m, m != 0
}

// chain returns every call of a fluent chain such as
// r.HandleFunc(p, h).Methods("GET") or r.Methods("GET").Path(p).HandlerFunc(h).
func (rt *routes) chain(call *ast.CallExpr) []*ast.CallExpr {
	for outer := rt.idx.recvOf[call]; outer != nil; outer = rt.idx.recvOf[call] {
		call = outer
	}
	var calls []*ast.CallExpr
	for call != nil {
		calls = append(calls, call)
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			break
		}
		call, _ = ast.Unparen(sel.X).(*ast.CallExpr)
	}
	return calls
}

func (rt *routes) chainMethods(call *ast.CallExpr) httpapi.Methods {
	var m httpapi.Methods
	for _, c := range rt.chain(call) {
		if _, key := rt.idx.callee(c); httpapi.ChainMethods[key] {
			for _, a := range c.Args {
				s, ok := rt.idx.stringValue(a)
				if !ok {
					return httpapi.AllMethods
				}
				m |= httpapi.ParseMethod(s)
			}
		}
	}
	if m == 0 {
		return httpapi.AllMethods
	}
	return m
}

// resolve finds the handler functions an expression given to a router
// stands for: a function or method value, a func literal, a conversion to
// http.HandlerFunc, a variable assigned once, a value whose ServeHTTP is
// declared here, what a factory in this package returns, and the handlers
// wrapped by a middleware call (the middleware serves the same method).
// Handlers and factories of other packages are added to remote as their
// summaries (HandlerFact), when remote is not nil.
func (rt *routes) resolve(e ast.Expr, depth int, remote *[]*HandlerFact) []*Handler {
	if depth > 4 || e == nil {
		return nil
	}
	e = ast.Unparen(e)
	switch e := e.(type) {
	case *ast.FuncLit:
		if h := rt.idx.handlers[e]; h != nil {
			return []*Handler{h}
		}
		return nil
	case *ast.Ident, *ast.SelectorExpr:
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		switch obj := rt.idx.info.Uses[id].(type) {
		case *types.Func:
			if d := rt.idx.decls[obj]; d != nil && rt.idx.handlers[d] != nil {
				return []*Handler{rt.idx.handlers[d]}
			}
			if abstract(obj) {
				return rt.implementation(obj, remote)
			}
			rt.summaryOf(obj, remote)
			return nil
		case *types.Var:
			if v := rt.idx.singleValue(e); v != nil {
				return rt.resolve(v, depth+1, remote)
			}
		}
		return rt.serveHTTP(e)
	case *ast.UnaryExpr, *ast.CompositeLit:
		return rt.serveHTTP(e)
	case *ast.CallExpr:
		if tv, ok := rt.idx.info.Types[e.Fun]; ok && tv.IsType() {
			if len(e.Args) == 1 {
				return rt.resolve(e.Args[0], depth+1, remote) // http.HandlerFunc(f)
			}
			return nil
		}
		var out []*Handler
		if fn, _ := rt.idx.callee(e); fn != nil {
			if d := rt.idx.decls[fn]; d != nil && d.Body != nil {
				out = append(out, rt.returned(d.Body, depth, remote)...)
			} else {
				rt.summaryOf(fn, remote) // a factory of another package: api.DeleteWidget(db)
			}
		}
		for _, a := range e.Args {
			out = append(out, rt.resolve(a, depth+1, remote)...)
		}
		return out
	}
	return nil
}

// returned resolves what a factory's return statements return.
func (rt *routes) returned(body *ast.BlockStmt, depth int, remote *[]*HandlerFact) []*Handler {
	var out []*Handler
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // a nested function's returns are not the factory's
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				out = append(out, rt.resolve(n.Results[0], depth+1, remote)...)
			}
		}
		return true
	})
	return out
}

// serveHTTP resolves a value whose type declares ServeHTTP in this package.
func (rt *routes) serveHTTP(e ast.Expr) []*Handler {
	t := rt.idx.info.TypeOf(e)
	if t == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, rt.idx.pkg, "ServeHTTP")
	if fn, ok := obj.(*types.Func); ok {
		if d := rt.idx.decls[fn]; d != nil && rt.idx.handlers[d] != nil {
			return []*Handler{rt.idx.handlers[d]}
		}
	}
	return nil
}

// summaryOf adds the summary another package exported for fn, a handler
// or a handler factory, to remote.
func (rt *routes) summaryOf(fn *types.Func, remote *[]*HandlerFact) {
	if remote == nil || !rt.canImport || fn.Pkg() == nil || fn.Pkg() == rt.idx.pkg {
		return
	}
	var f HandlerFact
	if rt.pass.ImportObjectFact(fn.Origin(), &f) {
		*remote = append(*remote, &f)
		return
	}
	// No summary (it chooses no constant status): still a route, for the
	// route inventory and the documents' operations it serves.
	name := fn.Pkg().Name() + "." + fn.Name()
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			name = fn.Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
		}
	}
	*remote = append(*remote, &HandlerFact{Name: name})
}
