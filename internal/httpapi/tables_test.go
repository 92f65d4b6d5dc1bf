package httpapi

import (
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"
)

// TestTablesMatchRealModules loads the real framework modules at the
// versions pinned in testdata/go.mod and checks that every key in the
// knowledge tables names a function or method declared there, with the
// receiver the key says (a promoted method would never match at run time).
func TestTablesMatchRealModules(t *testing.T) {
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	paths := []string{pkgHTTP, pkgGin, pkgEcho4, pkgEcho5, pkgFiber2, pkgFiber3, pkgChi5, pkgRender, pkgMux,
		"io", "bytes", "strings", "fmt", "encoding/json", "encoding/xml", "encoding/gob", "html/template", "text/template", "sync", "golang.org/x/sync/errgroup", "sort", "slices", "context", pkgGorm}
	paths = append(paths, MiddlewarePackages...)
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, paths...)
	if err != nil {
		t.Fatal(err)
	}
	byPath := map[string]*types.Package{}
	for _, p := range pkgs {
		for _, e := range p.Errors {
			t.Fatalf("loading %s: %v (run `make testdeps` first)", p.PkgPath, e)
		}
		byPath[p.PkgPath] = p.Types
	}

	var keys []string
	add := func(k string) { keys = append(keys, k) }
	for k := range Sinks {
		add(k)
	}
	for k := range Registrations {
		add(k)
	}
	for _, m := range []map[string]bool{ChainMethods, HeaderAccessors, EncoderCtors, Inert, Opaque, Joins} {
		for k := range m {
			add(k)
		}
	}
	for k := range HeaderCalls {
		add(k)
	}
	for k := range SyncCalls {
		add(k)
	}
	for k := range Groups {
		add(k)
	}
	for k := range Mounts {
		add(k)
	}
	for k := range ContextReads {
		add(k)
	}
	add(StripPrefix)
	for _, m := range []map[string][]int{Middleware, Routers} {
		for k := range m {
			add(k)
		}
	}
	for k := range Serves {
		add(k)
	}
	for k := range Uses {
		add(k)
	}
	for k := range StatusFields {
		if err := resolvesField(byPath, k); err != "" {
			t.Errorf("%s: %s", k, err)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		if pkgChi1 != "" && strings.HasPrefix(k, pkgChi1+".") {
			continue // chi before v5: kept for old services, not pinned here
		}
		if err := ResolveKey(byPath, k); err != "" {
			t.Errorf("%s: %s", k, err)
		}
	}
}

// resolvesField checks a "pkg.Type.Field" key names an int field.
func resolvesField(byPath map[string]*types.Package, key string) string {
	i := strings.LastIndex(key, ".")
	j := strings.LastIndex(key[:i], ".")
	pkg := byPath[key[:j]]
	if pkg == nil {
		return "no such package loaded"
	}
	tn, ok := pkg.Scope().Lookup(key[j+1 : i]).(*types.TypeName)
	if !ok {
		return "no such type"
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, key[i+1:])
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() {
		return "no such field"
	}
	if b, ok := v.Type().Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
		return "not an integer field"
	}
	return ""
}
