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

	inertMemo map[*types.Func]bool

	opts      Options
	canImport bool                        // the pass declares statuslint's facts
	helpers   map[*types.Func]*HelperFact // this package's helpers (nil: not one)
	closures  map[*ast.FuncLit]*HelperFact
	conds     map[*ast.CallExpr]*Event // calls to conditional helpers

	values *statusValues
	flow   *flow
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
		conds:     map[*ast.CallExpr]*Event{},
		values:    newStatusValues(idx, pass, declaresFacts(pass)),
		pass:      pass,
		model:     &Model{Events: map[*ast.CallExpr]*Event{}, HTMX: idx.htmx, values: idx.values, passed: idx.passed},
		idx:       idx,
		routes:    &routes{idx: idx, pass: pass, canImport: declaresFacts(pass)},
		inertMemo: map[*types.Func]bool{},
	}
	b.flow = &flow{idx: idx, cfgs: cfgs, events: b}
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
	c.StatusExpr, c.Status, c.Const = b.status(call, sink)
	b.model.Calls = append(b.model.Calls, c)
}

// status returns a sink call's status argument and its constant value.
func (b *builder) status(call *ast.CallExpr, sink httpapi.Sink) (ast.Expr, int, bool) {
	if sink.Status == httpapi.None {
		return nil, sink.Fixed, sink.Fixed != 0
	}
	if sink.Status >= len(call.Args) {
		return nil, sink.Optional, sink.Optional != 0
	}
	e := call.Args[sink.Status]
	v, ok := b.idx.intValue(e)
	return e, v, ok
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
	b.flow.once(h)
}
