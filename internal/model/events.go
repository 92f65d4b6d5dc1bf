package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/cfg"
)

// events turns a function's calls into the events the flow runs on, and
// its other nodes into the flow's steps (assignments, joins). A call is an
// event when it acts on the function's own response: a framework's sink
// or header call, a helper (its fact, from a helperSource), a call handed
// the response that may write it (opaque). The events of handlers, not of
// helpers flowed for their facts, are the model's (byCall is
// Model.Events). It implements the flow's eventSource.
type events struct {
	idx     *index
	helpers helperSource  // what a helper call does
	values  *statusValues // learns from status arguments; says what returns hand back

	byCall       map[*ast.CallExpr]*Event // the model's events (Model.Events)
	flowed       map[*ast.CallExpr]*Event // the events of every flowed function, helpers' too (recorded)
	conds        map[*ast.CallExpr]*Event // calls to conditional helpers
	inertMemo    map[*types.Func]bool
	assertMemo   map[*types.Var]bool   // context.Context parameters that may be asserted back (assertsBack)
	readOnlyMemo map[*types.Func][]int // response parameters a function only reads (readOnlyParams)

	sync       *syncCalls         // which calls run the closures they are given at once
	writesMemo map[closureOf]bool // closures that may write a response (closureWrites)
}

// closureOf is a closure read for the writes it makes on one response.
type closureOf struct {
	lit  *ast.FuncLit
	resp *types.Var
}

// helperSource gives events the fact of the helper a call calls, made in
// function h (nil outside a function): a function, method, declared
// wrapper, function value or closure.
type helperSource interface {
	helperFor(h *Handler, call *ast.CallExpr) *HelperFact
	// readOnlyOf returns the ReadOnlyFact of another package's function.
	readOnlyOf(fn *types.Func) *ReadOnlyFact
}

func newEvents(idx *index, helpers helperSource, values *statusValues, byCall map[*ast.CallExpr]*Event) *events {
	return &events{idx: idx, helpers: helpers, values: values, byCall: byCall, flowed: map[*ast.CallExpr]*Event{},
		conds: map[*ast.CallExpr]*Event{}, inertMemo: map[*types.Func]bool{}, assertMemo: map[*types.Var]bool{},
		sync: newSyncCalls(idx), writesMemo: map[closureOf]bool{}, readOnlyMemo: map[*types.Func][]int{}}
}

