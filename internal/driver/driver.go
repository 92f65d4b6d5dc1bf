// Package driver is statuslint's command: it loads packages with
// go/packages, runs the analyzer with go/analysis/checker, keeps each
// package's findings in a cache keyed like the build cache, and prints
// them as text, go vet JSON, SARIF, GitHub annotations or GitLab Code
// Quality, or applies their fixes. go vet's unitchecker protocol stays
// with x/tools (see cmd/statuslint).
package driver

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"sync"

	"github.com/golangci/revgrep"
	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit codes, as singlechecker's and go vet's.
const (
	exitClean    = 0
	exitErrors   = 1 // packages could not be loaded or analyzed
	exitUsage    = 2 // bad flags or inputs
	exitFindings = 3
)

// formats lists -format's values.
var formats = []string{"text", "json", "sarif", "github", "codeclimate"}

// options are the command's own flags.
type options struct {
	format, output           string
	baseline, writeBaseline  string
	newFromRev, newFromPatch string
	tags                     string
	tests                    bool
	context                  int
	list, version            bool
	explain                  string
	json, fix, diff          bool
	routes                   bool
}

// flags registers the command's flags and the analyzer's on one set.
func flags(a *analysis.Analyzer, o *options) *flag.FlagSet {
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.BoolVar(&o.fix, "fix", false, "apply the suggested fixes")
	fs.BoolVar(&o.diff, "diff", false, "with -fix, print the fixes as a unified diff instead of applying them")
	fs.BoolVar(&o.json, "json", false, "print findings as the go vet JSON document (exit 0)")
	fs.IntVar(&o.context, "c", -1, "show this many lines of source context around each finding (text output)")
	fs.BoolVar(&o.tests, "test", true, "also analyze test packages")
	fs.StringVar(&o.tags, "tags", "", "comma-separated build tags")
	fs.StringVar(&o.format, "format", "", "report format: "+strings.Join(formats, ", ")+"; written to standard output, exit 3 when there are findings")
	fs.StringVar(&o.output, "output", "", "write the report to this file (findings still set the exit code)")
	fs.StringVar(&o.baseline, "baseline", "", "hide the findings recorded in this baseline file and report only new ones")
	fs.StringVar(&o.writeBaseline, "write-baseline", "", "record the current findings in this baseline file and exit 0")
	fs.StringVar(&o.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision")
	fs.StringVar(&o.newFromPatch, "new-from-patch", "", "report only findings on lines a unified diff in this file adds")
	fs.BoolVar(&o.routes, "routes", false, "print the route inventory (method, path, handler, the statuses it can answer; with -openapi, those the document does not declare) instead of findings; -json prints it as JSON")
	fs.BoolVar(&o.list, "list", false, "list every rule with its group and whether it is on by default")
	fs.StringVar(&o.explain, "explain", "", "print the documentation of one rule")
	fs.BoolVar(&o.version, "version", false, "print the version and exit (-V=full is go vet's protocol)")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	return fs
}

// Main runs the command and returns its exit code.
func Main(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fail := func(code int, format string, args ...any) int {
		fmt.Fprintf(stderr, "statuslint: "+format+"\n", args...)
		return code
	}
	if path := os.Getenv("STATUSLINT_CPUPROFILE"); path != "" {
		// A CPU profile of the whole run, for make bench's investigations.
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	if path := os.Getenv("STATUSLINT_MEMPROFILE"); path != "" {
		// The allocations of the whole run (go tool pprof -sample_index=alloc_space).
		defer func() {
			runtime.GC() // the profile is as of the last collection
			if f, err := os.Create(path); err == nil {
				_ = pprof.Lookup("allocs").WriteTo(f, 0)
				f.Close()
			}
		}()
	}
	var o options
	fs := flags(a, &o)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(a, fs, stderr)
			return exitClean
		}
		fmt.Fprintf(stderr, "statuslint: %v\nrun 'statuslint -help' for usage\n", err)
		return exitUsage
	}

	switch {
	case o.version:
		fmt.Fprintln(stdout, versionLine())
		return exitClean
	case o.list:
		fmt.Fprint(stdout, rules.List())
		return exitClean
	case o.explain != "":
		r, ok := rules.Lookup(o.explain)
		if !ok {
			return fail(exitUsage, "unknown rule %q; valid rules: %s", o.explain, strings.Join(rules.IDs(), ", "))
		}
		fmt.Fprint(stdout, rules.Explain(r))
		return exitClean
	case o.routes && (o.fix || o.diff || o.format != "" || o.writeBaseline != ""):
		return fail(exitUsage, "-routes prints the route inventory, not findings: it does not combine with -fix, -diff, -format or -write-baseline")
	case o.json && o.format != "":
		return fail(exitUsage, "-json is the go vet JSON document with exit 0; use -format=json alone")
	case (o.fix || o.diff) && (o.format != "" || o.json || o.output != "" || o.baseline != "" || o.writeBaseline != "" || o.newFromRev != "" || o.newFromPatch != ""):
		return fail(exitUsage, "-fix and -diff apply fixes and print no report; run them without -json, -format, -output, -baseline or -new-from-*")
	case o.diff && !o.fix:
		return fail(exitUsage, "-diff shows what -fix would change: use -fix -diff")
	case o.newFromRev != "" && o.newFromPatch != "":
		return fail(exitUsage, "use one of -new-from-rev and -new-from-patch")
	case o.writeBaseline != "" && (o.baseline != "" || o.newFromRev != "" || o.newFromPatch != ""):
		return fail(exitUsage, "-write-baseline records every finding; it does not combine with -baseline or -new-from-*")
	case o.format != "" && !contains(formats, o.format):
		return fail(exitUsage, "unknown format %q; valid formats: %s", o.format, strings.Join(formats, ", "))
	case fs.NArg() == 0:
		fmt.Fprintln(stderr, "statuslint: no packages given (for example: statuslint ./...)\nrun 'statuslint -help' for usage")
		return exitUsage
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fail(exitErrors, "%v", err)
	}

	// Read every input before the analysis, so a bad one fails fast.
	var base *report.Baseline
	if o.baseline != "" {
		if base, err = report.ReadBaseline(o.baseline); err != nil {
			return fail(exitUsage, "-baseline: %v", unwrapPathError(err))
		}
	}
	var changed *revgrep.Checker
	if o.newFromRev != "" || o.newFromPatch != "" {
		if changed, err = changedLines(o.newFromRev, o.newFromPatch, cwd); err != nil {
			return fail(exitUsage, "%v", err)
		}
	}
	out := stdout
	if o.output != "" {
		f, err := os.Create(o.output)
		if err != nil {
			return fail(exitUsage, "-output: %v", unwrapPathError(err))
		}
		defer f.Close()
		out = f
	}

	res, err := analyze(a, fs.Args(), &o, cwd, stderr)
	if err != nil {
		return fail(exitErrors, "%s", oneLine(err))
	}
	code := exitClean
	if res.failed {
		code = exitErrors
	}
	findings := res.findings

	if o.routes {
		if err := printRoutes(out, res.routes, res.docs, o.json, cwd); err != nil {
			return fail(exitErrors, "writing the route inventory: %v", err)
		}
		return code
	}
	if o.fix {
		if err := applyFixes(findings, o.diff, stdout, stderr); err != nil {
			return fail(exitErrors, "%v", err)
		}
		return code
	}
	if o.writeBaseline != "" {
		if err := report.WriteBaseline(o.writeBaseline, findings); err != nil {
			return fail(exitErrors, "-write-baseline: %v", unwrapPathError(err))
		}
		fmt.Fprintf(stderr, "statuslint: recorded %d %s in %s\n", len(findings), plural(len(findings), "finding", "findings"), o.writeBaseline)
		return code
	}
	if base != nil {
		var stale int
		findings, stale = base.Filter(findings)
		if stale > 0 {
			fmt.Fprintf(stderr, "statuslint: %d baseline %s no longer %s; rewrite with -write-baseline\n", stale, plural(stale, "entry", "entries"), plural(stale, "matches", "match"))
		}
	}
	if changed != nil {
		findings = onChangedLines(changed, findings, cwd)
	}

	root := repoRoot(cwd)
	switch {
	case o.json:
		err = vetJSON(out, findings, res.errors)
	case o.format == "":
		err = report.Text(stderr, findings, cwd, o.context)
	case o.format == "text":
		err = report.Text(out, findings, cwd, o.context)
	case o.format == "json":
		err = vetJSON(out, findings, res.errors)
	case o.format == "sarif":
		err = report.SARIF(out, findings, tool(), root)
	case o.format == "github":
		err = report.GitHub(out, findings, root)
	case o.format == "codeclimate":
		err = report.CodeClimate(out, findings, root)
	}
	if err != nil {
		return fail(exitErrors, "writing the report: %v", err)
	}
	if len(findings) > 0 && code == exitClean && !o.json {
		code = exitFindings
	}
	return code
}

