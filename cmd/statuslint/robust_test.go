package main_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Robustness end to end: no crash on large or generated code, fixes that
// compile and converge, and output that does not depend on the run.

// findingLine is a line of text output: a finding or a related location.
var findingLine = regexp.MustCompile(`^\S+\.go:\d+:\d+: (\t|[a-z-]+: )`)

// assertNoCrash checks a run over code statuslint must take in its stride:
// exit 0 or 3, and nothing on standard error but findings: no package
// error, no recovered panic ("statuslint: PKG: rule R panicked at ..."),
// no stack trace.
func assertNoCrash(t *testing.T, what, stderr string, code int) {
	t.Helper()
	if code != 0 && code != 3 {
		t.Errorf("%s: exit %d, want 0 or 3", what, code)
	}
	for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if line != "" && !findingLine.MatchString(line) {
			t.Errorf("%s: standard error has a line that is not a finding: %q", what, line)
		}
	}
}

// TestStd runs statuslint over the whole standard library and its tests,
// loaded from source (about 20 s, several GB of memory).
func TestStd(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole standard library from source")
	}
	_, stderr, code := runEnv(t, t.TempDir(), []string{"STATUSLINT_CACHE=" + t.TempDir()}, "std")
	assertNoCrash(t, "statuslint std", stderr, code)
}

// TestGeneratedModule runs statuslint over the benchmark's generated
// module (internal/bench/gen) with 20 handler packages.
func TestGeneratedModule(t *testing.T) {
	root := repoRoot(t)
	dir := filepath.Join(t.TempDir(), "gen")
	gen := exec.Command("go", "run", "./internal/bench/gen", "-out", dir, "-handlers", "20", "-deps", "testdata")
	gen.Dir = root
	gen.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off")
	if out, err := gen.CombinedOutput(); err != nil {
		t.Fatalf("internal/bench/gen: %v\n%s", err, out)
	}
	_, stderr, code := runEnv(t, dir, []string{"STATUSLINT_CACHE=off"}, "./...")
	assertNoCrash(t, "statuslint ./... on the generated module", stderr, code)
}

