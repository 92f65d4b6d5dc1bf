package model

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"maps"
	"slices"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/cfg"
)

// flow runs the dataflow over one function's control-flow graph: given
// the function's steps (its events, assignments and joins, from an
// eventSource), it computes the State before every event, the state on
// every way out, and what follows each block. It works the same for a
// handler and for a helper flowed for its fact (a pseudo-handler); it
// reads the index and knows nothing of routes or of how facts are inferred.
type flow struct {
	idx    *index
	graphs *noReturns // the graphs, and which calls never return
	events eventSource
}

// eventSource gives the flow a function's steps, block by block, and the
// events the branch conditions test.
type eventSource interface {
	// steps turns a block's nodes into steps, in evaluation order; in is
	// the closure the block belongs to, run at a call (nil: h's own body).
	steps(h *Handler, blk *cfg.Block, in *ast.FuncLit) []step
	// recorded returns the event of a call in a flowed function, or nil.
	recorded(call *ast.CallExpr) *Event
	// conditional returns the event of a conditional helper's call, or nil.
	conditional(call *ast.CallExpr) *Event
}

// step is one thing a block does that the flow cares about, in evaluation order.
type step struct {
	ev     *Event
	assign *types.Var    // a variable assigned ...
	origin *ast.CallExpr // ... the result of this call (nil: something else)
	join   bool          // waits for background work (wg.Wait(), <-ch)
	run    *ast.FuncLit  // a closure the call being made runs before it returns (flow.inline)
	many   bool          // ... maybe more than once
}

// flowResult is what the flow computed over one function (Handler.flow).
type flowResult struct {
	graph       *cfg.CFG
	steps       map[*cfg.Block][]step
	mustRespond map[*cfg.Block]bool // every path from the block's start writes a response
	mustStatus  map[*cfg.Block]bool // every path from the block's start chooses a status
	mayBody     map[*cfg.Block]bool // some path from the block's start writes a body (or may)
	exit        State               // the state on every way out (returns and the end of the body)
	exitKnown   bool
	exitBy      map[When]State      // ways out merged by the result they return (Always: nil error)
	exitBad     bool                // a way out whose result is neither a constant bool nor nil/non-nil error
	live        map[*cfg.Block]bool // the blocks the forward flow reached; nil when it did not run
	unstable    map[*types.Var]bool // locals changed where the flow sees no assignment (decide.go); nil until needed
}

// once flows h unless it was flowed already (a handler is flowed on
// demand when another function calls it as a helper).
func (fl *flow) once(h *Handler) {
	if h.flow == nil {
		h.flow = &flowResult{}
		fl.run(h)
	}
}

