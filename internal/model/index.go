package model

import (
	"cmp"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/typeutil"
)

// index is what the one walk over a package's files collects: its
// declarations and handlers, the values given to its variables, switch
// tags, receivers, registrations and calls. newIndex fills it; after that
// it is read-only (the handlers it found are the model's to fill in), and
// its methods read constants and values through it.
type index struct {
	info *types.Info
	pkg  *types.Package

	decls    map[*types.Func]*ast.FuncDecl
	funcs    []*types.Func // the declared functions, in source order
	handlers map[ast.Node]*Handler
	order    []*Handler                      // the handlers, in source order
	values   map[*types.Var][]ast.Expr       // every value assigned to a local variable (nil: unknown)
	caseTag  map[ast.Expr]ast.Expr           // a switch case expression → the switch tag
	recvOf   map[*ast.CallExpr]*ast.CallExpr // x.M() → the call whose receiver x is
	regs     []*ast.CallExpr                 // route registrations
	calls    []*ast.CallExpr                 // every call, for Model.Calls once helpers are known
	// funcValues holds every function value assigned to a package-level
	// variable or a struct field of func type.
	funcValues map[*types.Var][]ast.Expr
	passed     map[*types.Var][]*ast.CallExpr // calls given &v, or v when v is a pointer (Model.PassedTo)
	htmx       bool                           // a string names an HX-* header (Model.HTMX)
	keys       map[*types.Func]string         // httpapi.Key of callees (key)
	extended   []*extendedHandler             // methods with a handler's parameters and more (promote)
	impls      *implementers                  // the package's types implementing each interface (implementations)
	// adaptedExtra holds the functions of shape func(w, r, extra...) (int,
	// error) (httpapi.AdaptedExtraShape); adaptedBy the shapes (shapeKey)
	// an adapter calls with its own w and r (adapterCall). The functions of
	// those shapes become handlers after the walk (adaptExtra).
	adaptedExtra []*extendedHandler
	adaptedBy    map[string]bool
}

// newIndex walks the package's files, leaving out those named *_test.go:
// handlers there are test fakes that misbehave on purpose.
func newIndex(pass *analysis.Pass) *index {
	idx := &index{
		info:       pass.TypesInfo,
		pkg:        pass.Pkg,
		decls:      map[*types.Func]*ast.FuncDecl{},
		handlers:   map[ast.Node]*Handler{},
		values:     map[*types.Var][]ast.Expr{},
		caseTag:    map[ast.Expr]ast.Expr{},
		recvOf:     map[*ast.CallExpr]*ast.CallExpr{},
		funcValues: map[*types.Var][]ast.Expr{},
		passed:     map[*types.Var][]*ast.CallExpr{},
		keys:       map[*types.Func]string{},
		adaptedBy:  map[string]bool{},
	}
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
			if h := idx.visit(n, stack); h != nil {
				idx.order = append(idx.order, h)
			}
			return true
		})
	}
	idx.adaptExtra(pass)
	idx.funcs = slices.Collect(maps.Keys(idx.decls))
	slices.SortFunc(idx.funcs, func(x, y *types.Func) int { return cmp.Compare(x.Pos(), y.Pos()) })
	return idx
}

