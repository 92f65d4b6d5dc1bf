package model_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// TestBuildPanicRecovered: a panic while building the model is an error
// naming the package and the function being summarised, not a crash.
func TestBuildPanicRecovered(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/shop\n\ngo 1.26\n",
		"respond/respond.go": `package respond

import "net/http"

func JSON(w http.ResponseWriter, status int, body string) {
	w.WriteHeader(status)
	w.Write([]byte(body))
}
`,
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}, "./...")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		t.Fatalf("load: %v", err)
	}
	opts := &model.Options{}
	opts.PanicOn("JSON")
	graph, err := checker.Analyze([]*analysis.Analyzer{model.NewAnalyzer(opts)}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := regexp.MustCompile(`^statuslintmodel panicked building the model of example\.com/shop/respond \(function example\.com/shop/respond\.JSON at ` +
		regexp.QuoteMeta(filepath.Join(dir, "respond", "respond.go")) + `:5:6\): test panic while summarising \(model\.\(\*builder\)\.exportFactsOf, analyzer\.go:\d+\)$`)
	if act := graph.Roots[0]; act.Err == nil || !want.MatchString(act.Err.Error()) {
		t.Errorf("error %v, want one matching %s", act.Err, want)
	}
}
