package driver

import (
	"errors"
	"fmt"
	"go/types"
	"io"
	"net/url"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strings"
	"sync"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/report"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// An incremental run analyzes only the packages whose key changed (a file
// was edited, or a dependency was): those are type-checked from source,
// their dependencies' types come from export data (go list -export, which
// the build cache answers) and their dependencies' facts from the result
// cache. It needs every such dependency's facts in the cache; when one is
// missing (the first run, a new dependency) the run loads everything from
// source instead (analyzeMissed) and stores every package's facts for next
// time.

// loadMode is the incremental load: the missed packages from source,
// their dependencies from export data (no NeedDeps).
const loadMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
	packages.NeedTypes | packages.NeedTypesInfo | packages.NeedTypesSizes | packages.NeedSyntax |
	packages.NeedModule | packages.NeedForTest

// cachedDeps returns, by package ID, the cached facts of every dependency
// of the missed packages that is not missed itself; ok is false when one
// of them is not in the cache.
func cachedDeps(missed []*packages.Package, k *keyer, c *cache) (map[string][]storedFact, bool) {
	if k == nil || c.dir == "" {
		return nil, false
	}
	inMissed := map[string]bool{}
	for _, p := range missed {
		inMissed[p.ID] = true
	}
	facts := map[string][]storedFact{}
	ok := true
	var visit func(p *packages.Package)
	visit = func(p *packages.Package) {
		if !ok || inMissed[p.ID] {
			return
		}
		if _, seen := facts[p.ID]; seen {
			return
		}
		fs, hit := c.getFacts(k.key(p))
		if !hit {
			ok = false
			return
		}
		facts[p.ID] = fs
		for _, imp := range p.Imports {
			visit(imp)
		}
	}
	for _, p := range missed {
		for _, imp := range p.Imports {
			visit(imp)
		}
	}
	return facts, ok
}

// errNotIncremental sends a run back to loading everything from source:
// a missed package has errors, or go list loaded other packages than the
// listing named.
var errNotIncremental = errors.New("some missed package has errors")

// analyzeChanged analyzes the missed packages (as listed, with their
// imports) incrementally, given their dependencies' facts. It returns
// their findings and the facts they export, by package ID.
func analyzeChanged(a *analysis.Analyzer, missed []*packages.Package, patterns []string, depFacts map[string][]storedFact,
	o *options, buildFlags []string, cwd string, stderr io.Writer, res *result,
) ([]pkgResult, map[string][]storedFact, error) {
	loaded, err := packages.Load(&packages.Config{Mode: loadMode, Tests: o.tests, BuildFlags: buildFlags}, patterns...)
	if err != nil {
		return nil, nil, err
	}
	listed := map[string]*packages.Package{}
	for _, p := range missed {
		listed[p.ID] = p
	}
	var roots []*packages.Package
	for _, p := range loaded {
		if listed[p.ID] != nil {
			roots = append(roots, p)
		}
	}
	if len(roots) != len(missed) {
		return nil, nil, errNotIncremental // go list's view differs from the listing's
	}
	for _, p := range roots {
		if len(p.Errors) > 0 || p.IllTyped {
			// Compiling its dependencies for export data repeats a broken
			// package's errors in the go command's words: the load from
			// source says each once.
			return nil, nil, errNotIncremental
		}
	}

	// Each package waits for the missed packages it imports: their facts
	// are computed in this run.
	type outcome struct {
		result pkgResult
		facts  []storedFact
		err    error  // its own analysis failed
		cause  string // it, or a missed package it imports, failed: why
	}
	var mu sync.Mutex
	out := map[string]*outcome{}
	done := map[string]chan struct{}{}
	for _, p := range missed {
		done[p.ID] = make(chan struct{})
	}
	byID := map[string]*packages.Package{}
	for _, p := range roots {
		byID[p.ID] = p
	}
	owner := factOwner(a)
	sem := make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))
	var wg sync.WaitGroup
	for _, lp := range missed {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer close(done[lp.ID])
			// The dependencies' facts by path, as lp's closure names them.
			byPath := map[string][]storedFact{}
			cause := ""
			seen := map[string]bool{}
			var visit func(q *packages.Package)
			visit = func(q *packages.Package) {
				if seen[q.ID] {
					return
				}
				seen[q.ID] = true
				if ch, ok := done[q.ID]; ok {
					<-ch
					mu.Lock()
					if r := out[q.ID]; r != nil {
						byPath[q.PkgPath] = r.facts
						if r.cause != "" && cause == "" {
							cause = r.cause
						}
					}
					mu.Unlock()
				} else {
					byPath[q.PkgPath] = depFacts[q.ID]
				}
				for _, imp := range q.Imports {
					visit(imp)
				}
			}
			for _, imp := range lp.Imports {
				visit(imp)
			}
			p := byID[lp.ID]
			r := &outcome{result: pkgResult{id: lp.ID, findings: []report.Finding{}}}
			switch {
			case cause != "":
				r.cause = cause // a failed import: the failure was printed once
			default:
				sem <- struct{}{}
				diags, routes, facts, err := runPackage(a, p, newFactView(byPath))
				<-sem
				if err != nil {
					r.err, r.cause = err, err.Error()
					break
				}
				r.facts = encodeFacts(p.Types, facts, owner)
				r.result.cacheable = true
				r.result.routes = routes
				sources := map[string][]byte{}
				for _, d := range diags {
					r.result.findings = append(r.result.findings, finding(p, d, sources))
				}
			}
			mu.Lock()
			out[lp.ID] = r
			mu.Unlock()
		}()
	}
	wg.Wait()

	var results []pkgResult
	fresh := map[string][]storedFact{}
	for _, lp := range missed {
		r := out[lp.ID]
		if r.err != nil {
			fmt.Fprintf(stderr, "statuslint: %s: %s\n", lp.PkgPath, relativeIn(cwd, r.err.Error()))
		}
		if r.cause != "" {
			res.errors[lp.ID] = r.cause
			res.failed = true
		} else {
			fresh[lp.ID] = r.facts
		}
		results = append(results, r.result)
	}
	return results, fresh, nil
}