// visit records what one node contributes; it returns a new handler.
func (idx *index) visit(n ast.Node, stack []ast.Node) *Handler {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := idx.info.Defs[n.Name].(*types.Func); ok {
			idx.decls[fn] = n
		}
		if n.Body != nil {
			return idx.handler(n, n.Type, funcDeclName(n))
		}
	case *ast.FuncLit:
		return idx.handler(n, n.Type, enclosingName(stack)+".func")
	case *ast.FuncType:
		for _, fl := range []*ast.FieldList{n.Params, n.Results} {
			if fl == nil {
				continue
			}
			for _, field := range fl.List {
				for _, name := range field.Names {
					idx.assign(name, nil) // a parameter's value is the caller's
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
			idx.assign(lhs, rhs)
			idx.assignFuncValue(lhs, rhs)
		}
	case *ast.ValueSpec:
		for i, name := range n.Names {
			var rhs ast.Expr
			if len(n.Names) == len(n.Values) {
				rhs = n.Values[i]
			}
			idx.assign(name, rhs)
			idx.assignFuncValue(name, rhs)
		}
	case *ast.CompositeLit:
		for _, el := range n.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					if f, ok := idx.info.Uses[id].(*types.Var); ok && f.IsField() {
						idx.noteFuncValue(f, kv.Value)
					}
				}
			}
		}
	case *ast.IncDecStmt:
		idx.assign(n.X, nil)
	case *ast.RangeStmt:
		if n.Key != nil {
			idx.assign(n.Key, nil)
		}
		if n.Value != nil {
			idx.assign(n.Value, nil)
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			idx.assign(n.X, nil) // its address escapes: any value may reach it
		}
	case *ast.SwitchStmt:
		if n.Tag != nil {
			for _, c := range n.Body.List {
				for _, e := range c.(*ast.CaseClause).List {
					idx.caseTag[e] = n.Tag
				}
			}
		}
	case *ast.BasicLit:
		if n.Kind == token.STRING && len(n.Value) > 4 && strings.EqualFold(n.Value[1:4], "hx-") {
			idx.htmx = true
		}
	case *ast.CallExpr:
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
			if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
				idx.recvOf[inner] = n
			}
		}
		idx.calls = append(idx.calls, n)
		if key := idx.adapterCall(idx.enclosingHandler(stack), n); key != "" {
			idx.adaptedBy[key] = true
		}
		if fn, key := idx.callee(n); fn != nil {
			if _, ok := idx.registration(n, fn, key); ok {
				idx.regs = append(idx.regs, n)
			}
		}
		for _, a := range n.Args {
			x := ast.Unparen(a)
			if u, ok := x.(*ast.UnaryExpr); ok && u.Op == token.AND {
				x = ast.Unparen(u.X)
			} else if _, ok := idx.info.TypeOf(x).(*types.Pointer); !ok {
				continue
			}
			if id, ok := x.(*ast.Ident); ok {
				if v, ok := idx.info.Uses[id].(*types.Var); ok {
					idx.passed[v] = append(idx.passed[v], n)
				}
			}
		}
	}
	return nil
}

func (idx *index) assign(lhs ast.Expr, rhs ast.Expr) {
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return
	}
	v, ok := idx.info.ObjectOf(id).(*types.Var)
	if !ok || v.Pkg() == nil || v.Parent() == v.Pkg().Scope() {
		return // package-level variables may be assigned anywhere
	}
	idx.values[v] = append(idx.values[v], rhs)
}

// singleValue returns the one value ever assigned to a local variable.
func (idx *index) singleValue(e ast.Expr) ast.Expr {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := idx.info.Uses[id].(*types.Var)
	if !ok {
		return nil
	}
	if vals := idx.values[v]; len(vals) == 1 {
		return vals[0]
	}
	return nil
}

// intValue resolves a constant status: a literal, http.StatusX, a named
// constant, or a local variable assigned once from one of those.
func (idx *index) intValue(e ast.Expr) (int, bool) {
	for range 4 {
		if tv, ok := idx.info.Types[e]; ok && tv.Value != nil {
			if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok {
				return int(v), true
			}
			return 0, false
		}
		if e = idx.singleValue(e); e == nil {
			return 0, false
		}
	}
	return 0, false
}

func (idx *index) stringValue(e ast.Expr) (string, bool) {
	if tv, ok := idx.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	return "", false
}

// registration returns what a route-registering call registers: a
// framework's (httpapi.Registrations), or a method Handle or HandleFunc of
// an interface with net/http's signature (oapi-codegen's ServeMux), which
// takes a Go 1.22 pattern.
func (idx *index) registration(call *ast.CallExpr, fn *types.Func, key string) (httpapi.Registration, bool) {
	if reg, ok := httpapi.Registrations[key]; ok {
		return reg, true
	}
	if fn != nil && httpapi.MuxLike(fn) {
		return httpapi.Registrations[httpapi.ServeMuxHandle], true
	}
	return httpapi.Registration{}, false
}

func (idx *index) callee(call *ast.CallExpr) (*types.Func, string) {
	fn, _ := typeutil.Callee(idx.info, call).(*types.Func)
	return fn, idx.key(fn)
}

// key is httpapi.Key, memoised: the parts ask for the key of the same
// callees again and again, and each answer is a new string.
func (idx *index) key(fn *types.Func) string {
	if fn == nil {
		return ""
	}
	k, ok := idx.keys[fn]
	if !ok {
		k = httpapi.Key(fn)
		idx.keys[fn] = k
	}
	return k
}

func (idx *index) handler(n ast.Node, ft *ast.FuncType, name string) *Handler {
	var sig *types.Signature
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := idx.info.Defs[n.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ = idx.info.TypeOf(n).(*types.Signature)
	}
	if sig == nil {
		return nil
	}
	fw, at, ok := httpapi.HandlerShape(sig)
	statusResult := false
	if !ok {
		if statusResult, ok = httpapi.AdaptedShape(sig); !ok {
			if httpapi.AdaptedExtraShape(sig) {
				idx.adaptedExtra = append(idx.adaptedExtra, &extendedHandler{node: n, fw: httpapi.NetHTTP, name: name})
			}
			if d, isDecl := n.(*ast.FuncDecl); isDecl && d.Recv != nil {
				if fw, at, ok := httpapi.ExtendedShape(sig); ok {
					idx.extended = append(idx.extended, &extendedHandler{decl: d, fw: fw, at: at, name: name})
				}
			}
			return nil
		}
		fw, at = httpapi.NetHTTP, 0
	}
	return idx.newHandler(n, sig, name, fw, at, statusResult)
}

