package statuslint_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis/analysistest"
)

// testdata is a module (testdata/go.mod) that requires the real framework
// modules at pinned versions; `make testdeps` downloads them, since
// analysistest loads with GOPROXY=off.
func testdata(t *testing.T) string {
	dir, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRules runs each rule alone over testdata/src/<rule-id>: every
// `// want` must be reported, nothing else may be, and the suggested fixes
// must produce the .golden files. All rule packages are loaded at once (the
// framework modules are type-checked once); RulePerPackage makes the
// analyzer run, in each package, only the rule the package is named after.
func TestRules(t *testing.T) {
	var patterns []string
	for _, r := range rules.Registry {
		patterns = append(patterns, "./src/"+r.ID+"/...")
	}
	a := statuslint.New(statuslint.Config{Enable: []string{"all"}, RulePerPackage: true,
		OpenAPI:       ruleDocuments,
		OpenAPIRoutes: true,
	})
	analysistest.RunWithSuggestedFixes(t, testdata(t), a, patterns...)
}

// ruleDocuments are the OpenAPI documents of the rules' testdata, relative
// to the testdata module's root (each rule's paths are its own).
var ruleDocuments = []string{
	"src/undeclared-status/docs/openapi30.yaml",
	"src/undeclared-status/docs/openapi31.json",
	"src/undeclared-status/docs/swagger20.yaml",
	"src/undeclared-status/docs/swagger20.json",
	"src/undeclared-status/docs/openapi30.json",
	"src/undeclared-status/docs/openapi31.yaml",
	"src/unanswered-status/docs/openapi.yaml",
	"src/undocumented-route/openapi.yaml",
}

// TestEveryRuleHasTestdataAndDocs keeps the registry, testdata and README in step.
func TestEveryRuleHasTestdataAndDocs(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, r := range rules.Registry {
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %q", r.ID)
		}
		seen[r.ID] = true
		if strings.ToLower(r.ID) != r.ID || strings.ContainsAny(r.ID, " _") {
			t.Errorf("rule ID %q is not kebab-case", r.ID)
		}
		if _, err := os.Stat(filepath.Join("../testdata/src", r.ID)); err != nil {
			t.Errorf("rule %s has no testdata/src/%s", r.ID, r.ID)
		}
		// Every rule is also tested through helpers of another package.
		if src, err := os.ReadFile(filepath.Join("../testdata/src", r.ID, "helpers.go")); err != nil ||
			!strings.Contains(string(src), `"statuslint.test/src/helpers/`) {
			t.Errorf("rule %s has no testdata/src/%s/helpers.go using statuslint.test/src/helpers/...", r.ID, r.ID)
		}
		if !strings.Contains(string(readme), "\n### "+r.ID+"\n") {
			t.Errorf("README.md has no section \"### %s\"", r.ID)
		}
		if r.Group != rules.Default && r.Group != rules.Strict {
			t.Errorf("rule %s has unknown group %q", r.ID, r.Group)
		}
	}
}

func TestSelect(t *testing.T) {
	ids := func(enable, disable []string) string {
		rs, err := statuslint.Select(enable, disable)
		if err != nil {
			return "error: " + err.Error()
		}
		var out []string
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return strings.Join(out, ",")
	}
	var defaults []string
	for _, r := range rules.Registry {
		if r.Group == rules.Default {
			defaults = append(defaults, r.ID)
		}
	}
	all := strings.Join(defaults, ",")
	for _, tc := range []struct {
		enable, disable []string
		want            string
	}{
		{nil, nil, all},
		{nil, []string{"missing-return"}, strings.Replace(all, ",missing-return", "", 1)},
		{[]string{"method-status"}, []string{"all"}, "method-status"},
		{nil, []string{"default"}, ""},
		{[]string{"strict"}, []string{"default"}, "unauthorized-challenge,allow-header,created-location,async-accepted,unanswered-status,undocumented-route"},
		{[]string{"all"}, nil, strings.Join(rules.IDs(), ",")},
		{[]string{"bogus"}, nil, `error: unknown rule "bogus"; valid rules: ` + strings.Join(rules.IDs(), ", ") + "; groups: default, strict, all"},
	} {
		if got := ids(tc.enable, tc.disable); got != tc.want {
			t.Errorf("Select(%v, %v) = %q, want %q", tc.enable, tc.disable, got, tc.want)
		}
	}
}

