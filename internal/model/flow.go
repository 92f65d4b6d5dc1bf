package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/cfg"
)

// flowOnce flows h unless it was flowed already (a handler is flowed on
// demand when another function calls it as a helper).
func (b *builder) flowOnce(h *Handler) {
	if !h.flowed {
		h.flowed = true
		b.flow(h)
	}
}

// reflow flows h again, now that more is known about returned values.
func (b *builder) reflow(h *Handler) {
	for _, e := range h.Events {
		if b.model.Events[e.Call] == e {
			delete(b.model.Events, e.Call)
		}
	}
	*h = Handler{Node: h.Node, Name: h.Name, Framework: h.Framework, Resp: h.Resp, Req: h.Req, Routes: h.Routes,
		Methods: h.Methods, Results: h.Results, StatusResult: h.StatusResult, pseudo: h.pseudo}
	b.flowOnce(h)
}

// flow computes, for every event of h, the state of the response on every
// path to it: a forward dataflow over the handler's control-flow graph in
// which branch conditions narrow the request method and tell error paths.
func (b *builder) flow(h *Handler) {
	switch n := h.Node.(type) {
	case *ast.FuncDecl:
		h.graph = b.cfgs.FuncDecl(n)
	case *ast.FuncLit:
		h.graph = b.cfgs.FuncLit(n)
	}
	if h.graph == nil || len(h.graph.Blocks) == 0 {
		return
	}
	h.steps = map[*cfg.Block][]step{}
	for _, blk := range h.graph.Blocks {
		h.steps[blk] = b.collect(h, blk)
	}
	if len(h.Events) == 0 {
		return // nothing touches the response
	}

	in := map[*cfg.Block]*State{h.graph.Blocks[0]: {Methods: h.Methods}}
	work := []*cfg.Block{h.graph.Blocks[0]}
	for len(work) > 0 {
		blk := work[0]
		work = work[1:]
		out := b.transfer(h, blk, in[blk].clone(), false)
		for i, succ := range blk.Succs {
			next := out.clone()
			if cond := condition(blk); cond != nil {
				b.refine(&next, cond, i == 0)
				b.refineHelpers(&next, cond, i == 0, succ)
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
		b.transfer(h, blk, s.clone(), true)
	}
	b.exitState(h, in)
	// Every path that reaches the exit writes a response: a greatest
	// fixpoint, so a loop whose every way out writes counts.
	h.mustRespond = greatest(h, func(blk *cfg.Block, m map[*cfg.Block]bool) bool {
		for _, st := range h.steps[blk] {
			if st.ev != nil && st.ev.Responds() && !st.ev.Informational() {
				return true
			}
		}
		return allSuccs(blk, m)
	})
	h.mustStatus = greatest(h, func(blk *cfg.Block, m map[*cfg.Block]bool) bool {
		for _, st := range h.steps[blk] {
			if st.ev != nil && st.ev.SetsStatus() && !st.ev.Informational() {
				return true
			}
		}
		return allSuccs(blk, m)
	})
	h.mayBody = fixpoint(h, func(blk *cfg.Block, m map[*cfg.Block]bool) bool {
		for _, st := range h.steps[blk] {
			if st.ev != nil && (st.ev.WritesBody() || st.ev.Kind == Opaque || st.ev.ExplicitEmpty()) {
				return true
			}
		}
		return slices.ContainsFunc(blk.Succs, func(s *cfg.Block) bool { return m[s] })
	})
}

// greatest computes the greatest solution of a per-block property.
func greatest(h *Handler, f func(*cfg.Block, map[*cfg.Block]bool) bool) map[*cfg.Block]bool {
	m := map[*cfg.Block]bool{}
	for _, blk := range h.graph.Blocks {
		m[blk] = true
	}
	for changed := true; changed; {
		changed = false
		for i := len(h.graph.Blocks) - 1; i >= 0; i-- {
			blk := h.graph.Blocks[i]
			if m[blk] && !f(blk, m) {
				m[blk] = false
				changed = true
			}
		}
	}
	return m
}

// fixpoint computes the least solution of a per-block property.
func fixpoint(h *Handler, f func(*cfg.Block, map[*cfg.Block]bool) bool) map[*cfg.Block]bool {
	m := map[*cfg.Block]bool{}
	for changed := true; changed; {
		changed = false
		for i := len(h.graph.Blocks) - 1; i >= 0; i-- {
			blk := h.graph.Blocks[i]
			if !m[blk] && f(blk, m) {
				m[blk] = true
				changed = true
			}
		}
	}
	return m
}

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
func (b *builder) transfer(h *Handler, blk *cfg.Block, s State, record bool) State {
	for _, st := range h.steps[blk] {
		if st.join {
			s.Async = false // the background work is waited for
			continue
		}
		if st.assign != nil {
			if s.origins == nil {
				s.origins = map[*types.Var]*ast.CallExpr{}
			}
			if st.origin != nil {
				s.origins[st.assign] = st.origin
			} else {
				delete(s.origins, st.assign)
			}
			continue
		}
		ev := st.ev
		if record {
			ev.Reached = true
			ev.Before = s.clone()
		}
		s.apply(ev)
	}
	return s
}

// apply changes the state as the event changes the response.
func (s *State) apply(ev *Event) {
	for _, k := range ev.Headers {
		s.Headers = addKey(s.Headers, k) // a helper's own headers
	}
	switch ev.Kind {
	case StatusOnly, Render:
		if ev.Informational() {
			return // the final status is still to come
		}
		s.choose(ev)
		if ev.Commits {
			s.send(ev)
		}
	case BodyOnly:
		if ev.Commits {
			s.send(ev)
		}
	case Opaque:
		s.Unknown = true
		s.StatusMaySet = true
		s.MaySent = true
		s.Headers = addKey(s.Headers, "*")
	case Header:
		key := strings.ToLower(ev.HeaderKey)
		if key == "" {
			key = "*"
		}
		s.Headers = addKey(s.Headers, key)
	case Async:
		s.Async = true
	}
}

// choose makes ev's status the one in effect, unless the header is gone.
func (s *State) choose(ev *Event) {
	switch {
	case s.Sent:
		return
	case s.MaySent:
		s.Status = addEvent(s.Status, ev)
	default:
		s.Status = []*Event{ev}
	}
	s.StatusSet, s.StatusMaySet = true, true
}

// send records that ev sent the header.
func (s *State) send(ev *Event) {
	switch {
	case s.Sent:
		return
	case s.MaySent:
		s.SentBy = addEvent(s.SentBy, ev)
	default:
		s.SentBy = []*Event{ev}
	}
	s.Sent, s.MaySent = true, true
}

// refine narrows the state on the edge where cond evaluates to truth.
func (b *builder) refine(s *State, cond ast.Expr, truth bool) {
	cond = ast.Unparen(cond)
	s.Guards = append(s.Guards, Guard{Cond: cond, Tag: b.idx.caseTag[cond], Holds: truth})
	whenTrue, whenFalse := b.methodSets(cond)
	if truth {
		s.Methods &= whenTrue
	} else {
		s.Methods &= whenFalse
	}
	b.refineErrors(s, cond, truth)
}

// refineErrors applies what an error test tells: on the branch where a gin
// c.Bind* error is non-nil, gin has answered 400; where a body write failed,
// the header may not have been sent.
func (b *builder) refineErrors(s *State, cond ast.Expr, truth bool) {
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			b.refineErrors(s, c.X, !truth)
		}
		return
	case *ast.BinaryExpr:
		if (c.Op == token.LAND && truth) || (c.Op == token.LOR && !truth) {
			b.refineErrors(s, c.X, truth) // both operands have that value
			b.refineErrors(s, c.Y, truth)
			return
		}
	}
	call, nonNil := b.idx.errorTest(s, cond)
	if call == nil || truth != nonNil {
		return
	}
	ev := b.model.Events[call]
	switch {
	case ev == nil:
	case ev.Kind == Bind && !ev.Handler.Framework.Buffered():
		s.choose(ev) // gin answered 400 and sent the header
		s.send(ev)
	case ev.WritesBody() && s.Sent && slices.Contains(s.SentBy, ev):
		s.Sent = false // the write failed, maybe before anything was sent: back to what held before it
	}
}