// steps turns a block's nodes into steps. in is the closure the block
// belongs to when the flow runs it at the call it is passed to (nil: the
// function's own body): its return statements return from the closure,
// not with the function's answer.
func (evs *events) steps(h *Handler, blk *cfg.Block, in *ast.FuncLit) []step {
	var steps []step
	emit := func(call *ast.CallExpr, stmt ast.Node, returned bool) {
		if ev := evs.event(h, call, returned); ev != nil {
			ev.Closure = in
			if es, ok := stmt.(*ast.ExprStmt); ok && ev.When != Always && ast.Unparen(es.X) == call {
				// a conditional helper whose result is dropped: it may or
				// may not have answered, as far as the handler knows
				ev.Kind, ev.When, ev.Sink = Opaque, Always, httpapi.Sink{}
			}
			if ev.When != Always {
				// a conditional helper: it answers on the branch that tests
				// its result (refineHelpers), not here
				ev.Node, _ = stmt.(ast.Stmt)
				evs.conds[call] = ev
				h.Events = append(h.Events, ev)
				evs.flowed[call] = ev
				if !h.pseudo {
					evs.byCall[call] = ev
				}
				return
			}
			ev.block, ev.index = blk, len(steps)
			if es, ok := stmt.(*ast.ExprStmt); ok && ast.Unparen(es.X) == call {
				ev.Stmt = es
			}
			ev.Node, _ = stmt.(ast.Stmt)
			steps = append(steps, step{ev: ev})
			h.Events = append(h.Events, ev)
			evs.flowed[call] = ev
			if !h.pseudo {
				evs.byCall[call] = ev
			}
		}
	}
	// w.Header()["WWW-Authenticate"] = []string{...}: a header set by index.
	emitHeaderIndex := func(ix *ast.IndexExpr, stmt ast.Node) {
		acc, ok := ast.Unparen(ix.X).(*ast.CallExpr)
		if v := evs.idx.singleValue(ix.X); v != nil {
			acc, ok = ast.Unparen(v).(*ast.CallExpr)
		}
		if !ok {
			return
		}
		if _, key := evs.idx.callee(acc); !httpapi.HeaderAccessors[key] || !evs.isResponse(h, acc, httpapi.Receiver, false) {
			return
		}
		ev := &Event{Handler: h, Call: acc, Key: "header-index", Kind: Header, block: blk, index: len(steps)}
		ev.HeaderKey, _ = evs.idx.stringValue(ix.Index)
		ev.Node, _ = stmt.(ast.Stmt)
		steps = append(steps, step{ev: ev})
		h.Events = append(h.Events, ev)
	}
	// c.Response().Status = 500: the status echo writes with the body, set
	// by hand. The model does not follow it: an opaque event, so the rules
	// that read the status in effect stay silent after it.
	emitStatusField := func(sel *ast.SelectorExpr, stmt ast.Node) {
		s := evs.idx.info.Selections[sel]
		if s == nil || s.Kind() != types.FieldVal || !httpapi.IsStatusField(s.Recv(), sel.Sel.Name) {
			return
		}
		acc, ok := ast.Unparen(sel.X).(*ast.CallExpr)
		if v := evs.idx.singleValue(sel.X); v != nil {
			acc, ok = ast.Unparen(v).(*ast.CallExpr)
		}
		if !ok || !evs.isResponse(h, acc, httpapi.Receiver, false) {
			return
		}
		ev := &Event{Handler: h, Call: acc, Key: "status-field", Kind: Opaque, block: blk, index: len(steps)}
		ev.Node, _ = stmt.(ast.Stmt)
		steps = append(steps, step{ev: ev})
		h.Events = append(h.Events, ev)
	}
	for _, n := range blk.Nodes {
		switch n := n.(type) {
		case *ast.GoStmt:
			ev := &Event{Handler: h, Call: n.Call, Kind: Async, Node: n, block: blk, index: len(steps)}
			steps = append(steps, step{ev: ev})
			h.Events = append(h.Events, ev)
			continue // the call runs elsewhere
		case *ast.DeferStmt:
			continue // runs when the handler returns, not at this point of the flow
		}
		var returned map[ast.Expr]bool
		ret, isReturn := n.(*ast.ReturnStmt)
		isReturn = isReturn && in == nil // a closure's return is not the function's answer
		if isReturn {
			returned = map[ast.Expr]bool{}
			for _, r := range ret.Results {
				returned[ast.Unparen(r)] = true
			}
		}
		var walk func(ast.Node)
		walk = func(x ast.Node) {
			ast.Inspect(x, func(x ast.Node) bool {
				switch x := x.(type) {
				case *ast.FuncLit:
					return false // a separate function
				case *ast.UnaryExpr:
					if x.Op == token.ARROW {
						walk(x.X)
						steps = append(steps, step{join: true}) // a receive waits for a result
						return false
					}
				case *ast.CallExpr:
					if _, key := evs.idx.callee(x); httpapi.Joins[key] {
						steps = append(steps, step{join: true})
					}
					walk(x.Fun) // the receiver chain and arguments run first
					for _, a := range x.Args {
						walk(a)
					}
					steps = append(steps, evs.runsHere(h, x)...) // then the closures the call runs
					emit(x, n, returned[x])
					return false
				}
				return true
			})
		}
		walk(n)
		if isReturn {
			for _, ev := range evs.valueEvents(h, ret) {
				ev.block, ev.index = blk, len(steps)
				steps = append(steps, step{ev: ev})
				h.Events = append(h.Events, ev)
			}
		}
		if as, ok := n.(*ast.AssignStmt); ok {
			for _, lhs := range as.Lhs {
				switch x := ast.Unparen(lhs).(type) {
				case *ast.IndexExpr:
					emitHeaderIndex(x, n)
				case *ast.SelectorExpr:
					emitStatusField(x, n)
				}
			}
		}
		steps = append(steps, evs.assignments(n)...)
	}
	for _, st := range steps {
		if st.ev != nil {
			st.ev.Closure = in
		}
	}
	return steps
}