// TestSuppress checks //statuslint:ignore: it silences the named rules on
// its line and the next, and a directive without a reason, with an unknown
// rule, or silencing nothing is itself reported.
func TestSuppress(t *testing.T) {
	a := statuslint.New(statuslint.Config{})
	analysistest.Run(t, testdata(t), a, "./src/suppress/...")
}

// TestWrappers: helpers declared by configuration (interface methods,
// function values in variables and fields) are status writes like inferred ones.
func TestWrappers(t *testing.T) {
	a := statuslint.New(statuslint.Config{Wrappers: []string{
		"statuslint.test/src/wrappers.Responder.JSON:1",
		"statuslint.test/src/wrappers.WriteJSON:1",
		"statuslint.test/src/wrappers.Server.Fail:1",
	}})
	analysistest.Run(t, testdata(t), a, "./src/wrappers")
}

// TestMessagePhrases: -message-status.phrases adds to the table, one use
// after another, and a malformed entry is a one-line error.
func TestMessagePhrases(t *testing.T) {
	a := statuslint.New(statuslint.Config{Disable: []string{"all"}, Enable: []string{"message-status"}})
	for _, v := range []string{"nicht gefunden:404;keine Berechtigung:403", "Rate  Limit exceeded:429"} {
		if err := a.Flags.Set("message-status.phrases", v); err != nil {
			t.Fatalf("-message-status.phrases=%s: %v", v, err)
		}
	}
	if got, want := a.Flags.Lookup("message-status.phrases").Value.String(), "nicht gefunden:404;keine Berechtigung:403;Rate  Limit exceeded:429"; got != want {
		t.Errorf("-message-status.phrases reads back as %q, want %q", got, want)
	}
	analysistest.Run(t, testdata(t), a, "./src/phrases")

	for _, v := range []string{"nicht gefunden", "nicht gefunden:500", ":404", "gone:4o4", `"quoted":404`} {
		a := statuslint.New(statuslint.Config{})
		err := a.Flags.Set("message-status.phrases", v)
		if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "bad entry") {
			t.Errorf("-message-status.phrases=%s: error %v, want one line naming the bad entry", v, err)
		}
	}
	// A bad Config value is reported when the analyzer runs.
	bad := statuslint.New(statuslint.Config{MessagePhrases: "nicht gefunden"})
	results := analysistest.Run(&testing.T{}, testdata(t), bad, "./src/phrases")
	if len(results) != 1 || results[0].Err == nil || !strings.Contains(results[0].Err.Error(), `-message-status.phrases: bad entry "nicht gefunden"`) {
		t.Errorf("Config.MessagePhrases with a bad entry: got %v", results)
	}
}

func TestWrapperSpecs(t *testing.T) {
	for _, spec := range []string{"nodot:1", "example.com/x.F", "example.com/x.F:one", "example.com/x.F:-1", "example.com/x.F:1:body", "example.com/x.F:1:2:3"} {
		a := statuslint.New(statuslint.Config{})
		if err := a.Flags.Set("wrappers", spec); err == nil {
			t.Errorf("-wrappers=%s: no error", spec)
		}
	}
	a := statuslint.New(statuslint.Config{})
	if err := a.Flags.Set("wrappers", "example.com/x.F:1,example.com/x.T.M:0:status"); err != nil {
		t.Errorf("-wrappers with good specs: %v", err)
	}
	if got := a.Flags.Lookup("wrappers").Value.String(); got != "example.com/x.F:1,example.com/x.T.M:0:status" {
		t.Errorf("-wrappers reads back as %q", got)
	}
}

// TestDocumentedSpecFirst: a spec-first server generated by oapi-codegen
// is checked against its document through the generated interface: the
// implementation's statuses against each operation, nothing inside the
// generated package.
func TestDocumentedSpecFirst(t *testing.T) {
	a := statuslint.New(statuslint.Config{
		Enable:  []string{"undeclared-status", "unanswered-status", "undocumented-route"},
		Disable: []string{"default"},
		OpenAPI: []string{"src/oapidoc/petstore.yaml"}, OpenAPIRoutes: true,
	})
	analysistest.Run(t, testdata(t), a, "./src/oapidoc", "./src/empty-delete-ok/petapi")
}
