package statuslint_test

import (
	"go/types"
	"os"
	"reflect"
	"strings"
	"testing"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The per-package benchmarks time one step on one package of the example
// service at a time, with everything it reads (the results it requires,
// the facts of its imports) computed once beforehand by the checker:
//
//   - BenchmarkModel: the model analyzer (a package with no HTTP import
//     and no imported facts returns at once);
//   - BenchmarkRules: the statuslint analyzer over a built model:
//     classification, every rule, suppression.
//
// Sub-benchmarks are named after the package (store imports no HTTP code).

// pkgStep is one package with what its passes read.
type pkgStep struct {
	name    string
	pkg     *packages.Package
	results map[*analysis.Analyzer]any // root results of every analyzer for pkg
	facts   map[*analysis.Analyzer]map[pkgFactKey]analysis.Fact
}

type pkgFactKey struct {
	obj types.Object
	typ reflect.Type
}

func pkgSteps(b *testing.B, a *analysis.Analyzer) []pkgStep {
	b.Helper()
	pkgs := loadExamples(b)
	modelA := a.Requires[0]
	analyzers := []*analysis.Analyzer{modelA, a}
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		b.Fatal(err)
	}
	byPkg := map[*packages.Package]*pkgStep{}
	var steps []*pkgStep
	for _, act := range graph.Roots {
		if act.Err != nil {
			b.Fatalf("%s: %v", act, act.Err)
		}
		s := byPkg[act.Package]
		if s == nil {
			s = &pkgStep{
				name:    strings.TrimPrefix(act.Package.PkgPath, "example.com/bookstore/"),
				pkg:     act.Package,
				results: map[*analysis.Analyzer]any{},
				facts:   map[*analysis.Analyzer]map[pkgFactKey]analysis.Fact{},
			}
			byPkg[act.Package] = s
			steps = append(steps, s)
		}
		s.results[act.Analyzer] = act.Result
		facts := map[pkgFactKey]analysis.Fact{}
		for _, dep := range act.Deps {
			if dep.Package == act.Package {
				continue // a required analyzer on the same package
			}
			for _, f := range dep.AllObjectFacts() {
				facts[pkgFactKey{f.Object, reflect.TypeOf(f.Fact)}] = f.Fact
			}
		}
		s.facts[act.Analyzer] = facts
	}
	out := make([]pkgStep, len(steps))
	for i, s := range steps {
		out[i] = *s
	}
	return out
}

// pass returns a fresh pass of analyzer a over s's package: the imports'
// facts as the checker computed them, the package's own facts kept in the
// pass, diagnostics discarded.
func (s pkgStep) pass(a *analysis.Analyzer) *analysis.Pass {
	imported := s.facts[a]
	own := map[pkgFactKey]analysis.Fact{}
	lookup := func(obj types.Object, ptr analysis.Fact) bool {
		k := pkgFactKey{obj, reflect.TypeOf(ptr)}
		f, ok := own[k]
		if !ok {
			f, ok = imported[k]
		}
		if ok {
			reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
		}
		return ok
	}
	resultOf := map[*analysis.Analyzer]any{}
	for _, req := range a.Requires {
		resultOf[req] = s.results[req]
	}
	p := s.pkg
	return &analysis.Pass{
		Analyzer:   a,
		Fset:       p.Fset,
		Files:      p.Syntax,
		Pkg:        p.Types,
		TypesInfo:  p.TypesInfo,
		TypesSizes: p.TypesSizes,
		Module:     &analysis.Module{},
		ResultOf:   resultOf,
		Report:     func(analysis.Diagnostic) {},
		ReadFile:   os.ReadFile,
		ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
			return lookup(obj, ptr)
		},
		ExportObjectFact: func(obj types.Object, f analysis.Fact) {
			own[pkgFactKey{obj, reflect.TypeOf(f)}] = f
		},
		ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
		ExportPackageFact: func(analysis.Fact) {},
		AllObjectFacts: func() []analysis.ObjectFact {
			var all []analysis.ObjectFact
			for _, m := range []map[pkgFactKey]analysis.Fact{imported, own} {
				for k, f := range m {
					all = append(all, analysis.ObjectFact{Object: k.obj, Fact: f})
				}
			}
			return all
		},
		AllPackageFacts: func() []analysis.PackageFact { return nil },
	}
}

func benchmarkPerPackage(b *testing.B, run func(s pkgStep, a *analysis.Analyzer) error) {
	a := statuslint.NewKeepingModels(statuslint.Config{Enable: []string{"all"}})
	for _, s := range pkgSteps(b, a) {
		b.Run(s.name, func(b *testing.B) {
			for b.Loop() {
				if err := run(s, a); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkModel(b *testing.B) {
	benchmarkPerPackage(b, func(s pkgStep, a *analysis.Analyzer) error {
		_, err := a.Requires[0].Run(s.pass(a.Requires[0]))
		return err
	})
}

func BenchmarkRules(b *testing.B) {
	benchmarkPerPackage(b, func(s pkgStep, a *analysis.Analyzer) error {
		_, err := a.Run(s.pass(a))
		return err
	})
}