// recorded returns the event of a call in the function being flowed (a
// handler's or a helper's), or nil.
func (evs *events) recorded(call *ast.CallExpr) *Event { return evs.flowed[call] }

// conditional returns the event of a conditional helper's call, or nil.
func (evs *events) conditional(call *ast.CallExpr) *Event { return evs.conds[call] }

// forget drops h's events from the model, before h is flowed again.
func (evs *events) forget(h *Handler) {
	for _, e := range h.Events {
		if evs.byCall[e.Call] == e {
			delete(evs.byCall, e.Call)
		}
		if evs.flowed[e.Call] == e {
			delete(evs.flowed, e.Call)
		}
	}
}

// assignments records which call last assigned each variable.
func (evs *events) assignments(n ast.Node) []step {
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch n := n.(type) {
	case *ast.AssignStmt:
		lhs, rhs = n.Lhs, n.Rhs
	case *ast.ValueSpec:
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
		rhs = n.Values
	default:
		return nil
	}
	var call *ast.CallExpr
	if len(rhs) == 1 {
		r := ast.Unparen(rhs[0])
		if sel, ok := r.(*ast.SelectorExpr); ok && sel.Sel.Name == "Error" {
			r = ast.Unparen(sel.X) // gorm: err := db.First(&u).Error
		}
		call, _ = r.(*ast.CallExpr)
	}
	var steps []step
	for i, l := range lhs {
		id, ok := ast.Unparen(l).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := evs.idx.info.ObjectOf(id).(*types.Var)
		if !ok {
			continue
		}
		st := step{assign: v}
		if call != nil || (len(rhs) == len(lhs) && i < len(rhs)) {
			st.origin = call
		}
		steps = append(steps, st)
	}
	return steps
}

