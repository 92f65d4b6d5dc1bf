package model_test

import (
	"go/ast"
	"go/token"
	"go/types"
	"testing"

	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// TestNoWalkWithoutHTTP: the model analyzer requires no other analyzer
// (which the checker would run on every package, the standard library
// included), and on a package that imports no HTTP API and whose imports
// carry no statuslint facts it returns before looking at any syntax: its
// one file here would panic a walk.
func TestNoWalkWithoutHTTP(t *testing.T) {
	a := model.NewAnalyzer(&model.Options{})
	if len(a.Requires) != 0 {
		t.Errorf("the model analyzer requires %v", a.Requires)
	}
	strs := types.NewPackage("strings", "strings")
	pkg := types.NewPackage("example.com/store", "store")
	pkg.SetImports([]*types.Package{strs})
	poisoned := &ast.File{Name: ast.NewIdent("store"), Decls: []ast.Decl{(*ast.FuncDecl)(nil)}}
	pass := &analysis.Pass{
		Analyzer:       a,
		Fset:           token.NewFileSet(),
		Files:          []*ast.File{poisoned},
		Pkg:            pkg,
		TypesInfo:      &types.Info{},
		ResultOf:       map[*analysis.Analyzer]any{},
		AllObjectFacts: func() []analysis.ObjectFact { return nil },
		ImportObjectFact: func(types.Object, analysis.Fact) bool {
			return false
		},
		ExportObjectFact: func(types.Object, analysis.Fact) { t.Error("a fact exported") },
	}
	res, err := a.Run(pass)
	if err != nil {
		t.Fatal(err)
	}
	if m, ok := res.(*model.Model); !ok || m != nil {
		t.Errorf("result %#v, want a nil *Model", res)
	}
}
