package model

import (
	"cmp"
	"go/types"
	"maps"
	"reflect"
	"slices"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
)

// Options are the user's additions to what the model infers.
type Options struct {
	// Wrappers declares helpers inference cannot see (interface methods,
	// function values), keyed like the sink tables ("example.com/api.Responder.JSON").
	Wrappers map[string]HelperFact
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
		Requires:   []*analysis.Analyzer{ctrlflow.Analyzer},
		FactTypes:  []analysis.Fact{new(HelperFact), new(HandlerFact), new(StatusFieldFact), new(AdapterFact)},
		ResultType: reflect.TypeOf((*Model)(nil)),
		Run: func(pass *analysis.Pass) (any, error) {
			if !relevant(pass) {
				return (*Model)(nil), nil
			}
			return Build(pass, pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs), *opts), nil
		},
	}
}

// relevant reports whether a package may have handlers or helpers: it
// imports an HTTP API statuslint knows, or a package with helper facts.
// The frameworks themselves are described by the tables, not inferred.
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
	fns := slices.Collect(maps.Keys(b.decls))
	slices.SortFunc(fns, func(x, y *types.Func) int { return cmp.Compare(x.Pos(), y.Pos()) })
	for _, fn := range fns {
		d := b.decls[fn]
		if f := b.helperOf(fn); f != nil {
			b.pass.ExportObjectFact(fn, f)
		}
		var hs []*Handler
		if h := b.handlers[d]; h != nil {
			hs = []*Handler{h}
		} else if d.Body != nil && returnsHandler(fn.Signature()) {
			hs = b.returned(d.Body, 0, nil)
		}
		if m, ok := b.adapterFns[fn]; ok {
			b.pass.ExportObjectFact(fn, &m)
		}
		if len(hs) > 0 && fn.Exported() {
			if f := b.handlerFact(b.pass.Pkg.Name()+"."+funcDeclName(d), hs); f != nil {
				b.pass.ExportObjectFact(fn, f)
			}
		}
	}
}

// writersFirst infers the helpers that are given a response before anything
// else, in source order: what they do with status fields decides which
// error literals and constructors carry a status.
func (b *builder) writersFirst() {
	fns := slices.Collect(maps.Keys(b.decls))
	slices.SortFunc(fns, func(x, y *types.Func) int { return cmp.Compare(x.Pos(), y.Pos()) })
	for _, fn := range fns {
		if b.handlers[b.decls[fn]] != nil {
			continue
		}
		params := fn.Signature().Params()
		for i := range params.Len() {
			if _, ok := httpapi.FrameworkOf(params.At(i).Type()); ok {
				b.helperOf(fn)
				break
			}
		}
	}
}

// exportFields exports the status fields found in the package, in order.
func (b *builder) exportFields() {
	fields := slices.Collect(maps.Keys(b.statusFields))
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
