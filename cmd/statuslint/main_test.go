package main_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The end-to-end tests build the command and run it as a user would, on
// packages of the testdata module (testdata/src/e2e) and on the examples.

var binary, cacheDir string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "statuslint-e2e")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "statuslint")
	cacheDir = filepath.Join(dir, "cache") // the result cache of every run here
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		panic(err)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func repoRoot(t *testing.T) string {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// run runs the command in dir (offline: the module cache is warmed by `make testdeps`).
func run(t *testing.T, dir string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runEnv(t, dir, nil, args...)
}

// runEnv is run with more environment variables (later ones win).
func runEnv(t *testing.T, dir string, env []string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off", "STATUSLINT_CACHE="+cacheDir), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exit):
		code = exit.ExitCode()
	default:
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

// relative replaces the absolute directory in tool output.
func relative(s, dir string) string { return strings.ReplaceAll(s, dir+string(filepath.Separator), "") }

func TestFindingsExitThree(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	_, stderr, code := run(t, dir, "./src/e2e/api/...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3; stderr:\n%s", code, stderr)
	}
	want := "src/e2e/api/api.go:20:16: method-status: 201 Created answers GET /health; 201 is for a resource this request created (POST, PUT), use 200 OK\n" +
		"src/e2e/api/users/users.go:13:3: missing-return: http.Error completes the response in Create but the handler goes on to write another one; return after it\n"
	if got := relative(stderr, dir); got != want {
		t.Errorf("output:\n%s\nwant:\n%s", got, want)
	}
}

func TestCleanExitZero(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	stdout, stderr, code := run(t, dir, "./src/e2e/clean/...")
	if code != 0 || stdout != "" || stderr != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q; want a silent exit 0", code, stdout, stderr)
	}
}

func TestTypeErrorsExitOne(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	_, stderr, code := run(t, dir, "./src/e2e/broken/...")
	if code != 1 {
		t.Fatalf("exit code %d, want 1; stderr:\n%s", code, stderr)
	}
	if !strings.Contains(stderr, "undefined: undefinedStatus") || strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
		t.Errorf("stderr should name the type error and hold no stack trace:\n%s", stderr)
	}
}

func TestJSON(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	stdout, stderr, code := run(t, dir, "-json", "./src/e2e/api/...")
	if code != 0 { // the go vet JSON convention: findings are data, not failure
		t.Fatalf("exit code %d, want 0; stderr:\n%s", code, stderr)
	}
	type diag struct {
		Category string `json:"category"`
		Posn     string `json:"posn"`
		Message  string `json:"message"`
		Fixes    []struct {
			Message string `json:"message"`
			Edits   []struct {
				New string `json:"new"`
			} `json:"edits"`
		} `json:"suggested_fixes"`
	}
	var doc map[string]map[string][]diag
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("-json output is not JSON: %v\n%s", err, stdout)
	}
	api := doc["statuslint.test/src/e2e/api"]["statuslint"]
	if len(api) != 1 || api[0].Category != "method-status" || !strings.HasSuffix(api[0].Posn, filepath.FromSlash("src/e2e/api/api.go:20:16")) {
		t.Fatalf("unexpected diagnostics for package api: %+v", api)
	}
	if len(api[0].Fixes) != 1 || api[0].Fixes[0].Message != "Replace http.StatusCreated with http.StatusOK" || api[0].Fixes[0].Edits[0].New != "http.StatusOK" {
		t.Errorf("unexpected fix: %+v", api[0].Fixes)
	}
	users := doc["statuslint.test/src/e2e/api/users"]["statuslint"]
	if len(users) != 1 || users[0].Category != "missing-return" {
		t.Errorf("unexpected diagnostics for package users: %+v", users)
	}
}

func TestFix(t *testing.T) {
	// -fix edits files in place: work on a copy of the testdata module.
	src := filepath.Join(repoRoot(t), "testdata")
	dir := t.TempDir()
	for _, f := range []string{"go.mod", "go.sum", "src/e2e/fixme/fixme.go"} {
		b, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, stderr, code := run(t, dir, "-fix", "./src/e2e/fixme/..."); code != 0 {
		t.Fatalf("exit code %d, want 0 (every finding had a fix and was fixed); stderr:\n%s", code, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "src/e2e/fixme/fixme.go"))
	want := `	if r.URL.Query().Get("x") == "" {
		http.Error(w, "x required", http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusOK)
`
	if !strings.Contains(string(got), want) {
		t.Errorf("after -fix:\n%s\nwant it to contain:\n%s", got, want)
	}
	if _, stderr, code := run(t, dir, "./src/e2e/fixme/..."); code != 0 {
		t.Errorf("after -fix the package still has findings (exit %d):\n%s", code, stderr)
	}
}

func TestBadFlags(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-enable=no-such-rule", "./src/e2e/clean/..."}, `invalid value "no-such-rule" for flag -enable: unknown rule "no-such-rule"; valid rules: method-status, `},
		{[]string{"-disable=nope", "./src/e2e/clean/..."}, `unknown rule "nope"`},
		{[]string{"-no-such-flag", "./src/e2e/clean/..."}, "flag provided but not defined: -no-such-flag"},
		{[]string{"-method-status.allow=201", "./src/e2e/clean/..."}, `bad entry "201"`},
	} {
		_, stderr, code := run(t, dir, tc.args...)
		if code != 2 {
			t.Errorf("%v: exit code %d, want 2", tc.args, code)
		}
		lines := strings.Split(strings.TrimSpace(stderr), "\n")
		if !strings.Contains(lines[0], tc.want) || len(lines) > 2 {
			t.Errorf("%v: stderr %q, want one line containing %q and a hint", tc.args, stderr, tc.want)
		}
	}
}

