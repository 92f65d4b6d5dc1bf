package driver

import (
	"cmp"
	"encoding/gob"
	"go/types"
	"reflect"
	"slices"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// storedFact is one object fact a package exports, as the cache keeps it:
// the object named by its path within the package (golang.org/x/tools/go/
// types/objectpath, as go vet's fact files do), so it can be found again
// in a package loaded from export data in another run.
type storedFact struct {
	Analyzer string
	Object   string // an objectpath.Path
	Fact     analysis.Fact
}

// objFactKey is an object fact's key in a pass's fact tables.
type objFactKey struct {
	obj types.Object
	typ reflect.Type
}

var registered sync.Map // reflect.Type → true: fact types given to gob

// registerFacts lets gob encode the fact types of a and what it requires.
func registerFacts(a *analysis.Analyzer) {
	for _, x := range requiresFirst(a) {
		for _, f := range x.FactTypes {
			if _, done := registered.LoadOrStore(reflect.TypeOf(f), true); !done {
				gob.Register(f)
			}
		}
	}
}

// requiresFirst lists a and the analyzers it requires, each after what it
// requires.
func requiresFirst(a *analysis.Analyzer) []*analysis.Analyzer {
	var out []*analysis.Analyzer
	seen := map[*analysis.Analyzer]bool{}
	var visit func(*analysis.Analyzer)
	visit = func(x *analysis.Analyzer) {
		if seen[x] {
			return
		}
		seen[x] = true
		for _, r := range x.Requires {
			visit(r)
		}
		out = append(out, x)
	}
	visit(a)
	return out
}

// encodeFacts turns the facts one package exported into stored facts, in
// a fixed order. A fact on an object with no path (not reachable from the
// package's export data) is dropped: no other package can refer to it.
func encodeFacts(pkg *types.Package, facts []analysis.ObjectFact, analyzer func(analysis.Fact) string) []storedFact {
	var enc objectpath.Encoder
	out := []storedFact{}
	for _, f := range facts {
		if f.Object.Pkg() != pkg {
			continue
		}
		path, err := enc.For(f.Object)
		if err != nil {
			continue
		}
		out = append(out, storedFact{Analyzer: analyzer(f.Fact), Object: string(path), Fact: f.Fact})
	}
	slices.SortFunc(out, func(x, y storedFact) int {
		return cmp.Or(cmp.Compare(x.Analyzer, y.Analyzer), cmp.Compare(x.Object, y.Object),
			cmp.Compare(reflect.TypeOf(x.Fact).String(), reflect.TypeOf(y.Fact).String()))
	})
	return out
}

// factOwner returns the function naming the analyzer that declares a fact's type.
func factOwner(a *analysis.Analyzer) func(analysis.Fact) string {
	owner := map[reflect.Type]string{}
	for _, x := range requiresFirst(a) {
		for _, f := range x.FactTypes {
			owner[reflect.TypeOf(f)] = x.Name
		}
	}
	return func(f analysis.Fact) string { return owner[reflect.TypeOf(f)] }
}

// factView is what one package's passes import: the facts of its
// dependencies, found by package path, decoded on first use against the
// dependency's *types.Package as this package sees it.
type factView struct {
	byPath  map[string][]storedFact // a dependency's path → its stored facts
	decoded map[*types.Package]map[objFactKey]analysis.Fact
}

func newFactView(byPath map[string][]storedFact) *factView {
	return &factView{byPath: byPath, decoded: map[*types.Package]map[objFactKey]analysis.Fact{}}
}

// of returns the facts on the objects of pkg.
func (v *factView) of(pkg *types.Package) map[objFactKey]analysis.Fact {
	m, ok := v.decoded[pkg]
	if !ok {
		m = map[objFactKey]analysis.Fact{}
		for _, sf := range v.byPath[pkg.Path()] {
			if obj, err := objectpath.Object(pkg, objectpath.Path(sf.Object)); err == nil {
				m[objFactKey{obj, reflect.TypeOf(sf.Fact)}] = sf.Fact
			}
		}
		v.decoded[pkg] = m
	}
	return m
}

// all returns the facts of the given types on pkg's objects (own) and on
// those of the packages reachable through its imports.
func (v *factView) all(pkg *types.Package, own map[objFactKey]analysis.Fact, want map[reflect.Type]bool) []analysis.ObjectFact {
	var out []analysis.ObjectFact
	add := func(m map[objFactKey]analysis.Fact) {
		for k, f := range m {
			if want[k.typ] {
				out = append(out, analysis.ObjectFact{Object: k.obj, Fact: f})
			}
		}
	}
	add(own)
	seen := map[*types.Package]bool{pkg: true}
	var walk func(*types.Package)
	walk = func(p *types.Package) {
		for _, imp := range p.Imports() {
			if !seen[imp] {
				seen[imp] = true
				add(v.of(imp))
				walk(imp)
			}
		}
	}
	walk(pkg)
	return out
}
