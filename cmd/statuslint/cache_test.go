package main_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// A module of three packages: respond (a helper), api (handlers answering
// through respond) and misc (no HTTP code), for the result cache tests.
func cacheModule(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"go.mod": "module example.com/shop\n\ngo 1.26\n",
		"respond/respond.go": `package respond

import "net/http"

// JSON writes status and a body.
func JSON(w http.ResponseWriter, status int, body string) {
	w.WriteHeader(status)
	w.Write([]byte(body))
}
`,
		"api/api.go": `package api

import (
	"net/http"

	"example.com/shop/respond"
)

func Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /items", list)
	mux.HandleFunc("DELETE /items/{id}", remove)
}

func list(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusCreated, "[]")
}

func remove(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, http.StatusNoContent, "gone")
}
`,
		"misc/misc.go": "package misc\n\n// Add adds.\nfunc Add(a, b int) int { return a + b }\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Dir(p), filepath.Base(p), content)
	}
	return dir
}

// runCached runs the command with its own cache directory and the cache
// debug lines on, and returns the findings and the packages it hit and missed.
func runCached(t *testing.T, dir, cache string, args ...string) (findings string, hits, misses []string, code int) {
	t.Helper()
	stdout, stderr, code := runEnv(t, dir, []string{"STATUSLINT_CACHE=" + cache, "STATUSLINT_DEBUG=cache"}, args...)
	var rest []string
	for _, line := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "statuslint: cache hit "):
			hits = append(hits, strings.TrimPrefix(line, "statuslint: cache hit "))
		case strings.HasPrefix(line, "statuslint: cache miss "):
			misses = append(misses, strings.TrimPrefix(line, "statuslint: cache miss "))
		case strings.HasPrefix(line, "statuslint: cache corrupt "), isModeLine(line):
		default:
			rest = append(rest, line)
		}
	}
	slices.Sort(hits)
	slices.Sort(misses)
	return stdout + strings.Join(rest, "\n"), hits, misses, code
}

// isModeLine tells the debug line that says how the missed packages are
// loaded (TestCacheIncremental checks it).
func isModeLine(line string) bool {
	return strings.HasPrefix(line, "statuslint: incremental: ") || strings.HasPrefix(line, "statuslint: loading ")
}

// modeLine returns that line of a run's standard error.
func modeLine(stderr string) string {
	for _, line := range strings.Split(stderr, "\n") {
		if isModeLine(line) {
			return line
		}
	}
	return ""
}

func TestCacheHitsMissesAndSameOutput(t *testing.T) {
	dir := cacheModule(t)
	cache := t.TempDir()
	all := []string{"example.com/shop/api", "example.com/shop/misc", "example.com/shop/respond"}

	first, hits, misses, code := runCached(t, dir, cache, "./...")
	if code != 3 || len(hits) != 0 || !slices.Equal(misses, all) {
		t.Fatalf("first run: exit %d, hits %v, misses %v", code, hits, misses)
	}
	if !strings.Contains(first, "api/api.go:15:18: method-status") || !strings.Contains(first, "no-content-body") {
		t.Fatalf("first run findings:\n%s", first)
	}

	second, hits, misses, code := runCached(t, dir, cache, "./...")
	if code != 3 || !slices.Equal(hits, all) || len(misses) != 0 || second != first {
		t.Errorf("unchanged module: exit %d, hits %v, misses %v; output\n%s\nwant the first run's\n%s", code, hits, misses, second, first)
	}

	// Touch the handlers: only api is analyzed again.
	src, _ := os.ReadFile(filepath.Join(dir, "api/api.go"))
	write(t, filepath.Join(dir, "api"), "api.go", strings.Replace(string(src), "func Routes", "// Routes registers the item routes.\nfunc Routes", 1))
	third, hits, misses, _ := runCached(t, dir, cache, "./...")
	if !slices.Equal(misses, []string{"example.com/shop/api"}) || len(hits) != 2 {
		t.Errorf("api changed: hits %v, misses %v; want only api missed", hits, misses)
	}
	if want := strings.ReplaceAll(first, "api.go:15:", "api.go:16:"); third != strings.ReplaceAll(want, "api.go:19:", "api.go:20:") {
		t.Errorf("after the edit:\n%s\nfirst run:\n%s", third, first)
	}

	// Change the helper: it and its dependent are analyzed again, misc is not.
	src, _ = os.ReadFile(filepath.Join(dir, "respond/respond.go"))
	write(t, filepath.Join(dir, "respond"), "respond.go", strings.Replace(string(src), "// JSON writes", "// JSON writes (a comment changed)", 1))
	_, hits, misses, _ = runCached(t, dir, cache, "./...")
	if !slices.Equal(misses, []string{"example.com/shop/api", "example.com/shop/respond"}) || !slices.Equal(hits, []string{"example.com/shop/misc"}) {
		t.Errorf("respond changed: hits %v, misses %v; want respond and api missed", hits, misses)
	}

	// A flag is part of the key.
	_, hits, _, _ = runCached(t, dir, cache, "-disable=no-content-body", "./...")
	if len(hits) != 0 {
		t.Errorf("a new flag value hit the cache: %v", hits)
	}
}

