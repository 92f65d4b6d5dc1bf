package model

import (
	"cmp"
	"fmt"
	"go/types"
	"maps"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
)

// Options are the user's additions to what the model infers.
type Options struct {
	// Wrappers declares helpers inference cannot see (interface methods,
	// function values), keyed like the sink tables ("example.com/api.Responder.JSON").
	Wrappers map[string]HelperFact

	// ErrorOf, when set, returns for a package's model the function that
	// classifies the error an event's branch answers (the classify
	// package's ErrorOf, which reads the model and so cannot be called
	// from it directly). Handler summaries record it (StatusFact.Error);
	// without it they carry no error origins.
	ErrorOf func(*analysis.Pass, *Model) func(*Event) ErrorOrigin

	// ErrorTables, when set, returns the classify package's tables for a
	// package, reading error-class facts through facts: the error-class
	// inference (errclass.go) needs them, and without them it does not run.
	ErrorTables func(pass *analysis.Pass, facts func(types.Object) *ErrorClassFact) ErrorTables

	// panicOn is for statuslint's own tests only (export_test.go sets it):
	// the builder panics when it summarises the function of this name, to
	// check that a panic while building the model is recovered.
	panicOn string
}

// NewAnalyzer returns the analyzer that builds the model of each package
// and exports the facts other packages' models read: response helpers and
// handler summaries. Its result is the *Model (nil for a package that
// cannot have handlers). opts is read when the analyzer runs, after flags
// are parsed.
func NewAnalyzer(opts *Options) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:       "statuslintmodel",
		Doc:        "builds statuslint's response model and exports facts about response helpers and handlers",
		URL:        "https://github.com/statuslint/statuslint",
		FactTypes:  []analysis.Fact{new(HelperFact), new(HandlerFact), new(StatusFieldFact), new(AdapterFact), new(NoReturnFact), new(RouteFact), new(ReadOnlyFact), new(ErrorClassFact), new(AuthFact)},
		ResultType: reflect.TypeOf((*Model)(nil)),
		Run: func(pass *analysis.Pass) (res any, err error) {
			// A panic is a bug in statuslint: it becomes one line of error
			// naming the package and, when known, the function being built.
			defer func() {
				if v := recover(); v != nil {
					in := ""
					if b, ok := v.(building); ok {
						v = b.value
						p := pass.Fset.Position(b.fn.Pos())
						in = fmt.Sprintf(" (function %s at %s:%d:%d)", b.fn.FullName(), p.Filename, p.Line, p.Column)
					}
					res, err = nil, fmt.Errorf("statuslintmodel panicked building the model of %s%s: %s", pass.Pkg.Path(), in, PanicText(v))
				}
			}()
			if !relevant(pass) {
				// No handler walk here; a store's errors may still carry
				// a class its importers read (errclass.go), and a user
				// package may hold the access functions handlers elsewhere
				// call (its CheckPassword: authfacts.go).
				if errorRelevant(pass, *opts) {
					newErrClasses(pass, *opts, true).export()
				}
				if authWorth(pass) {
					newAuthInference(pass, true).run(true)
				}
				return (*Model)(nil), nil
			}
			return Build(pass, *opts), nil
		},
	}
}

// building is a panic while the builder summarised fn.
type building struct {
	fn    *types.Func
	value any
}

// within re-panics a panic of the builder's work on fn as a building
// value naming fn (the innermost function named wins).
func within(fn *types.Func) {
	if v := recover(); v != nil {
		if _, ok := v.(building); !ok {
			v = building{fn, v}
		}
		panic(v)
	}
}

// PanicText is a recovered panic value on one line, followed by the
// function and line of statuslint's code that panicked. Call it from the
// deferred function that recovered.
func PanicText(v any) string {
	text := strings.Join(strings.Fields(fmt.Sprint(v)), " ")
	pcs := make([]uintptr, 64)
	frames := runtime.CallersFrames(pcs[:runtime.Callers(1, pcs)])
	var site runtime.Frame // the first frame below the first panic (a re-panic is above it)
	panicking := false
	for {
		f, more := frames.Next()
		switch {
		case f.Function == "runtime.gopanic":
			panicking, site = true, runtime.Frame{}
		case panicking && site.Function == "" && !strings.HasPrefix(f.Function, "runtime."):
			site = f
		}
		if !more {
			break
		}
	}
	if site.Function == "" {
		return text
	}
	name := site.Function[strings.LastIndex(site.Function, "/")+1:]
	return fmt.Sprintf("%s (%s, %s:%d)", text, name, filepath.Base(site.File), site.Line)
}

// relevant reports whether a package may have handlers or helpers: it
// imports an HTTP API statuslint knows, or a package with helper facts
// (error-class facts do not count: a service over a store gets only the
// error-class inference, errorRelevant). The frameworks themselves are
// described by the tables, not inferred.
func relevant(pass *analysis.Pass) bool {
	if httpapi.IsFramework(pass.Pkg.Path()) {
		return false
	}
	direct := map[*types.Package]bool{}
	for _, imp := range pass.Pkg.Imports() {
		if httpapi.Known(imp.Path()) {
			return true
		}
		direct[imp] = true
	}
	for _, f := range pass.AllObjectFacts() {
		switch f.Fact.(type) {
		case *ErrorClassFact, *AuthFact:
			continue // error-class and access facts alone make no handlers
		}
		if direct[f.Object.Pkg()] {
			return true
		}
	}
	return false
}

