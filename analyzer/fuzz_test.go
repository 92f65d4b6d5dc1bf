package statuslint_test

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

// FuzzAnalyzer feeds statuslint one handler file at a time: valid Go that
// type-checks against the real frameworks (gin, echo v4 and v5, chi and
// go-chi/render, gorilla/mux, fiber v2 and v3, a few libraries handlers
// use) and the standard library. An input is the file's source and a list
// of edits to its syntax tree (see mutate), which keep most mutants
// type-checking where the fuzzer's byte mutations of the source rarely
// do. Inputs that do not parse or type-check are skipped. statuslint, with
// every rule on, must return no error (a recovered panic is one), report
// well-formed fixes, export facts that gob-encode, and each fix alone must
// leave a file that still type-checks. The seeds (testdata/fuzz/FuzzAnalyzer,
// files of testdata/src/<rule>/) run in every `go test`; `make fuzz`
// mutates them.
func FuzzAnalyzer(f *testing.F) {
	env := fuzzSetup(f)
	a := statuslint.New(statuslint.Config{Enable: []string{"all"}})
	f.Fuzz(func(t *testing.T, src string, edits []byte) {
		src, ok := mutate(src, edits)
		if !ok {
			t.Skip("does not parse")
		}
		type result struct {
			problems        []string
			findings, fixes int
			typeChecks      bool
		}
		done := make(chan result, 1)
		go func() {
			var r result
			r.problems, r.findings, r.fixes, r.typeChecks = env.check(a, src)
			done <- r
		}()
		select {
		case r := <-done:
			if !r.typeChecks {
				t.Skip("does not type-check")
			}
			for _, p := range r.problems {
				t.Error(p)
			}
			if len(r.problems) > 0 {
				t.Logf("input:\n%s", src)
			}
			t.Logf("%d findings, %d fixes", r.findings, r.fixes)
		case <-time.After(fuzzDeadline):
			buf := make([]byte, 1<<20)
			t.Fatalf("the analysis did not end in %v; goroutines:\n%s\ninput:\n%s", fuzzDeadline, buf[:runtime.Stack(buf, true)], src)
		}
	})
}

// fuzzDeadline is how long one input may take: the analysis of one file
// takes milliseconds, so this is a loop that does not end.
const fuzzDeadline = 30 * time.Second

// fuzzEnv is what every input is checked against: the imports, loaded once
// per process from export data, and their file set.
type fuzzEnv struct {
	fset    *token.FileSet
	imports map[string]*types.Package
	sizes   types.Sizes
}

var fuzzOnce struct {
	sync.Once
	env *fuzzEnv
	err error
}

// fuzzImports are the packages a fuzz input may import.
var fuzzImports = []string{
	"bufio", "bytes", "context", "crypto/subtle", "database/sql", "encoding/json", "errors", "fmt",
	"html/template", "io", "io/fs", "log", "net/http", "net/http/httptest", "os", "os/exec",
	"path/filepath", "slices", "strconv", "strings", "sync", "time",
	"github.com/gin-gonic/gin", "github.com/gin-gonic/gin/binding", "github.com/go-chi/chi/v5",
	"github.com/go-chi/render", "github.com/gorilla/mux", "github.com/labstack/echo/v4",
	"github.com/labstack/echo/v5", "github.com/gofiber/fiber/v2", "github.com/gofiber/fiber/v3",
	"github.com/go-playground/validator/v10", "github.com/go-sql-driver/mysql", "github.com/golang-jwt/jwt/v5",
	"github.com/google/uuid", "github.com/jackc/pgx/v5", "github.com/jackc/pgx/v5/pgconn",
	"golang.org/x/crypto/bcrypt", "golang.org/x/sync/errgroup", "gorm.io/gorm",
}

