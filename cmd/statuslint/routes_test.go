package main_test

import (
	"encoding/json"
	"net/http"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/apidoc"
)

// The route inventory (-routes) and the command's -openapi handling, on
// testdata/src/e2e/routes: a gin router, getPet and createPet answering
// errors through a helper, and pets.Delete from another package.

const routesTable = `METHOD  PATH           STATUSES   HANDLER      FILE
POST    /api/pets      201 400    createPet    src/e2e/routes/routes.go:35
DELETE  /api/pets/:id  204 404 ?  pets.Delete  src/e2e/routes/routes.go:22
GET     /api/pets/:id  200 404    getPet       src/e2e/routes/routes.go:26
`

func TestRoutesTableAndCachedRun(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	cache := t.TempDir()
	first, hits, _, code := runCached(t, dir, cache, "-routes", "-enable=all", "./src/e2e/routes/...")
	if code != 0 || len(hits) != 0 {
		t.Fatalf("first run: exit %d, hits %v, output:\n%s", code, hits, first)
	}
	if first != routesTable {
		t.Errorf("inventory:\n%s\nwant:\n%s", first, routesTable)
	}
	// Findings are not printed with -routes (the package has a
	// created-location finding), and a cached run prints the same table.
	second, hits, misses, code := runCached(t, dir, cache, "-routes", "-enable=all", "./src/e2e/routes/...")
	if code != 0 || len(misses) != 0 || !slices.Contains(hits, "statuslint.test/src/e2e/routes") || second != first {
		t.Errorf("cached run: exit %d, hits %v, misses %v, output:\n%s\nwant the first run's", code, hits, misses, second)
	}
	// The same cache entries serve a run printing findings.
	out, _, misses, code := runCached(t, dir, cache, "-enable=all", "./src/e2e/routes/...")
	if code != 3 || len(misses) != 0 || !strings.Contains(out, "created-location") {
		t.Errorf("findings from the cache: exit %d, misses %v, output:\n%s", code, misses, out)
	}
}

type routeRow struct {
	Method     string `json:"method"`
	Path       string `json:"path"`
	Handler    string `json:"handler"`
	File       string `json:"file"`
	Line       int    `json:"line"`
	Statuses   []int  `json:"statuses"`
	Unknown    bool   `json:"unknown"`
	Remote     bool   `json:"remote"`
	Documented *bool  `json:"documented"`
	Undeclared []int  `json:"undeclared"`
}

func routesJSON(t *testing.T, args ...string) []routeRow {
	t.Helper()
	dir := filepath.Join(repoRoot(t), "testdata")
	stdout, stderr, code := run(t, dir, append([]string{"-routes", "-json"}, args...)...)
	if code != 0 || stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	var rows []routeRow
	if err := json.Unmarshal([]byte(stdout), &rows); err != nil {
		t.Fatalf("%v in:\n%s", err, stdout)
	}
	return rows
}

func TestRoutesJSON(t *testing.T) {
	rows := routesJSON(t, "./src/e2e/routes/...")
	if len(rows) != 3 {
		t.Fatalf("%d routes, want 3: %+v", len(rows), rows)
	}
	get := rows[2]
	if get.Method != http.MethodGet || get.Path != "/api/pets/:id" || get.Handler != "getPet" || get.File != "src/e2e/routes/routes.go" ||
		get.Line != 26 || !slices.Equal(get.Statuses, []int{200, 404}) || get.Unknown || get.Remote || get.Documented != nil {
		t.Errorf("GET route: %+v", get)
	}
	del := rows[1]
	if del.Method != http.MethodDelete || del.Handler != "pets.Delete" || !del.Remote || !del.Unknown || !slices.Equal(del.Statuses, []int{204, 404}) {
		t.Errorf("DELETE route (another package's handler): %+v", del)
	}
	// A package with no routes prints an empty array, not null.
	dir := filepath.Join(repoRoot(t), "testdata")
	stdout, _, code := run(t, dir, "-routes", "-json", "./src/e2e/routes/pets")
	if code != 0 || strings.TrimSpace(stdout) != "[]" {
		t.Errorf("no routes: exit %d, output %q", code, stdout)
	}
}

// needLoader skips a test that needs apidoc.Load to read a document.
func needLoader(t *testing.T, path string) {
	t.Helper()
	if doc, err := apidoc.Load(path); doc == nil || err != nil {
		t.Skipf("apidoc.Load(%s) = %v, %v: the document parsers are not in yet", path, doc, err)
	}
}