// run computes, for every event of h, the state of the response on every
// path to it: a forward dataflow over the handler's control-flow graph in
// which branch conditions narrow the request method and tell error paths.
func (fl *flow) run(h *Handler) {
	switch n := h.Node.(type) {
	case *ast.FuncDecl:
		h.flow.graph = fl.graphs.graph(n.Body)
	case *ast.FuncLit:
		h.flow.graph = fl.graphs.graph(n.Body)
	}
	if h.flow.graph == nil || len(h.flow.graph.Blocks) == 0 {
		return
	}
	h.flow.steps = map[*cfg.Block][]step{}
	for _, blk := range h.flow.graph.Blocks {
		h.flow.steps[blk] = fl.events.steps(h, blk, nil)
	}
	fl.inline(h)
	if len(h.Events) == 0 {
		return // nothing touches the response
	}

	in := map[*cfg.Block]*State{h.flow.graph.Blocks[0]: {Methods: h.Methods}}
	work := []*cfg.Block{h.flow.graph.Blocks[0]}
	for len(work) > 0 {
		blk := work[0]
		work = work[1:]
		out := fl.transfer(h, blk, in[blk].clone(), false)
		for i, succ := range blk.Succs {
			next, live := fl.edge(h, blk, i, out)
			if !live {
				continue // the guards decided the test the other way: a dead edge
			}
			if old := in[succ]; old == nil {
				in[succ] = &next
				work = append(work, succ)
			} else if old.merge(next) {
				work = append(work, succ)
			}
		}
	}
	for blk, s := range in {
		fl.transfer(h, blk, s.clone(), true)
	}
	fl.exitState(h, in)
	// Every path that reaches the exit writes a response: a greatest
	// fixpoint, so a loop whose every way out writes counts. A block the
	// forward flow never reached (behind a dead edge) is on no path: it
	// holds every "must" vacuously and no "may".
	h.flow.live = map[*cfg.Block]bool{}
	for blk := range in {
		h.flow.live[blk] = true
	}
	h.flow.mustRespond = h.flow.must(func(e *Event) bool { return e.Responds() && !e.Informational() })
	h.flow.mustStatus = h.flow.must(func(e *Event) bool { return e.SetsStatus() && !e.Informational() })
	h.flow.mayBody = fixpoint(h.flow.graph, func(blk *cfg.Block, m map[*cfg.Block]bool) bool {
		if !h.flow.reached(blk) {
			return false
		}
		for _, st := range h.flow.steps[blk] {
			if st.ev != nil && (st.ev.WritesBody() || st.ev.Kind == Opaque || st.ev.ExplicitEmpty()) {
				return true
			}
		}
		return slices.ContainsFunc(blk.Succs, func(s *cfg.Block) bool { return m[s] })
	})
}

// edge returns the state on blk's i-th way out, given the state out at
// its end: refined by the branch condition, and not live when the guards
// decided the test the other way.
func (fl *flow) edge(h *Handler, blk *cfg.Block, i int, out State) (State, bool) {
	next := out.clone()
	if cond := condition(blk); cond != nil {
		d, decidable := fl.decision(h, cond, i == 0)
		if decidable && out.contradicts(d) {
			return next, false
		}
		fl.refine(&next, cond, i == 0)
		fl.refineHelpers(&next, cond, i == 0, blk.Succs[i])
		if decidable {
			next.learn(d)
		}
	}
	return next, true
}

// exitState merges the state on every way out of h: the returns and the
// end of the body, not a panic or a call that never returns.
func (fl *flow) exitState(h *Handler, in map[*cfg.Block]*State) {
	var preds map[*cfg.Block][]*cfg.Block
	for _, blk := range h.flow.graph.Blocks {
		s := in[blk]
		if s == nil || len(blk.Succs) > 0 || fl.noReturn(blk) {
			continue
		}
		out := fl.transfer(h, blk, s.clone(), false)
		if !h.flow.exitKnown {
			h.flow.exit, h.flow.exitKnown = out, true
		} else {
			h.flow.exit.merge(out)
		}
		if d, ok := fl.returnedTest(h, blk); ok {
			if preds == nil {
				preds = predecessors(h.flow.graph)
			}
			fl.splitByTest(h, blk, d, preds[blk], in)
			continue
		}
		fl.splitExit(h, blk, out)
	}
}