// runPackage runs a and the analyzers it requires on one package loaded
// from source, its imports' facts taken from view, as the checker would.
// It returns a's diagnostics, the routes of a's result and the object
// facts the package exports.
func runPackage(a *analysis.Analyzer, p *packages.Package, view *factView) (diags []analysis.Diagnostic, routes []statuslint.RouteInfo, exported []analysis.ObjectFact, err error) {
	own := map[objFactKey]analysis.Fact{}
	results := map[*analysis.Analyzer]any{}
	module := &analysis.Module{}
	if m := p.Module; m != nil {
		module = &analysis.Module{Path: m.Path, Version: m.Version, GoVersion: m.GoVersion}
	}
	files := map[string]bool{}
	for _, list := range [][]string{p.GoFiles, p.CompiledGoFiles, p.OtherFiles, p.IgnoredFiles} {
		for _, f := range list {
			files[f] = true
		}
	}
	for _, x := range requiresFirst(a) {
		want := map[reflect.Type]bool{}
		for _, f := range x.FactTypes {
			want[reflect.TypeOf(f)] = true
		}
		inputs := map[*analysis.Analyzer]any{}
		for _, r := range x.Requires {
			inputs[r] = results[r]
		}
		var reported []analysis.Diagnostic
		pass := &analysis.Pass{
			Analyzer: x, Fset: p.Fset, Files: p.Syntax, OtherFiles: p.OtherFiles, IgnoredFiles: p.IgnoredFiles,
			Pkg: p.Types, TypesInfo: p.TypesInfo, TypesSizes: p.TypesSizes, TypeErrors: p.TypeErrors, Module: module,
			ResultOf: inputs,
			Report:   func(d analysis.Diagnostic) { reported = append(reported, d) },
			ReadFile: func(name string) ([]byte, error) {
				if !files[name] {
					return nil, fmt.Errorf("%s is not among the files of package %s", name, p.PkgPath)
				}
				return os.ReadFile(name)
			},
			ImportObjectFact: func(obj types.Object, ptr analysis.Fact) bool {
				k := objFactKey{obj, reflect.TypeOf(ptr)}
				if !want[k.typ] {
					panic(fmt.Sprintf("analyzer %s imports a fact of type %s it does not declare", x.Name, k.typ))
				}
				var f analysis.Fact
				switch {
				case obj == nil || obj.Pkg() == nil:
				case obj.Pkg() == p.Types:
					f = own[k]
				default:
					f = view.of(obj.Pkg())[k]
				}
				if f == nil {
					return false
				}
				reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
				return true
			},
			ExportObjectFact: func(obj types.Object, f analysis.Fact) {
				if obj.Pkg() != p.Types {
					panic(fmt.Sprintf("analyzer %s exports a fact about %s, not of package %s", x.Name, obj, p.PkgPath))
				}
				own[objFactKey{obj, reflect.TypeOf(f)}] = f
			},
			AllObjectFacts: func() []analysis.ObjectFact { return view.all(p.Types, own, want) },
			// statuslint's analyzers use no package facts.
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
		}
		res, err := run(pass)
		if err != nil {
			return nil, nil, nil, err
		}
		results[x] = res
		if x == a {
			for i := range reported {
				if reported[i].URL, err = resolveURL(a, reported[i]); err != nil {
					return nil, nil, nil, err
				}
			}
			diags = reported
			routes = resultRoutes(res)
		}
	}
	for k, f := range own {
		exported = append(exported, analysis.ObjectFact{Object: k.obj, Fact: f})
	}
	return diags, routes, exported, nil
}

