package main_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The reporting mode end to end: formats, -output, baselines,
// -new-from-rev/-new-from-patch, -list and -explain, and their errors.

func TestFormatsExitThreeAndWriteFiles(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	for _, format := range []string{"text", "json", "sarif", "github", "codeclimate"} {
		stdout, stderr, code := run(t, dir, "-format="+format, "./src/e2e/api/...")
		if code != 3 {
			t.Errorf("-format=%s: exit %d, want 3; stderr:\n%s", format, code, stderr)
		}
		switch format {
		case "text":
			want := "src/e2e/api/api.go:20:16: method-status: 201 Created answers GET /health; 201 is for a resource this request created (POST, PUT), use 200 OK\n" +
				"src/e2e/api/users/users.go:13:3: missing-return: http.Error completes the response in Create but the handler goes on to write another one; return after it\n"
			if stdout != want {
				t.Errorf("-format=text (names relative to the working directory):\n%s\nwant:\n%s", stdout, want)
			}
		case "github":
			if n := strings.Count(stdout, "::error file=testdata/src/e2e/"); n != 2 {
				t.Errorf("-format=github: %d ::error lines with repository-relative names, want 2:\n%s", n, stdout)
			}
		case "json":
			var doc map[string]map[string][]struct{ Category string }
			if err := json.Unmarshal([]byte(stdout), &doc); err != nil || len(doc["statuslint.test/src/e2e/api"]["statuslint"]) != 1 {
				t.Errorf("-format=json is not the go vet document: %v\n%s", err, stdout)
			}
		case "sarif", "codeclimate":
			if !json.Valid([]byte(stdout)) || !strings.Contains(stdout, "missing-return") {
				t.Errorf("-format=%s:\n%s", format, stdout)
			}
		}
	}

	out := filepath.Join(t.TempDir(), "statuslint.sarif")
	stdout, stderr, code := run(t, dir, "-format=sarif", "-output="+out, "./src/e2e/api/...")
	if code != 3 || stdout != "" {
		t.Errorf("-output: exit %d (want 3: findings still fail the gate), stdout %q, stderr:\n%s", code, stdout, stderr)
	}
	var log struct {
		Runs []struct {
			Results []struct {
				RuleID string `json:"ruleId"`
			}
		}
	}
	data, _ := os.ReadFile(out)
	if err := json.Unmarshal(data, &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 2 {
		t.Errorf("-output file: %v\n%s", err, data)
	}

	if _, _, code := run(t, dir, "-format=sarif", "./src/e2e/clean/..."); code != 0 {
		t.Errorf("-format=sarif on clean code: exit %d, want 0", code)
	}
}

func TestReportModeBadInput(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	garbage := filepath.Join(t.TempDir(), "garbage.json")
	write(t, filepath.Dir(garbage), filepath.Base(garbage), "{not json")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-format=xml", "./src/e2e/clean/..."}, `statuslint: unknown format "xml"; valid formats: text, json, sarif, github, codeclimate`},
		{[]string{"-baseline=/nonexistent/baseline.json", "./src/e2e/clean/..."}, "statuslint: -baseline: /nonexistent/baseline.json: no such file or directory"},
		{[]string{"-baseline=" + garbage, "./src/e2e/clean/..."}, "is not a statuslint baseline"},
		{[]string{"-explain=nosuchrule"}, `statuslint: unknown rule "nosuchrule"; valid rules: method-status, `},
		{[]string{"-format=text", "-enable=nosuchrule", "./src/e2e/clean/..."}, `unknown rule "nosuchrule"`},
		{[]string{"-format=text", "-fix", "./src/e2e/clean/..."}, "-fix and -diff apply fixes and print no report"},
		{[]string{"-format=text"}, "no packages given"},
		{[]string{"-new-from-patch=/nonexistent.diff", "./src/e2e/clean/..."}, "-new-from-patch: /nonexistent.diff: no such file or directory"},
	} {
		stdout, stderr, code := run(t, dir, tc.args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", tc.args, code)
		}
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if stdout != "" || !strings.Contains(lines[0], tc.want) || len(lines) > 2 || strings.Contains(stderr, "goroutine") {
			t.Errorf("%v: stdout %q, stderr %q; want one line containing %q", tc.args, stdout, stderr, tc.want)
		}
	}
	if _, stderr, code := run(t, dir, "-format=text", "./src/e2e/nosuchdir/..."); code != 1 || strings.Count(strings.TrimSpace(stderr), "\n") > 1 {
		t.Errorf("a pattern matching nothing: exit %d, stderr %q", code, stderr)
	}
}

func TestListAndExplain(t *testing.T) {
	dir := repoRoot(t)
	stdout, stderr, code := run(t, dir, "-list")
	if code != 0 || stderr != "" {
		t.Fatalf("-list: exit %d, stderr %q", code, stderr)
	}
	for _, want := range []string{"method-status", "async-accepted", "strict"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("-list lacks %q:\n%s", want, stdout)
		}
	}
	stdout, _, code = run(t, dir, "-explain", "no-content-body")
	if code != 0 || !strings.Contains(stdout, "no-content-body") || !strings.Contains(stdout, "204") {
		t.Errorf("-explain no-content-body: exit %d:\n%s", code, stdout)
	}
	stdout, _, code = run(t, dir, "-version")
	if code != 0 || !strings.HasPrefix(stdout, "statuslint ") {
		t.Errorf("-version: exit %d: %q", code, stdout)
	}
}

