package driver

import (
	"errors"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"path/filepath"
	"strings"

	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// finding converts one diagnostic of package pkg.
func finding(pkg *packages.Package, d analysis.Diagnostic, sources map[string][]byte) report.Finding {
	fset := pkg.Fset
	f := report.Finding{
		Package:  pkg.ID,
		Rule:     d.Category,
		Message:  d.Message,
		URL:      d.URL,
		Level:    level(d.Category),
		Position: position(fset, d.Pos, d.End),
		Func:     enclosingFunc(pkg, d.Pos),
		Text:     flaggedText(fset, d.Pos, d.End, sources),
	}
	for _, r := range d.Related {
		f.Related = append(f.Related, report.Related{Position: position(fset, r.Pos, r.End), Message: r.Message})
	}
	for _, sf := range d.SuggestedFixes {
		fix := report.Fix{Message: sf.Message}
		for _, e := range sf.TextEdits {
			end := e.End
			if !end.IsValid() {
				end = e.Pos
			}
			fix.Edits = append(fix.Edits, report.Edit{
				Position: position(fset, e.Pos, end),
				Start:    fset.Position(e.Pos).Offset,
				End:      fset.Position(end).Offset,
				NewText:  string(e.NewText),
			})
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

// dedupe sorts findings and keeps one per position and message: a file in
// both p and p's test variant is reported once.
func dedupe(fs []report.Finding) []report.Finding {
	report.Sort(fs)
	type key struct {
		pos report.Position
		msg string
	}
	seen := map[key]bool{}
	out := fs[:0]
	for _, f := range fs {
		k := key{f.Position, f.Message}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
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

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Path, pe.Err)
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
