package model

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"
)

// noReturns builds the control-flow graphs the flow walks and knows which
// calls never return (os.Exit, log.Fatal, panic, a local function that
// always ends in one). It builds a graph only for a function the model
// flows, on demand: the package's other functions, and packages with no
// HTTP code at all, cost nothing (the ctrlflow pass built a graph for
// every function of every package, the standard library included).
//
// A function never returns when the table below says so, when it is
// declared in the package and no path through it reaches its end or a
// return, or when another package's model exported a NoReturnFact for it.
type noReturns struct {
	pass      *analysis.Pass
	idx       *index
	canImport bool
	graphs    map[*ast.BlockStmt]*cfg.CFG
	never     map[*types.Func]bool
	started   map[*types.Func]bool
}

func newNoReturns(pass *analysis.Pass, idx *index, canImport bool) *noReturns {
	return &noReturns{pass: pass, idx: idx, canImport: canImport,
		graphs: map[*ast.BlockStmt]*cfg.CFG{}, never: map[*types.Func]bool{}, started: map[*types.Func]bool{}}
}

// NoReturnFact marks a function that never returns to its caller: every
// path through it exits, panics or calls a function that never returns.
type NoReturnFact struct{}

func (*NoReturnFact) AFact()         {}
func (*NoReturnFact) String() string { return "noReturn" }

// noReturnKeys are the functions that never return whatever their body
// looks like to a reader of export data (the standard library's, and the
// loggers' Fatal and Panic families).
var noReturnKeys = map[string]bool{}

func init() {
	add := func(prefix string, names ...string) {
		for _, n := range names {
			noReturnKeys[prefix+"."+n] = true
		}
	}
	fatal := []string{"Fatal", "Fatalf", "Fatalln", "Panic", "Panicf", "Panicln"}
	add("os", "Exit")
	add("syscall", "Exit")
	add("runtime", "Goexit")
	add("log", fatal...)
	add("log.Logger", fatal...)
	add("testing.common", "FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf")
	add("github.com/sirupsen/logrus", fatal...)
	add("github.com/sirupsen/logrus.Logger", append(fatal, "Exit")...)
	add("github.com/sirupsen/logrus.Entry", fatal...)
	add("go.uber.org/zap.Logger", "Fatal", "Panic")
	add("go.uber.org/zap.SugaredLogger", "Fatal", "Fatalf", "Fatalw", "Fatalln", "Panic", "Panicf", "Panicw", "Panicln")
	for _, klog := range []string{"k8s.io/klog", "k8s.io/klog/v2", "github.com/golang/glog"} {
		add(klog, "Exit", "ExitDepth", "Exitf", "Exitln", "Fatal", "FatalDepth", "Fatalf", "Fatalln")
	}
}

var panicBuiltin = types.Universe.Lookup("panic")

// graph returns the control-flow graph of a function body, built once.
func (nr *noReturns) graph(body *ast.BlockStmt) *cfg.CFG {
	if body == nil {
		return nil
	}
	g, ok := nr.graphs[body]
	if !ok {
		g = cfg.New(body, nr.mayReturn)
		nr.graphs[body] = g
	}
	return g
}

// mayReturn is cfg.New's question: may control go on after this call?
func (nr *noReturns) mayReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && nr.idx.info.Uses[id] == panicBuiltin {
		return false
	}
	fn := typeutil.StaticCallee(nr.idx.info, call)
	return fn == nil || !nr.neverReturns(fn)
}

// neverReturns reports whether a call to fn never returns.
func (nr *noReturns) neverReturns(fn *types.Func) bool {
	fn = fn.Origin()
	if v, ok := nr.never[fn]; ok {
		return v
	}
	v := false
	switch d := nr.idx.decls[fn]; {
	case noReturnKeys[nr.idx.key(fn)]:
		v = true
	case d != nil:
		if nr.started[fn] {
			return false // recursion: assume it returns, as ctrlflow does
		}
		nr.started[fn] = true
		if g := nr.graph(d.Body); g != nil {
			v = g.NoReturn()
		}
	case nr.canImport && fn.Pkg() != nr.pass.Pkg:
		v = nr.pass.ImportObjectFact(fn, new(NoReturnFact))
	}
	nr.never[fn] = v
	return v
}

// export exports a NoReturnFact for each function of the package that
// never returns. Only a function whose last statement is a call can be
// one worth telling (an endless loop is not a helper's shape), so only
// those get a graph.
func (nr *noReturns) export() {
	for _, fn := range nr.idx.funcs {
		d := nr.idx.decls[fn]
		if d.Body == nil || len(d.Body.List) == 0 {
			continue
		}
		es, ok := d.Body.List[len(d.Body.List)-1].(*ast.ExprStmt)
		if !ok {
			continue
		}
		if _, ok := ast.Unparen(es.X).(*ast.CallExpr); ok && nr.neverReturns(fn) {
			nr.pass.ExportObjectFact(fn, new(NoReturnFact))
		}
	}
}