// returnedTest reads a return whose bool result is a test the flow can
// decide (return err == nil): which way out it is depends on the path.
func (fl *flow) returnedTest(h *Handler, blk *cfg.Block) (known, bool) {
	sig := fl.idx.signature(h.Node)
	if sig == nil || sig.Results().Len() != 1 || len(blk.Nodes) == 0 {
		return known{}, false
	}
	if b, ok := sig.Results().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.Bool {
		return known{}, false
	}
	ret, ok := blk.Nodes[len(blk.Nodes)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != 1 {
		return known{}, false
	}
	if tv := fl.idx.info.Types[ret.Results[0]]; tv.Value != nil {
		return known{}, false // a constant: splitExit reads it
	}
	return fl.decision(h, ret.Results[0], true)
}

// splitByTest sorts the paths into a return of a decidable test by the
// value the test has on each: the state on each edge into the block
// decides it (after `if err != nil { abort }`, `return err == nil` is
// false where the helper answered). A path on which the guards do not
// decide it makes the exit unusable for conditional helpers.
func (fl *flow) splitByTest(h *Handler, blk *cfg.Block, d known, preds []*cfg.Block, in map[*cfg.Block]*State) {
	for _, p := range preds {
		if in[p] == nil {
			continue
		}
		out := fl.transfer(h, p, in[p].clone(), false)
		for i, succ := range p.Succs {
			if succ != blk {
				continue
			}
			next, live := fl.edge(h, p, i, out)
			if !live {
				continue
			}
			end := fl.transfer(h, blk, next, false)
			switch {
			case end.knows(d):
				fl.exitBy(h, WhenTrue, end)
			case end.contradicts(d):
				fl.exitBy(h, WhenFalse, end)
			default:
				h.flow.exitBad = true
			}
		}
	}
	if len(preds) == 0 {
		h.flow.exitBad = true // the entry block returns: nothing decided the test
	}
}

// predecessors maps each block to the blocks with an edge into it.
func predecessors(g *cfg.CFG) map[*cfg.Block][]*cfg.Block {
	out := map[*cfg.Block][]*cfg.Block{}
	for _, b := range g.Blocks {
		for _, s := range b.Succs {
			if !slices.Contains(out[s], b) {
				out[s] = append(out[s], b)
			}
		}
	}
	return out
}

// splitExit sorts a way out by the result it returns, when the function's
// last result is a bool or an error: answering and not answering must be
// told apart by a constant true/false, or by nil against anything else.
func (fl *flow) splitExit(h *Handler, blk *cfg.Block, out State) {
	sig := fl.idx.signature(h.Node)
	if sig == nil || sig.Results().Len() == 0 || len(blk.Nodes) == 0 {
		h.flow.exitBad = true
		return
	}
	ret, ok := blk.Nodes[len(blk.Nodes)-1].(*ast.ReturnStmt)
	if !ok || len(ret.Results) != sig.Results().Len() {
		h.flow.exitBad = true // falls off the end, or a naked return
		return
	}
	last := ast.Unparen(ret.Results[len(ret.Results)-1])
	var when When
	isErr := types.Identical(sig.Results().At(sig.Results().Len()-1).Type(), types.Universe.Lookup("error").Type())
	tv := fl.idx.info.Types[last]
	switch {
	case isErr && tv.IsNil():
		when = Always // no error: the result that says nothing was written
	case isErr && writesResult(h, last):
		h.flow.exitBad = true // return c.JSON(...): the write's own error, nil when it worked
		return
	case isErr:
		when = WhenError
	case tv.Value != nil && tv.Value.Kind() == constant.Bool:
		if constant.BoolVal(tv.Value) {
			when = WhenTrue
		} else {
			when = WhenFalse
		}
	default:
		h.flow.exitBad = true
		return
	}
	fl.exitBy(h, when, out)
}

// exitBy merges out into the state of the ways out that return when.
func (fl *flow) exitBy(h *Handler, when When, out State) {
	if h.flow.exitBy == nil {
		h.flow.exitBy = map[When]State{}
	}
	if old, ok := h.flow.exitBy[when]; ok {
		old.merge(out)
		h.flow.exitBy[when] = old
	} else {
		h.flow.exitBy[when] = out
	}
}

// noReturn reports a block that ends in panic or a call that never returns.
func (fl *flow) noReturn(blk *cfg.Block) bool {
	if len(blk.Nodes) == 0 {
		return false
	}
	es, ok := blk.Nodes[len(blk.Nodes)-1].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return false
	}
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if _, isBuiltin := fl.idx.info.Uses[id].(*types.Builtin); isBuiltin && id.Name == "panic" {
			return true
		}
	}
	fn, _ := fl.idx.callee(call)
	return fn != nil && fl.graphs.neverReturns(fn)
}