func usage(a *analysis.Analyzer, fs *flag.FlagSet, w io.Writer) {
	paras := strings.Split(a.Doc, "\n\n")
	fmt.Fprintf(w, "statuslint: %s\n\n", paras[0])
	fmt.Fprintf(w, "Usage: statuslint [flags] packages\n       go vet -vettool=$(which statuslint) [rule flags] packages\n\n")
	fmt.Fprintln(w, strings.Join(paras[1:], "\n\n"))
	fmt.Fprintln(w, "\nFlags:")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
}

// result is what one analysis run produced.
type result struct {
	findings []report.Finding       // sorted, once per position
	routes   []statuslint.RouteInfo // the root packages' routes, sorted, once each
	docs     []*apidoc.Document     // the -openapi documents
	errors   map[string]string      // package ID → analysis error, for -json
	failed   bool                   // some package did not load or analyze
}

// analyze lists the packages, takes the findings of unchanged ones from the
// cache, and loads and analyzes the rest.
func analyze(a *analysis.Analyzer, patterns []string, o *options, cwd string, stderr io.Writer) (*result, error) {
	env, err := goEnv()
	if err != nil {
		return nil, err
	}
	var buildFlags []string
	if o.tags != "" {
		buildFlags = []string{"-tags=" + o.tags}
	}
	var debug io.Writer
	if strings.Contains(os.Getenv("STATUSLINT_DEBUG"), "cache") {
		debug = stderr
	}
	c := openCache(debug) // keys cover file contents, so cached fix offsets fit the files
	registerFacts(a)
	res := &result{errors: map[string]string{}}

	salt, err := salt(a, o, env)
	var k *keyer
	if err == nil && c.dir != "" {
		k = newKeyer(salt, env["GOROOT"], env["GOMODCACHE"])
	}
	// When nothing can be in the cache (it is off, or this binary with
	// these flags and this build configuration never stored anything), a
	// listing to look up keys is wasted: load everything at once and key
	// the packages as loaded (the same go list fields).
	direct := k == nil || !c.known(salt)
	mode := listMode
	if direct {
		mode = fullMode
	}
	// The -openapi documents, read before the analysis (and, inside a
	// module, before listing: a bad one fails fast, in one line). Relative
	// paths are resolved against the module's root, as the analyzer
	// resolves them. Their contents are part of the findings' keys (the
	// flag's value names them only).
	var docs []*apidoc.Document
	var digest string
	docRoot := statuslint.ModuleRoot(cwd)
	if docRoot != "" {
		if docs, digest, err = openAPIDocuments(a, docRoot, cwd); err != nil {
			return nil, err
		}
	}
	listed, err := packages.Load(&packages.Config{Mode: mode, Tests: o.tests, BuildFlags: buildFlags}, patterns...)
	if err != nil {
		return nil, err
	}
	roots, unmatched := analyzable(listed)
	if len(unmatched) > 0 {
		printErrors(unmatched, cwd, stderr) // a pattern that matched nothing: its error alone
		res.failed = true
	}
	if len(roots) == 0 {
		if res.failed {
			return res, nil
		}
		return nil, fmt.Errorf("%s matched no packages", strings.Join(patterns, " "))
	}
	if docRoot == "" {
		// Outside a module: relative to the first package's module.
		for _, p := range roots {
			if len(p.GoFiles) > 0 {
				docRoot = statuslint.ModuleRoot(filepath.Dir(p.GoFiles[0]))
				break
			}
		}
		if docs, digest, err = openAPIDocuments(a, docRoot, cwd); err != nil {
			return nil, err
		}
	}
	res.docs = docs

	// Keys, and findings of the packages whose key is in the cache.
	keys := map[string]string{}
	var all []report.Finding
	var routes []statuslint.RouteInfo
	var missed []*packages.Package
	for _, p := range roots {
		key := ""
		if k != nil {
			key = k.key(p)
		}
		if key != "" && digest != "" {
			// Findings depend on the documents' contents (facts do not:
			// only the rules read the documents).
			key = saltKey(key + "\x00openapi " + digest)
		}
		if direct && k != nil {
			c.logf("cache miss %s", p.ID)
		} else if key != "" {
			if fs, rs, ok := c.get(p.ID, key); ok {
				all = append(all, fs...)
				routes = append(routes, rs...)
				continue
			}
		}
		keys[p.ID] = key
		missed = append(missed, p)
	}

	if len(missed) > 0 {
		// Only the missed packages from source when every dependency's
		// facts are cached (incremental.go); else everything.
		var fresh []pkgResult
		var facts map[string][]storedFact
		var depFacts map[string][]storedFact
		ok, pats := false, missedPatterns(missed)
		if !direct {
			depFacts, ok = cachedDeps(missed, k, c)
		}
		switch {
		case direct:
			c.logf("loading %d %s from source", len(missed), plural(len(missed), "package and its dependencies", "packages and their dependencies"))
			fresh, facts, err = analyzeLoaded(a, missed, cwd, stderr, res)
			ok = true
		case ok && pats != nil:
			c.logf("incremental: %d %s from source, the facts of %d dependencies from the cache",
				len(missed), plural(len(missed), "package", "packages"), len(depFacts))
			fresh, facts, err = analyzeChanged(a, missed, pats, depFacts, o, buildFlags, cwd, stderr, res)
			ok = !errors.Is(err, errNotIncremental)
		default:
			ok = false
		}
		if !ok {
			c.logf("loading %d %s from source", len(missed), plural(len(missed), "package and its dependencies", "packages and their dependencies"))
			fresh, facts, err = analyzeMissed(a, missed, patterns, o, buildFlags, cwd, stderr, res)
		}
		if err != nil {
			return nil, err
		}
		// Entries are written in parallel: creating thousands of small
		// files one at a time was a visible part of a cold run.
		var wg sync.WaitGroup
		sem := make(chan struct{}, max(2, runtime.GOMAXPROCS(0)))
		for _, r := range fresh {
			if key := keys[r.id]; key != "" && r.cacheable {
				wg.Add(1)
				sem <- struct{}{}
				go func() {
					defer func() { <-sem; wg.Done() }()
					c.put(key, r.findings, r.routes)
				}()
			}
			all = append(all, r.findings...)
			routes = append(routes, r.routes...)
		}
		if k != nil {
			keyOf := map[string]string{}
			packages.Visit(listed, nil, func(p *packages.Package) { keyOf[p.ID] = k.key(p) })
			for id, fs := range facts {
				if key := keyOf[id]; key != "" {
					wg.Add(1)
					sem <- struct{}{}
					go func() {
						defer func() { <-sem; wg.Done() }()
						c.putFacts(key, fs)
					}()
				}
			}
		}
		wg.Wait()
	}
	if k != nil {
		c.mark(salt)
	}
	c.trim()
	res.routes = dedupeRoutes(routes)
	if openAPIRoutes(a) {
		all = append(all, unserved(a, docs, res.routes, roots)...)
	}
	res.findings = dedupe(all)
	return res, nil
}