func TestEnableDisable(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	_, stderr, code := run(t, dir, "-disable=missing-return", "./src/e2e/api/...")
	if code != 3 || strings.Contains(stderr, "missing-return") || !strings.Contains(stderr, "method-status") {
		t.Errorf("-disable=missing-return: exit %d, stderr:\n%s", code, stderr)
	}
	_, stderr, code = run(t, dir, "-disable=all", "-enable=missing-return", "./src/e2e/api/...")
	if code != 3 || strings.Contains(stderr, "method-status") || !strings.Contains(stderr, "missing-return") {
		t.Errorf("-disable=all -enable=missing-return: exit %d, stderr:\n%s", code, stderr)
	}
	_, stderr, code = run(t, dir, "-method-status.allow=201:GET,POST,PUT", "-disable=missing-return", "./src/e2e/api/...")
	if code != 0 {
		t.Errorf("a matrix allowing 201 for GET should silence method-status: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestGoVetVettool(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	cmd := exec.Command("go", "vet", "-vettool="+binary, "./src/e2e/api/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded; want it to fail with findings:\n%s", out)
	}
	for _, want := range []string{"api.go:20:16: method-status: 201 Created answers GET /health", "users.go:13:3: missing-return"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
	// Facts survive go vet's per-package, serialized run: helpers in
	// package respond, handlers in package handlers, routes in package server.
	cmd = exec.Command("go", "vet", "-vettool="+binary, "./src/e2e/service/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err = cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet on the three-package service succeeded; want findings:\n%s", out)
	}
	for _, want := range []string{
		"handlers.go:27:18: no-content-body: 204 No Content is sent with a body in DeleteWidget",
		"handlers.go:21:3: missing-return: respond.Error completes the response in CreateWidget",
		"server.go:12:38: method-status: handlers.GetWidget: 201 Created answers GET /widgets/{id}, registered here",
		"handlers.go:15:18: \thandlers.GetWidget chooses 201 Created here",
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("go vet output lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(string(out), ": method-status:"); n != 1 {
		t.Errorf("go vet reported method-status %d times, want once (POST /widgets may answer 201):\n%s", n, out)
	}
	cmd = exec.Command("go", "vet", "-vettool="+binary, "-disable=missing-return", "./src/e2e/clean/...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("go vet on clean code with a flag: %v\n%s", err, out)
	}
}

// TestRelatedIntoOtherPackages: a finding whose evidence is a function of
// another package (a credential check, a principal lookup) points at it.
func TestRelatedIntoOtherPackages(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	_, stderr, code := run(t, dir, "-disable=all", "-enable=auth-status", "./src/auth-status/")
	if code != 3 {
		t.Fatalf("exit %d, want 3; stderr:\n%s", code, stderr)
	}
	for _, want := range []string{
		"helpers.go:85:20: auth-status: 403 Forbidden answers no user from authx.CurrentUser in POST /x/login",
		"authx.go:16:6: \tthe user is looked up here, from a context value (ctx.Value)",
		"users.go:",
		"\tthe check, decided here by bcrypt.CompareHashAndPassword",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("output lacks %q:\n%s", want, stderr)
		}
	}
}

// TestExamples pins what the shipped example service reports: the planted
// misuses listed in examples/PLANTED.md and nothing else.
func TestExamples(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "examples")
	// the flags of make example (EXAMPLE_FLAGS)
	_, stderr, code := run(t, dir, "-openapi=inventoryapi/openapi.yaml", "-openapi.routes", "-enable=unanswered-status,undocumented-route", "./...")
	if code != 3 {
		t.Fatalf("exit code %d, want 3; stderr:\n%s", code, stderr)
	}
	want, err := os.ReadFile(filepath.Join(dir, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if got := relative(stderr, dir); got != string(want) {
		t.Errorf("statuslint ./... in examples/:\n%s\nwant (examples/expected.txt):\n%s", got, want)
	}
}

// TestSelfClean: statuslint reports nothing on its own code.
func TestSelfClean(t *testing.T) {
	_, stderr, code := run(t, repoRoot(t), "./...")
	if code != 0 {
		t.Errorf("statuslint ./... on this repository: exit %d\n%s", code, stderr)
	}
}

// TestGoVetOpenAPI: under go vet, which runs the tool once per package in
// the package's directory, a relative -openapi path still names the
// document at the module's root, and the findings are the command's.
func TestGoVetOpenAPI(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	flags := []string{"-disable=all", "-enable=undeclared-status", "-openapi=src/e2e/routes/openapi.yaml"}
	_, standalone, code := run(t, dir, append(flags, "./src/e2e/routes/...")...)
	if code != 3 {
		t.Fatalf("statuslint: exit %d, want 3:\n%s", code, standalone)
	}
	cmd := exec.Command("go", append(append([]string{"vet", "-vettool=" + binary}, flags...), "./src/e2e/routes/...")...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go vet succeeded; want the undeclared 404:\n%s", out)
	}
	want := "routes.go:29:11: undeclared-status: 404 Not Found answers GET /api/pets/:id, but openapi.yaml:7 (GET /api/pets/{id}) does not declare it"
	for name, got := range map[string]string{"statuslint": standalone, "go vet": string(out)} {
		if !strings.Contains(got, want) || strings.Count(got, ": undeclared-status:") != 1 {
			t.Errorf("%s output, want one finding %q:\n%s", name, want, got)
		}
	}
}