func TestCacheCorruptEntriesAreMisses(t *testing.T) {
	dir := cacheModule(t)
	cache := t.TempDir()
	want, _, _, _ := runCached(t, dir, cache, "./...")
	n := 0
	err := filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, "-f") {
			n++
			err = os.WriteFile(p, []byte("garbage"), 0o644)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("the first run cached nothing")
	}
	got, hits, misses, code := runCached(t, dir, cache, "./...")
	if code != 3 || len(hits) != 0 || len(misses) != 3 || got != want {
		t.Errorf("corrupt cache: exit %d, hits %v, misses %v, output\n%s\nwant\n%s", code, hits, misses, got, want)
	}
	// Rewritten: the next run hits again.
	if _, hits, _, _ := runCached(t, dir, cache, "./..."); len(hits) != 3 {
		t.Errorf("after rewriting the corrupt entries: hits %v", hits)
	}
}

func TestCacheConcurrentRuns(t *testing.T) {
	dir := cacheModule(t)
	cache := t.TempDir()
	var wg sync.WaitGroup
	outs := make([]string, 2)
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i], _, _, _ = runCached(t, dir, cache, "./...")
		}()
	}
	wg.Wait()
	if outs[0] != outs[1] || !strings.Contains(outs[0], "method-status") {
		t.Fatalf("two runs at once disagree:\n%s\n---\n%s", outs[0], outs[1])
	}
	got, hits, _, _ := runCached(t, dir, cache, "./...")
	if got != outs[0] || len(hits) != 3 {
		t.Errorf("after two concurrent runs: hits %v, output\n%s", hits, got)
	}
}

// After a first run, a change to one package analyzes it alone: from
// source, its dependencies' types from export data and their facts from
// the cache. The findings are the ones a run from scratch gives, including
// those that need a dependency's facts (respond.JSON is a status wrapper).
// A corrupt or missing facts entry sends the run back to loading
// everything from source, with the same output.
func TestCacheIncremental(t *testing.T) {
	dir := cacheModule(t)
	cache := t.TempDir()
	env := []string{"STATUSLINT_CACHE=" + cache, "STATUSLINT_DEBUG=cache"}
	findings := func(stderr string) string {
		var keep []string
		for _, line := range strings.Split(stderr, "\n") {
			if !strings.HasPrefix(line, "statuslint: ") && line != "" {
				keep = append(keep, line)
			}
		}
		return strings.Join(keep, "\n")
	}
	_, first, _ := runEnv(t, dir, env, "./...")
	if m := modeLine(first); m != "statuslint: loading 3 packages and their dependencies from source" {
		t.Fatalf("first run: %q", m)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "api/api.go"))
	edit := func(n int) {
		write(t, filepath.Join(dir, "api"), "api.go", strings.Replace(string(src), "func Routes", strings.Repeat("\n", n)+"func Routes", 1))
	}
	edit(1)
	_, second, code := runEnv(t, dir, env, "./...")
	if m := modeLine(second); !strings.HasPrefix(m, "statuslint: incremental: 1 package from source, the facts of ") {
		t.Errorf("one package changed: %q", m)
	}
	shifted := strings.NewReplacer("api.go:15:", "api.go:16:", "api.go:19:", "api.go:20:").Replace(findings(first))
	if got := findings(second); code != 3 || got != shifted || !strings.Contains(got, "method-status") {
		t.Errorf("incremental run: exit %d\n%s\nwant\n%s", code, got, shifted)
	}
	// The same edit analyzed from scratch gives the same output.
	_, scratch, _ := runEnv(t, dir, []string{"STATUSLINT_CACHE=off"}, "./...")
	if findings(scratch) != findings(second) {
		t.Errorf("from scratch:\n%s\nincremental:\n%s", findings(scratch), findings(second))
	}

	// Corrupt every facts entry: the next change loads everything again.
	n := 0
	err := filepath.WalkDir(cache, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, "-x") {
			n++
			err = os.WriteFile(p, []byte("garbage"), 0o644)
		}
		return err
	})
	if err != nil || n == 0 {
		t.Fatalf("facts entries: %d, %v", n, err)
	}
	edit(2)
	_, third, _ := runEnv(t, dir, env, "./...")
	if m := modeLine(third); m != "statuslint: loading 1 package and its dependencies from source" {
		t.Errorf("corrupt facts: %q", m)
	}
	shifted = strings.NewReplacer("api.go:15:", "api.go:17:", "api.go:19:", "api.go:21:").Replace(findings(first))
	if got := findings(third); got != shifted {
		t.Errorf("after corrupt facts:\n%s\nwant\n%s", got, shifted)
	}

	// A type error in the changed package: its errors once, as a load
	// from source gives them (compiling dependencies for export data would
	// repeat them in the go command's words), and exit 1.
	write(t, filepath.Join(dir, "api"), "api.go", string(src)+"\nfunc broken() int { return \"x\" }\n")
	_, broken, code := runEnv(t, dir, env, "./...")
	msg := "api/api.go:22:28: cannot use \"x\" (untyped string constant) as int value in return statement"
	if code != 1 || strings.Count(broken, msg) != 1 || strings.Contains(broken, "# ") || !strings.Contains(broken, "statuslint: skipped 1 package with errors") {
		t.Errorf("broken package: exit %d\n%s", code, broken)
	}
}
