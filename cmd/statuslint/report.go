package main

// The reporting mode: -format, -output, -baseline, -write-baseline,
// -new-from-rev and -new-from-patch. It loads the packages with go/packages
// and runs the analyzer through go/analysis/checker, so it holds every
// diagnostic before printing and can filter and format them. Without these
// flags the command is singlechecker's (see main.go).

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/golangci/revgrep"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// Exit codes, as singlechecker's.
const (
	exitClean    = 0
	exitErrors   = 1 // packages could not be loaded or analyzed
	exitUsage    = 2 // bad flags or inputs
	exitFindings = 3
)

// formats lists -format's values.
var formats = []string{"text", "json", "sarif", "github", "codeclimate"}

// reportFlags are the reporting mode's own flags.
type reportFlags struct {
	format, output           string
	baseline, writeBaseline  string
	newFromRev, newFromPatch string
	tags                     string
	tests                    bool
	context                  int
	list, version            bool
	explain                  string
	json, fix, diff          bool // singlechecker's, refused here
}

// reportFlagNames are the flags that select the reporting mode.
var reportFlagNames = []string{"format", "output", "baseline", "write-baseline", "new-from-rev", "new-from-patch", "list", "explain", "version"}

// wantsReportMode reports whether args use a reporting-mode flag.
func wantsReportMode(args []string) bool {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false // flags end at the first package pattern
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		for _, n := range reportFlagNames {
			if name == n {
				return true
			}
		}
	}
	return false
}