// event classifies a call made in handler h.
func (evs *events) event(h *Handler, call *ast.CallExpr, returned bool) *Event {
	_, key := evs.idx.callee(call)
	sink, ok := httpapi.Sinks[key]
	when := Always
	var headers []string
	var errArg ast.Expr
	if !ok {
		if f := evs.helpers.helperFor(h, call); f != nil {
			sink, ok, when, headers = f.Sink(), true, f.When, f.Headers
			if (when == WhenTrue || when == WhenFalse) && f.Err >= 0 && f.Err < len(call.Args) && !call.Ellipsis.IsValid() {
				errArg = call.Args[f.Err]
			}
		}
	}
	if ok && sink.Resp == FindResp {
		sink.Resp = evs.respArg(h, call)
	}
	if ok {
		switch {
		case sink.Returned:
			if !returned {
				return nil // an error value that is not the handler's answer
			}
		case sink.ByRequest:
			if sink.Resp >= len(call.Args) || h.Req == nil || evs.base(call.Args[sink.Resp]) != h.Req {
				return nil
			}
		case sink.Resp != captured && !evs.isResponse(h, call, sink.Resp, sink.ViaCtor):
			return nil
		}
		ev := &Event{Handler: h, Call: call, Key: key, Sink: sink, When: when, Headers: headers, errArg: errArg}
		ev.StatusExpr, ev.Status, ev.Const = evs.status(call, sink)
		if !ev.Const {
			evs.values.note(h, ev.StatusExpr)
		}
		switch {
		case sink.BindFails:
			ev.Kind = Bind
		case sink.Chooses:
			ev.Kind = Render // a status we cannot know, and a body
		case sink.Status == httpapi.None && sink.Fixed == 0:
			ev.Kind = BodyOnly
			if evs.emptyBody(call, sink) {
				ev.Sink.Writes = false // c.SendString(""): the status alone
			}
		case sink.Writes && !evs.emptyBody(call, sink):
			ev.Kind = Render
		case sink.Writes:
			ev.Kind = Render
			ev.Sink.Writes = false // an empty body: the status alone
		default:
			ev.Kind = StatusOnly
		}
		ev.Commits = sink.Commits && !h.Framework.Buffered() && !ev.Informational()
		if h.Framework == httpapi.Gin && key == "net/http.ResponseWriter.WriteHeader" {
			ev.Commits = false // gin's writer keeps the code until the body is written
		}
		return ev
	}
	if hc, ok := httpapi.HeaderCalls[key]; ok && evs.isHeaderOf(h, call, hc) {
		ev := &Event{Handler: h, Call: call, Key: key, Kind: Header, HeaderKey: hc.Fixed}
		if hc.Key >= 0 && hc.Key < len(call.Args) {
			ev.HeaderKey, _ = evs.idx.stringValue(call.Args[hc.Key])
		}
		if hc.Key >= 0 && hc.Key+1 < len(call.Args) {
			ev.HeaderVal, _ = evs.idx.stringValue(call.Args[hc.Key+1])
		}
		return ev
	}
	if httpapi.Opaque[key] && evs.isResponse(h, call, httpapi.Receiver, false) ||
		evs.passesResponse(h, call) && !httpapi.Inert[key] && !evs.inertFunc(call) || evs.closureCall(call) ||
		evs.handsClosure(h, call) {
		return &Event{Handler: h, Call: call, Key: key, Kind: Opaque}
	}
	return nil
}

// inertFunc reports whether call calls a function of this package that
// never writes a response it is given: no status, body or header call on a
// writer or context, and no handing one on to code that might; or a
// function of another package that only reads the responses it is given
// (ReadOnlyFact: logging.FromContext(c)).
func (evs *events) inertFunc(call *ast.CallExpr) bool {
	fn, _ := evs.idx.callee(call)
	return fn != nil && (evs.inert(fn, 0) || evs.foreignReadOnly(call))
}

func (evs *events) inert(fn *types.Func, depth int) bool {
	if v, ok := evs.inertMemo[fn]; ok {
		return v
	}
	d := evs.idx.decls[fn]
	if d == nil || d.Body == nil || depth > 8 {
		return false
	}
	evs.inertMemo[fn] = false // assume the worst on recursion
	inert := true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || !inert {
			return inert
		}
		callee, key := evs.idx.callee(call)
		_, sink := httpapi.Sinks[key]
		_, header := httpapi.HeaderCalls[key]
		switch {
		case sink, header, httpapi.Opaque[key], httpapi.HeaderAccessors[key]:
			inert = false
		case !httpapi.Inert[key] && evs.passesAnyResponse(call) && (callee == nil || !evs.inert(callee, depth+1) && !evs.foreignReadOnly(call)):
			inert = false
		case evs.handsContextBack(call, depth+1):
			inert = false // ctx.(*gin.Context) in the callee
		}
		return inert
	})
	evs.inertMemo[fn] = inert
	return inert
}

// passesAnyResponse reports whether a writer or context is an argument the
// callee may write (mayWriteArg). Methods called on a context are the
// framework's own: the tables list the ones that write.
func (evs *events) passesAnyResponse(call *ast.CallExpr) bool {
	for i, a := range call.Args {
		if t := evs.idx.info.TypeOf(a); t != nil && (httpapi.IsContext(t) || httpapi.IsResponseWriter(t)) && evs.mayWriteArg(call, i, 0) {
			return true
		}
	}
	return false
}