// writesResult reports whether e is the result of a call that writes the
// response (a render or a helper): its error says whether the write
// failed, not whether the function answered.
func writesResult(h *Handler, e ast.Expr) bool {
	call, ok := ast.Unparen(e).(*ast.CallExpr)
	if !ok {
		return false
	}
	for _, ev := range h.Events {
		if ev.Call == call {
			return true
		}
	}
	return false
}

// greatest computes the greatest solution of a per-block property.
func greatest(g *cfg.CFG, f func(*cfg.Block, map[*cfg.Block]bool) bool) map[*cfg.Block]bool {
	m := map[*cfg.Block]bool{}
	for _, blk := range g.Blocks {
		m[blk] = true
	}
	for changed := true; changed; {
		changed = false
		for i := len(g.Blocks) - 1; i >= 0; i-- {
			blk := g.Blocks[i]
			if m[blk] && !f(blk, m) {
				m[blk] = false
				changed = true
			}
		}
	}
	return m
}

// fixpoint computes the least solution of a per-block property.
func fixpoint(g *cfg.CFG, f func(*cfg.Block, map[*cfg.Block]bool) bool) map[*cfg.Block]bool {
	m := map[*cfg.Block]bool{}
	for changed := true; changed; {
		changed = false
		for i := len(g.Blocks) - 1; i >= 0; i-- {
			blk := g.Blocks[i]
			if !m[blk] && f(blk, m) {
				m[blk] = true
				changed = true
			}
		}
	}
	return m
}

// must computes, per block, whether every path from its start has an
// event satisfying pred.
func (r *flowResult) must(pred func(*Event) bool) map[*cfg.Block]bool {
	return greatest(r.graph, func(blk *cfg.Block, m map[*cfg.Block]bool) bool {
		if !r.reached(blk) {
			return true
		}
		for _, st := range r.steps[blk] {
			if st.ev != nil && pred(st.ev) {
				return true
			}
		}
		return allSuccs(blk, m)
	})
}

// reached reports whether the forward flow reached blk: false behind a
// dead edge (decide.go) and in code after a return. Before the forward
// flow ran (a function with no events) every block counts.
func (r *flowResult) reached(blk *cfg.Block) bool { return r.live == nil || r.live[blk] }

// condition returns the boolean a two-way block branches on.
func condition(blk *cfg.Block) ast.Expr {
	if len(blk.Succs) != 2 || len(blk.Nodes) == 0 || blk.Kind == cfg.KindRangeLoop {
		return nil
	}
	e, _ := blk.Nodes[len(blk.Nodes)-1].(ast.Expr)
	return e
}

// transfer applies a block's steps to s; with record set it also stores
// each event's state.
func (fl *flow) transfer(h *Handler, blk *cfg.Block, s State, record bool) State {
	ownOrigins := false // s.origins is shared with the state it was cloned from until copied
	for _, st := range h.flow.steps[blk] {
		if st.join {
			s.Async = false // the background work is waited for
			continue
		}
		if st.assign != nil {
			if !ownOrigins {
				s.origins = maps.Clone(s.origins)
				if s.origins == nil {
					s.origins = map[*types.Var]*ast.CallExpr{}
				}
				ownOrigins = true
			}
			if st.origin != nil {
				s.origins[st.assign] = st.origin
			} else {
				delete(s.origins, st.assign)
			}
			s.forgetKnown(st.assign)
			continue
		}
		ev := st.ev
		if record {
			ev.Reached = true
			ev.Before = s.clone()
			ownOrigins = false // shared with the event's Before now
		}
		s.apply(ev)
	}
	return s
}

// refine narrows the state on the edge where cond evaluates to truth.
func (fl *flow) refine(s *State, cond ast.Expr, truth bool) {
	cond = ast.Unparen(cond)
	s.Guards = append(s.Guards, Guard{Cond: cond, Tag: fl.idx.caseTag[cond], Holds: truth})
	whenTrue, whenFalse := fl.methodSets(cond)
	if truth {
		s.Methods &= whenTrue
	} else {
		s.Methods &= whenFalse
	}
	fl.refineErrors(s, cond, truth)
}

