package model

import (
	"slices"

	"golang.org/x/tools/go/cfg"
)

// inline splices into h's graph the closures its calls run before they
// return (a step with run set: db.Transaction(func(tx) error {...}),
// once.Do(func() {...}), a helper of the package that calls its func
// parameter). The block holding the call is split at the step: its first
// part goes on to the closure's entry or, since the callee may not call
// it at all, straight to the rest of the block; each way out of the
// closure (its returns and the end of its body, not a panic) goes on to
// the rest of the block, and back to the closure's entry when the callee
// may call it again. The closure's events are then h's events where the
// call is, seen by the forward flow and by the backward facts alike (a
// write after the call follows a write in the closure), and a return in
// the closure returns to the call, not from h. The graphs are shared
// (noReturns builds each once), so the flow works on copies, made only
// when h has such a call.
func (fl *flow) inline(h *Handler) {
	r := h.flow
	if !slices.ContainsFunc(r.graph.Blocks, func(b *cfg.Block) bool {
		return slices.ContainsFunc(r.steps[b], func(st step) bool { return st.run != nil })
	}) {
		return
	}
	var blocks []*cfg.Block
	steps := map[*cfg.Block][]step{}
	fl.splice(h, r.graph, func(b *cfg.Block) []step { return r.steps[b] }, &blocks, steps)
	r.graph = &cfg.CFG{Blocks: blocks}
	r.steps = steps
	for _, blk := range blocks {
		for i, st := range steps[blk] {
			if st.ev != nil {
				st.ev.block, st.ev.index = blk, i
			}
		}
	}
}

// splice copies graph g into blocks, with the steps stepsOf gives each
// block, splitting blocks at the closures they run (recursively: a
// closure may run another). It returns the copy's entry and its ways out.
func (fl *flow) splice(h *Handler, g *cfg.CFG, stepsOf func(*cfg.Block) []step, blocks *[]*cfg.Block, steps map[*cfg.Block][]step) (*cfg.Block, []*cfg.Block) {
	if g == nil || len(g.Blocks) == 0 {
		return nil, nil
	}
	add := func(b *cfg.Block) *cfg.Block {
		nb := &cfg.Block{Nodes: b.Nodes, Kind: b.Kind, Stmt: b.Stmt, Live: b.Live, Index: int32(len(*blocks))}
		*blocks = append(*blocks, nb)
		return nb
	}
	copies := map[*cfg.Block]*cfg.Block{}
	var own []*cfg.Block // this graph's blocks, not its closures'
	for _, b := range g.Blocks {
		nb := add(b)
		copies[b] = nb
		steps[nb] = stepsOf(b)
		own = append(own, nb)
	}
	for _, b := range g.Blocks {
		nb := copies[b]
		for _, s := range b.Succs {
			nb.Succs = append(nb.Succs, copies[s])
		}
	}
	for i := 0; i < len(own); i++ {
		cur := own[i]
		at := slices.IndexFunc(steps[cur], func(st step) bool { return st.run != nil })
		if at < 0 {
			continue
		}
		st := steps[cur][at]
		rest := add(cur)
		rest.Succs = cur.Succs
		steps[rest] = steps[cur][at+1:]
		own = append(own, rest) // split again if it runs another closure
		steps[cur] = steps[cur][:at:at]
		cur.Nodes = nil // the node goes on in rest: no branch or way out here
		lit := st.run
		entry, exits := fl.splice(h, fl.graphs.graph(lit.Body), func(b *cfg.Block) []step { return fl.events.steps(h, b, lit) }, blocks, steps)
		if entry == nil {
			cur.Succs = []*cfg.Block{rest}
			continue
		}
		cur.Succs = []*cfg.Block{entry, rest}
		for _, x := range exits {
			if st.many {
				x.Succs = []*cfg.Block{entry, rest}
			} else {
				x.Succs = []*cfg.Block{rest}
			}
		}
	}
	var exits []*cfg.Block
	for _, b := range own {
		if len(b.Succs) == 0 && !fl.noReturn(b) {
			exits = append(exits, b)
		}
	}
	return copies[g.Blocks[0]], exits
}