// TestFixesConverge applies every suggested fix to the examples and to the
// rules' fix testdata (every package with .golden files, every rule on):
// -fix is run until no fix is skipped for overlapping another (at most
// three times), the result builds and vets (test files included), and a
// rerun finds nothing that still has a fix.
func TestFixesConverge(t *testing.T) {
	root := repoRoot(t)
	t.Run("examples", func(t *testing.T) {
		t.Parallel()
		dir := t.TempDir()
		if err := copyTree(filepath.Join(root, "examples"), dir); err != nil {
			t.Fatal(err)
		}
		converge(t, dir, "./...")
	})
	t.Run("testdata", func(t *testing.T) {
		t.Parallel()
		src := filepath.Join(root, "testdata")
		dir := t.TempDir()
		for _, f := range []string{"go.mod", "go.sum"} {
			if err := copyFile(filepath.Join(src, f), filepath.Join(dir, f)); err != nil {
				t.Fatal(err)
			}
		}
		// The fixes' packages and the helpers they import.
		goldens, err := filepath.Glob(filepath.Join(src, "src", "*", "*.golden"))
		if err != nil {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		args := []string{"-enable=all"}
		for _, g := range goldens {
			pkg := filepath.Base(filepath.Dir(g))
			if !seen[pkg] {
				seen[pkg] = true
				args = append(args, "./src/"+pkg+"/...")
			}
		}
		if len(seen) < 10 {
			t.Fatalf("only %d packages with .golden files in testdata/src", len(seen))
		}
		for pkg := range seen {
			if err := copyTree(filepath.Join(src, "src", pkg), filepath.Join(dir, "src", pkg)); err != nil {
				t.Fatal(err)
			}
		}
		if err := copyTree(filepath.Join(src, "src", "helpers"), filepath.Join(dir, "src", "helpers")); err != nil {
			t.Fatal(err)
		}
		converge(t, dir, args...)
	})
}

// converge runs -fix over args in dir until it skips no fix, builds and
// vets the result, and checks that no finding with a fix is left.
func converge(t *testing.T, dir string, args ...string) {
	t.Helper()
	const rounds = 3
	for i := 1; ; i++ {
		_, stderr, code := run(t, dir, append([]string{"-fix"}, args...)...)
		if code != 0 {
			t.Fatalf("-fix, round %d: exit %d, want 0; stderr:\n%s", i, code, stderr)
		}
		if !strings.Contains(stderr, "overlapping another; run -fix again") {
			break
		}
		if i == rounds {
			t.Fatalf("-fix still skips overlapping fixes after %d rounds:\n%s", rounds, stderr)
		}
	}
	var patterns []string
	for _, a := range args {
		if !strings.HasPrefix(a, "-") {
			patterns = append(patterns, a)
		}
	}
	for _, goArgs := range [][]string{
		append([]string{"build"}, patterns...),
		append([]string{"vet", "-atomic"}, patterns...), // type-checks the test files; one quiet analyzer
	} {
		cmd := exec.Command("go", goArgs...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s after -fix: %v\n%s", strings.Join(goArgs, " "), err, out)
		}
	}
	stdout, stderr, code := run(t, dir, append([]string{"-json"}, args...)...)
	if code != 0 {
		t.Fatalf("-json after -fix: exit %d, want 0; stderr:\n%s", code, stderr)
	}
	var doc map[string]map[string][]struct {
		Posn    string `json:"posn"`
		Message string `json:"message"`
		Fixes   []any  `json:"suggested_fixes"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("-json: %v\n%s", err, stdout)
	}
	for _, analyzers := range doc {
		for _, d := range analyzers["statuslint"] {
			if len(d.Fixes) > 0 {
				t.Errorf("after -fix a finding still has a fix: %s: %s", relative(d.Posn, dir), d.Message)
			}
		}
	}
}

// TestDeterministic: every report format is byte-identical whatever the
// cache state, on the three-package service and on the examples. Three
// runs with an empty cache each (text, -json, SARIF: three independent
// analyses) leave three caches; every format is then run from each of the
// three, and all its outputs, with the empty-cache run's where there is
// one, must be the same. (An empty-cache run costs a load of the
// frameworks from source; GitHub's and GitLab's formats are rendered from
// the same findings as SARIF.)
func TestDeterministic(t *testing.T) {
	formats := [][]string{{}, {"-json"}, {"-format=sarif"}, {"-format=github"}, {"-format=codeclimate"}}
	cold := formats[:3]
	for _, target := range []struct{ name, dir, pattern string }{
		{"service", filepath.Join(repoRoot(t), "testdata"), "./src/e2e/service/..."},
		{"examples", filepath.Join(repoRoot(t), "examples"), "./..."},
	} {
		t.Run(target.name, func(t *testing.T) {
			type output struct {
				stdout, stderr string
				code           int
			}
			runIn := func(cache string, format []string) output {
				stdout, stderr, code := runEnv(t, target.dir, []string{"STATUSLINT_CACHE=" + cache}, append(slices.Clone(format), target.pattern)...)
				return output{stdout, stderr, code}
			}
			caches := make([]string, len(cold))
			want := map[string]output{}
			for i, f := range cold {
				caches[i] = t.TempDir()
				want[fmt.Sprint(f)] = runIn(caches[i], f)
			}
			for _, f := range formats {
				for i, cache := range caches {
					got := runIn(cache, f)
					if got.stdout == "" && got.stderr == "" {
						t.Fatalf("%v: no output", f)
					}
					w, ok := want[fmt.Sprint(f)]
					if !ok {
						want[fmt.Sprint(f)] = got
						continue
					}
					if got != w {
						t.Errorf("%v from the cache of empty-cache run %d differs:\nexit %d, stdout:\n%s\nstderr:\n%s\nwant exit %d, stdout:\n%s\nstderr:\n%s",
							f, i+1, got.code, got.stdout, got.stderr, w.code, w.stdout, w.stderr)
					}
				}
			}
		})
	}
}