// refineErrors applies what an error test tells: on the branch where a gin
// c.Bind* error is non-nil, gin has answered 400; where a body write failed,
// the header may not have been sent, unless the write sends it before it can
// fail (Sink.SendsFirst: w.Write, fmt.Fprint; not an encoder or a template).
func (fl *flow) refineErrors(s *State, cond ast.Expr, truth bool) {
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			fl.refineErrors(s, c.X, !truth)
		}
		return
	case *ast.BinaryExpr:
		if (c.Op == token.LAND && truth) || (c.Op == token.LOR && !truth) {
			fl.refineErrors(s, c.X, truth) // both operands have that value
			fl.refineErrors(s, c.Y, truth)
			return
		}
	}
	if call, zero := fl.zeroCount(s, cond); call != nil && truth == zero {
		// n, err := io.Copy(w, src); if n == 0 {...}: nothing was copied,
		// so a write that sends the header only with its first byte (not
		// Sink.SendsFirst) has not sent it.
		if ev := fl.events.recorded(call); ev != nil && ev.WritesBody() && !ev.Sink.SendsFirst && s.Sent && slices.Contains(s.SentBy, ev) {
			s.Sent = false
		}
	}
	call, nonNil := fl.idx.errorTest(s, cond)
	if call == nil || truth != nonNil {
		return
	}
	ev := fl.events.recorded(call)
	switch {
	case ev == nil:
	case ev.Kind == Bind && !ev.Handler.Framework.Buffered():
		s.choose(ev) // gin answered 400 and sent the header
		s.send(ev)
	case ev.WritesBody() && s.Sent && slices.Contains(s.SentBy, ev) && !ev.Sink.SendsFirst:
		s.Sent = false // the write failed, maybe before anything was sent: back to what held before it
	case ev.SendsOnly() && s.Sent && slices.Contains(s.SentBy, ev):
		s.Sent = false // rc.Flush failed: http.ErrNotSupported, nothing was sent
	}
}

// zeroCount reads a test of a count against zero (n == 0, n <= 0, n < 1,
// and their negations) where n is an integer last assigned by a call: it
// returns the call and the truth value on which the count is zero.
func (fl *flow) zeroCount(s *State, cond ast.Expr) (*ast.CallExpr, bool) {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok {
		return nil, false
	}
	x, y, op := b.X, b.Y, b.Op
	if _, ok := ast.Unparen(x).(*ast.Ident); !ok {
		x, y = y, x
		switch op { // 0 < n is n > 0
		case token.LSS:
			op = token.GTR
		case token.GTR:
			op = token.LSS
		case token.LEQ:
			op = token.GEQ
		case token.GEQ:
			op = token.LEQ
		}
	}
	id, ok := ast.Unparen(x).(*ast.Ident)
	if !ok {
		return nil, false
	}
	v, ok := fl.idx.info.Uses[id].(*types.Var)
	if !ok {
		return nil, false
	}
	if basic, ok := v.Type().Underlying().(*types.Basic); !ok || basic.Info()&types.IsInteger == 0 {
		return nil, false
	}
	tv, ok := fl.idx.info.Types[y]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return nil, false
	}
	n, exact := constant.Int64Val(tv.Value)
	if !exact {
		return nil, false
	}
	var zero bool
	switch {
	case n == 0 && (op == token.EQL || op == token.LEQ):
		zero = true
	case n == 0 && (op == token.NEQ || op == token.GTR):
		zero = false
	case n == 1 && op == token.LSS:
		zero = true
	case n == 1 && op == token.GEQ:
		zero = false
	default:
		return nil, false
	}
	call := s.origins[v]
	if call == nil {
		return nil, false
	}
	return call, zero
}