func fuzzSetup(tb testing.TB) *fuzzEnv {
	fuzzOnce.Do(func() {
		pkgs, err := packages.Load(&packages.Config{
			Mode: packages.NeedName | packages.NeedTypes | packages.NeedImports | packages.NeedDeps | packages.NeedTypesSizes,
			Dir:  "../testdata",
			Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
		}, fuzzImports...)
		if err == nil && packages.PrintErrors(pkgs) > 0 {
			err = fmt.Errorf("the frameworks do not load (run make testdeps)")
		}
		if err != nil {
			fuzzOnce.err = err
			return
		}
		env := &fuzzEnv{fset: pkgs[0].Fset, imports: map[string]*types.Package{}, sizes: pkgs[0].TypesSizes}
		for _, p := range pkgs {
			env.imports[p.PkgPath] = p.Types
		}
		fuzzOnce.env = env
	})
	if fuzzOnce.err != nil {
		tb.Fatal(fuzzOnce.err)
	}
	return fuzzOnce.env
}

func (env *fuzzEnv) Import(path string) (*types.Package, error) {
	if p, ok := env.imports[path]; ok {
		return p, nil
	}
	return nil, fmt.Errorf("%s is not among the fuzz imports", path)
}

const fuzzFile = "handler.go"

// typeCheck parses and type-checks src as the only file of a package; the
// file is removed from the file set by done.
func (env *fuzzEnv) typeCheck(src string) (f *ast.File, pkg *types.Package, info *types.Info, done func(), ok bool) {
	f, err := parser.ParseFile(env.fset, fuzzFile, src, parser.ParseComments|parser.SkipObjectResolution)
	if f == nil {
		return nil, nil, nil, nil, false
	}
	done = func() { env.fset.RemoveFile(env.fset.File(f.FileStart)) }
	if err != nil {
		done()
		return nil, nil, nil, nil, false
	}
	info = &types.Info{
		Types:        map[ast.Expr]types.TypeAndValue{},
		Instances:    map[*ast.Ident]types.Instance{},
		Defs:         map[*ast.Ident]types.Object{},
		Uses:         map[*ast.Ident]types.Object{},
		Implicits:    map[ast.Node]types.Object{},
		Selections:   map[*ast.SelectorExpr]*types.Selection{},
		Scopes:       map[ast.Node]*types.Scope{},
		FileVersions: map[*ast.File]string{},
	}
	conf := types.Config{Importer: env, Sizes: env.sizes, GoVersion: "go1.26", Error: func(error) {}}
	pkg, err = conf.Check("example.com/fuzz", env.fset, []*ast.File{f}, info)
	if err != nil {
		done()
		return nil, nil, nil, nil, false
	}
	return f, pkg, info, done, true
}

