package classify

import (
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/packages"
)

// notPinned are packages the tables name that testdata/go.mod does not
// require (kept for services that use them); their keys are not checked.
var notPinned = []string{
	"github.com/gofrs/uuid",
	"github.com/go-ozzo/ozzo-validation",
	"github.com/asaskevich/govalidator",
	"github.com/go-chi/chi.",          // chi before v5
	"github.com/jackc/pgx/v5/pgxpool", // needs puddle, which the testdata module does not require
	"io/ioutil",
}

// TestTablesMatchRealModules checks that every function and method key of
// the classification tables names a function or method declared in the
// real module pinned in testdata/go.mod (or the standard library), with the
// receiver the key says: a key that names nothing never matches.
func TestTablesMatchRealModules(t *testing.T) {
	var keys []string
	for k := range calls {
		keys = append(keys, k)
	}
	for _, m := range []map[string]int{binderArgs, validatedArg, inputArg, requestReaders} {
		for k := range m {
			keys = append(keys, k)
		}
	}
	for k := range serverAccess {
		keys = append(keys, k)
	}
	for k := range bodyReaders {
		keys = append(keys, k)
	}
	for name := range gormAccess {
		keys = append(keys, gormDB+name)
	}
	sort.Strings(keys)
	keys = slicesCompact(keys)

	paths := map[string]bool{}
	var checked []string
	for _, k := range keys {
		if skip(k) {
			continue
		}
		checked = append(checked, k)
		paths[pkgOf(k)] = true
	}
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for p := range paths {
		list = append(list, p)
	}
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedTypes,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}
	pkgs, err := packages.Load(cfg, list...)
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
	for _, k := range checked {
		if msg := httpapi.ResolveKey(byPath, k); msg != "" {
			t.Errorf("%s: %s", k, msg)
		}
	}
}

func skip(k string) bool {
	for _, p := range notPinned {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// pkgOf is the package part of a key: the path up to the last slash, then
// up to the next dot.
func pkgOf(k string) string {
	i := strings.LastIndex(k, "/")
	j := strings.Index(k[i+1:], ".")
	return k[:i+1+j]
}

func slicesCompact(s []string) []string {
	var out []string
	for i, k := range s {
		if i == 0 || k != s[i-1] {
			out = append(out, k)
		}
	}
	return out
}