// refineHelpers applies a conditional helper's answer on the edge where its
// result says it answered: if !bindOrAbort(c, &req) { ... }, ok := ...; if !ok,
// if err := readJSON(w, r, &v); err != nil { ... }.
func (fl *flow) refineHelpers(s *State, cond ast.Expr, truth bool, succ *cfg.Block) {
	answered := func(ev *Event) {
		if ev == nil {
			return
		}
		if ev.errArg != nil {
			// the helper answered about this error: it is not nil here
			s.Guards = append(s.Guards, Guard{Cond: ast.Unparen(ev.errArg), Holds: true, NonNil: true})
		}
		ev.Reached = true
		ev.Before = s.clone()
		ev.block, ev.index = succ, -1 // "after it" is the start of the branch
		s.apply(ev)
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			fl.refineHelpers(s, c.X, !truth, succ)
		}
		return
	case *ast.BinaryExpr:
		if (c.Op == token.LAND && truth) || (c.Op == token.LOR && !truth) {
			fl.refineHelpers(s, c.X, truth, succ)
			fl.refineHelpers(s, c.Y, truth, succ)
			return
		}
	case *ast.CallExpr, *ast.Ident:
		call, _ := c.(*ast.CallExpr)
		if id, ok := c.(*ast.Ident); ok {
			if v, ok := fl.idx.info.Uses[id].(*types.Var); ok {
				call = s.origins[v]
			}
		}
		if ev := fl.events.conditional(call); ev != nil && (ev.When == WhenTrue && truth || ev.When == WhenFalse && !truth) {
			answered(ev)
		}
		return
	}
	if call, nonNil := fl.idx.errorTest(s, cond); call != nil && truth == nonNil {
		if ev := fl.events.conditional(call); ev != nil && ev.When == WhenError {
			answered(ev)
		}
	}
}

// methodSets returns the methods for which cond may be true and those for
// which it may be false. Conditions that compare the request method with a
// constant (r.Method == http.MethodPost, a switch r.Method case, fiber's
// c.Method() != "GET") and their !, && and || combinations narrow the set;
// anything else says nothing.
func (fl *flow) methodSets(cond ast.Expr) (whenTrue, whenFalse httpapi.Methods) {
	cond = ast.Unparen(cond)
	if m, ok := fl.methodTest(cond); ok {
		return m, httpapi.AllMethods &^ m
	}
	switch c := cond.(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			t, f := fl.methodSets(c.X)
			return f, t
		}
	case *ast.BinaryExpr:
		xt, xf := fl.methodSets(c.X)
		yt, yf := fl.methodSets(c.Y)
		switch c.Op {
		case token.LAND:
			return xt & yt, xf | yf
		case token.LOR:
			return xt | yt, xf & yf
		}
	}
	return httpapi.AllMethods, httpapi.AllMethods
}

// methodTest returns the methods for which cond is true when cond compares
// the request method with a constant.
func (fl *flow) methodTest(cond ast.Expr) (httpapi.Methods, bool) {
	if tag, ok := fl.idx.caseTag[cond]; ok {
		return fl.methodEq(tag, cond)
	}
	bin, ok := cond.(*ast.BinaryExpr)
	if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return 0, false
	}
	m, ok := fl.methodEq(bin.X, bin.Y)
	if !ok {
		m, ok = fl.methodEq(bin.Y, bin.X)
	}
	if !ok {
		return 0, false
	}
	if bin.Op == token.NEQ {
		m = httpapi.AllMethods &^ m
	}
	return m, true
}

func (fl *flow) methodEq(x, y ast.Expr) (httpapi.Methods, bool) {
	if !fl.isMethodExpr(x) {
		return 0, false
	}
	s, ok := fl.idx.stringValue(y)
	if !ok {
		return 0, false
	}
	return httpapi.ParseMethod(s), true
}

func (fl *flow) isMethodExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel, ok := fl.idx.info.Selections[e]; ok {
			return httpapi.IsRequestMethodField(sel.Obj())
		}
	case *ast.CallExpr:
		fn, _ := fl.idx.callee(e)
		return len(e.Args) == 0 && fn != nil && httpapi.IsMethodAccessor(fn)
	}
	return false
}