// runsHere returns the steps that run the closures a call is given before
// it returns (syncCalls), for those that may write h's response: the flow
// runs them at the call (flow.inline). A closure written as a handler
// (given a response of its own) is not run on h's response.
func (evs *events) runsHere(h *Handler, call *ast.CallExpr) []step {
	var out []step
	for i, a := range call.Args {
		lit, ok := ast.Unparen(a).(*ast.FuncLit)
		if !ok || evs.handlerShaped(lit) {
			continue
		}
		if r := evs.sync.runs(call, i); r.ok && evs.closureWrites(h, lit) {
			out = append(out, step{run: lit, many: r.many})
		}
	}
	return out
}

// handsClosure reports whether a call is given a closure that may write
// h's response and that the flow does not run at the call (runsHere): the
// callee may call it later, or never, or more than we know.
func (evs *events) handsClosure(h *Handler, call *ast.CallExpr) bool {
	for i, a := range call.Args {
		lit, direct := ast.Unparen(a).(*ast.FuncLit)
		if !direct {
			lit, _ = ast.Unparen(evs.idx.singleValue(a)).(*ast.FuncLit)
		}
		if lit == nil || !evs.closureWrites(h, lit) {
			continue
		}
		if direct && !evs.handlerShaped(lit) && evs.sync.runs(call, i).ok {
			continue // flowed at the call
		}
		return true
	}
	return false
}

// closureWrites reports whether a closure may act on h's response: some
// call in it (in closures it declares too) is an event of h.
func (evs *events) closureWrites(h *Handler, lit *ast.FuncLit) bool {
	key := closureOf{lit, h.Resp}
	if v, ok := evs.writesMemo[key]; ok {
		return v
	}
	evs.writesMemo[key] = false // a closure cannot contain itself; this only guards re-entry
	writes := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !writes && evs.event(h, call, false) != nil {
			writes = true
		}
		return !writes
	})
	evs.writesMemo[key] = writes
	return writes
}

// handlerShaped reports a closure given a response of its own.
func (evs *events) handlerShaped(lit *ast.FuncLit) bool {
	sig, _ := evs.idx.info.TypeOf(lit).(*types.Signature)
	if sig == nil {
		return true
	}
	for p := range sig.Params().Variables() {
		if _, ok := httpapi.FrameworkOf(p.Type()); ok {
			return true
		}
	}
	return false
}

// closureCall reports whether call calls a closure declared in the
// function, which may write the response it captures.
func (evs *events) closureCall(call *ast.CallExpr) bool {
	_, ok := ast.Unparen(evs.idx.singleValue(call.Fun)).(*ast.FuncLit)
	return ok
}

// passesResponse reports whether the response itself is an argument the
// callee may write through (mayWriteArg).
func (evs *events) passesResponse(h *Handler, call *ast.CallExpr) bool {
	for i, a := range call.Args {
		if evs.base(a) == h.Resp && evs.isResponseType(a, h) && evs.mayWriteArg(call, i, 0) {
			return true
		}
	}
	return false
}

// contextMethods are context.Context's methods: none of them writes.
var contextMethods = map[string]bool{"Deadline": true, "Done": true, "Err": true, "Value": true}

// mayWriteArg reports whether the callee may write the response given as
// the call's argument i. gin's *gin.Context and fiber v3's Ctx (and
// fasthttp's *RequestCtx, fiber v2's c.Context()) are context.Context
// values, and handlers pass them to db.QueryRowContext(c, ...),
// s.repo.Get(c, id) or tracer.Start(c, ...): a parameter of type
// context.Context (or an interface with no methods but context.Context's)
// sees only Deadline, Done, Err and Value, so the call cannot write through
// it. Unless the callee asserts it back to the framework's type: a
// function of this package whose body we see is read for that
// (assertedBack); for one we cannot see, the parameter's type is the
// evidence. An any or interface{} parameter (variadic ...any included) may
// be asserted back anywhere: the call may write.
func (evs *events) mayWriteArg(call *ast.CallExpr, i int, depth int) bool {
	if !contextOnly(evs.paramType(call, i)) {
		return true
	}
	return evs.assertedBack(call, i, depth)
}