// addReportFlags registers the reporting flags on fs.
func addReportFlags(fs *flag.FlagSet, rf *reportFlags) {
	fs.StringVar(&rf.format, "format", "", "report format: "+strings.Join(formats, ", ")+"; exit 3 when there are findings")
	fs.StringVar(&rf.output, "output", "", "write the report to this file instead of standard output (findings still set the exit code)")
	fs.StringVar(&rf.baseline, "baseline", "", "hide the findings recorded in this baseline file and report only new ones")
	fs.StringVar(&rf.writeBaseline, "write-baseline", "", "record the current findings in this baseline file and exit 0")
	fs.StringVar(&rf.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision")
	fs.StringVar(&rf.newFromPatch, "new-from-patch", "", "report only findings on lines a unified diff in this file adds")
	fs.BoolVar(&rf.list, "list", false, "list every rule with its group and whether it is on by default")
	fs.StringVar(&rf.explain, "explain", "", "print the documentation of one rule")
	fs.BoolVar(&rf.version, "version", false, "print the version and exit")
}

// runReport is the reporting mode's main. It returns the exit code.
func runReport(a *analysis.Analyzer, args []string, stdout, stderr io.Writer) int {
	fail := func(code int, format string, args ...any) int {
		fmt.Fprintf(stderr, "statuslint: "+format+"\n", args...)
		return code
	}
	fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var rf reportFlags
	addReportFlags(fs, &rf)
	fs.BoolVar(&rf.tests, "test", true, "also analyze test packages")
	fs.IntVar(&rf.context, "c", -1, "with -format=text, show this many lines of context around each finding")
	fs.StringVar(&rf.tags, "tags", "", "comma-separated build tags")
	fs.BoolVar(&rf.json, "json", false, "")
	fs.BoolVar(&rf.fix, "fix", false, "")
	fs.BoolVar(&rf.diff, "diff", false, "")
	a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	if err := fs.Parse(args); err != nil {
		fmt.Fprintf(stderr, "statuslint: %v\nrun 'statuslint -help' for usage\n", err)
		return exitUsage
	}

	switch {
	case rf.version:
		fmt.Fprintln(stdout, versionLine())
		return exitClean
	case rf.list:
		fmt.Fprint(stdout, rules.List())
		return exitClean
	case rf.explain != "":
		r, ok := rules.Lookup(rf.explain)
		if !ok {
			return fail(exitUsage, "unknown rule %q; valid rules: %s", rf.explain, strings.Join(rules.IDs(), ", "))
		}
		fmt.Fprint(stdout, rules.Explain(r))
		return exitClean
	case rf.json:
		return fail(exitUsage, "-json is the go vet JSON document with exit 0; with the reporting flags use -format=json")
	case rf.fix || rf.diff:
		return fail(exitUsage, "-fix and -diff apply fixes and print no report; run them without -format, -baseline or -new-from-*")
	case rf.newFromRev != "" && rf.newFromPatch != "":
		return fail(exitUsage, "use one of -new-from-rev and -new-from-patch")
	case rf.writeBaseline != "" && (rf.baseline != "" || rf.newFromRev != "" || rf.newFromPatch != ""):
		return fail(exitUsage, "-write-baseline records every finding; it does not combine with -baseline or -new-from-*")
	}
	if rf.format == "" {
		rf.format = "text"
	}
	if !contains(formats, rf.format) {
		return fail(exitUsage, "unknown format %q; valid formats: %s", rf.format, strings.Join(formats, ", "))
	}
	if fs.NArg() == 0 {
		return fail(exitUsage, "no packages given (for example: statuslint -format=%s ./...)", rf.format)
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fail(exitErrors, "%v", err)
	}

	// Read every input before the (slow) analysis, so a bad one fails fast.
	var base *report.Baseline
	if rf.baseline != "" {
		if base, err = report.ReadBaseline(rf.baseline); err != nil {
			return fail(exitUsage, "-baseline: %v", unwrapPathError(err))
		}
	}
	var changed *revgrep.Checker
	if rf.newFromRev != "" || rf.newFromPatch != "" {
		if changed, err = changedLines(rf.newFromRev, rf.newFromPatch); err != nil {
			return fail(exitUsage, "%v", err)
		}
	}

	cfg := &packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule, Tests: rf.tests}
	if rf.tags != "" {
		cfg.BuildFlags = []string{"-tags=" + rf.tags}
	}
	pkgs, err := packages.Load(cfg, fs.Args()...)
	if err != nil {
		return fail(exitErrors, "%v", err)
	}
	if len(pkgs) == 0 {
		return fail(exitErrors, "%s matched no packages", strings.Join(fs.Args(), " "))
	}
	code := exitClean
	if packages.PrintErrors(pkgs) > 0 {
		code = exitErrors
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		return fail(exitErrors, "%v", err)
	}
	findings, keep := collect(graph, a, stderr, &code)

	if rf.writeBaseline != "" {
		if err := report.WriteBaseline(rf.writeBaseline, findings); err != nil {
			return fail(exitErrors, "-write-baseline: %v", err)
		}
		fmt.Fprintf(stderr, "statuslint: recorded %d findings in %s\n", len(findings), rf.writeBaseline)
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

	out := stdout
	if rf.output != "" {
		f, err := os.Create(rf.output)
		if err != nil {
			return fail(exitUsage, "-output: %v", unwrapPathError(err))
		}
		defer f.Close()
		out = f
	}
	root := repoRoot(cwd)
	switch rf.format {
	case "text":
		err = report.Text(out, findings, cwd, rf.context)
	case "json":
		keep(findings)
		err = graph.PrintJSON(out)
	case "sarif":
		err = report.SARIF(out, findings, tool(), root)
	case "github":
		err = report.GitHub(out, findings, root)
	case "codeclimate":
		err = report.CodeClimate(out, findings, root)
	}
	if err != nil {
		return fail(exitErrors, "writing the report: %v", err)
	}
	if len(findings) > 0 && code == exitClean {
		code = exitFindings
	}
	return code
}

// collect converts the root actions' diagnostics into findings, once per
// position (a file in both p and p's test variant is reported once), and
// prints the analysis errors of packages that loaded cleanly (a package
// with errors already had them printed). keep restricts the graph's
// diagnostics to the given findings, for the go vet JSON printer.
func collect(graph *checker.Graph, a *analysis.Analyzer, stderr io.Writer, code *int) ([]report.Finding, func([]report.Finding)) {
	type key struct {
		pos, end token.Position
		msg      string
	}
	seen := map[key]bool{}
	var out []report.Finding
	sources := map[string][]byte{}
	for _, act := range graph.Roots {
		if act.Analyzer != a {
			continue
		}
		if act.Err != nil {
			if len(act.Package.Errors) == 0 {
				fmt.Fprintf(stderr, "statuslint: %s: %v\n", act.Package.PkgPath, act.Err)
			}
			*code = exitErrors
			continue
		}
		for _, d := range act.Diagnostics {
			fset := act.Package.Fset
			k := key{fset.Position(d.Pos), fset.Position(d.End), d.Message}
			if seen[k] {
				continue
			}
			seen[k] = true
			out = append(out, finding(act.Package, d, sources))
		}
	}
	report.Sort(out)
	keep := func(fs []report.Finding) {
		want := map[key]bool{}
		for _, f := range fs {
			want[key{token.Position{Filename: f.File, Line: f.Line, Column: f.Col}, token.Position{}, f.Message}] = true
		}
		for _, act := range graph.Roots {
			kept := act.Diagnostics[:0]
			for _, d := range act.Diagnostics {
				p := act.Package.Fset.Position(d.Pos)
				if want[key{token.Position{Filename: p.Filename, Line: p.Line, Column: p.Column}, token.Position{}, d.Message}] {
					kept = append(kept, d)
				}
			}
			act.Diagnostics = kept
		}
	}
	return out, keep
}

// finding converts one diagnostic.
func finding(pkg *packages.Package, d analysis.Diagnostic, sources map[string][]byte) report.Finding {
	fset := pkg.Fset
	rule := d.Category
	f := report.Finding{
		Rule:     rule,
		Message:  d.Message,
		URL:      d.URL,
		Level:    level(rule),
		Position: position(fset, d.Pos, d.End),
	}
	f.Func = enclosingFunc(pkg, d.Pos)
	f.Text = flaggedText(fset, d.Pos, d.End, sources)
	for _, r := range d.Related {
		f.Related = append(f.Related, report.Related{Position: position(fset, r.Pos, r.End), Message: r.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := report.Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			fix.Edits = append(fix.Edits, report.Edit{Position: position(fset, e.Pos, e.End), NewText: string(e.NewText)})
		}
		f.Fixes = append(f.Fixes, fix)
	}
	return f
}

func position(fset *token.FileSet, pos, end token.Pos) report.Position {
	p := fset.Position(pos)
	e := p
	if end.IsValid() {
		e = fset.Position(end)
	}
	return report.Position{File: p.Filename, Line: p.Line, Col: p.Column, EndLine: e.Line, EndCol: e.Column}
}

// level is a rule's SARIF level: the default group's findings are
// errors, the strict group's (and directive problems) warnings.
func level(rule string) report.Level {
	if r, ok := rules.Lookup(rule); ok && r.Group == rules.Default {
		return report.Error
	}
	return report.Warning
}

// enclosingFunc names the function declaration around pos: "Create",
// "Handler.list", "(*Server).routes"; closures take their declaration's name.
func enclosingFunc(pkg *packages.Package, pos token.Pos) string {
	for _, file := range pkg.Syntax {
		if pos < file.FileStart || pos > file.FileEnd {
			continue
		}
		for _, decl := range file.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || pos < fd.Pos() || pos > fd.End() {
				continue
			}
			if fd.Recv == nil || len(fd.Recv.List) == 0 {
				return fd.Name.Name
			}
			recv := fd.Recv.List[0].Type
			if ix, ok := recv.(*ast.IndexExpr); ok {
				recv = ix.X
			}
			if ix, ok := recv.(*ast.IndexListExpr); ok {
				recv = ix.X
			}
			if star, ok := recv.(*ast.StarExpr); ok {
				return "(*" + typeName(star.X) + ")." + fd.Name.Name
			}
			return typeName(recv) + "." + fd.Name.Name
		}
	}
	return ""
}

func typeName(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name
	case *ast.IndexExpr:
		return typeName(e.X)
	case *ast.IndexListExpr:
		return typeName(e.X)
	}
	return "?"
}