// check runs a and what it requires over src, as the checker would, with
// no facts from other packages, and returns what is wrong.
func (env *fuzzEnv) check(a *analysis.Analyzer, src string) (problems []string, findings, fixes int, typeChecks bool) {
	f, pkg, info, done, ok := env.typeCheck(src)
	if !ok {
		return nil, 0, 0, false
	}
	defer done()
	problem := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	var order []*analysis.Analyzer
	var visit func(*analysis.Analyzer)
	visit = func(a *analysis.Analyzer) {
		if !slices.Contains(order, a) {
			for _, r := range a.Requires {
				visit(r)
			}
			order = append(order, a)
		}
	}
	visit(a)

	results := map[*analysis.Analyzer]any{}
	var diags []analysis.Diagnostic
	for _, an := range order {
		var facts []analysis.ObjectFact
		pass := &analysis.Pass{
			Analyzer:   an,
			Fset:       env.fset,
			Files:      []*ast.File{f},
			Pkg:        pkg,
			TypesInfo:  info,
			TypesSizes: env.sizes,
			Module:     &analysis.Module{},
			ResultOf:   map[*analysis.Analyzer]any{},
			ReadFile: func(name string) ([]byte, error) {
				if name == fuzzFile {
					return []byte(src), nil
				}
				return nil, fmt.Errorf("%s is not a file of the package", name)
			},
			ImportObjectFact:  func(types.Object, analysis.Fact) bool { return false },
			ImportPackageFact: func(*types.Package, analysis.Fact) bool { return false },
			ExportPackageFact: func(analysis.Fact) {},
			AllPackageFacts:   func() []analysis.PackageFact { return nil },
			AllObjectFacts:    func() []analysis.ObjectFact { return facts },
			ExportObjectFact: func(obj types.Object, fact analysis.Fact) {
				// The checker's and unitchecker's conditions: an object of
				// this package, a declared fact type, gob-encodable.
				if obj.Pkg() != pkg {
					panic(fmt.Sprintf("fact %T on %s, an object of another package", fact, obj))
				}
				if !slices.ContainsFunc(an.FactTypes, func(ft analysis.Fact) bool { return reflect.TypeOf(ft) == reflect.TypeOf(fact) }) {
					panic(fmt.Sprintf("fact %T is not among %s's fact types", fact, an.Name))
				}
				if err := gob.NewEncoder(&bytes.Buffer{}).Encode(fact); err != nil {
					panic(fmt.Sprintf("fact %T on %s does not encode: %v", fact, obj, err))
				}
				facts = append(facts, analysis.ObjectFact{Object: obj, Fact: fact})
			},
		}
		pass.Report = func(d analysis.Diagnostic) {
			if an == a {
				diags = append(diags, d)
			}
		}
		for _, r := range an.Requires {
			pass.ResultOf[r] = results[r]
		}
		res, err := an.Run(pass)
		if err != nil {
			problem("%s: %v", an.Name, err)
			return problems, len(diags), 0, true
		}
		if got := reflect.TypeOf(res); got != an.ResultType {
			problem("%s returned a %v, want %v", an.Name, got, an.ResultType)
			return problems, len(diags), 0, true
		}
		results[an] = res
	}
	tf := env.fset.File(f.FileStart)
	for _, d := range diags {
		if d.Category == "" || !strings.HasPrefix(d.Message, d.Category+": ") || tf.Pos(0) > d.Pos || d.Pos > f.FileEnd {
			problem("malformed diagnostic %+v", d)
		}
		for _, fix := range d.SuggestedFixes {
			fixes++
			fixed, err := applyFix(tf, src, fix)
			if err != nil {
				problem("%s: fix %q: %v", env.fset.Position(d.Pos), fix.Message, err)
				continue
			}
			_, _, _, doneFixed, ok := env.typeCheck(fixed)
			if !ok {
				problem("%s: fix %q leaves a file that does not type-check:\n%s", env.fset.Position(d.Pos), fix.Message, fixed)
				continue
			}
			doneFixed()
		}
	}
	return problems, len(diags), fixes, true
}

// applyFix applies one fix's edits, which must lie in the file and not
// overlap (as the checker requires).
func applyFix(tf *token.File, src string, fix analysis.SuggestedFix) (string, error) {
	edits := slices.Clone(fix.TextEdits)
	slices.SortStableFunc(edits, func(x, y analysis.TextEdit) int { return int(x.Pos - y.Pos) })
	var b strings.Builder
	last := 0
	for _, e := range edits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		if e.Pos < tf.Pos(0) || end < e.Pos || int(end) > tf.Base()+tf.Size() {
			return "", fmt.Errorf("edit %d-%d is outside the file", e.Pos, end)
		}
		start, stop := tf.Offset(e.Pos), tf.Offset(end)
		if start < last {
			return "", fmt.Errorf("edits overlap at offset %d", start)
		}
		b.WriteString(src[last:start])
		b.Write(e.NewText)
		last = stop
	}
	b.WriteString(src[last:])
	return b.String(), nil
}

// statusCodes are the values an edit gives an integer literal: statuses
// the rules treat differently and numbers that are not statuses.
var statusCodes = []string{"0", "-1", "99", "100", "101", "199", "200", "201", "202", "204", "206",
	"299", "301", "302", "303", "304", "307", "308", "400", "401", "403", "404", "405", "409",
	"415", "422", "429", "500", "503", "599", "600", "999", "1000", "2000"}

