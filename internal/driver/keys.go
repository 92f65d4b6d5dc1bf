package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"
)

// listMode is what computing keys needs: file lists, imports and modules,
// no syntax and no types (go list, no compiler).
const listMode = packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles |
	packages.NeedImports | packages.NeedDeps | packages.NeedModule | packages.NeedForTest

// keyer computes package keys the way the build cache keys actions: a
// package's key covers its files, its build configuration, the keys of
// its imports, the binary and the flags. Files of the standard library and
// of the module cache are named, not read: their content is fixed by the
// Go version and the module version, which are part of the key.
type keyer struct {
	salt    string // binary, flags, build configuration
	goroot  string
	modRoot string // GOMODCACHE
	keys    map[*packages.Package]string
}

func newKeyer(salt, goroot, modcache string) *keyer {
	return &keyer{salt: salt, goroot: goroot, modRoot: modcache, keys: map[*packages.Package]string{}}
}

// key returns p's key, or "" when p cannot be keyed (a file that cannot be
// read, an import that failed to list): such a package is always analyzed.
func (k *keyer) key(p *packages.Package) string {
	if key, ok := k.keys[p]; ok {
		return key
	}
	k.keys[p] = "" // an import cycle (reported by go list) keys nothing
	if len(p.Errors) > 0 {
		return ""
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00id %s\x00path %s\x00name %s\x00", k.salt, p.ID, p.PkgPath, p.Name)
	immutable := k.immutable(p)
	if p.Module != nil {
		fmt.Fprintf(h, "module %s %s\x00", p.Module.Path, p.Module.Version)
	}
	for _, list := range [][]string{p.CompiledGoFiles, p.OtherFiles} {
		for _, f := range list {
			fmt.Fprintf(h, "file %s\x00", f)
			if immutable && !strings.HasPrefix(f, os.TempDir()) && !isBuildCache(f) {
				continue
			}
			if !hashFile(h, f) {
				return ""
			}
		}
	}
	paths := make([]string, 0, len(p.Imports))
	for path := range p.Imports {
		paths = append(paths, path)
	}
	slices.Sort(paths)
	for _, path := range paths {
		dep := k.key(p.Imports[path])
		if dep == "" {
			return ""
		}
		fmt.Fprintf(h, "import %s %s\x00", path, dep)
	}
	key := hex.EncodeToString(h.Sum(nil))
	k.keys[p] = key
	return key
}

// immutable reports whether p's sources are fixed by a version in the key:
// the standard library (under GOROOT, keyed by the Go version in the salt)
// or a module in the module cache (keyed by its version).
func (k *keyer) immutable(p *packages.Package) bool {
	if len(p.GoFiles) == 0 {
		return false
	}
	dir := filepath.Dir(p.GoFiles[0])
	switch {
	case k.goroot != "" && within(k.goroot, dir):
		return true
	case p.Module != nil && p.Module.Replace == nil && !p.Module.Main && p.Module.Version != "" && k.modRoot != "" && within(k.modRoot, dir):
		return true
	}
	return false
}

// isBuildCache reports whether f is a file the go command generated (cgo
// output, test mains): those are read, whatever the package.
func isBuildCache(f string) bool {
	return strings.Contains(filepath.ToSlash(f), "/go-build/")
}

func within(root, dir string) bool {
	r, err := filepath.Rel(root, dir)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

func hashFile(h io.Writer, name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = io.Copy(h, f)
	return err == nil
}