// analyzable drops the test main packages go list synthesizes (p.test):
// generated code with no handlers, in a temporary directory. It sets apart
// the stand-ins go list makes for a pattern or import path that matched
// nothing (an error and no files).
func analyzable(pkgs []*packages.Package) (roots, unmatched []*packages.Package) {
	for _, p := range pkgs {
		switch {
		case p.Name == "main" && strings.HasSuffix(p.ID, ".test") && p.ForTest == "" && strings.HasSuffix(p.PkgPath, ".test"):
		case len(p.Errors) > 0 && len(p.GoFiles) == 0 && len(p.CompiledGoFiles) == 0 && len(p.OtherFiles) == 0:
			unmatched = append(unmatched, p)
		default:
			roots = append(roots, p)
		}
	}
	return roots, unmatched
}

// pkgResult is one analyzed package's findings and routes (the analyzer's
// result); a package whose analysis failed keeps its findings but is not
// cached.
type pkgResult struct {
	id        string
	findings  []report.Finding
	routes    []statuslint.RouteInfo
	cacheable bool
}

// analyzeMissed loads the missed packages from source (with their
// dependencies: facts need their syntax) and analyzes them. It prints
// package errors once, relative to cwd, and a one-line summary.
func analyzeMissed(a *analysis.Analyzer, missed []*packages.Package, userPatterns []string, o *options, buildFlags []string, cwd string, stderr io.Writer, res *result) ([]pkgResult, map[string][]storedFact, error) {
	want := map[string]bool{}
	for _, p := range missed {
		want[p.ID] = true
	}
	patterns := missedPatterns(missed)
	if patterns == nil {
		patterns = userPatterns
	}
	loaded, err := packages.Load(&packages.Config{Mode: fullMode, Tests: o.tests, BuildFlags: buildFlags}, patterns...)
	if err != nil {
		return nil, nil, err
	}
	var roots []*packages.Package
	for _, p := range loaded {
		if want[p.ID] {
			roots = append(roots, p)
		}
	}
	return analyzeLoaded(a, roots, cwd, stderr, res)
}

