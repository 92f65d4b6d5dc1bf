package model

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
)

// builder holds what one pass over the package collects.
type builder struct {
	pass   *analysis.Pass
	model  *Model
	idx    *index
	routes *routes

	opts      Options
	canImport bool                        // the pass declares statuslint's facts
	helpers   map[*types.Func]*HelperFact // this package's helpers (nil: not one)
	closures  map[*ast.FuncLit]*HelperFact

	values *statusValues
	flow   *flow
	events *events
}

// Build makes the model of the package in pass. Files named *_test.go are
// left out: handlers there are test fakes that misbehave on purpose.
func Build(pass *analysis.Pass, cfgs *ctrlflow.CFGs, opts Options) *Model {
	idx := newIndex(pass)
	b := &builder{
		opts:      opts,
		canImport: declaresFacts(pass),
		helpers:   map[*types.Func]*HelperFact{},
		closures:  map[*ast.FuncLit]*HelperFact{},
		values:    newStatusValues(idx, pass, declaresFacts(pass)),
		pass:      pass,
		model:     &Model{Events: map[*ast.CallExpr]*Event{}, HTMX: idx.htmx, values: idx.values, passed: idx.passed},
		idx:       idx,
		routes:    &routes{idx: idx, pass: pass, canImport: declaresFacts(pass)},
	}
	b.events = newEvents(idx, b, b.values, b.model.Events)
	b.flow = &flow{idx: idx, cfgs: cfgs, events: b.events}
	order := idx.order
	for _, call := range idx.regs {
		b.routes.register(call)
	}
	b.model.Remote = b.routes.remote
	for _, h := range order {
		if len(h.Routes) == 0 {
			h.Methods = httpapi.AllMethods
		}
	}
	b.writersFirst()
	for _, call := range idx.calls {
		b.call(call)
	}
	for _, h := range order {
		b.flow.once(h)
	}
	// Handlers that return their answer by value are flowed again once
	// what the package's adapters and error writers do with it is known.
	if b.values.settle() {
		for _, h := range order {
			if h.Results && returnsValues(h) {
				b.reflow(h)
			}
		}
	}
	b.model.Handlers = order
	if b.canImport {
		b.exportFacts()
	}
	return b.model
}

// call records a call to a status API: the framework's or a helper's.
func (b *builder) call(call *ast.CallExpr) {
	_, key := b.idx.callee(call)
	if key == "" {
		return
	}
	sink, ok := b.sinkOf(call)
	if !ok || (sink.Status == httpapi.None && sink.Fixed == 0) {
		return
	}
	c := &Call{Expr: call, Key: key, Sink: sink}
	c.StatusExpr, c.Status, c.Const = b.events.status(call, sink)
	b.model.Calls = append(b.model.Calls, c)
}

// reflow flows h again, now that more is known about returned values.
func (b *builder) reflow(h *Handler) {
	b.events.forget(h)
	*h = Handler{Node: h.Node, Name: h.Name, Framework: h.Framework, Resp: h.Resp, Req: h.Req, Routes: h.Routes,
		Methods: h.Methods, Results: h.Results, StatusResult: h.StatusResult, pseudo: h.pseudo}
	b.flow.once(h)
}
