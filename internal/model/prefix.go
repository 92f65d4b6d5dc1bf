package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// prefixes finds the path a router's patterns are relative to, so that a
// route names the path a client calls: group prefixes (gin, echo, fiber
// Group, chi Route, gorilla PathPrefix(...).Subrouter()), routers mounted
// under a prefix (chi and fiber Mount, http.StripPrefix around a mux),
// routers built by a function of the package and mounted where it is
// called, and routers handed to a function of the package
// (func registerUsers(g *gin.RouterGroup)), which take the prefix of
// every call. A part it cannot read (a router in a field, a parameter of
// a function no call of this package reaches, a prefix that is not a
// constant) reads as empty: the route shows the path below it, as
// registered.
type prefixes struct {
	idx     *index
	built   bool
	params  map[*types.Var]param            // a function's parameter → the function and its position
	calls   map[*types.Func][]*ast.CallExpr // the calls of each function declared here
	uses    map[types.Object][]argUse       // a variable → the calls given it as an argument
	argOf   map[*ast.CallExpr]argUse        // a call given as an argument → where
	returns map[types.Object][]*types.Func  // a variable → the functions that return it
	closure map[*types.Var]*ast.CallExpr    // the router parameter of a func literal given to chi Route/Group, fiber Route → that call
	busy    map[ast.Node]bool               // recursion guard
}

type param struct {
	fn *types.Func
	i  int
}

type argUse struct {
	call *ast.CallExpr
	i    int
}

// unknown stands for a part of the path that cannot be read (a router
// parameter of a function called from another package, a field, a prefix
// that is not a constant): it reads as empty in the route's Pattern, and
// marks the route Partial.
const unknown = "\x00"

// maxPrefixes bounds the prefixes one router collects (a function called
// from many places).
const maxPrefixes = 8

func (p *prefixes) build() {
	p.built = true
	idx := p.idx
	p.params = map[*types.Var]param{}
	p.calls = map[*types.Func][]*ast.CallExpr{}
	p.uses = map[types.Object][]argUse{}
	p.argOf = map[*ast.CallExpr]argUse{}
	p.returns = map[types.Object][]*types.Func{}
	p.closure = map[*types.Var]*ast.CallExpr{}
	p.busy = map[ast.Node]bool{}
	for _, fn := range idx.funcs {
		d := idx.decls[fn]
		i := 0
		for _, field := range d.Type.Params.List {
			for _, name := range field.Names {
				if v, ok := idx.info.Defs[name].(*types.Var); ok {
					p.params[v] = param{fn, i}
				}
				i++
			}
		}
		if d.Body == nil {
			continue
		}
		ast.Inspect(d.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false // a nested function's returns are not fn's
			case *ast.ReturnStmt:
				if len(n.Results) == 1 {
					if id, ok := ast.Unparen(n.Results[0]).(*ast.Ident); ok {
						if obj := idx.info.Uses[id]; obj != nil {
							p.returns[obj] = append(p.returns[obj], fn)
						}
					}
				}
			}
			return true
		})
	}
	for _, call := range idx.calls {
		fn, key := idx.callee(call)
		if fn != nil && idx.decls[fn.Origin()] != nil {
			p.calls[fn.Origin()] = append(p.calls[fn.Origin()], call)
		}
		for i, a := range call.Args {
			switch x := ast.Unparen(a).(type) {
			case *ast.Ident:
				if obj := idx.info.Uses[x]; obj != nil {
					p.uses[obj] = append(p.uses[obj], argUse{call, i})
				}
			case *ast.CallExpr:
				p.argOf[x] = argUse{call, i}
			}
		}
		if g, ok := httpapi.Groups[key]; ok && g.Closure != httpapi.None && g.Closure < len(call.Args) {
			if lit, ok := ast.Unparen(call.Args[g.Closure]).(*ast.FuncLit); ok {
				if ps := lit.Type.Params.List; len(ps) > 0 && len(ps[0].Names) > 0 {
					if v, ok := idx.info.Defs[ps[0].Names[0]].(*types.Var); ok {
						p.closure[v] = call
					}
				}
			}
		}
	}
}