// fullMode loads packages and all their dependencies from source: the
// checker computes facts from every dependency's syntax.
const fullMode = packages.LoadAllSyntax | packages.NeedModule | packages.NeedForTest

// analyzeLoaded analyzes root packages loaded from source with their
// dependencies, and returns their findings and every package's facts.
func analyzeLoaded(a *analysis.Analyzer, roots []*packages.Package, cwd string, stderr io.Writer, res *result) ([]pkgResult, map[string][]storedFact, error) {
	if n := printErrors(roots, cwd, stderr); n > 0 {
		fmt.Fprintf(stderr, "statuslint: skipped %d %s with errors\n", n, plural(n, "package", "packages"))
		res.failed = true
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, roots, nil)
	if err != nil {
		return nil, nil, err
	}
	var out []pkgResult
	sources := map[string][]byte{}
	told := map[*checker.Action]bool{}
	for _, act := range graph.Roots {
		p := act.Package
		if len(p.Errors) > 0 || p.IllTyped {
			continue // reported by printErrors; not cached
		}
		if act.Err != nil {
			cause := rootCause(act)
			if !told[cause] {
				told[cause] = true
				fmt.Fprintf(stderr, "statuslint: %s: %s\n", cause.Package.PkgPath, relativeIn(cwd, cause.Err.Error()))
			}
			res.errors[p.ID] = cause.Err.Error()
			res.failed = true
		}
		r := pkgResult{id: p.ID, findings: []report.Finding{}, routes: resultRoutes(act.Result), cacheable: act.Err == nil}
		for _, d := range act.Diagnostics {
			r.findings = append(r.findings, finding(p, d, sources))
		}
		out = append(out, r)
	}
	return out, graphFacts(a, graph), nil
}

