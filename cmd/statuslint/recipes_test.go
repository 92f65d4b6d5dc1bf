package main_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"
)

// The CI recipes (action.yml, .pre-commit-hooks.yaml, examples/ci/*.yml,
// .github/workflows/ci.yml) cannot run here as GitHub, GitLab or pre-commit
// would run them. These tests check what can be checked: the YAML parses and
// names real inputs, and the statuslint commands in it are run, through the
// shell as the CI would run them, on a small service in a git repository.

// ghStep is a step of a workflow job or a composite action.
type ghStep struct {
	Name             string
	ID               string
	If               string
	Uses             string
	Run              string
	Shell            string
	WorkingDirectory string `yaml:"working-directory"`
	Env              map[string]string
	With             map[string]string
}

type actionFile struct {
	Name   string
	Inputs map[string]struct {
		Description string
		Default     string
	}
	Runs struct {
		Using string
		Steps []ghStep
	}
}

type workflowFile struct {
	Name        string
	On          map[string]any `yaml:"on"`
	Permissions map[string]string
	Jobs        map[string]struct {
		If          string
		RunsOn      string `yaml:"runs-on"`
		Permissions map[string]string
		Steps       []ghStep
	}
}

func readYAML(t *testing.T, rel string, v any) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot(t), filepath.FromSlash(rel)))
	if err != nil {
		t.Fatal(err)
	}
	if err := yaml.Unmarshal(b, v); err != nil {
		t.Fatalf("%s does not parse: %v", rel, err)
	}
	return string(b)
}

// exprRE matches a GitHub expression, ${{ ... }}.
var exprRE = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)

