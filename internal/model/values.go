package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
)

// statusValues infers statuses carried as values: a handler that returns
// its status for an adapter to write (func(w, r) (int, error)), and error
// types whose status field an error writer passes to a sink
// (&apiError{Code: 409}). A value counts only when it provably reaches a
// sink: the adapter's or writer's sink call must have been seen, here or,
// through facts (AdapterFact, StatusFieldFact), in an imported package.
// Events report the status arguments they see (note); once every handler
// is flowed, settle resolves the adapters, and handlers that hand statuses
// back are flowed again, their returns read by returned. It reads the
// index and imported facts.
type statusValues struct {
	idx       *index
	pass      *analysis.Pass // for imported facts
	canImport bool           // the pass declares statuslint's facts

	fields     map[*types.Var]bool // fields of this package's types that reach a status sink
	uses       []adapterUse
	adapter    AdapterFact // where status-returning handlers' statuses are written
	adapterFns map[*types.Func]AdapterFact
	// shapes: where the statuses of handlers with extra parameters are
	// written, per shape (Handler.shape); shapeFns: this package's
	// adapters of such handlers, for their AdapterFact.
	shapes   map[string]AdapterFact
	shapeFns map[*types.Func]AdapterFact
}

func newStatusValues(idx *index, pass *analysis.Pass, canImport bool) *statusValues {
	return &statusValues{idx: idx, pass: pass, canImport: canImport, fields: map[*types.Var]bool{}, adapterFns: map[*types.Func]AdapterFact{},
		shapes: map[string]AdapterFact{}, shapeFns: map[*types.Func]AdapterFact{}}
}

// note learns from a sink call's status argument: a field of this
// package's struct (w.WriteHeader(e.Code)), or the first result of a
// status-returning handler (code, err := f(w, r); w.WriteHeader(code)), or
// of one with extra parameters that h calls with its own w and r (code,
// err := fn(w, r, d); http.Error(w, msg, code)).
func (sv *statusValues) note(h *Handler, e ast.Expr) {
	if e == nil {
		return
	}
	if v := sv.idx.singleValue(e); v != nil {
		if call, ok := ast.Unparen(v).(*ast.CallExpr); ok {
			if sig, ok := sv.idx.info.TypeOf(call.Fun).Underlying().(*types.Signature); ok {
				if statusResult, ok := httpapi.AdaptedShape(sig); ok && statusResult {
					sv.uses = append(sv.uses, adapterUse{h: h, status: e, call: call})
				} else if shape := sv.idx.adapterCall(h, call); shape != "" {
					sv.uses = append(sv.uses, adapterUse{h: h, status: e, call: call, shape: shape})
				}
			}
			return
		}
		e = v
	}
	sel, ok := ast.Unparen(e).(*ast.SelectorExpr)
	if !ok {
		return
	}
	if s, ok := sv.idx.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		if f, ok := s.Obj().(*types.Var); ok && f.Pkg() == sv.idx.pkg {
			sv.fields[f] = true
		}
	}
}

// adapterUse is a sink writing the status a (status, error) handler
// returned; where it writes (on error, on success, always) is read from its
// guards once the adapter's flow is known.
type adapterUse struct {
	h      *Handler
	status ast.Expr
	call   *ast.CallExpr
	shape  string // the called value's shape when it has extra parameters (Handler.shape)
}

// settle resolves where the adapters seen here write the status, adds what
// imported packages' adapters do, and reports whether the package's
// handlers may hand a status back by value (to be flowed again).
func (sv *statusValues) settle() bool {
	var mode AdapterFact
	for _, u := range sv.uses {
		m := sv.useMode(u)
		if u.shape != "" {
			if m.OnSuccess || m.OnError {
				sv.shapes[u.shape] = mergeMode(sv.shapes[u.shape], m)
				if fn := sv.idx.enclosingFunc(u.h); fn != nil {
					f := mergeMode(sv.shapeFns[fn], m)
					f.Shape = u.shape
					sv.shapeFns[fn] = f
				}
			}
			continue
		}
		mode.OnSuccess = mode.OnSuccess || m.OnSuccess
		mode.OnError = mode.OnError || m.OnError
		if m.OnSuccess || m.OnError {
			if fn := sv.idx.enclosingFunc(u.h); fn != nil {
				sv.adapterFns[fn] = mergeMode(sv.adapterFns[fn], m)
			}
		}
	}
	if sv.canImport {
		for _, f := range sv.pass.AllObjectFacts() {
			if a, ok := f.Fact.(*AdapterFact); ok && a.Shape == "" {
				mode = mergeMode(mode, *a)
			} else if ok {
				sv.shapes[a.Shape] = mergeMode(sv.shapes[a.Shape], *a)
			}
		}
	}
	sv.adapter = mode
	return len(sv.fields) > 0 || sv.adapter != (AdapterFact{}) || len(sv.shapes) > 0
}

func mergeMode(x, y AdapterFact) AdapterFact {
	return AdapterFact{OnSuccess: x.OnSuccess || y.OnSuccess, OnError: x.OnError || y.OnError}
}