// extendedHandler is a method with a handler's parameters and more
// (httpapi.ExtendedShape): a handler once an interface it implements
// is known to be called as one (promote).
type extendedHandler struct {
	decl *ast.FuncDecl
	node ast.Node // for adaptedExtra: the declaration or literal
	fw   httpapi.Framework
	at   int
	name string
}

// promote makes the extended method a handler, after the handlers of the walk.
func (idx *index) promote(x *extendedHandler) *Handler {
	if h := idx.handlers[x.decl]; h != nil {
		return h
	}
	fn, _ := idx.info.Defs[x.decl.Name].(*types.Func)
	if fn == nil {
		return nil
	}
	h := idx.newHandler(x.decl, fn.Signature(), x.name, x.fw, x.at, false)
	idx.order = append(idx.order, h)
	return h
}

// adaptExtra makes handlers of the functions of shape func(w, r, extra...)
// (int, error) that an adapter of this package, or of an imported one
// (AdapterFact.Shape), calls: handle(fn handleFunc, ...) returning a
// handler that runs status, err := fn(w, r, &data{...}). Whether their
// returned statuses are written is the adapters' flow's to say (settle).
func (idx *index) adaptExtra(pass *analysis.Pass) {
	if len(idx.adaptedExtra) == 0 {
		return
	}
	if declaresFacts(pass) {
		for _, f := range pass.AllObjectFacts() {
			if a, ok := f.Fact.(*AdapterFact); ok && a.Shape != "" {
				idx.adaptedBy[a.Shape] = true
			}
		}
	}
	added := false
	for _, x := range idx.adaptedExtra {
		sig := idx.signature(x.node)
		key := shapeKey(sig)
		if !idx.adaptedBy[key] {
			continue
		}
		h := idx.newHandler(x.node, sig, x.name, httpapi.NetHTTP, 0, true)
		h.shape = key
		idx.order = append(idx.order, h)
		added = true
	}
	if added {
		slices.SortStableFunc(idx.order, func(x, y *Handler) int { return cmp.Compare(x.Node.Pos(), y.Node.Pos()) })
	}
}

// enclosingHandler returns the handler whose body the innermost function
// on the stack is, or nil.
func (idx *index) enclosingHandler(stack []ast.Node) *Handler {
	for i := len(stack) - 2; i >= 0; i-- {
		switch stack[i].(type) {
		case *ast.FuncDecl, *ast.FuncLit:
			return idx.handlers[stack[i]]
		}
	}
	return nil
}

// adapterCall returns the shape (shapeKey) of a func(w, r, extra...) (int,
// error) value that the net/http handler h calls with its own writer and
// request (status, err := fn(w, r, &data{...})); else "". A declared
// function or method called so is not a value handed to an adapter.
func (idx *index) adapterCall(h *Handler, call *ast.CallExpr) string {
	if h == nil || h.Framework != httpapi.NetHTTP || h.Req == nil || len(call.Args) < 3 {
		return ""
	}
	if tv, ok := idx.info.Types[call.Fun]; !ok || tv.IsType() {
		return ""
	}
	sig, ok := idx.info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok || !httpapi.AdaptedExtraShape(sig) {
		return ""
	}
	if _, ok := typeutil.Callee(idx.info, call).(*types.Func); ok {
		return ""
	}
	for i, v := range []*types.Var{h.Resp, h.Req} {
		id, ok := ast.Unparen(call.Args[i]).(*ast.Ident)
		if !ok || idx.info.Uses[id] != v {
			return ""
		}
	}
	return shapeKey(sig)
}

// shapeKey names a signature by its parameter and result types, fully
// qualified: the same in every package (AdapterFact.Shape).
func shapeKey(sig *types.Signature) string {
	var b strings.Builder
	b.WriteString("func(")
	for i := range sig.Params().Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("...")
			b.WriteString(types.TypeString(sig.Params().At(i).Type().(*types.Slice).Elem(), nil))
			continue
		}
		b.WriteString(types.TypeString(sig.Params().At(i).Type(), nil))
	}
	b.WriteString(") (")
	for i := range sig.Results().Len() {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(types.TypeString(sig.Results().At(i).Type(), nil))
	}
	b.WriteString(")")
	return b.String()
}