func TestActionInputs(t *testing.T) {
	var a actionFile
	text := readYAML(t, "action.yml", &a)
	if a.Name == "" || a.Runs.Using != "composite" {
		t.Fatalf("action.yml: name %q, runs.using %q; want a named composite action", a.Name, a.Runs.Using)
	}
	for _, in := range []string{"version", "packages", "flags", "baseline", "sarif", "working-directory"} {
		if _, ok := a.Inputs[in]; !ok {
			t.Errorf("action.yml declares no input %q", in)
		}
	}
	used := map[string]bool{}
	for _, m := range regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`).FindAllStringSubmatch(text, -1) {
		used[m[1]] = true
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml uses inputs.%s, which it does not declare", m[1])
		}
	}
	for name, in := range a.Inputs {
		if !used[name] {
			t.Errorf("action.yml declares input %q but never uses it", name)
		}
		if in.Description == "" {
			t.Errorf("input %q has no description", name)
		}
	}
	for _, s := range a.Runs.Steps {
		if s.Run != "" && s.Shell != "bash" {
			t.Errorf("step %q: a composite action's run step needs shell: bash", s.Name)
		}
		if s.Run != "" && exprRE.MatchString(s.Run) {
			t.Errorf("step %q: expressions in run scripts are injected into the shell; pass them through env", s.Name)
		}
	}
	upload := stepUsing(a.Runs.Steps, "github/codeql-action/upload-sarif@")
	if upload == nil || !strings.Contains(upload.If, "always()") || upload.With["sarif_file"] == "" {
		t.Errorf("action.yml should upload the SARIF report with github/codeql-action/upload-sarif under if: always(): %+v", upload)
	}
}

func stepUsing(steps []ghStep, prefix string) *ghStep {
	for i := range steps {
		if strings.HasPrefix(steps[i].Uses, prefix) {
			return &steps[i]
		}
	}
	return nil
}

type preCommitHook struct {
	ID            string
	Name          string
	Entry         string
	Language      string
	Args          []string
	PassFilenames *bool `yaml:"pass_filenames"`
	Types         []string
}

func TestPreCommitHooks(t *testing.T) {
	var hooks []preCommitHook
	readYAML(t, ".pre-commit-hooks.yaml", &hooks)
	i := slices.IndexFunc(hooks, func(h preCommitHook) bool { return h.ID == "statuslint" })
	if i < 0 {
		t.Fatalf(".pre-commit-hooks.yaml has no hook with id statuslint: %+v", hooks)
	}
	h := hooks[i]
	if h.Language != "golang" || h.Entry != "statuslint" || h.PassFilenames == nil || *h.PassFilenames || !slices.Contains(h.Types, "go") || !slices.Equal(h.Args, []string{"./..."}) {
		t.Errorf("hook: %+v; want language golang, entry statuslint, pass_filenames false, types [go], args [./...]", h)
	}
	// language: golang builds the hook with `go install ./...` in a clone of
	// this repository: the entry must be a command of the root module.
	main, err := os.ReadFile(filepath.Join(repoRoot(t), "cmd", h.Entry, "main.go"))
	if err != nil || !strings.Contains(string(main), "\npackage main\n") {
		t.Errorf("go install ./... installs no command named %q: %v", h.Entry, err)
	}
	dir := serviceRepo(t)
	_, stderr, code := run(t, dir, h.Args...)
	if code != 3 {
		t.Fatalf("hook %s %v: exit %d, want 3 (findings fail the commit)\n%s", h.Entry, h.Args, code, stderr)
	}
	for _, want := range []string{": method-status: ", ": missing-return: ", ": no-content-body: "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("hook output lacks %q:\n%s", want, stderr)
		}
	}
}

func TestWorkflowsParse(t *testing.T) {
	var ci workflowFile
	readYAML(t, ".github/workflows/ci.yml", &ci)
	var runs []string
	goVersion := ""
	for _, job := range ci.Jobs {
		for _, s := range job.Steps {
			if s.Run != "" {
				runs = append(runs, strings.TrimSpace(s.Run))
			}
			if strings.HasPrefix(s.Uses, "actions/setup-go@") {
				goVersion = s.With["go-version"]
			}
		}
	}
	// The project's own workflow runs what .ci/run runs, and nothing else.
	if !slices.Equal(runs, []string{"bash .ci/run"}) {
		t.Errorf(".github/workflows/ci.yml runs %q; want exactly bash .ci/run", runs)
	}
	if _, err := os.Stat(filepath.Join(repoRoot(t), ".ci", "run")); err != nil {
		t.Error(err)
	}
	gomod, err := os.ReadFile(filepath.Join(repoRoot(t), "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^go (\d+\.\d+)`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod has no go directive")
	}
	if goVersion != string(m[1])+".x" {
		t.Errorf("ci.yml sets up Go %q; want %s.x, the go.mod's", goVersion, m[1])
	}

	var gh workflowFile
	readYAML(t, "examples/ci/github-actions.yml", &gh)
	var action actionFile
	readYAML(t, "action.yml", &action)
	if len(gh.Jobs) == 0 {
		t.Fatal("examples/ci/github-actions.yml has no jobs")
	}
	for name, job := range gh.Jobs {
		s := stepUsing(job.Steps, "statuslint/statuslint@")
		if s == nil {
			t.Errorf("job %s does not use statuslint/statuslint@", name)
			continue
		}
		for in := range s.With {
			if _, ok := action.Inputs[in]; !ok {
				t.Errorf("job %s passes %q, which action.yml does not declare", name, in)
			}
		}
		if strings.Contains(s.With["flags"], "-new-from-rev") {
			co := stepUsing(job.Steps, "actions/checkout@")
			if co == nil || co.With["fetch-depth"] != "0" {
				t.Errorf("job %s uses -new-from-rev, so its checkout needs fetch-depth: 0", name)
			}
		}
		if s.With["sarif"] == "true" && job.Permissions["security-events"] != "write" {
			t.Errorf("job %s uploads SARIF, so it needs permissions: security-events: write", name)
		}
	}

	var gl map[string]struct {
		Script    []string
		Artifacts struct {
			When    string
			Reports map[string]string
		}
	}
	readYAML(t, "examples/ci/gitlab-ci.yml", &gl)
	job, ok := gl["statuslint"]
	if !ok || len(job.Script) == 0 {
		t.Fatalf("examples/ci/gitlab-ci.yml has no statuslint job with a script")
	}
	if job.Artifacts.When != "always" || job.Artifacts.Reports["codequality"] == "" {
		t.Errorf("the GitLab job should keep its Code Quality report always: %+v", job.Artifacts)
	}
}