// rootCause follows "failed prerequisites" down the action graph to the
// action whose own run failed (a panic in a dependency's model), so the
// error printed is the cause, once, not the checker's bookkeeping.
func rootCause(act *checker.Action) *checker.Action {
	seen := map[*checker.Action]bool{}
	var walk func(*checker.Action) *checker.Action
	walk = func(a *checker.Action) *checker.Action {
		if seen[a] {
			return nil
		}
		seen[a] = true
		if a.Err == nil {
			return nil
		}
		for _, d := range a.Deps {
			if c := walk(d); c != nil {
				return c
			}
		}
		return a
	}
	if c := walk(act); c != nil {
		return c
	}
	return act
}

// relativeIn rewrites absolute file names under cwd in msg as relative ones.
func relativeIn(cwd, msg string) string {
	return strings.ReplaceAll(msg, cwd+string(filepath.Separator), "")
}

// goEnv reads the go command's settings that keys and loading depend on.
func goEnv() (map[string]string, error) {
	out, err := exec.Command("go", "env", "-json", "GOROOT", "GOMODCACHE", "GOVERSION", "GOOS", "GOARCH", "CGO_ENABLED", "GOFLAGS", "GOEXPERIMENT", "GOWORK", "GOAMD64", "GOARM64").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) && len(ee.Stderr) > 0 {
			return nil, fmt.Errorf("go env: %s", strings.TrimSpace(string(ee.Stderr)))
		}
		return nil, fmt.Errorf("go env: %w", err)
	}
	env := map[string]string{}
	if err := json.Unmarshal(out, &env); err != nil {
		return nil, fmt.Errorf("go env: %w", err)
	}
	return env, nil
}