// service writes a one-package module (net/http only, nothing to
// download) and returns its directory.
func service(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	write(t, dir, "go.mod", "module example.com/svc\n\ngo 1.26\n")
	write(t, dir, "svc.go", src)
	return dir
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

const svcHeader = `package svc

import "net/http"

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /a", a)
	mux.HandleFunc("GET /b", b)
}
`

// handlerA answers 400 and falls through into a second response.
const handlerA = `
func a(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("x") == "" {
		http.Error(w, "x required", http.StatusBadRequest)
	}
	w.Write([]byte("ok"))
}
`

const handlerB = `
func b(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("ok"))
}
`

// handlerBBroken is b with a 201 answering its GET.
const handlerBBroken = `
func b(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated)
	w.Write([]byte("ok"))
}
`

func TestBaselineRoundTrip(t *testing.T) {
	dir := service(t, svcHeader+handlerA+handlerB)
	base := filepath.Join(dir, "statuslint-baseline.json")
	_, stderr, code := run(t, dir, "-write-baseline="+base, "./...")
	if code != 0 || !strings.Contains(stderr, "recorded 1 finding in") {
		t.Fatalf("-write-baseline: exit %d, stderr %q", code, stderr)
	}

	// Unrelated edits above the finding shift its lines: nothing is new.
	write(t, dir, "svc.go", strings.Replace(svcHeader, "import", "// Package svc serves a and b.\n//\n// More words.\nimport", 1)+"\nfunc helper() int { return 1 }\n"+handlerA+handlerB)
	stdout, stderr, code := run(t, dir, "-baseline="+base, "-format=text", "./...")
	if code != 0 || stdout != "" || stderr != "" {
		t.Errorf("after unrelated edits: exit %d, stdout %q, stderr %q; want nothing new", code, stdout, stderr)
	}

	// A new misuse is the only finding.
	write(t, dir, "svc.go", svcHeader+handlerA+handlerBBroken)
	stdout, stderr, code = run(t, dir, "-baseline="+base, "-format=text", "./...")
	if code != 3 || strings.Count(stdout, "\n") != 1 || !strings.Contains(stdout, "method-status: 201 Created answers GET /b") {
		t.Errorf("after a new misuse: exit %d, stdout %q, stderr %q; want only the new method-status", code, stdout, stderr)
	}

	// The accepted finding is fixed: its entry is stale, and said so.
	write(t, dir, "svc.go", svcHeader+strings.Replace(handlerA, "StatusBadRequest)\n", "StatusBadRequest)\n\t\treturn\n", 1)+handlerB)
	stdout, stderr, code = run(t, dir, "-baseline="+base, "./...")
	if code != 0 || stdout != "" || stderr != "statuslint: 1 baseline entry no longer matches; rewrite with -write-baseline\n" {
		t.Errorf("after fixing the accepted finding: exit %d, stdout %q, stderr %q; want the stale summary", code, stdout, stderr)
	}
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.email=ci@example.com", "-c", "user.name=ci", "-c", "init.defaultBranch=main"}, args...)...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestNewFromRevAndPatch(t *testing.T) {
	dir := service(t, svcHeader+handlerA+handlerB)
	git(t, dir, "init", "-q")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-qm", "base")
	write(t, dir, "svc.go", svcHeader+handlerA+handlerBBroken)

	stdout, stderr, code := run(t, dir, "-new-from-rev=HEAD", "-format=text", "./...")
	if code != 3 || strings.Count(stdout, "\n") != 1 || !strings.Contains(stdout, "svc.go:") || !strings.Contains(stdout, "method-status") {
		t.Errorf("-new-from-rev=HEAD: exit %d, stdout %q, stderr %q; want only the changed handler's finding", code, stdout, stderr)
	}
	if _, _, code := run(t, dir, "-format=text", "./..."); code != 3 {
		t.Errorf("without -new-from-rev both findings are reported: exit %d", code)
	}

	// The same from a patch file.
	cmd := exec.Command("git", "diff", "HEAD")
	cmd.Dir = dir
	patch, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	write(t, dir, "pr.diff", string(patch))
	stdout, _, code = run(t, dir, "-new-from-patch=pr.diff", "-format=github", "./...")
	if code != 3 || strings.Count(stdout, "::error") != 1 || !strings.Contains(stdout, "method-status") {
		t.Errorf("-new-from-patch: exit %d, stdout %q", code, stdout)
	}

	// Outside a git work tree: one line, exit 2.
	plain := service(t, svcHeader+handlerA+handlerB)
	_, stderr, code = run(t, plain, "-new-from-rev=HEAD~1", "./...")
	if code != 2 || !strings.Contains(stderr, "not inside a git work tree") || strings.Count(stderr, "\n") != 1 {
		t.Errorf("-new-from-rev outside git: exit %d, stderr %q", code, stderr)
	}
}