// useMode reads the guards on the sink that writes the returned status.
func (sv *statusValues) useMode(u adapterUse) AdapterFact {
	for _, e := range u.h.Events {
		if e.StatusExpr != u.status || !e.Reached {
			continue
		}
		if sv.guardsMention(e.Before.Guards, u.status) {
			return AdapterFact{} // if code >= 400 { ... }: writes some statuses only
		}
		before := e.Before
		for _, g := range before.Guards {
			if call, nonNil := sv.idx.guardError(&before, g); call == u.call {
				if nonNil == g.Holds {
					return AdapterFact{OnError: true}
				}
				return AdapterFact{OnSuccess: true}
			}
		}
		return AdapterFact{OnSuccess: true, OnError: true}
	}
	return AdapterFact{}
}

// isStatusField reports a field known to reach a status sink.
func (sv *statusValues) isStatusField(f *types.Var) bool {
	if f.Pkg() == sv.idx.pkg {
		return sv.fields[f]
	}
	return sv.canImport && sv.pass.ImportObjectFact(f, new(StatusFieldFact))
}

// returned returns the statuses a return statement of h hands back by
// value: the status of a (status, error) handler, when the package's
// adapters write it for that error, and the status field of an error
// literal the handler returns.
func (sv *statusValues) returned(h *Handler, ret *ast.ReturnStmt) []ast.Expr {
	var out []ast.Expr
	if h.StatusResult && len(ret.Results) == 2 {
		mode := sv.adapter
		if h.shape != "" {
			mode = sv.shapes[h.shape]
		}
		errNil := sv.idx.isNil(ret.Results[1])
		// return 0, err: no status, what the adapters' status != 0 tests
		// leave unwritten
		zero := false
		if v, ok := sv.idx.intValue(ret.Results[0]); ok && v == 0 {
			zero = true
		}
		if !zero && (errNil && mode.OnSuccess || !errNil && mode.OnError) {
			out = append(out, ret.Results[0])
		}
	}
	if h.Results && len(ret.Results) > 0 {
		if code := sv.statusFieldOf(ret.Results[len(ret.Results)-1]); code != nil {
			out = append(out, code)
		}
	}
	return out
}

// statusFieldOf returns the status field's value in an error literal:
// &apiError{Code: 409, ...} or apiError{409, "msg"}.
func (sv *statusValues) statusFieldOf(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	t := sv.idx.info.TypeOf(lit)
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	typeKey := ""
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
		typeKey = n.Obj().Pkg().Path() + "." + n.Obj().Name() + "."
	}
	for i, el := range lit.Elts {
		var f *types.Var
		val := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			id, _ := kv.Key.(*ast.Ident)
			if id == nil {
				continue
			}
			f, _ = sv.idx.info.Uses[id].(*types.Var)
			val = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f != nil && (sv.isStatusField(f) || typeKey != "" && httpapi.StatusFields[typeKey+f.Name()]) {
			return val
		}
	}
	return nil
}

// returnsValues reports whether a handler may hand a status back by value:
// it returns (status, error), or returns an error literal.
func returnsValues(h *Handler) bool {
	if h.StatusResult {
		return true
	}
	found := false
	ast.Inspect(h.Body(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) > 0 {
				e := ast.Unparen(n.Results[len(n.Results)-1])
				if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
					e = ast.Unparen(u.X)
				}
				_, lit := e.(*ast.CompositeLit)
				found = found || lit
			}
		}
		return !found
	})
	return found
}

// guardsMention reports whether a guard reads the variable e names. A test
// that it is not 0 (if status != 0 { http.Error(w, msg, status) }) does
// not count: 0 is no status, every status passes it.
func (sv *statusValues) guardsMention(guards []Guard, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v := sv.idx.info.Uses[id]
	for _, g := range guards {
		if g.Tag == nil && sv.nonZeroTest(g, v) {
			continue
		}
		found := false
		for _, x := range []ast.Expr{g.Cond, g.Tag} {
			if x == nil {
				continue
			}
			ast.Inspect(x, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && sv.idx.info.Uses[id] == v {
					found = true
				}
				return !found
			})
		}
		if found {
			return true
		}
	}
	return false
}

// nonZeroTest reports a guard that holds exactly when v is not 0: v != 0
// or v > 0 holding, v == 0 not holding (either operand order).
func (sv *statusValues) nonZeroTest(g Guard, v types.Object) bool {
	b, ok := ast.Unparen(g.Cond).(*ast.BinaryExpr)
	if !ok {
		return false
	}
	x, y, op := b.X, b.Y, b.Op
	if id, ok := ast.Unparen(y).(*ast.Ident); ok && sv.idx.info.Uses[id] == v {
		x, y = y, x
		switch op {
		case token.GTR:
			op = token.LSS
		case token.LSS:
			op = token.GTR
		}
	}
	if id, ok := ast.Unparen(x).(*ast.Ident); !ok || sv.idx.info.Uses[id] != v {
		return false
	}
	if n, ok := sv.idx.intValue(y); !ok || n != 0 {
		return false
	}
	switch op {
	case token.NEQ, token.GTR:
		return g.Holds
	case token.EQL:
		return !g.Holds
	}
	return false
}
