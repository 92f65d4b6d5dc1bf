package statuslint_test

import (
	"os"
	"testing"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/packages"
)

// The benchmarks load the example service once (parsing and type-checking
// are the driver's cost, not ours) and time the analysis itself. Compare
// BenchmarkStatuslint with BenchmarkCtrlflowOnly, the CFG construction
// statuslint requires, to see what the model and rules add.
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

func BenchmarkCtrlflowOnly(b *testing.B) {
	benchmark(b, ctrlflow.Analyzer)
}
