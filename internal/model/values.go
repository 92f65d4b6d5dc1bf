package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// Statuses as values: a handler that returns its status for an adapter to
// write (func(w, r) (int, error)), and error types whose status field an
// error writer passes to a sink (&apiError{Code: 409}). A value counts only
// when it provably reaches a sink: the adapter's or writer's sink call must
// have been seen, here or, through facts, in an imported package.

// StatusFieldFact marks a struct field whose value reaches a status sink.
type StatusFieldFact struct{}

func (*StatusFieldFact) AFact()         {}
func (*StatusFieldFact) String() string { return "statusField" }

// AdapterFact marks a function whose code writes the status a
// func(w, r) (int, error) handler returns: always, or on an error only.
type AdapterFact struct {
	OnSuccess bool // writes the status when the error is nil
	OnError   bool // writes it when the error is not nil
}

func (*AdapterFact) AFact() {}
func (f *AdapterFact) String() string {
	switch {
	case f.OnSuccess && f.OnError:
		return "statusAdapter(always)"
	case f.OnError:
		return "statusAdapter(on error)"
	}
	return "statusAdapter(on success)"
}

// noteStatusValue learns from a sink call's status argument: a field of
// this package's struct (w.WriteHeader(e.Code)), or the first result of a
// status-returning handler (code, err := f(w, r); w.WriteHeader(code)).
func (b *builder) noteStatusValue(h *Handler, e ast.Expr) {
	if e == nil {
		return
	}
	if v := b.idx.singleValue(e); v != nil {
		if call, ok := ast.Unparen(v).(*ast.CallExpr); ok {
			if sig, ok := b.idx.info.TypeOf(call.Fun).Underlying().(*types.Signature); ok {
				if statusResult, ok := httpapi.AdaptedShape(sig); ok && statusResult {
					b.adapterCalls = append(b.adapterCalls, adapterUse{h: h, status: e, call: call})
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
	if s, ok := b.idx.info.Selections[sel]; ok && s.Kind() == types.FieldVal {
		if f, ok := s.Obj().(*types.Var); ok && f.Pkg() == b.pass.Pkg {
			b.statusFields[f] = true
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
}

// adapterMode resolves where the adapters seen here write the status, and
// adds what imported packages' adapters do.
func (b *builder) adapterMode() AdapterFact {
	var mode AdapterFact
	for _, u := range b.adapterCalls {
		m := b.useMode(u)
		mode.OnSuccess = mode.OnSuccess || m.OnSuccess
		mode.OnError = mode.OnError || m.OnError
		if m.OnSuccess || m.OnError {
			if fn := b.idx.enclosingFunc(u.h); fn != nil {
				b.adapterFns[fn] = mergeMode(b.adapterFns[fn], m)
			}
		}
	}
	if b.canImport {
		for _, f := range b.pass.AllObjectFacts() {
			if a, ok := f.Fact.(*AdapterFact); ok {
				mode = mergeMode(mode, *a)
			}
		}
	}
	return mode
}

func mergeMode(x, y AdapterFact) AdapterFact {
	return AdapterFact{OnSuccess: x.OnSuccess || y.OnSuccess, OnError: x.OnError || y.OnError}
}

// useMode reads the guards on the sink that writes the returned status.
func (b *builder) useMode(u adapterUse) AdapterFact {
	for _, e := range u.h.Events {
		if e.StatusExpr != u.status || !e.Reached {
			continue
		}
		if b.guardsMention(e.Before.Guards, u.status) {
			return AdapterFact{} // if code >= 400 { ... }: writes some statuses only
		}
		before := e.Before
		for _, g := range before.Guards {
			if call, nonNil := b.idx.errorTest(&before, g.Cond); call == u.call {
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
func (b *builder) isStatusField(f *types.Var) bool {
	if f.Pkg() == b.pass.Pkg {
		return b.statusFields[f]
	}
	return b.canImport && b.pass.ImportObjectFact(f, new(StatusFieldFact))
}

// valueEvents makes the events a return statement of h carries by value:
// the status of a (status, error) handler, and the status field of an
// error literal the handler returns.
func (b *builder) valueEvents(h *Handler, ret *ast.ReturnStmt) []*Event {
	var out []*Event
	if h.StatusResult && len(ret.Results) == 2 {
		errNil := b.idx.isNil(ret.Results[1])
		if errNil && b.adapter.OnSuccess || !errNil && b.adapter.OnError {
			out = append(out, b.valueEvent(h, ret, ret.Results[0]))
		}
	}
	if h.Results && len(ret.Results) > 0 {
		if code := b.statusFieldOf(ret.Results[len(ret.Results)-1]); code != nil {
			out = append(out, b.valueEvent(h, ret, code))
		}
	}
	return out
}

// statusFieldOf returns the status field's value in an error literal:
// &apiError{Code: 409, ...} or apiError{409, "msg"}.
func (b *builder) statusFieldOf(e ast.Expr) ast.Expr {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	lit, ok := e.(*ast.CompositeLit)
	if !ok {
		return nil
	}
	t := b.idx.info.TypeOf(lit)
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
			f, _ = b.idx.info.Uses[id].(*types.Var)
			val = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f != nil && (b.isStatusField(f) || typeKey != "" && httpapi.StatusFields[typeKey+f.Name()]) {
			return val
		}
	}
	return nil
}

// valueEvent is a status the handler hands back for its adapter or error
// writer to send. It has no call of its own: it stands at the status value.
func (b *builder) valueEvent(h *Handler, ret *ast.ReturnStmt, status ast.Expr) *Event {
	ev := &Event{
		Handler: h, Kind: StatusOnly, Key: "return",
		Call:       &ast.CallExpr{Fun: &ast.Ident{NamePos: status.Pos(), Name: "return"}, Lparen: status.End(), Rparen: status.End()},
		Sink:       httpapi.Sink{Resp: httpapi.None, Status: 0, Body: httpapi.None, Complete: true, Returned: true},
		StatusExpr: status,
		Node:       ret,
	}
	ev.Status, ev.Const = b.idx.intValue(status)
	return ev
}

// returnsValues reports whether a handler may hand a status back by value:
// it returns (status, error), or returns an error literal.
func (b *builder) returnsValues(h *Handler) bool {
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

// guardsMention reports whether a guard reads the variable e names.
func (b *builder) guardsMention(guards []Guard, e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v := b.idx.info.Uses[id]
	for _, g := range guards {
		found := false
		for _, x := range []ast.Expr{g.Cond, g.Tag} {
			if x == nil {
				continue
			}
			ast.Inspect(x, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && b.idx.info.Uses[id] == v {
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