// paramType returns the type of the parameter that receives a call's
// argument i, or nil (a conversion, a spread variadic argument).
func (evs *events) paramType(call *ast.CallExpr, i int) types.Type {
	if tv, ok := evs.idx.info.Types[call.Fun]; !ok || tv.IsType() {
		return nil
	}
	sig, ok := evs.idx.info.TypeOf(call.Fun).Underlying().(*types.Signature)
	if !ok {
		return nil
	}
	n := sig.Params().Len()
	switch {
	case sig.Variadic() && i >= n-1:
		if call.Ellipsis.IsValid() {
			return nil
		}
		if sl, ok := sig.Params().At(n - 1).Type().Underlying().(*types.Slice); ok {
			return sl.Elem()
		}
	case i < n:
		return sig.Params().At(i).Type()
	}
	return nil
}

// assertedBack reports whether the callee, when it is a function of this
// package whose body we see, may assert the context it receives as its
// argument i back to the framework's type (assertsBack). Another package's
// function, an interface method or a function value is taken at its type.
func (evs *events) assertedBack(call *ast.CallExpr, i int, depth int) bool {
	fn, _ := evs.idx.callee(call)
	if fn == nil {
		return false // a function value: its type is all we know
	}
	fn = fn.Origin()
	d := evs.idx.decls[fn]
	if fn.Pkg() != evs.idx.pkg || d == nil || d.Body == nil {
		return false // another package's function, or an interface method
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := evs.idx.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return true // (*T).M(t, c): the arguments are shifted by the receiver
		}
	}
	sig := fn.Signature()
	if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
		return true
	}
	return evs.assertsBack(d, sig.Params().At(i), depth)
}

// handsContextBack reports whether a call gives a context.Context value
// to a function of this package that may assert it back: a function
// given one by a handler and passing it on is not inert.
func (evs *events) handsContextBack(call *ast.CallExpr, depth int) bool {
	for i, a := range call.Args {
		if t := evs.idx.info.TypeOf(a); t != nil && contextOnly(t) && contextOnly(evs.paramType(call, i)) && evs.assertedBack(call, i, depth) {
			return true
		}
	}
	return false
}

// contextOnly reports whether t is an interface whose methods are all
// context.Context's (and has some: an empty interface may be anything).
func contextOnly(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	for m := range iface.Methods() {
		if !contextMethods[m.Name()] {
			return false
		}
	}
	return true
}

// assertsBack reports whether a function of this package may turn its
// context.Context parameter p back into the framework context it was given:
// it type-asserts or type-switches p, hands p to a call that may write it
// (mayWriteArg), or lets p go anywhere else (assigned, returned, stored)
// where it could be asserted later. Calling p's own methods and comparing
// it are harmless; what p.Value(k) returns is not p.
func (evs *events) assertsBack(d *ast.FuncDecl, p *types.Var, depth int) bool {
	if v, ok := evs.assertMemo[p]; ok {
		return v
	}
	if depth > 8 {
		return true
	}
	evs.assertMemo[p] = true // assume the worst on recursion
	asserts := false
	evs.idx.eachUse(d.Body, p, func(id *ast.Ident, stack []ast.Node) bool {
		asserts = !evs.harmlessUse(id, stack, depth)
		return !asserts
	})
	evs.assertMemo[p] = asserts
	return asserts
}

