package model

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// Handlers behind interfaces. A router given a method value of an
// interface (h := NewWebhookHandler(); e.POST("", h.Create)) serves the
// method of the one type of this package that implements the interface,
// or, when the interface is another package's, the handler that package
// says is its only implementation (a HandlerFact on the interface
// method). An interface with two implementations stays unresolved.
//
// A handler with routes that calls an interface method with its response
// (oapi-codegen's wrapper: siw.Handler.DeletePet(w, r, id)) delegates its
// routes to the implementations of that method: in this package directly,
// in the packages that implement the interface through a RouteFact on the
// method. A method with a handler's parameters and more (DeletePet(w, r,
// id int64)) becomes a handler when it is such an implementation.

// abstract reports a method of an interface.
func abstract(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	return recv != nil && types.IsInterface(recv.Type())
}

// implementations returns the methods of this package's named types that
// implement the interface method m (test files left out).
func (idx *index) implementations(m *types.Func) []*types.Func {
	if idx.impls == nil {
		idx.impls = newImplementers(idx.pkg)
	}
	var out []*types.Func
	for _, fn := range idx.impls.of(m) {
		if idx.decls[fn] != nil {
			out = append(out, fn)
		}
	}
	return out
}

// implementers finds the methods of a package's named types that
// implement an interface method; the types implementing each interface
// are found once.
type implementers struct {
	pkg   *types.Package
	types []*types.Pointer // *T for each non-interface, non-generic named type T
	memo  map[*types.Interface][]*types.Pointer
}

func newImplementers(pkg *types.Package) *implementers {
	im := &implementers{pkg: pkg, memo: map[*types.Interface][]*types.Pointer{}}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() == 0 {
			im.types = append(im.types, types.NewPointer(n))
		}
	}
	return im
}

// of returns the methods of the package's types that implement the
// interface method m.
func (im *implementers) of(m *types.Func) []*types.Func {
	iface, _ := m.Signature().Recv().Type().Underlying().(*types.Interface)
	if iface == nil || len(im.types) == 0 {
		return nil
	}
	ts, ok := im.memo[iface]
	if !ok {
		for _, t := range im.types {
			if types.Implements(t, iface) {
				ts = append(ts, t)
			}
		}
		im.memo[iface] = ts
	}
	var out []*types.Func
	for _, t := range ts {
		obj, _, _ := types.LookupFieldOrMethod(t, true, im.pkg, m.Name())
		if fn, ok := obj.(*types.Func); ok && fn.Pkg() == im.pkg {
			out = append(out, fn)
		}
	}
	return out
}

// handlerOf returns the handler fn declares, promoting a method with a
// handler's parameters and more.
func (idx *index) handlerOf(fn *types.Func) *Handler {
	d := idx.decls[fn]
	if d == nil {
		return nil
	}
	if h := idx.handlers[d]; h != nil {
		return h
	}
	for _, x := range idx.extended {
		if x.decl == d {
			return idx.promote(x)
		}
	}
	return nil
}

// implementation resolves an interface method given to a router: for an
// interface of this package, its one implementation here; for another
// package's, the summary that package gives (its one implementation
// there: a type here that happens to have the same methods is not taken
// for the value).
func (rt *routes) implementation(m *types.Func, remote *[]*HandlerFact) []*Handler {
	if m.Pkg() != rt.idx.pkg {
		rt.summaryOf(m, remote)
		return nil
	}
	if impls := rt.idx.implementations(m); len(impls) == 1 {
		if h := rt.idx.handlerOf(impls[0]); h != nil {
			return []*Handler{h}
		}
	}
	return nil
}

// delegate gives the routes of each handler that calls a method of an
// interface of this package with its response (the generated
// ServerInterface) to that method's implementations here, and keeps them
// for the method's RouteFact.
func (rt *routes) delegate() {
	for _, h := range rt.idx.order {
		if len(h.Routes) == 0 {
			continue
		}
		ast.Inspect(h.Body(), func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			fn, _ := rt.idx.callee(call)
			// only this package's interfaces: next.ServeHTTP(w, r) in a
			// middleware does not make every http.Handler here serve its routes
			if fn == nil || fn.Pkg() != rt.idx.pkg || !abstract(fn) || !handlerLike(fn.Signature()) || !rt.passesResponse(call) {
				return true
			}
			if rt.ifaceRoutes == nil {
				rt.ifaceRoutes = map[*types.Func][]Route{}
			}
			rt.ifaceRoutes[fn] = append(rt.ifaceRoutes[fn], h.Routes...)
			return true
		})
	}
	for m, routes := range rt.ifaceRoutes {
		for _, impl := range rt.idx.implementations(m) {
			if h := rt.idx.handlerOf(impl); h != nil {
				addRoutes(h, routes)
			}
		}
	}
	rt.importedRoutes()
}