// run runs one pass; a panic is an error, as a failed analysis.
func run(pass *analysis.Pass) (res any, err error) {
	defer func() {
		if v := recover(); v != nil {
			res, err = nil, fmt.Errorf("%s panicked: %v", pass.Analyzer.Name, v)
		}
	}()
	return pass.Analyzer.Run(pass)
}

// resolveURL is the checker's: a diagnostic's URL, or its category as a
// fragment, resolved against the analyzer's URL.
func resolveURL(a *analysis.Analyzer, d analysis.Diagnostic) (string, error) {
	if d.URL == "" && d.Category == "" && a.URL == "" {
		return "", nil
	}
	raw := d.URL
	if d.URL == "" && d.Category != "" {
		raw = "#" + d.Category
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "", fmt.Errorf("invalid Diagnostic.URL %q: %w", raw, err)
	}
	base, err := url.Parse(a.URL)
	if err != nil {
		return "", fmt.Errorf("invalid Analyzer.URL %q: %w", a.URL, err)
	}
	return base.ResolveReference(u).String(), nil
}

// missedPatterns are the patterns that load the missed packages: their
// paths (a test variant by the path it tests), or nil when the user named
// files (command-line-arguments), which only the user's patterns load.
func missedPatterns(missed []*packages.Package) []string {
	var patterns []string
	seen := map[string]bool{}
	for _, p := range missed {
		pat := p.PkgPath
		if p.ForTest != "" {
			pat = p.ForTest
		}
		if p.PkgPath == "command-line-arguments" || strings.HasSuffix(p.PkgPath, "_test") && p.ForTest == "" {
			return nil
		}
		if !seen[pat] {
			seen[pat] = true
			patterns = append(patterns, pat)
		}
	}
	sort.Strings(patterns)
	return patterns
}

// graphFacts returns the facts of every package the checker analyzed, by
// package ID, when each analyzer declaring facts succeeded on it.
func graphFacts(a *analysis.Analyzer, graph *checker.Graph) map[string][]storedFact {
	owner := factOwner(a)
	out := map[string][]storedFact{}
	failed := map[string]bool{}
	for act := range graph.All() {
		if len(act.Analyzer.FactTypes) == 0 {
			continue
		}
		id := act.Package.ID
		if act.Err != nil || act.Package.Types == nil {
			failed[id] = true
			continue
		}
		out[id] = append(out[id], encodeFacts(act.Package.Types, act.AllObjectFacts(), owner)...)
	}
	for id := range failed {
		delete(out, id)
	}
	return out
}