// fixture is a git repository holding a copy of the end-to-end service
// (src/e2e/api, two findings) on origin/main, with a committed baseline of
// them, and a pull request commit adding a third finding (no-content-body).
var fixture struct {
	once    sync.Once
	dir     string
	baseSHA string
	err     error
}

const baselineFile = "statuslint-baseline.json"

// serviceRepo returns a fresh copy of the fixture repository.
func serviceRepo(t *testing.T) string {
	t.Helper()
	fixture.once.Do(func() { fixture.dir, fixture.baseSHA, fixture.err = makeFixture(t) })
	if fixture.err != nil {
		t.Fatalf("fixture: %v", fixture.err)
	}
	dir := t.TempDir()
	if err := copyTree(fixture.dir, dir); err != nil {
		t.Fatal(err)
	}
	return dir
}

func makeFixture(t *testing.T) (dir, base string, err error) {
	// Under the binary's directory, which TestMain removes.
	dir = filepath.Join(filepath.Dir(binary), "fixture")
	src := filepath.Join(repoRoot(t), "testdata")
	for _, f := range []string{"go.mod", "go.sum"} {
		if err := copyFile(filepath.Join(src, f), filepath.Join(dir, f)); err != nil {
			return "", "", err
		}
	}
	if err := copyTree(filepath.Join(src, "src", "e2e", "api"), filepath.Join(dir, "src", "e2e", "api")); err != nil {
		return "", "", err
	}
	// The baseline is written with the command the example workflow gives.
	b, err := os.ReadFile(filepath.Join(repoRoot(t), "examples", "ci", "github-actions.yml"))
	if err != nil {
		return "", "", err
	}
	m := regexp.MustCompile(`statuslint (-write-baseline=\S+.*)`).FindSubmatch(b)
	if m == nil {
		return "", "", errors.New("examples/ci/github-actions.yml does not say how to write the baseline")
	}
	args := strings.Fields(string(m[1]))
	if args[0] != "-write-baseline="+baselineFile {
		return "", "", errors.New("the example writes the baseline to " + args[0] + ", not " + baselineFile)
	}
	if _, stderr, code := run(t, dir, args...); code != 0 {
		return "", "", fmt.Errorf("statuslint %s: exit %d, want 0: %s", strings.Join(args, " "), code, stderr)
	}
	git := func(args ...string) (string, error) {
		cmd := exec.Command("git", append([]string{"-c", "user.name=statuslint", "-c", "user.email=statuslint@example.com", "-c", "commit.gpgsign=false"}, args...)...)
		cmd.Dir = dir
		out, err := cmd.CombinedOutput()
		if err != nil {
			return "", errors.New("git " + strings.Join(args, " ") + ": " + err.Error() + ": " + string(out))
		}
		return strings.TrimSpace(string(out)), nil
	}
	steps := [][]string{
		{"init", "-q"},
		{"add", "."},
		{"commit", "-q", "-m", "base"},
		{"update-ref", "refs/remotes/origin/main", "HEAD"},
	}
	for _, s := range steps {
		if _, err := git(s...); err != nil {
			return "", "", err
		}
	}
	api := filepath.Join(dir, "src", "e2e", "api", "api.go")
	f, err := os.OpenFile(api, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return "", "", err
	}
	_, err = f.WriteString("\nfunc gone(w http.ResponseWriter, r *http.Request) {\n\tw.WriteHeader(http.StatusNoContent)\n\tw.Write([]byte(\"gone\"))\n}\n")
	f.Close()
	if err != nil {
		return "", "", err
	}
	if _, err := git("commit", "-q", "-a", "-m", "pull request: a body with 204"); err != nil {
		return "", "", err
	}
	base, err = git("rev-parse", "origin/main")
	return dir, base, err
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

func copyTree(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		return copyFile(p, filepath.Join(to, rel))
	})
}