func TestRoutesOpenAPI(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	needLoader(t, filepath.Join(dir, "src/e2e/routes/openapi.yaml"))
	rows := routesJSON(t, "-openapi=src/e2e/routes/openapi.yaml", "./src/e2e/routes/...")
	if len(rows) != 3 {
		t.Fatalf("%d routes, want 3: %+v", len(rows), rows)
	}
	for _, r := range rows {
		if r.Documented == nil || !*r.Documented {
			t.Errorf("%s %s: documented %v, want true", r.Method, r.Path, r.Documented)
		}
	}
	if u := rows[2].Undeclared; !slices.Equal(u, []int{404}) { // GET /api/pets/{id} documents 200 only
		t.Errorf("GET undeclared %v, want [404]", u)
	}
	if u := rows[0].Undeclared; len(u) != 0 {
		t.Errorf("POST undeclared %v, want none", u)
	}
	stdout, _, code := run(t, dir, "-routes", "-openapi=src/e2e/routes/openapi.yaml", "./src/e2e/routes/...")
	if code != 0 || !regexp.MustCompile(`(?m)^GET +/api/pets/:id +200 404 +getPet +src/e2e/routes/routes.go:26 +undeclared: 404$`).MatchString(stdout) {
		t.Errorf("exit %d, table:\n%s", code, stdout)
	}
}

func TestOpenAPIRoutesUnservedOperation(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	needLoader(t, filepath.Join(dir, "src/e2e/routes/openapi.yaml"))
	args := []string{"-openapi=src/e2e/routes/openapi.yaml", "-disable=all", "-enable=undocumented-route", "./src/e2e/routes/..."}
	_, stderr, code := run(t, dir, append([]string{"-openapi.routes"}, args...)...)
	want := regexp.MustCompile(`^src/e2e/routes/openapi.yaml:\d+:1: undocumented-route: operation GET /api/pets \(openapi.yaml\) is served by no route\n$`)
	if code != 3 || !want.MatchString(stderr) {
		t.Errorf("exit %d, stderr:\n%s\nwant one finding for GET /api/pets", code, stderr)
	}
	// Without -openapi.routes, nothing.
	_, stderr, code = run(t, dir, args...)
	if code != 0 || stderr != "" {
		t.Errorf("without -openapi.routes: exit %d, stderr:\n%s", code, stderr)
	}
}

func TestOpenAPIMissingDocument(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	for _, args := range [][]string{
		{"-openapi=src/e2e/routes/nope.yaml", "./src/e2e/routes/..."},
		{"-routes", "-openapi=src/e2e/routes/nope.yaml", "./src/e2e/routes/..."},
	} {
		stdout, stderr, code := run(t, dir, args...)
		if code != 1 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "nope.yaml") || !strings.HasPrefix(stderr, "statuslint: -openapi: ") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 1 and one line naming the file", args, code, stdout, stderr)
		}
	}
}

func TestOpenAPIInvalidDocument(t *testing.T) {
	dir := cacheModule(t)
	write(t, dir, "openapi.yaml", "openapi: 3.0.3\npaths: [not, a, map\n")
	write(t, dir, "good.yaml", "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths: {}\n")
	needLoader(t, filepath.Join(dir, "good.yaml"))
	_, stderr, code := run(t, dir, "-openapi=openapi.yaml", "./...")
	if code != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "openapi.yaml") {
		t.Errorf("exit %d, stderr %q; want exit 1 and one line naming the file", code, stderr)
	}
}

// The findings' keys cover the documents' contents: editing the document
// misses the cache.
func TestOpenAPIDocumentInCacheKey(t *testing.T) {
	dir := cacheModule(t)
	cache := t.TempDir()
	write(t, dir, "openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths:\n  /items:\n    get:\n      responses:\n        \"200\": {description: ok}\n")
	args := []string{"-openapi=openapi.yaml", "./api"}
	runCached(t, dir, cache, args...)
	if _, hits, misses, _ := runCached(t, dir, cache, args...); len(misses) != 0 || len(hits) == 0 {
		t.Fatalf("unchanged document: hits %v, misses %v", hits, misses)
	}
	write(t, dir, "openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: \"1\"}\npaths:\n  /items:\n    get:\n      responses:\n        \"201\": {description: ok}\n")
	if _, _, misses, _ := runCached(t, dir, cache, args...); !slices.Contains(misses, "example.com/shop/api") {
		t.Errorf("edited document: misses %v, want example.com/shop/api", misses)
	}
}

func TestRoutesUsageErrors(t *testing.T) {
	dir := filepath.Join(repoRoot(t), "testdata")
	for _, extra := range [][]string{{"-fix"}, {"-fix", "-diff"}, {"-format=sarif"}, {"-write-baseline=b.json"}} {
		args := append(append([]string{"-routes"}, extra...), "./src/e2e/routes/...")
		stdout, stderr, code := run(t, dir, args...)
		if code != 2 || stdout != "" || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, "-routes") {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and one line", args, code, stdout, stderr)
		}
	}
}
