package statuslint_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/driver"
)

// A handler with two findings: missing-return (line 9) and method-status (line 11).
const twoFindings = `package svc

import "net/http"

func Routes(mux *http.ServeMux) { mux.HandleFunc("GET /items", list) }

func list(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("x") == "" {
		http.Error(w, "x required", http.StatusBadRequest)
	}
	w.WriteHeader(http.StatusCreated)
}
`

// TestRulePanicRecovered: a rule that panics gives one line of error
// naming the rule, the file and the position, the command exits 1, and
// the other rules' findings are still reported.
func TestRulePanicRecovered(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{"go.mod": "module example.com/svc\n\ngo 1.26\n", "svc.go": twoFindings} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	for k, v := range map[string]string{"GOPROXY": "off", "GOFLAGS": "-mod=mod", "GOWORK": "off", "STATUSLINT_CACHE": "off"} {
		t.Setenv(k, v)
	}
	a := statuslint.NewPanicking(statuslint.Config{}, "method-status")
	var stdout, stderr bytes.Buffer
	code := driver.Main(a, []string{"./..."}, &stdout, &stderr)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(stderr.String(), "\n"), "\n")
	// The driver names files relative to the working directory (dir).
	errLine := regexp.MustCompile(`^statuslint: example\.com/svc: rule method-status panicked at svc\.go:11:16: test panic on report \(analyzer\.\S+, analyzer\.go:\d+\)$`)
	want := "svc.go:9:3: missing-return: http.Error completes the response in list but the handler goes on to write another one; return after it"
	if len(lines) != 2 || !errLine.MatchString(lines[0]) || lines[1] != want {
		t.Errorf("stderr:\n%s\nwant a line matching\n%s\nand\n%s", stderr.String(), errLine, want)
	}
	if strings.Contains(stderr.String(), "goroutine ") {
		t.Errorf("a stack trace was printed:\n%s", stderr.String())
	}
}
