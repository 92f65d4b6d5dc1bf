package driver

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/report"
	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// The route inventory (-routes) and the command's side of -openapi: the
// documents read once before the analysis, their digest in the findings'
// keys, and with -openapi.routes the operations no root package serves.
// The routes are the analyzer's result (statuslint.Result), built from the
// same model the rules read and cached with the findings.

// resultRoutes returns the routes of a statuslint analyzer's result.
func resultRoutes(res any) []statuslint.RouteInfo {
	if r, ok := res.(*statuslint.Result); ok && r != nil {
		return r.Routes
	}
	return nil
}

// dedupeRoutes sorts routes and keeps one of each: a file in both p and
// p's test variant gives its routes twice.
func dedupeRoutes(rs []statuslint.RouteInfo) []statuslint.RouteInfo {
	slices.SortFunc(rs, statuslint.RouteInfo.Compare)
	return slices.CompactFunc(rs, func(a, b statuslint.RouteInfo) bool { return a.Compare(b) == 0 })
}

// analyzerFlag returns the value of one of the analyzer's flags.
func analyzerFlag(a *analysis.Analyzer, name string) string {
	if f := a.Flags.Lookup(name); f != nil {
		return f.Value.String()
	}
	return ""
}

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func openAPIRoutes(a *analysis.Analyzer) bool { return analyzerFlag(a, "openapi.routes") == "true" }

// openAPIDocuments loads the -openapi documents, relative paths resolved
// against root (a module's root directory; cwd when ""), and returns the
// digest of their contents.
func openAPIDocuments(a *analysis.Analyzer, root, cwd string) ([]*apidoc.Document, string, error) {
	files := splitList(analyzerFlag(a, "openapi"))
	if len(files) == 0 {
		return nil, "", nil
	}
	var docs []*apidoc.Document
	var paths []string
	for _, f := range files {
		path := statuslint.ResolveDocument(f, root)
		docErr := func(err error) error {
			msg := relativeIn(cwd, err.Error())
			if !strings.Contains(msg, f) && !strings.Contains(msg, path) {
				msg = f + ": " + msg
			}
			return fmt.Errorf("-openapi: %s", msg)
		}
		if _, err := os.Stat(path); err != nil {
			return nil, "", docErr(unwrapPathError(err))
		}
		doc, err := apidoc.Load(path)
		if err != nil {
			return nil, "", docErr(err)
		}
		docs = append(docs, doc)
		paths = append(paths, path)
	}
	digest, err := apidoc.Digest(paths)
	if err != nil {
		return nil, "", fmt.Errorf("-openapi: %s", relativeIn(cwd, err.Error()))
	}
	return docs, digest, nil
}

// find returns the operation of some document for a route's method and
// path: by the whole path, or for a route whose prefix could not be read,
// the one operation whose path ends with it (as the rules match).
func find(docs []*apidoc.Document, method string, r statuslint.RouteInfo) *apidoc.Operation {
	for _, d := range docs {
		op := d.Find(method, r.Path)
		if r.Partial {
			op, _ = d.FindTail(method, r.Path)
		}
		if op != nil {
			return op
		}
	}
	return nil
}

// routeRow is one route as -routes -json prints it.
type routeRow struct {
	Method     string `json:"method"`
	Path       string `json:"path"`
	Handler    string `json:"handler"`
	File       string `json:"file"`
	Line       int    `json:"line"`
	Registered string `json:"registered,omitempty"` // file:line of the registration
	Statuses   []int  `json:"statuses"`
	Unknown    bool   `json:"unknown"`
	Remote     bool   `json:"remote,omitempty"`
	Partial    bool   `json:"partial,omitempty"` // path is the end of the path, after a part statuslint could not read
	// With -openapi: whether a document has the operation, where, and
	// the statuses it does not declare.
	Documented *bool  `json:"documented,omitempty"`
	Operation  string `json:"operation,omitempty"`
	Undeclared []int  `json:"undeclared,omitempty"`
}

func rows(routes []statuslint.RouteInfo, docs []*apidoc.Document, cwd string) []routeRow {
	out := []routeRow{}
	for _, r := range routes {
		row := routeRow{
			Method: r.Method, Path: r.Path, Handler: r.Handler,
			File: report.Rel(cwd, r.File), Line: r.Line,
			Statuses: append([]int{}, r.Statuses...), Unknown: r.Unknown, Remote: r.Remote, Partial: r.Partial,
		}
		if r.RouteFile != "" {
			row.Registered = fmt.Sprintf("%s:%d", report.Rel(cwd, r.RouteFile), r.RouteLine)
		}
		if len(docs) > 0 && r.Method != "" && r.Path != "" {
			op := find(docs, r.Method, r)
			documented := op != nil
			row.Documented = &documented
			if op != nil {
				row.Operation = filepath.Base(op.File)
				if op.Line > 0 {
					row.Operation += ":" + strconv.Itoa(op.Line)
				}
				for _, s := range r.Statuses {
					if !op.Declares(s) {
						row.Undeclared = append(row.Undeclared, s)
					}
				}
			}
		}
		out = append(out, row)
	}
	return out
}