// ciEnv is the environment the recipes' commands run in: this build of
// statuslint first on PATH (in place of the one CI would go install), and
// the module cache offline.
func ciEnv(extra ...string) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == "PATH" || strings.HasPrefix(k, "GITHUB_") || strings.HasPrefix(k, "CI_") {
			continue
		}
		env = append(env, kv)
	}
	env = append(env, "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"),
		"GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off", "CI=true")
	return append(env, extra...)
}

// ghRun is one run of the composite action in a workflow's job.
type ghRun struct {
	t        *testing.T
	action   actionFile
	ctx      map[string]string // expression values: inputs.x, github.x, steps.x.outputs.y
	dir      string            // the workspace
	failed   bool
	outputs  map[string]string // combined output of each step that ran, by name
	codes    map[string]int
	uploaded string // the SARIF file handed to upload-sarif
}

func (g *ghRun) expand(s string) string {
	return exprRE.ReplaceAllStringFunc(s, func(e string) string {
		return g.value(exprRE.FindStringSubmatch(e)[1])
	})
}

func (g *ghRun) value(ref string) string {
	ref = strings.TrimSpace(ref)
	if v, ok := g.ctx[ref]; ok {
		return v
	}
	if strings.HasPrefix(ref, "steps.") {
		return "" // an output not set, or a step that did not run
	}
	g.t.Fatalf("expression %q: not an input or context value the test knows", ref)
	return ""
}

// cond evaluates a step's if: the conditions the action uses (always(),
// ==, != and &&), with GitHub's implicit success() when always() is absent.
func (g *ghRun) cond(expr string) bool {
	expr = strings.TrimSpace(expr)
	if m := exprRE.FindStringSubmatch(expr); m != nil && m[0] == expr {
		expr = m[1]
	}
	if expr == "" {
		return !g.failed
	}
	always, ok := false, true
	operand := func(s string) string {
		s = strings.TrimSpace(s)
		if strings.HasPrefix(s, "'") && strings.HasSuffix(s, "'") {
			return s[1 : len(s)-1]
		}
		return g.value(s)
	}
	for _, term := range strings.Split(expr, "&&") {
		term = strings.TrimSpace(term)
		if term == "always()" {
			always = true
		} else if l, r, eq := strings.Cut(term, "=="); eq {
			ok = ok && operand(l) == operand(r)
		} else if l, r, ne := strings.Cut(term, "!="); ne {
			ok = ok && operand(l) != operand(r)
		} else {
			g.t.Fatalf("if: %q: the test cannot evaluate %q", expr, term)
		}
	}
	return ok && (always || !g.failed)
}

// runAction runs the action's steps for a job that passes with to it.
// Steps that use other actions are not run (setup-go; upload-sarif records
// its file), and neither is the go install of statuslint: this build is on PATH.
func runAction(t *testing.T, dir string, with, github map[string]string) *ghRun {
	g := &ghRun{t: t, dir: dir, ctx: map[string]string{}, outputs: map[string]string{}, codes: map[string]int{}}
	readYAML(t, "action.yml", &g.action)
	for k, v := range github {
		g.ctx["github."+k] = v
	}
	for name, in := range g.action.Inputs {
		g.ctx["inputs."+name] = in.Default
	}
	for k, v := range with {
		if _, ok := g.action.Inputs[k]; !ok {
			t.Fatalf("the job passes %q, which action.yml does not declare", k)
		}
		g.ctx["inputs."+k] = g.expand(v)
	}
	tmp := t.TempDir()
	for _, s := range g.action.Runs.Steps {
		if !g.cond(s.If) {
			continue
		}
		switch {
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@"):
			g.uploaded = g.expand(s.With["sarif_file"])
			continue
		case s.Uses != "":
			continue
		case strings.Contains(s.Run, "go install"):
			if !strings.Contains(s.Run, "github.com/statuslint/statuslint/cmd/statuslint@") {
				t.Errorf("step %q does not install github.com/statuslint/statuslint/cmd/statuslint", s.Name)
			}
			continue
		}
		script := filepath.Join(tmp, "step.sh")
		if err := os.WriteFile(script, []byte(s.Run), 0o644); err != nil {
			t.Fatal(err)
		}
		outFile := filepath.Join(tmp, "output")
		if err := os.WriteFile(outFile, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		env := ciEnv("GITHUB_ACTIONS=true", "GITHUB_WORKSPACE="+dir, "RUNNER_TEMP="+tmp,
			"GITHUB_OUTPUT="+outFile, "GITHUB_PATH="+filepath.Join(tmp, "path"))
		for k, v := range s.Env {
			env = append(env, k+"="+g.expand(v))
		}
		// How GitHub runs shell: bash.
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = filepath.Join(dir, g.expand(s.WorkingDirectory))
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		code := 0
		var exit *exec.ExitError
		if errors.As(err, &exit) {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		g.outputs[s.Name], g.codes[s.Name] = string(out), code
		if code != 0 {
			g.failed = true
		}
		b, _ := os.ReadFile(outFile)
		for _, line := range strings.Split(string(b), "\n") {
			if k, v, ok := strings.Cut(line, "="); ok && s.ID != "" {
				g.ctx["steps."+s.ID+".outputs."+k] = v
			}
		}
	}
	return g
}

// step returns the name of the action's run step whose script contains s.
func (g *ghRun) step(s string) string {
	for _, st := range g.action.Runs.Steps {
		if strings.Contains(st.Run, s) {
			return st.Name
		}
	}
	g.t.Fatalf("action.yml has no step running %q", s)
	return ""
}

func githubAnnotations(out string) []string {
	var errs []string
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "::error ") {
			errs = append(errs, line)
		}
	}
	return errs
}

