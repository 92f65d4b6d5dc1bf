package statuslint

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/statuslint/statuslint/internal/apidoc"
	"golang.org/x/tools/go/analysis"
)

// documents loads the -openapi documents once per process: a relative
// path is resolved against the root of the module of the package being
// analyzed (the directory holding its go.mod), so it names the same file
// under go vet, which runs the tool in each package's directory, as under
// the command and golangci-lint.
type documents struct {
	mu     sync.Mutex
	loaded map[string]docResult // absolute path → the document or its error
}

type docResult struct {
	doc *apidoc.Document
	err error
}

// forPass returns the documents the -openapi files name, for pass.
func (d *documents) forPass(pass *analysis.Pass, files []string) ([]*apidoc.Document, error) {
	if len(files) == 0 {
		return nil, nil
	}
	root := ""
	if len(pass.Files) > 0 {
		root = ModuleRoot(filepath.Dir(pass.Fset.File(pass.Files[0].Pos()).Name()))
	}
	var out []*apidoc.Document
	for _, f := range files {
		doc, err := d.load(ResolveDocument(f, root))
		if err != nil {
			return nil, fmt.Errorf("-openapi: %w", err)
		}
		out = append(out, doc)
	}
	return out, nil
}

func (d *documents) load(path string) (*apidoc.Document, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if r, ok := d.loaded[path]; ok {
		return r.doc, r.err
	}
	doc, err := apidoc.Load(path)
	if d.loaded == nil {
		d.loaded = map[string]docResult{}
	}
	d.loaded[path] = docResult{doc, err}
	return doc, err
}

// ResolveDocument resolves an -openapi path: absolute as given, relative
// against root (a module's root directory; the working directory when
// root is empty).
func ResolveDocument(file, root string) string {
	if filepath.IsAbs(file) || root == "" {
		if abs, err := filepath.Abs(file); err == nil {
			return abs
		}
		return file
	}
	return filepath.Join(root, file)
}

// ModuleRoot returns the nearest directory at or above dir holding a
// go.mod, or "" when there is none.
func ModuleRoot(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// pathsFlag is a comma-separated list of files; each use adds to the last.
type pathsFlag struct{ list *[]string }

func (f pathsFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f pathsFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*f.list = append(*f.list, p)
		}
	}
	return nil
}