// harmlessUse reports whether a use of a context.Context parameter, under
// the nodes of stack (innermost last), cannot give the context away.
func (evs *events) harmlessUse(id *ast.Ident, stack []ast.Node, depth int) bool {
	var child ast.Node = id
	for i := len(stack) - 1; i >= 0; i-- {
		switch parent := stack[i].(type) {
		case *ast.ParenExpr:
			child = parent
			continue
		case *ast.SelectorExpr:
			return parent.X == child // ctx.Done(), ctx.Value(k)
		case *ast.BinaryExpr:
			return parent.Op == token.EQL || parent.Op == token.NEQ // ctx == nil
		case *ast.AssignStmt:
			for _, l := range parent.Lhs {
				if l == child {
					return true // ctx = context.Background(): the parameter is reassigned
				}
			}
			return false // x := ctx: an alias we do not follow
		case *ast.CallExpr:
			for j, a := range parent.Args {
				if a == child {
					return !evs.mayWriteArg(parent, j, depth+1)
				}
			}
			return false // ctx as the function called (not a context)
		default:
			return false // a type assertion or switch, a return, a literal, a send
		}
	}
	return false
}

// emptyBody reports whether the body argument is "" or a nil byte slice
// (a nil value given to a JSON renderer still writes "null").
func (evs *events) emptyBody(call *ast.CallExpr, sink httpapi.Sink) bool {
	if sink.Body == httpapi.None || sink.Body >= len(call.Args) {
		return false
	}
	a := call.Args[sink.Body]
	if s, ok := evs.idx.stringValue(a); ok {
		return s == ""
	}
	if tv, ok := evs.idx.info.Types[a]; ok && tv.IsNil() {
		if sig, ok := evs.idx.info.TypeOf(call.Fun).(*types.Signature); ok && sink.Body < sig.Params().Len() {
			_, isSlice := sig.Params().At(sink.Body).Type().Underlying().(*types.Slice)
			return isSlice
		}
	}
	return false
}

// isResponse reports whether the response argument of a sink call is the
// handler's own response: its writer or context parameter, reached through
// fields, accessors and fluent calls (c.Writer, c.Response(), c.Status(204)).
func (evs *events) isResponse(h *Handler, call *ast.CallExpr, resp int, viaCtor bool) bool {
	var e ast.Expr
	switch {
	case resp == httpapi.Receiver:
		sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false
		}
		e = sel.X
		if viaCtor {
			return evs.encoderOf(h, e)
		}
	case resp >= 0 && resp < len(call.Args):
		e = call.Args[resp]
		if !evs.isResponseType(e, h) {
			return false
		}
	default:
		return false
	}
	return evs.base(e) == h.Resp
}

// encoderOf reports whether e is json.NewEncoder(w) (or a variable assigned once from it).
func (evs *events) encoderOf(h *Handler, e ast.Expr) bool {
	if v := evs.idx.singleValue(e); v != nil {
		e = v
	}
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok || len(call.Args) == 0 {
		return false
	}
	if _, key := evs.idx.callee(call); !httpapi.EncoderCtors[key] {
		return false
	}
	return evs.base(call.Args[0]) == h.Resp && evs.isResponseType(call.Args[0], h)
}

