package statuslint_test

import (
	"os"
	"testing"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// The benchmarks load the example service once (parsing and type-checking
// are the driver's cost, not ours) and time the analysis itself. Compare
// BenchmarkStatuslint with BenchmarkFloor, an analyzer that does nothing
// but declare a fact type (so the checker runs it on every dependency, as
// it runs statuslint's model), to see what the model and rules add.
func loadExamples(b *testing.B) []*packages.Package {
	b.Helper()
	cfg := &packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  "../examples",
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		b.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		b.Fatal("examples do not load (run make testdeps)")
	}
	return pkgs
}

func benchmark(b *testing.B, a *analysis.Analyzer) {
	pkgs := loadExamples(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStatuslint(b *testing.B) {
	benchmark(b, statuslint.New(statuslint.Config{Enable: []string{"all"}}))
}

type floorFact struct{}

func (*floorFact) AFact() {}

func BenchmarkFloor(b *testing.B) {
	benchmark(b, &analysis.Analyzer{
		Name:      "floor",
		Doc:       "does nothing; declares one fact type",
		FactTypes: []analysis.Fact{new(floorFact)},
		Run:       func(*analysis.Pass) (any, error) { return nil, nil },
	})
}