// printRoutes writes the inventory: a table, or a JSON array.
func printRoutes(w io.Writer, routes []statuslint.RouteInfo, docs []*apidoc.Document, asJSON bool, cwd string) error {
	rs := rows(routes, docs, cwd)
	if asJSON {
		data, err := json.MarshalIndent(rs, "", "\t")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", data)
		return err
	}
	tw := tabwriter.NewWriter(w, 0, 8, 2, ' ', 0)
	head := "METHOD\tPATH\tSTATUSES\tHANDLER\tFILE"
	if len(docs) > 0 {
		head += "\tOPENAPI"
	}
	fmt.Fprintln(tw, head)
	for _, r := range rs {
		method, path := r.Method, r.Path
		if method == "" {
			method = "*"
		}
		if path == "" {
			path = "?"
		} else if r.Partial {
			path = "…" + path
		}
		var st []string
		for _, s := range r.Statuses {
			st = append(st, strconv.Itoa(s))
		}
		if r.Unknown {
			st = append(st, "?")
		}
		statuses := strings.Join(st, " ")
		if statuses == "" {
			statuses = "-"
		}
		line := fmt.Sprintf("%s\t%s\t%s\t%s\t%s:%d", method, path, statuses, r.Handler, r.File, r.Line)
		if len(docs) > 0 {
			switch {
			case r.Documented == nil:
				line += "\t?"
			case !*r.Documented:
				line += "\tnot documented"
			case len(r.Undeclared) > 0:
				var u []string
				for _, s := range r.Undeclared {
					u = append(u, strconv.Itoa(s))
				}
				line += "\tundeclared: " + strings.Join(u, ", ")
			default:
				line += "\tok"
			}
		}
		fmt.Fprintln(tw, line)
	}
	return tw.Flush()
}

// unserved reports, with -openapi.routes, each operation of the documents
// no route of the root packages serves: method and path compared as
// Document.Find compares them (apidoc.NormalizePath). A route whose method
// is not known serves every method of its path; one whose path is not a
// constant may serve any path, so operations of its methods are not
// reported (silent when unsure). Reported only when undocumented-route,
// the rule for the reverse, is selected.
func unserved(a *analysis.Analyzer, docs []*apidoc.Document, routes []statuslint.RouteInfo, roots []*packages.Package) []report.Finding {
	if len(docs) == 0 {
		return nil
	}
	enabled, err := statuslint.Select(splitList(analyzerFlag(a, "enable")), splitList(analyzerFlag(a, "disable")))
	if err != nil || !slices.ContainsFunc(enabled, func(r rules.Rule) bool { return r.ID == rules.UndocumentedRoute.ID }) {
		return nil
	}
	served := map[string]bool{} // "METHOD normalized-path"; METHOD "*" for every method
	var tails []routeTail       // routes whose prefix could not be read: they serve any path ending with theirs
	for _, r := range routes {
		if r.Partial && r.Path != "" {
			tails = append(tails, routeTail{r.Method, apidoc.NormalizePath(r.Path)})
			continue
		}
		method, path := r.Method, "{any}"
		if method == "" {
			method = "*"
		}
		if r.Path != "" {
			path = apidoc.NormalizePath(r.Path)
		}
		served[method+" "+path] = true
	}
	serves := func(method, path string) bool {
		for _, m := range []string{method, "*"} {
			if served[m+" "+path] || served[m+" {any}"] {
				return true
			}
		}
		for _, t := range tails {
			if (t.method == "" || t.method == method || method == "HEAD" && t.method == "GET") &&
				(t.path == "/" || strings.HasSuffix(path, t.path)) {
				return true
			}
		}
		return method == "HEAD" && (served["GET "+path] || served["GET {any}"]) // a GET route serves HEAD
	}
	pkg := ""
	if len(roots) > 0 {
		pkg = roots[0].ID
	}
	var out []report.Finding
	for _, d := range docs {
		for _, op := range d.Ops {
			method := strings.ToUpper(op.Method)
			if method == "" || op.Path == "" || serves(method, apidoc.NormalizePath(op.Path)) {
				continue
			}
			file := op.File
			if file == "" {
				file = d.File
			}
			line := max(op.Line, 1)
			out = append(out, report.Finding{
				Package:  pkg,
				Rule:     rules.UndocumentedRoute.ID,
				Message:  fmt.Sprintf("%s: operation %s %s (%s) is served by no route", rules.UndocumentedRoute.ID, method, op.Path, filepath.Base(file)),
				URL:      "https://github.com/statuslint/statuslint#" + rules.UndocumentedRoute.ID,
				Level:    level(rules.UndocumentedRoute.ID),
				Position: report.Position{File: file, Line: line, Col: 1, EndLine: line, EndCol: 1},
				Func:     method + " " + op.Path, // with Text, the fingerprint: no line numbers
				Text:     method + " " + op.Path,
			})
		}
	}
	return out
}

// routeTail is a route whose prefix could not be read: its method ("" for
// every one) and the end of its path, normalized.
type routeTail struct{ method, path string }