// refineHelpers applies a conditional helper's answer on the edge where its
// result says it answered: if !bindOrAbort(c, &req) { ... }, ok := ...; if !ok,
// if err := readJSON(w, r, &v); err != nil { ... }.
func (b *builder) refineHelpers(s *State, cond ast.Expr, truth bool, succ *cfg.Block) {
	answered := func(ev *Event) {
		if ev == nil {
			return
		}
		ev.Reached = true
		ev.Before = s.clone()
		ev.block, ev.index = succ, -1 // "after it" is the start of the branch
		s.apply(ev)
	}
	switch c := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			b.refineHelpers(s, c.X, !truth, succ)
		}
		return
	case *ast.BinaryExpr:
		if (c.Op == token.LAND && truth) || (c.Op == token.LOR && !truth) {
			b.refineHelpers(s, c.X, truth, succ)
			b.refineHelpers(s, c.Y, truth, succ)
			return
		}
	case *ast.CallExpr, *ast.Ident:
		call, _ := c.(*ast.CallExpr)
		if id, ok := c.(*ast.Ident); ok {
			if v, ok := b.idx.info.Uses[id].(*types.Var); ok {
				call = s.origins[v]
			}
		}
		if ev := b.conds[call]; ev != nil && (ev.When == WhenTrue && truth || ev.When == WhenFalse && !truth) {
			answered(ev)
		}
		return
	}
	if call, nonNil := b.idx.errorTest(s, cond); call != nil && truth == nonNil {
		if ev := b.conds[call]; ev != nil && ev.When == WhenError {
			answered(ev)
		}
	}
}