// isHeaderOf reports whether a header call changes the handler's response
// headers: w.Header().Set, c.Writer.Header().Set, c.Response().Header().Set,
// c.Header, or a function given the writer (http.SetCookie(w, ck)).
func (evs *events) isHeaderOf(h *Handler, call *ast.CallExpr, hc httpapi.Header) bool {
	if hc.Resp >= 0 {
		return evs.isResponse(h, call, hc.Resp, false)
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	x := sel.X
	if v := evs.idx.singleValue(x); v != nil {
		x = v // hdr := w.Header(); ...; hdr.Set(k, v)
	}
	if acc, ok := ast.Unparen(x).(*ast.CallExpr); ok {
		if _, key := evs.idx.callee(acc); httpapi.HeaderAccessors[key] {
			return evs.isResponse(h, acc, httpapi.Receiver, false)
		}
		return false
	}
	return evs.base(sel.X) == h.Resp && evs.isResponseType(sel.X, h)
}

// base strips selectors, method calls and type assertions down to the
// variable they start from, through local variables assigned once
// (cc := c.(*CustomContext); cc.JSON(...) answers on c).
func (evs *events) base(e ast.Expr) *types.Var {
	for range 16 {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			v, _ := evs.idx.info.Uses[x].(*types.Var)
			if val := evs.idx.singleValue(x); val != nil && v != nil && !v.IsField() {
				if _, isAssert := ast.Unparen(val).(*ast.TypeAssertExpr); isAssert {
					e = val
					continue
				}
			}
			return v
		case *ast.TypeAssertExpr:
			e = x.X
		case *ast.SelectorExpr:
			e = x.X
		case *ast.CallExpr:
			sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr)
			if !ok {
				return nil
			}
			e = sel.X
		default:
			return nil
		}
	}
	return nil
}

var ioWriter = types.NewInterfaceType([]*types.Func{
	types.NewFunc(0, nil, "Write", types.NewSignatureType(nil, nil, nil,
		types.NewTuple(types.NewVar(0, nil, "p", types.NewSlice(types.Typ[types.Byte]))),
		types.NewTuple(types.NewVar(0, nil, "n", types.Typ[types.Int]), types.NewVar(0, nil, "err", types.Universe.Lookup("error").Type())),
		false)),
}, nil).Complete()

// isResponseType reports whether e has the type of a response: a writer, or
// the handler's own context type.
func (evs *events) isResponseType(e ast.Expr, h *Handler) bool {
	t := evs.idx.info.TypeOf(e)
	if t == nil {
		return false
	}
	return types.Identical(t, h.Resp.Type()) || types.Implements(t, ioWriter)
}

// valueEvents makes the events a return statement of h carries by value
// (statusValues.returned): statuses for an adapter or an error writer to send.
func (evs *events) valueEvents(h *Handler, ret *ast.ReturnStmt) []*Event {
	var out []*Event
	for _, status := range evs.values.returned(h, ret) {
		out = append(out, evs.valueEvent(h, ret, status))
	}
	return out
}

// valueEvent is a status the handler hands back for its adapter or error
// writer to send. It has no call of its own: it stands at the status value.
func (evs *events) valueEvent(h *Handler, ret *ast.ReturnStmt, status ast.Expr) *Event {
	ev := &Event{
		Handler: h, Kind: StatusOnly, Key: "return",
		Call:       &ast.CallExpr{Fun: &ast.Ident{NamePos: status.Pos(), Name: "return"}, Lparen: status.End(), Rparen: status.End()},
		Sink:       httpapi.Sink{Resp: httpapi.None, Status: 0, Body: httpapi.None, Complete: true, Returned: true},
		StatusExpr: status,
		Node:       ret,
	}
	ev.Status, ev.Const = evs.idx.intValue(status)
	return ev
}

// respArg finds the handler's response among a call's arguments or its receiver.
func (evs *events) respArg(h *Handler, call *ast.CallExpr) int {
	for i, a := range call.Args {
		if evs.isResponseType(a, h) && evs.base(a) == h.Resp {
			return i
		}
	}
	if evs.isResponse(h, call, httpapi.Receiver, false) {
		return httpapi.Receiver
	}
	return httpapi.None
}

// status returns a sink call's status argument and its constant value.
func (evs *events) status(call *ast.CallExpr, sink httpapi.Sink) (ast.Expr, int, bool) {
	if sink.Status == httpapi.None {
		return nil, sink.Fixed, sink.Fixed != 0
	}
	if sink.Status >= len(call.Args) {
		return nil, sink.Optional, sink.Optional != 0
	}
	e := call.Args[sink.Status]
	v, ok := evs.idx.intValue(e)
	return e, v, ok
}
