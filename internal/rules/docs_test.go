package rules

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestREADMEIsGenerated fails when README.md's rule table and sections are
// not what go generate writes from the rules' metadata.
func TestREADMEIsGenerated(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	want, err := SpliceMarkdown(readme)
	if err != nil {
		t.Fatalf("README.md: %v", err)
	}
	if readme != want {
		t.Errorf("README.md rules section is stale; run go generate ./internal/rules\n%s", firstDiff(readme, want))
	}
}

// TestEveryRuleHasItsFileAndDocs: a rule lives in internal/rules/<rule_id>.go
// and carries the documentation the README, -list and -explain are made of.
func TestEveryRuleHasItsFileAndDocs(t *testing.T) {
	declared := ruleLiterals(t)
	registered := map[string]bool{}
	for _, r := range Registry {
		registered[r.ID] = true
		file := strings.ReplaceAll(r.ID, "-", "_") + ".go"
		switch got, ok := declared[r.ID]; {
		case !ok:
			t.Errorf("rule %s is not declared in internal/rules (want a Rule{ID: %q, ...} in %s)", r.ID, r.ID, file)
		case got != file:
			t.Errorf("rule %s is declared in %s; want it in its own file %s", r.ID, got, file)
		}
		for _, f := range []struct{ name, value string }{
			{"Title", r.Title}, {"Doc", r.Doc}, {"Wrong", r.Wrong}, {"Right", r.Right}, {"Basis", r.Basis},
		} {
			if strings.TrimSpace(f.value) == "" {
				t.Errorf("rule %s has no %s", r.ID, f.name)
			}
		}
		if first, _ := utf8.DecodeRuneInString(r.Title); unicode.IsUpper(first) || strings.HasSuffix(r.Title, ".") || utf8.RuneCountInString(r.Title) >= 60 {
			t.Errorf("rule %s: title %q should be lower case, without a period, under 60 characters", r.ID, r.Title)
		}
		if first, _ := utf8.DecodeRuneInString(r.Fix); unicode.IsUpper(first) || strings.HasSuffix(r.Fix, ".") {
			t.Errorf("rule %s: fix %q should be lower case, without a period", r.ID, r.Fix)
		}
		if r.Doc != strings.TrimSpace(r.Doc) || strings.Contains(r.Doc, "\n\n\n") || strings.Contains(r.Doc, " \n") {
			t.Errorf("rule %s: Doc has leading, trailing or doubled blank space", r.ID)
		}
		if example(r.Wrong) == example(r.Right) {
			t.Errorf("rule %s: the wrong and right examples are the same", r.ID)
		}
		if r.Run == nil {
			t.Errorf("rule %s has no Run", r.ID)
		}
	}
	for id, file := range declared {
		if !registered[id] {
			t.Errorf("rule %s (%s) is not in Registry", id, file)
		}
	}
}

// ruleLiterals maps the ID of each Rule literal in the package's files to its file.
func ruleLiterals(t *testing.T) map[string]string {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.CompositeLit)
			if !ok {
				return true
			}
			if typ, ok := lit.Type.(*ast.Ident); !ok || typ.Name != "Rule" {
				return true
			}
			for _, elt := range lit.Elts {
				kv, ok := elt.(*ast.KeyValueExpr)
				if !ok {
					continue
				}
				if key, ok := kv.Key.(*ast.Ident); !ok || key.Name != "ID" {
					continue
				}
				if s, ok := kv.Value.(*ast.BasicLit); ok && s.Kind == token.STRING {
					if id, err := strconv.Unquote(s.Value); err == nil {
						if prev, dup := out[id]; dup {
							t.Errorf("rule %s is declared in %s and %s", id, prev, name)
						}
						out[id] = name
					}
				}
			}
			return false
		})
	}
	return out
}

func TestList(t *testing.T) {
	golden(t, "list.golden", List())
}

var testRules = []Rule{{
	ID:    "test-status",
	Group: Default,
	Title: "a status the test does not like",
	Doc: "A status in a test. Quiet in production.\n" +
		"\n" +
		"- one `item`;\n" +
		"- another.",
	Wrong: `
w.WriteHeader(http.StatusTeapot)
`,
	Right: `
if ok {
	w.WriteHeader(http.StatusOK)
}
`,
	Basis: "RFC 2324",
	Fix:   "replaces the status with 200",
}, {
	ID:    "test-header",
	Group: Strict,
	Title: "a header | the test wants",
	Doc:   "A missing header.",
	Wrong: "w.WriteHeader(http.StatusOK)",
	Right: "w.Header().Set(\"X-Test\", \"1\")\nw.WriteHeader(http.StatusOK)",
	Basis: "the test | its table",
}}

func TestExplain(t *testing.T) {
	var out []string
	for _, r := range testRules {
		out = append(out, Explain(r))
	}
	golden(t, "explain.golden", strings.Join(out, "----\n"))

	for _, r := range Registry {
		got := Explain(r)
		right := "    " + strings.ReplaceAll(example(r.Right), "\n", "\n    ")
		right = strings.ReplaceAll(right, "\n    \n", "\n\n")
		for _, want := range []string{r.ID, r.Title, strings.TrimSpace(r.Doc), right, r.Basis, r.URL()} {
			if !strings.Contains(got, want) {
				t.Errorf("Explain(%s) does not contain %q", r.ID, want)
			}
		}
	}
}

func TestMarkdown(t *testing.T) {
	golden(t, "markdown.golden", markdown(testRules))
}

func TestURL(t *testing.T) {
	if got, want := MethodStatus.URL(), "https://github.com/statuslint/statuslint/blob/main/README.md#method-status"; got != want {
		t.Errorf("URL() = %q, want %q", got, want)
	}
}

func TestSpliceMarkdown(t *testing.T) {
	for _, readme := range []string{
		"# x\n",
		beginGenerated + "\n" + endGenerated + "\n",         // BEGIN must follow a line
		"x\n" + endGenerated + "\n" + beginGenerated + "\n", // END before BEGIN
	} {
		if _, err := SpliceMarkdown(readme); err == nil {
			t.Errorf("SpliceMarkdown(%q): no error", readme)
		}
	}
	readme := "# x\n\n" + beginGenerated + "\nold\n" + endGenerated + "\n\n## next\n"
	got, err := SpliceMarkdown(readme)
	if want := "# x\n\n" + beginGenerated + "\n\n" + Markdown() + "\n" + endGenerated + "\n\n## next\n"; err != nil || got != want {
		t.Errorf("SpliceMarkdown = %q, %v\nwant %q", got, err, want)
	}
	if again, _ := SpliceMarkdown(got); again != got {
		t.Errorf("SpliceMarkdown is not idempotent")
	}
}

// golden compares got with testdata/name; -update rewrites the file.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/rules -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test ./internal/rules -update rewrites it):\n%s", path, firstDiff(string(want), got))
	}
}

// firstDiff shows the first line where have and want differ.
func firstDiff(have, want string) string {
	h, w := strings.Split(have, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(h) || i < len(w); i++ {
		var hl, wl string
		if i < len(h) {
			hl = h[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if hl != wl || i >= len(h) || i >= len(w) {
			return fmt.Sprintf("line %d:\n have %q\n want %q", i+1, hl, wl)
		}
	}
	return "(they differ only in line endings)"
}
