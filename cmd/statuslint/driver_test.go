package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The command on awkward input: broken packages beside good ones, patterns
// that match nothing, build tags, GOOS, and go.work workspaces.

func TestBrokenPackageBesideGoodOnes(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	_, stderr, code := run(t, dir, "./src/e2e/broken/...", "./src/e2e/api/...")
	want := "src/e2e/broken/broken.go:7:16: undefined: undefinedStatus\n" +
		"statuslint: skipped 1 package with errors\n" +
		"src/e2e/api/api.go:20:16: method-status: 201 Created answers GET /health; 201 is for a resource this request created (POST, PUT), use 200 OK\n" +
		"src/e2e/api/users/users.go:13:3: missing-return: http.Error completes the response in Create but the handler goes on to write another one; return after it\n"
	if code != 1 || stderr != want {
		t.Errorf("exit %d, stderr:\n%s\nwant exit 1 and:\n%s", code, stderr, want)
	}
	for _, bad := range []string{"failed prerequisites", "ctrlflow", "statuslintmodel", "goroutine ", "analysis skipped"} {
		if strings.Contains(stderr, bad) {
			t.Errorf("stderr shows the driver's internals (%q)", bad)
		}
	}
}

func TestPatternMatchingNothing(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	_, stderr, code := run(t, dir, "./src/e2e/nosuchdir/...")
	if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "nosuchdir") {
		t.Errorf("exit %d, stderr %q; want one line and exit 1", code, stderr)
	}
}

// tagged is a module whose only handler is behind a build tag.
func tagged(t *testing.T) string {
	dir := service(t, "package svc\n")
	write(t, dir, "tagged.go", `//go:build special

package svc

import "net/http"

func Routes(mux *http.ServeMux) { mux.HandleFunc("GET /x", x) }

func x(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) }
`)
	return dir
}

func TestBuildTagsAndGOFLAGS(t *testing.T) {
	dir := tagged(t)
	if _, stderr, code := run(t, dir, "./..."); code != 0 {
		t.Errorf("without the tag: exit %d, stderr %q; want the tagged file ignored", code, stderr)
	}
	_, stderr, code := run(t, dir, "-tags=special", "./...")
	if code != 3 || !strings.Contains(stderr, "tagged.go:9:64: method-status") {
		t.Errorf("-tags=special: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = runEnv(t, dir, []string{"GOFLAGS=-mod=mod -tags=special"}, "./...")
	if code != 3 || !strings.Contains(stderr, "method-status") {
		t.Errorf("GOFLAGS=-tags=special: exit %d, stderr %q", code, stderr)
	}
}

func TestGOOS(t *testing.T) {
	dir := service(t, "package svc\n")
	write(t, dir, "svc_windows.go", `package svc

import "net/http"

func Routes(mux *http.ServeMux) { mux.HandleFunc("GET /x", x) }

func x(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusCreated) }
`)
	if _, _, code := runEnv(t, dir, []string{"GOOS=linux"}, "./..."); code != 0 {
		t.Errorf("GOOS=linux: exit %d, want the windows file ignored", code)
	}
	if _, stderr, code := runEnv(t, dir, []string{"GOOS=windows"}, "./..."); code != 3 || !strings.Contains(stderr, "method-status") {
		t.Errorf("GOOS=windows: exit %d, stderr %q", code, stderr)
	}
}

func TestWorkspace(t *testing.T) {
	root := t.TempDir()
	for name, content := range map[string]string{
		"go.work":            "go 1.26\n\nuse (\n\t./api\n\t./respond\n)\n",
		"respond/go.mod":     "module example.com/respond\n\ngo 1.26\n",
		"respond/respond.go": "package respond\n\nimport \"net/http\"\n\n// NoContent answers 204 with a body.\nfunc NoContent(w http.ResponseWriter, body string) {\n\tw.WriteHeader(http.StatusNoContent)\n\tw.Write([]byte(body))\n}\n",
		"api/go.mod":         "module example.com/api\n\ngo 1.26\n\nrequire example.com/respond v0.0.0\n",
		"api/api.go":         "package api\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/respond\"\n)\n\nfunc Routes(mux *http.ServeMux) { mux.HandleFunc(\"DELETE /x\", x) }\n\nfunc x(w http.ResponseWriter, r *http.Request) { respond.NoContent(w, \"gone\") }\n",
	} {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Dir(p), filepath.Base(p), content)
	}
	// run sets GOWORK=off; a workspace needs it on.
	_, stderr, code := runEnv(t, filepath.Join(root, "api"), []string{"GOWORK=", "GOFLAGS="}, "./...")
	// The helper is in the other module of the workspace: its fact reaches the call.
	if code != 3 || !strings.HasPrefix(stderr, "api.go:11:50: no-content-body: 204 No Content is sent with a body in DELETE /x") {
		t.Errorf("in a go.work workspace: exit %d, stderr:\n%s", code, stderr)
	}
}