// TestGitHubActionRecipe runs each job of the example workflow through the
// action on the fixture's pull request commit.
func TestGitHubActionRecipe(t *testing.T) {
	var wf workflowFile
	readYAML(t, "examples/ci/github-actions.yml", &wf)
	github := map[string]string{"base_ref": "main"}
	for _, name := range []string{"pull-request", "main"} {
		job, ok := wf.Jobs[name]
		if !ok {
			t.Fatalf("examples/ci/github-actions.yml has no job %q", name)
		}
		s := stepUsing(job.Steps, "statuslint/statuslint@")
		if s == nil {
			t.Fatalf("job %s does not use the action", name)
		}
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := serviceRepo(t)
			if s.With["baseline"] != "" && s.With["baseline"] != baselineFile {
				t.Fatalf("job %s reads baseline %q; the example writes %q", name, s.With["baseline"], baselineFile)
			}
			g := runAction(t, dir, s.With, github)
			lint := g.step("-format=github")
			if g.codes[lint] != 3 {
				t.Fatalf("step %q: exit %d, want 3 (a new finding fails the job)\n%s", lint, g.codes[lint], g.outputs[lint])
			}
			// The baseline (and, on pull requests, -new-from-rev) leave only
			// the finding the pull request adds.
			errs := githubAnnotations(g.outputs[lint])
			if len(errs) != 1 || !strings.Contains(errs[0], "file=src/e2e/api/api.go,line=25,") || !strings.Contains(errs[0], "no-content-body") {
				t.Errorf("step %q: want one ::error annotation, for the new no-content-body at src/e2e/api/api.go:25:\n%s", lint, g.outputs[lint])
			}
			if s.With["sarif"] != "true" {
				if g.uploaded != "" {
					t.Errorf("job %s uploads SARIF without sarif: true", name)
				}
				return
			}
			sarif := g.step("-format=sarif")
			if _, ran := g.codes[sarif]; !ran || g.codes[sarif] != 0 {
				t.Fatalf("step %q (after a failed step, under always()): ran %v, exit %d\n%s", sarif, ran, g.codes[sarif], g.outputs[sarif])
			}
			if g.uploaded == "" {
				t.Fatal("the SARIF report was not handed to upload-sarif")
			}
			b, err := os.ReadFile(g.uploaded)
			if err != nil {
				t.Fatal(err)
			}
			var doc struct {
				Version string
				Runs    []struct {
					Tool struct {
						Driver struct{ Name string }
					}
					Results []struct {
						RuleID string `json:"ruleId"`
					}
				}
			}
			if err := json.Unmarshal(b, &doc); err != nil {
				t.Fatalf("%s is not JSON: %v\n%s", g.uploaded, err, b)
			}
			if doc.Version != "2.1.0" || len(doc.Runs) != 1 || doc.Runs[0].Tool.Driver.Name != "statuslint" {
				t.Fatalf("%s: want a SARIF 2.1.0 log with one statuslint run:\n%s", g.uploaded, b)
			}
			if r := doc.Runs[0].Results; len(r) != 1 || r[0].RuleID != "no-content-body" {
				t.Errorf("SARIF results %+v; want the one new no-content-body", r)
			}
		})
	}
}