func declaresFacts(pass *analysis.Pass) bool {
	return slices.ContainsFunc(pass.Analyzer.FactTypes, func(f analysis.Fact) bool {
		_, ok := f.(*HelperFact)
		return ok
	})
}

// exportFacts exports the fact of every helper and handler declared in the
// package's non-test files.
func (b *builder) exportFacts() {
	defer b.exportFields() // helper inference may find more
	b.model.errors.export()
	var errorOf func(*Event) ErrorOrigin
	if b.opts.ErrorOf != nil {
		errorOf = b.opts.ErrorOf(b.pass, b.model)
	}
	for _, fn := range b.idx.funcs {
		b.exportFactsOf(fn, errorOf)
	}
	b.flow.graphs.export()
	facts := b.routes.routeFacts()
	for _, m := range slices.SortedFunc(maps.Keys(facts), func(x, y *types.Func) int { return cmp.Compare(x.Pos(), y.Pos()) }) {
		b.pass.ExportObjectFact(m, facts[m])
	}
	b.exportInterfaceHandlers(errorOf)
}

// exportInterfaceHandlers exports, on each method of an exported interface
// of the package that one type here implements with a handler, that
// handler's summary: a package that registers the interface's method value
// (h := handlers.NewWebhook(); e.POST("", h.Create)) checks it.
func (b *builder) exportInterfaceHandlers(errorOf func(*Event) ErrorOrigin) {
	interfaceMethods(b.pass.Pkg, func(name string, m *types.Func) {
		impls := b.idx.implementations(m)
		if len(impls) != 1 || !m.Exported() {
			return
		}
		if h := b.idx.handlers[b.idx.decls[impls[0]]]; h != nil {
			if f := b.infer.handlerFact(b.pass.Pkg.Name()+"."+name+"."+m.Name(), []*Handler{h}, errorOf); f != nil {
				b.pass.ExportObjectFact(m, f)
			}
		}
	})
}

// exportFactsOf exports fn's facts; a panic names fn. errorOf, when not
// nil, classifies the error a handler's status answers.
func (b *builder) exportFactsOf(fn *types.Func, errorOf func(*Event) ErrorOrigin) {
	defer within(fn)
	if fn.Name() == b.opts.panicOn {
		panic("test panic while summarising")
	}
	d := b.idx.decls[fn]
	if f := b.infer.helperOf(fn); f != nil {
		b.pass.ExportObjectFact(fn, f)
	} else if fn.Exported() {
		if ps := b.events.readOnlyParams(fn, 0); len(ps) > 0 {
			b.pass.ExportObjectFact(fn, &ReadOnlyFact{Params: ps})
		}
	}
	var hs []*Handler
	if h := b.idx.handlers[d]; h != nil {
		hs = []*Handler{h}
	} else if d.Body != nil && returnsHandler(fn.Signature()) {
		hs = b.routes.returned(d.Body, 0, nil)
	}
	if m, ok := b.values.adapterFns[fn]; ok {
		b.pass.ExportObjectFact(fn, &m)
	} else if m, ok := b.values.shapeFns[fn]; ok {
		b.pass.ExportObjectFact(fn, &m) // one fact per function: a 2-param adapter's wins
	}
	if len(hs) > 0 && fn.Exported() {
		if f := b.infer.handlerFact(b.pass.Pkg.Name()+"."+funcDeclName(d), hs, errorOf); f != nil {
			b.pass.ExportObjectFact(fn, f)
		}
	}
}

// writersFirst infers the helpers that are given a response before anything
// else, in source order: what they do with status fields decides which
// error literals and constructors carry a status.
func (b *builder) writersFirst() {
	for _, fn := range b.idx.funcs {
		if b.idx.handlers[b.idx.decls[fn]] != nil {
			continue
		}
		b.writerFirst(fn)
	}
}

// writerFirst infers fn's helper fact if a parameter is a response; a
// panic names fn.
func (b *builder) writerFirst(fn *types.Func) {
	defer within(fn)
	params := fn.Signature().Params()
	for i := range params.Len() {
		if _, ok := httpapi.FrameworkOf(params.At(i).Type()); ok {
			b.infer.helperOf(fn)
			break
		}
	}
}

// exportFields exports the status fields found in the package, in order.
func (b *builder) exportFields() {
	fields := slices.Collect(maps.Keys(b.values.fields))
	slices.SortFunc(fields, func(x, y *types.Var) int { return cmp.Compare(x.Pos(), y.Pos()) })
	for _, f := range fields {
		b.pass.ExportObjectFact(f, new(StatusFieldFact))
	}
}

// returnsHandler reports whether a function returns one value that can be
// a handler: a func or a type with ServeHTTP.
func returnsHandler(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	switch t := sig.Results().At(0).Type().Underlying().(type) {
	case *types.Signature:
		_, _, ok := httpapi.HandlerShape(t)
		return ok
	case *types.Interface:
		return t.NumMethods() > 0 && t.Method(0).Name() == "ServeHTTP"
	}
	return false
}