// importedRoutes gives the methods of this package that implement an
// interface method with a RouteFact the routes it carries.
func (rt *routes) importedRoutes() {
	if !rt.canImport {
		return
	}
	var candidates []*types.Func // methods with a handler's parameters, with or without more
	for _, fn := range rt.idx.funcs {
		if fn.Signature().Recv() != nil && handlerLike(fn.Signature()) {
			candidates = append(candidates, fn)
		}
	}
	if len(candidates) == 0 {
		return
	}
	byName := map[string][]*types.Func{} // interface methods of the direct imports
	for _, imp := range rt.idx.pkg.Imports() {
		if !rt.sameModule(imp) {
			continue // a generated ServerInterface is the service's own code
		}
		interfaceMethods(imp, func(_ string, m *types.Func) {
			byName[m.Name()] = append(byName[m.Name()], m)
		})
	}
	if len(byName) == 0 {
		return
	}
	for _, fn := range candidates {
		ms := byName[fn.Name()]
		if len(ms) == 0 {
			continue
		}
		t := fn.Signature().Recv().Type()
		if _, isPtr := t.(*types.Pointer); !isPtr {
			t = types.NewPointer(t)
		}
		for _, m := range ms {
			var f RouteFact
			iface := m.Signature().Recv().Type().Underlying().(*types.Interface)
			if !types.Implements(t, iface) || !rt.pass.ImportObjectFact(m, &f) {
				continue
			}
			h := rt.idx.handlerOf(fn)
			if h == nil {
				continue
			}
			var routes []Route
			for _, r := range f.Routes {
				routes = append(routes, Route{Methods: r.Methods, Pattern: r.Pattern, Pos: fn.Pos()})
			}
			addRoutes(h, routes)
		}
	}
}

// routeFacts returns the RouteFacts of this package's interface methods.
func (rt *routes) routeFacts() map[*types.Func]*RouteFact {
	out := map[*types.Func]*RouteFact{}
	for m, routes := range rt.ifaceRoutes {
		if m.Pkg() != rt.idx.pkg {
			continue
		}
		f := &RouteFact{}
		for _, r := range routes {
			f.Routes = append(f.Routes, RouteSummary{Methods: r.Methods, Pattern: r.Pattern})
		}
		out[m] = f
	}
	return out
}

func addRoutes(h *Handler, routes []Route) {
	for _, r := range routes {
		h.Routes = append(h.Routes, r)
		h.Methods |= r.Methods
	}
}

// handlerLike reports a handler's signature, with or without more parameters.
func handlerLike(sig *types.Signature) bool {
	if _, _, ok := httpapi.HandlerShape(sig); ok {
		return true
	}
	_, _, ok := httpapi.ExtendedShape(sig)
	return ok
}

// passesResponse reports a call whose first argument is a response writer
// or a framework context.
func (rt *routes) passesResponse(call *ast.CallExpr) bool {
	if len(call.Args) == 0 {
		return false
	}
	_, ok := httpapi.FrameworkOf(rt.idx.info.TypeOf(call.Args[0]))
	return ok
}

// interfaceMethods calls f with the methods each exported interface of
// pkg declares itself, and the interface's name.
func interfaceMethods(pkg *types.Package, f func(iface string, m *types.Func)) {
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		iface, ok := tn.Type().Underlying().(*types.Interface)
		if !ok {
			continue
		}
		for i := range iface.NumExplicitMethods() {
			f(name, iface.ExplicitMethod(i))
		}
	}
}

// sameModule reports whether imp belongs to the module of the package
// analysed; true when the module is unknown, unless imp looks like the
// standard library (no dot in its first path element).
func (rt *routes) sameModule(imp *types.Package) bool {
	if m := rt.pass.Module; m != nil && m.Path != "" {
		return imp.Path() == m.Path || strings.HasPrefix(imp.Path(), m.Path+"/")
	}
	first, _, _ := strings.Cut(imp.Path(), "/")
	return strings.Contains(first, ".")
}