// TestGitLabRecipe runs the GitLab job's script in a branch pipeline and in
// a merge request pipeline.
func TestGitLabRecipe(t *testing.T) {
	var gl map[string]struct {
		Variables map[string]string
		Script    []string
		Artifacts struct {
			Reports map[string]string
		}
	}
	readYAML(t, "examples/ci/gitlab-ci.yml", &gl)
	job := gl["statuslint"]
	var script []string
	for _, line := range job.Script {
		if strings.Contains(line, "go install") {
			if !strings.Contains(line, "github.com/statuslint/statuslint/cmd/statuslint@") {
				t.Errorf("%q does not install github.com/statuslint/statuslint/cmd/statuslint", line)
			}
			continue // this build is on PATH
		}
		script = append(script, line)
	}
	report := job.Artifacts.Reports["codequality"]
	if report == "" || !strings.Contains(strings.Join(script, "\n"), "-output="+report) {
		t.Fatalf("the script should write the Code Quality report %q it declares:\n%s", report, strings.Join(script, "\n"))
	}
	for _, tc := range []struct {
		name  string
		mr    bool
		rules []string
	}{
		{"branch", false, []string{"method-status", "missing-return", "no-content-body"}},
		{"merge-request", true, []string{"no-content-body"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir := serviceRepo(t)
			env := ciEnv("GITLAB_CI=true", "CI_PROJECT_DIR="+dir)
			for k, v := range job.Variables {
				env = append(env, k+"="+v)
			}
			if tc.mr {
				env = append(env, "CI_PIPELINE_SOURCE=merge_request_event", "CI_MERGE_REQUEST_DIFF_BASE_SHA="+fixture.baseSHA)
			}
			cmd := exec.Command("sh", "-e", "-c", strings.Join(script, "\n"))
			cmd.Dir, cmd.Env = dir, env
			out, err := cmd.CombinedOutput()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.ExitCode() != 3 {
				t.Fatalf("script: %v, want exit 3 (findings fail the job)\n%s", err, out)
			}
			b, err := os.ReadFile(filepath.Join(dir, report))
			if err != nil {
				t.Fatal(err)
			}
			// The fields GitLab's Code Quality report requires.
			var issues []struct {
				Description string
				CheckName   string `json:"check_name"`
				Fingerprint string
				Severity    string
				Location    struct {
					Path  string
					Lines struct{ Begin int }
				}
			}
			if err := json.Unmarshal(b, &issues); err != nil {
				t.Fatalf("%s is not a JSON array: %v\n%s", report, err, b)
			}
			var rules []string
			seen := map[string]bool{}
			for _, is := range issues {
				rules = append(rules, is.CheckName)
				if is.Description == "" || is.Fingerprint == "" || seen[is.Fingerprint] || is.Location.Lines.Begin <= 0 ||
					!slices.Contains([]string{"info", "minor", "major", "critical", "blocker"}, is.Severity) {
					t.Errorf("issue %+v lacks a field GitLab requires, or repeats a fingerprint", is)
				}
				seen[is.Fingerprint] = true
				if filepath.IsAbs(is.Location.Path) || strings.Contains(is.Location.Path, `\`) {
					t.Errorf("location.path %q: GitLab wants a slash-separated path relative to the repository", is.Location.Path)
				} else if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(is.Location.Path))); err != nil {
					t.Errorf("location.path %q is not a file of the repository", is.Location.Path)
				}
			}
			slices.Sort(rules)
			if !slices.Equal(rules, tc.rules) {
				t.Errorf("report holds %v, want %v:\n%s", rules, tc.rules, b)
			}
		})
	}
}