// of returns the prefixes of the router e; unknown parts read as empty.
// strip leaves out the paths gorilla matches without stripping them: what
// a handler mounted there sees of the request path.
func (p *prefixes) of(e ast.Expr, strip bool) []string {
	if e == nil {
		return []string{""} // a package-level registration: http.HandleFunc
	}
	if !p.built {
		p.build()
	}
	e = ast.Unparen(e)
	if p.busy[e] || len(p.busy) > 32 {
		return []string{""}
	}
	p.busy[e] = true
	defer delete(p.busy, e)
	switch x := e.(type) {
	case *ast.CallExpr:
		fn, key := p.idx.callee(x)
		if g, ok := httpapi.Groups[key]; ok {
			base := p.of(receiver(x, fn), strip)
			if g.Prefix == httpapi.None || (strip && g.Matched) {
				return base
			}
			if g.Prefix >= len(x.Args) {
				return base
			}
			s, ok := p.idx.stringValue(x.Args[g.Prefix])
			if !ok {
				s = unknown
			}
			return joinAll(base, s)
		}
		if out := p.mounted(p.argOf[x], hasArg(p.argOf, x)); out != nil {
			return out
		}
		return []string{""} // a router made here: the root, unless mounted
	case *ast.Ident:
		v, ok := p.idx.info.Uses[x].(*types.Var)
		if !ok {
			return []string{unknown}
		}
		if call := p.closure[v]; call != nil {
			return p.of(call, strip)
		}
		if pa, ok := p.params[v]; ok {
			var out []string
			for _, c := range p.calls[pa.fn] {
				if pa.i < len(c.Args) && !c.Ellipsis.IsValid() {
					out = union(out, p.of(c.Args[pa.i], strip))
				}
			}
			if out == nil {
				return []string{unknown} // called from another package
			}
			return out
		}
		var out []string
		for _, u := range p.uses[v] {
			out = union(out, p.mounted(u, true))
		}
		for _, fn := range p.returns[v] {
			for _, c := range p.calls[fn] {
				out = union(out, p.mounted(p.argOf[c], hasArg(p.argOf, c)))
			}
		}
		if out != nil {
			return out
		}
		if val := p.idx.singleValue(x); val != nil {
			return p.of(val, strip)
		}
	}
	return []string{unknown} // a field, a value we cannot follow
}

func hasArg(m map[*ast.CallExpr]argUse, c *ast.CallExpr) bool {
	_, ok := m[c]
	return ok
}

// mounted returns the prefixes a router gets from the call it is given
// to, when that call mounts it: chi or fiber Mount (the prefix is
// stripped), http.StripPrefix, or a registration that serves it as a
// handler (net/http Handle, gorilla Handle: it sees the whole path).
func (p *prefixes) mounted(u argUse, ok bool) []string {
	if !ok {
		return nil
	}
	fn, key := p.idx.callee(u.call)
	if m, ok := httpapi.Mounts[key]; ok && u.i == m.Sub && m.Prefix < len(u.call.Args) {
		s, _ := p.idx.stringValue(u.call.Args[m.Prefix])
		return joinAll(p.of(receiver(u.call, fn), false), s)
	}
	if key == httpapi.StripPrefix && u.i == 1 {
		s, _ := p.idx.stringValue(u.call.Args[0])
		outer, ok := p.argOf[u.call]
		if !ok {
			return []string{s} // served as it is: http.ListenAndServe(addr, http.StripPrefix(...))
		}
		ofn, okey := p.idx.callee(outer.call)
		if reg, ok := p.idx.registration(outer.call, ofn, okey); ok && outer.i >= reg.Handlers {
			return joinAll(p.of(receiver(outer.call, ofn), true), s)
		}
		return nil
	}
	if reg, ok := p.idx.registration(u.call, fn, key); ok && u.i >= reg.Handlers && reg.Pattern != httpapi.None {
		return p.of(receiver(u.call, fn), true)
	}
	return nil
}

// receiver returns the receiver expression of a method call, nil for a
// function call.
func receiver(call *ast.CallExpr, fn *types.Func) ast.Expr {
	if fn == nil || fn.Signature().Recv() == nil {
		return nil
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		return sel.X
	}
	return nil
}

// joinAll appends s to each prefix.
func joinAll(prefixes []string, s string) []string {
	out := make([]string, 0, len(prefixes))
	for _, pre := range prefixes {
		out = append(out, joinPath(pre, s))
	}
	return out
}

// joinPath joins a prefix and a pattern with one slash; a pattern "/" or
// "" under a prefix is the prefix (chi's r.Get("/") inside
// r.Route("/projects") is /projects).
func joinPath(prefix, pattern string) string {
	prefix = strings.TrimSuffix(prefix, "/")
	switch {
	case prefix == "":
		return pattern
	case pattern == "" || pattern == "/":
		return prefix
	case !strings.HasPrefix(pattern, "/"):
		return prefix + "/" + pattern
	}
	return prefix + pattern
}

// union adds the prefixes of b not in a, up to maxPrefixes.
func union(a, b []string) []string {
	for _, s := range b {
		if len(a) < maxPrefixes && !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// patternValue reads a route pattern: a constant, or a concatenation that
// starts with one ("DELETE "+options.BaseURL+"/pets/{id}", as oapi-codegen
// writes it), whose other operands are read as empty: a base URL left to
// the caller, usually "".
func (idx *index) patternValue(e ast.Expr) (string, bool) {
	if s, ok := idx.stringValue(e); ok {
		return s, true
	}
	var parts []ast.Expr
	var flatten func(ast.Expr) bool
	flatten = func(e ast.Expr) bool {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == token.ADD {
			return flatten(b.X) && flatten(b.Y)
		}
		parts = append(parts, e)
		return true
	}
	flatten(e)
	if len(parts) < 2 {
		return "", false
	}
	var sb strings.Builder
	for i, part := range parts {
		s, ok := idx.stringValue(part)
		if !ok && i == 0 {
			return "", false
		}
		sb.WriteString(s)
	}
	return sb.String(), true
}