func (idx *index) newHandler(n ast.Node, sig *types.Signature, name string, fw httpapi.Framework, at int, statusResult bool) *Handler {
	h := &Handler{
		Node:         n,
		Name:         name,
		Framework:    fw,
		Resp:         sig.Params().At(at),
		Results:      sig.Results().Len() > 0,
		StatusResult: statusResult,
	}
	if fw == httpapi.NetHTTP {
		h.Req = sig.Params().At(1)
	}
	idx.handlers[n] = h
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

// paramOf returns the index of the parameter e names, when the function
// never assigns it; else -1.
func (idx *index) paramOf(sig *types.Signature, e ast.Expr) int {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return -1
	}
	v, ok := idx.info.Uses[id].(*types.Var)
	if !ok || len(idx.values[v]) > 1 {
		return -1 // assigned besides the caller's value
	}
	return paramIndex(sig, v)
}

func (idx *index) signature(n ast.Node) *types.Signature {
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := idx.info.Defs[n.Name].(*types.Func); ok {
			return fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ := idx.info.TypeOf(n).(*types.Signature)
		return sig
	}
	return nil
}

// assignFuncValue records a function value given to a package-level
// variable or a struct field (writeJSON = func(...) {...}; s.fail = fail).
func (idx *index) assignFuncValue(lhs, rhs ast.Expr) {
	var v *types.Var
	switch l := ast.Unparen(lhs).(type) {
	case *ast.Ident:
		v, _ = idx.info.ObjectOf(l).(*types.Var)
		if v != nil && (v.Pkg() == nil || v.Parent() != v.Pkg().Scope()) {
			return // locals are singleValue's
		}
	case *ast.SelectorExpr:
		if sel, ok := idx.info.Selections[l]; ok && sel.Kind() == types.FieldVal {
			v, _ = sel.Obj().(*types.Var)
		} else {
			v, _ = idx.info.Uses[l.Sel].(*types.Var) // pkg.Var
		}
	}
	if v != nil {
		idx.noteFuncValue(v, rhs)
	}
}

func (idx *index) noteFuncValue(v *types.Var, rhs ast.Expr) {
	if _, ok := v.Type().Underlying().(*types.Signature); ok {
		idx.funcValues[v] = append(idx.funcValues[v], rhs)
	}
}

// errorTest reads "x != nil" / "x == nil" where x is a call or a variable
// last assigned by one; nonNil says which branch is the error branch.
func (idx *index) errorTest(s *State, cond ast.Expr) (call *ast.CallExpr, nonNil bool) {
	bin, ok := cond.(*ast.BinaryExpr)
	if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return nil, false
	}
	x := bin.X
	if idx.isNil(x) {
		x = bin.Y
	} else if !idx.isNil(bin.Y) {
		return nil, false
	}
	switch x := ast.Unparen(x).(type) {
	case *ast.CallExpr:
		call = x
	case *ast.Ident:
		if v, ok := idx.info.Uses[x].(*types.Var); ok {
			call = s.origins[v]
		}
	}
	return call, bin.Op == token.NEQ
}

// guardError is errorTest for a guard: a NonNil guard (a conditional
// helper answered about an error) tests its error not nil.
func (idx *index) guardError(s *State, g Guard) (call *ast.CallExpr, nonNil bool) {
	if !g.NonNil {
		return idx.errorTest(s, g.Cond)
	}
	switch x := ast.Unparen(g.Cond).(type) {
	case *ast.CallExpr:
		return x, true
	case *ast.Ident:
		if v, ok := idx.info.Uses[x].(*types.Var); ok && s.origins[v] != nil {
			return s.origins[v], true
		}
	}
	return nil, false
}

func (idx *index) isNil(e ast.Expr) bool {
	tv, ok := idx.info.Types[e]
	return ok && tv.IsNil()
}

// enclosingFunc returns the declared function a handler is, or is declared in.
func (idx *index) enclosingFunc(h *Handler) *types.Func {
	for fn, d := range idx.decls {
		if d.Pos() <= h.Node.Pos() && h.Node.End() <= d.End() {
			return fn
		}
	}
	return nil
}

// eachUse calls f with each use of v in body and the nodes enclosing it
// (innermost last), until f returns false.
func (idx *index) eachUse(body ast.Node, v types.Object, f func(id *ast.Ident, stack []ast.Node) bool) {
	var stack []ast.Node
	stop := false
	ast.Inspect(body, func(n ast.Node) bool {
		if stop {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if id, ok := n.(*ast.Ident); ok && idx.info.Uses[id] == v {
			if !f(id, stack) {
				stop = true
				return false
			}
		}
		stack = append(stack, n)
		return true
	})
}
