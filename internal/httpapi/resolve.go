package httpapi

import (
	"go/types"
	"strings"
)

// ResolveKey checks a table key (Key's form: "pkg.Func", "pkg.Type.Method")
// against loaded packages, by import path: "" when it names a function or
// method Key spells the same way, else what is wrong. The tables' tests
// (here and in classify) check every key against the pinned modules.
func ResolveKey(byPath map[string]*types.Package, key string) string {
	var pkg *types.Package
	var rest string
	for path, p := range byPath {
		if strings.HasPrefix(key, path+".") && (pkg == nil || len(path) > len(pkg.Path())) {
			pkg, rest = p, strings.TrimPrefix(key, path+".")
		}
	}
	if pkg == nil {
		return "no such package loaded"
	}
	recv, name, isMethod := strings.Cut(rest, ".")
	if !isMethod {
		if _, ok := pkg.Scope().Lookup(recv).(*types.Func); !ok {
			return "no such function"
		}
		return ""
	}
	tn, ok := pkg.Scope().Lookup(recv).(*types.TypeName)
	if !ok {
		return "no such type"
	}
	t := tn.Type()
	if !types.IsInterface(t) {
		t = types.NewPointer(t)
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, pkg, name)
	fn, ok := obj.(*types.Func)
	if !ok {
		return "no such method"
	}
	if got := Key(fn); got != key {
		return "the method is declared as " + got
	}
	return ""
}
