package model

import (
	"go/ast"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
)

// builder wires the model's parts for one package and runs them in
// order. The parts, each in its own file, depend on each other in one
// direction only (docs/architecture.md draws it):
//
//	index   the one walk's tables (index.go); read-only after the walk
//	routes  registrations → handlers, methods, patterns (routes.go)
//	values  statuses carried as values: status fields, adapters (values.go)
//	infer   helper facts and handler summaries (infer.go); flows helpers
//	events  a function's calls → events and steps (events.go); asks infer
//	        about helpers through helperSource
//	flow    CFG → states for one function (flow.go); takes its steps from
//	        events through eventSource
//
// The builder itself exports the facts (analyzer.go).
type builder struct {
	pass  *analysis.Pass
	opts  Options
	model *Model

	idx    *index
	routes *routes
	values *statusValues
	infer  *inference
	events *events
	flow   *flow
}

// Build makes the model of the package in pass. Files named *_test.go are
// left out: handlers there are test fakes that misbehave on purpose.
func Build(pass *analysis.Pass, opts Options) *Model {
	b := newBuilder(pass, opts)
	b.markGenerated()
	for _, call := range b.idx.regs {
		b.routes.register(call)
	}
	b.routes.delegate()
	order := b.idx.order // with the handlers delegate and resolve promoted
	b.model.Remote = b.routes.remote
	for _, h := range order {
		if len(h.Routes) == 0 {
			h.Methods = httpapi.AllMethods
		}
	}
	b.attachDocs(order)
	b.writersFirst()
	for _, call := range b.idx.calls {
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
	for _, h := range order {
		b.markNext(h)
	}
	newChains(b).fill(order, b.model.Remote)
	b.model.Handlers = order
	b.model.Helpers = b.helpers()
	b.model.auth = newAuthInference(pass, declaresFacts(pass))
	b.model.auth.run(declaresFacts(pass))
	if declaresFacts(pass) {
		b.exportFacts()
	}
	return b.model
}

// newBuilder walks the package and wires the parts. inference and the
// flow refer to each other (helpers are flowed; the flow's events ask for
// helpers), so that one link is set last.
func newBuilder(pass *analysis.Pass, opts Options) *builder {
	canImport := declaresFacts(pass)
	idx := newIndex(pass)
	b := &builder{
		pass: pass,
		opts: opts,
		model: &Model{Events: map[*ast.CallExpr]*Event{}, HTMX: idx.htmx, values: idx.values, passed: idx.passed,
			errors: newErrClasses(pass, opts, canImport)},
		idx:    idx,
		routes: &routes{idx: idx, pass: pass, canImport: canImport, prefixes: prefixes{idx: idx}},
		values: newStatusValues(idx, pass, canImport),
	}
	b.infer = newInference(idx, b.values, pass, canImport, opts.Wrappers)
	b.events = newEvents(idx, b.infer, b.values, b.model.Events)
	b.flow = &flow{idx: idx, graphs: newNoReturns(pass, idx, canImport), events: b.events}
	b.infer.flow = b.flow
	return b
}

// call records a call to a status API: the framework's or a helper's.
func (b *builder) call(call *ast.CallExpr) {
	_, key := b.idx.callee(call)
	if key == "" {
		return
	}
	sink, ok := b.infer.sinkOf(call)
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
		Methods: h.Methods, Results: h.Results, StatusResult: h.StatusResult, pseudo: h.pseudo, shape: h.shape}
	b.flow.once(h)
}