// flaggedText is the source the diagnostic covers, whitespace collapsed,
// or the trimmed line when the range is empty.
func flaggedText(fset *token.FileSet, pos, end token.Pos, sources map[string][]byte) string {
	p := fset.Position(pos)
	src, ok := sources[p.Filename]
	if !ok {
		src, _ = os.ReadFile(p.Filename)
		sources[p.Filename] = src
	}
	from, to := p.Offset, p.Offset
	if end.IsValid() && end > pos {
		to = fset.Position(end).Offset
	}
	if from < 0 || from > len(src) || to > len(src) {
		return ""
	}
	if to == from {
		lineStart := strings.LastIndexByte(string(src[:from]), '\n') + 1
		lineEnd := len(src)
		if i := strings.IndexByte(string(src[from:]), '\n'); i >= 0 {
			lineEnd = from + i
		}
		from, to = lineStart, lineEnd
	}
	return strings.Join(strings.Fields(string(src[from:to])), " ")
}

// changedLines prepares the lines changed since rev, or added by the patch.
func changedLines(rev, patch string) (*revgrep.Checker, error) {
	c := &revgrep.Checker{RevisionFrom: rev}
	if patch != "" {
		data, err := os.ReadFile(patch)
		if err != nil {
			return nil, fmt.Errorf("-new-from-patch: %v", unwrapPathError(err))
		}
		c = &revgrep.Checker{Patch: strings.NewReader(string(data))}
	}
	if err := c.Prepare(context.Background()); err != nil {
		if patch != "" {
			return nil, fmt.Errorf("-new-from-patch: %v", err)
		}
		if strings.Contains(err.Error(), "no version control repository found") {
			return nil, fmt.Errorf("-new-from-rev: %s is not inside a git work tree (use -new-from-patch with a diff instead)", cwdName())
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

// tool describes statuslint and its rules for SARIF.
func tool() report.Tool {
	t := report.Tool{Name: "statuslint", Version: moduleVersion(), URI: "https://github.com/statuslint/statuslint"}
	for _, r := range rules.Registry {
		t.Rules = append(t.Rules, report.Rule{
			ID: r.ID, Name: camel(r.ID), Title: r.Title, Doc: r.Doc, Help: rules.Explain(r), URL: r.URL(),
			Level: level(r.ID), Group: r.Group, DefaultOn: r.Group == rules.Default,
		})
	}
	t.Rules = append(t.Rules, report.Rule{
		ID: "ignore-directive", Name: "IgnoreDirective", Title: "a //statuslint:ignore directive without a reason, naming an unknown rule, or silencing nothing",
		URL: rules.DocURL + "#suppressing-a-finding", Level: report.Warning, Group: rules.Default, DefaultOn: true,
	})
	return t
}

// camel turns "method-status" into "MethodStatus", SARIF's rule name.
func camel(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// repoRoot is the root of the git work tree holding dir, else dir: the base
// of repository-relative paths in SARIF, GitHub and Code Quality reports.
func repoRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

func cwdName() string {
	if cwd, err := os.Getwd(); err == nil {
		return cwd
	}
	return "the working directory"
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	return err
}

func oneLine(err error) string {
	s := strings.TrimSpace(err.Error())
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