// salt is the part of every key that is not a package's own: the binary,
// the flags and the build configuration.
func salt(a *analysis.Analyzer, o *options, env map[string]string) (string, error) {
	id, err := executableID()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\x00exe %s\x00test %v\x00tags %s\x00", cacheFormat, id, o.tests, o.tags)
	names := make([]string, 0, len(env))
	for n := range env {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if n != "GOMODCACHE" {
			fmt.Fprintf(&b, "env %s=%s\x00", n, env[n])
		}
	}
	a.Flags.VisitAll(func(f *flag.Flag) { fmt.Fprintf(&b, "flag %s=%s\x00", f.Name, f.Value) })
	return b.String(), nil
}

// changedLines prepares the lines changed since rev, or added by the patch.
func changedLines(rev, patch, cwd string) (*revgrep.Checker, error) {
	c := &revgrep.Checker{RevisionFrom: rev}
	if patch != "" {
		data, err := os.ReadFile(patch)
		if err != nil {
			return nil, fmt.Errorf("-new-from-patch: %w", unwrapPathError(err))
		}
		c = &revgrep.Checker{Patch: strings.NewReader(string(data))}
	}
	if err := c.Prepare(context.Background()); err != nil {
		if patch != "" {
			return nil, fmt.Errorf("-new-from-patch: %w", err)
		}
		if strings.Contains(err.Error(), "no version control repository found") {
			return nil, fmt.Errorf("-new-from-rev: %s is not inside a git work tree (use -new-from-patch with a diff instead)", cwd)
		}
		return nil, fmt.Errorf("-new-from-rev=%s: %s", rev, oneLine(err))
	}
	return c, nil
}

// onChangedLines keeps the findings on changed lines, and those whose
// related locations are (a registration reported for a handler the change
// added in another file).
func onChangedLines(c *revgrep.Checker, fs []report.Finding, cwd string) []report.Finding {
	isNew := func(p report.Position) bool {
		_, ok := c.IsNew(report.Rel(cwd, p.File), p.Line)
		return ok
	}
	var out []report.Finding
	for _, f := range fs {
		keep := isNew(f.Position)
		for _, r := range f.Related {
			keep = keep || isNew(r.Position)
		}
		if keep {
			out = append(out, f)
		}
	}
	return out
}