// methodSets returns the methods for which cond may be true and those for
// which it may be false. Conditions that compare the request method with a
// constant (r.Method == http.MethodPost, a switch r.Method case, fiber's
// c.Method() != "GET") and their !, && and || combinations narrow the set;
// anything else says nothing.
func (b *builder) methodSets(cond ast.Expr) (whenTrue, whenFalse httpapi.Methods) {
	cond = ast.Unparen(cond)
	if m, ok := b.methodTest(cond); ok {
		return m, httpapi.AllMethods &^ m
	}
	switch c := cond.(type) {
	case *ast.UnaryExpr:
		if c.Op == token.NOT {
			t, f := b.methodSets(c.X)
			return f, t
		}
	case *ast.BinaryExpr:
		xt, xf := b.methodSets(c.X)
		yt, yf := b.methodSets(c.Y)
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
func (b *builder) methodTest(cond ast.Expr) (httpapi.Methods, bool) {
	if tag, ok := b.idx.caseTag[cond]; ok {
		return b.methodEq(tag, cond)
	}
	bin, ok := cond.(*ast.BinaryExpr)
	if !ok || (bin.Op != token.EQL && bin.Op != token.NEQ) {
		return 0, false
	}
	m, ok := b.methodEq(bin.X, bin.Y)
	if !ok {
		m, ok = b.methodEq(bin.Y, bin.X)
	}
	if !ok {
		return 0, false
	}
	if bin.Op == token.NEQ {
		m = httpapi.AllMethods &^ m
	}
	return m, true
}

func (b *builder) methodEq(x, y ast.Expr) (httpapi.Methods, bool) {
	if !b.isMethodExpr(x) {
		return 0, false
	}
	s, ok := b.idx.stringValue(y)
	if !ok {
		return 0, false
	}
	return httpapi.ParseMethod(s), true
}

func (b *builder) isMethodExpr(e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.SelectorExpr:
		if sel, ok := b.idx.info.Selections[e]; ok {
			return httpapi.IsRequestMethodField(sel.Obj())
		}
	case *ast.CallExpr:
		fn, _ := b.idx.callee(e)
		return len(e.Args) == 0 && fn != nil && httpapi.IsMethodAccessor(fn)
	}
	return false
}

func (s State) clone() State {
	c := s
	c.Status = slices.Clone(s.Status)
	c.SentBy = slices.Clone(s.SentBy)
	c.Guards = slices.Clone(s.Guards)
	c.Headers = slices.Clone(s.Headers)
	if s.origins != nil {
		c.origins = make(map[*types.Var]*ast.CallExpr, len(s.origins))
		for k, v := range s.origins {
			c.origins[k] = v
		}
	}
	return c
}

// merge joins o into s at a control-flow merge and reports a change.
func (s *State) merge(o State) bool {
	old := s.clone()
	s.Methods |= o.Methods
	s.StatusSet = s.StatusSet && o.StatusSet
	s.StatusMaySet = s.StatusMaySet || o.StatusMaySet
	s.Sent = s.Sent && o.Sent
	s.MaySent = s.MaySent || o.MaySent
	s.Unknown = s.Unknown || o.Unknown
	s.Async = s.Async && o.Async
	for _, k := range o.Headers {
		s.Headers = addKey(s.Headers, k)
	}
	for _, e := range o.Status {
		s.Status = addEvent(s.Status, e)
	}
	for _, e := range o.SentBy {
		s.SentBy = addEvent(s.SentBy, e)
	}
	s.Guards = slices.DeleteFunc(s.Guards, func(g Guard) bool { return !slices.Contains(o.Guards, g) })
	for k, v := range s.origins {
		if o.origins[k] != v {
			delete(s.origins, k)
		}
	}
	return !old.equal(*s)
}

func (s State) equal(o State) bool {
	return s.Methods == o.Methods && s.StatusSet == o.StatusSet && s.StatusMaySet == o.StatusMaySet &&
		s.Sent == o.Sent && s.MaySent == o.MaySent && s.Unknown == o.Unknown && s.Async == o.Async &&
		slices.Equal(s.Headers, o.Headers) &&
		slices.Equal(s.Status, o.Status) && slices.Equal(s.SentBy, o.SentBy) &&
		slices.Equal(s.Guards, o.Guards) && len(s.origins) == len(o.origins)
}

func addKey(list []string, k string) []string {
	if slices.Contains(list, k) {
		return list
	}
	return append(list, k)
}

func addEvent(list []*Event, e *Event) []*Event {
	if slices.Contains(list, e) {
		return list
	}
	return append(list, e)
}