// statusNames are the net/http constants an edit puts in place of another.
var statusNames = []string{"StatusContinue", "StatusOK", "StatusCreated", "StatusAccepted",
	"StatusNoContent", "StatusMovedPermanently", "StatusFound", "StatusSeeOther", "StatusNotModified",
	"StatusTemporaryRedirect", "StatusBadRequest", "StatusUnauthorized", "StatusForbidden",
	"StatusNotFound", "StatusMethodNotAllowed", "StatusConflict", "StatusUnsupportedMediaType",
	"StatusUnprocessableEntity", "StatusInternalServerError", "StatusServiceUnavailable",
	"MethodGet", "MethodHead", "MethodPost", "MethodPut", "MethodPatch", "MethodDelete", "MethodOptions"}

// mutate applies edits to src's syntax tree and prints it again. Each pair
// of bytes is one edit, (kind, n): n picks the statement or literal. A
// statement is deleted, duplicated, swapped with the next, followed by a
// return, or wrapped in an if; an integer literal becomes one of
// statusCodes; a net/http status or method constant becomes another.
// Mutants that no longer type-check are skipped by the caller.
func mutate(src string, edits []byte) (string, bool) {
	if len(edits) == 0 {
		return src, true
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, fuzzFile, src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return "", false
	}
	type slot struct {
		block   *ast.BlockStmt
		results bool // the enclosing function returns values
	}
	var blocks []slot
	var ints []*ast.BasicLit
	var names []*ast.Ident
	var funcs []*ast.FuncType
	ast.Inspect(f, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncDecl:
			funcs = append(funcs, n.Type)
		case *ast.FuncLit:
			funcs = append(funcs, n.Type)
		case *ast.BlockStmt:
			if len(funcs) > 0 {
				ft := funcs[len(funcs)-1]
				blocks = append(blocks, slot{n, ft.Results != nil && len(ft.Results.List) > 0})
			}
		case *ast.BasicLit:
			if n.Kind == token.INT {
				ints = append(ints, n)
			}
		case *ast.SelectorExpr:
			if x, ok := n.X.(*ast.Ident); ok && x.Name == "http" && (strings.HasPrefix(n.Sel.Name, "Status") || strings.HasPrefix(n.Sel.Name, "Method")) {
				names = append(names, n.Sel)
			}
		}
		return true
	})
	if len(edits) > 32 {
		edits = edits[:32]
	}
	for i := 0; i+1 < len(edits); i += 2 {
		kind, n := int(edits[i]), int(edits[i+1])
		switch kind % 8 {
		case 0, 1, 2, 3, 4:
			if len(blocks) == 0 {
				continue
			}
			s := blocks[n%len(blocks)]
			list := s.block.List
			if len(list) == 0 {
				continue
			}
			j := (n / len(blocks)) % len(list)
			switch kind % 8 {
			case 0: // delete
				list = slices.Delete(list, j, j+1)
			case 1: // duplicate
				list = slices.Insert(list, j, list[j])
			case 2: // swap with the next
				if j+1 < len(list) {
					list[j], list[j+1] = list[j+1], list[j]
				}
			case 3: // return after it
				if !s.results {
					list = slices.Insert(list, j+1, ast.Stmt(&ast.ReturnStmt{}))
				}
			case 4: // wrap in an if
				list[j] = &ast.IfStmt{Cond: ast.NewIdent("true"), Body: &ast.BlockStmt{List: []ast.Stmt{list[j]}}}
			}
			s.block.List = list
		case 5, 6:
			if len(ints) > 0 {
				ints[n%len(ints)].Value = statusCodes[(n/len(ints)+kind)%len(statusCodes)]
			}
		case 7:
			if len(names) > 0 {
				names[n%len(names)].Name = statusNames[(n/len(names))%len(statusNames)]
			}
		}
	}
	var b bytes.Buffer
	if err := format.Node(&b, fset, f); err != nil {
		return "", false
	}
	return b.String(), true
}
