package model

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// syncCalls knows which calls run a closure they are given before they
// return, on the caller's goroutine: gorm's db.Transaction(func(tx) error
// {...}), once.Do(func() {...}) (httpapi.SyncCalls), and functions of this
// package whose body provably does so. A closure passed to such a call is
// flowed where the call is (flow.inline); a closure passed to any other
// call may run later, or never, and is the response handed to code we
// cannot see. It reads the index only.
type syncCalls struct {
	idx  *index
	memo map[*types.Var]syncRun // func parameters of this package's functions
}

// syncRun says whether a function calls a func parameter before it
// returns (ok), and whether it may call it more than once (many). Every
// function here may also not call it at all.
type syncRun struct{ ok, many bool }

func newSyncCalls(idx *index) *syncCalls {
	return &syncCalls{idx: idx, memo: map[*types.Var]syncRun{}}
}

// runs reports whether call runs the function value it is given as
// argument i before it returns.
func (sc *syncCalls) runs(call *ast.CallExpr, i int) syncRun {
	return sc.runsAt(call, i, 0)
}

func (sc *syncCalls) runsAt(call *ast.CallExpr, i int, depth int) syncRun {
	fn, key := sc.idx.callee(call)
	if fn == nil {
		return syncRun{} // a function value: it may be anything
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := sc.idx.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return syncRun{} // (*T).M(t, f): the arguments are shifted by the receiver
		}
	}
	if c, ok := httpapi.SyncCalls[key]; ok {
		return syncRun{ok: c.Param == i, many: c.Many}
	}
	fn = fn.Origin()
	d := sc.idx.decls[fn]
	if fn.Pkg() != sc.idx.pkg || d == nil || d.Body == nil || depth > 8 {
		return syncRun{} // another package's function, an interface method
	}
	sig := fn.Signature()
	if i >= sig.Params().Len() || (sig.Variadic() && i >= sig.Params().Len()-1) {
		return syncRun{}
	}
	p := sig.Params().At(i)
	if _, ok := p.Type().Underlying().(*types.Signature); !ok {
		return syncRun{}
	}
	return sc.param(d.Body, p, depth)
}

// param reads how a function's body uses its func parameter p: every use
// must be a call of p, outside a go statement and outside any closure that
// is not itself run at once, or p handed on to a call that runs it (or a
// comparison with nil). Anything else (p assigned, stored, sent, returned,
// given to another function) may keep it for later. A call inside a loop
// or a second call may run it more than once; none at all is not a run.
func (sc *syncCalls) param(body *ast.BlockStmt, p *types.Var, depth int) syncRun {
	if r, ok := sc.memo[p]; ok {
		return r
	}
	sc.memo[p] = syncRun{} // recursion: not known to run it
	calls, many, ok := 0, false, true
	sc.idx.eachUse(body, p, func(id *ast.Ident, stack []ast.Node) bool {
		called, more, good := sc.use(id, stack, depth)
		switch {
		case !good:
			ok = false
		case called:
			calls++
			many = many || more
		}
		return ok
	})
	r := syncRun{ok: ok && calls > 0, many: many || calls > 1}
	sc.memo[p] = r
	return r
}

// use classifies one use of a func parameter under the nodes of stack
// (innermost last): a call that runs it at once (called, and more when it
// may run more than once), a harmless use (a nil test), or neither (!good).
func (sc *syncCalls) use(id *ast.Ident, stack []ast.Node, depth int) (called, more, good bool) {
	var child ast.Node = id
	for i := len(stack) - 1; i >= 0; i-- {
		switch parent := stack[i].(type) {
		case *ast.ParenExpr:
			child = parent
			continue
		case *ast.BinaryExpr:
			if (parent.Op == token.EQL || parent.Op == token.NEQ) && sc.isNil(parent, child) {
				return false, false, true // f == nil
			}
			return false, false, false
		case *ast.CallExpr:
			if parent.Fun == child {
				more, good := sc.atOnce(stack[:i], depth)
				return good, more, good
			}
			for j, a := range parent.Args {
				if a == child {
					r := sc.runsAt(parent, j, depth+1)
					if !r.ok {
						return false, false, false
					}
					more, good := sc.atOnce(stack[:i], depth)
					return good, more || r.many, good
				}
			}
			return false, false, false
		default:
			return false, false, false
		}
	}
	return false, false, false
}

// atOnce reports whether a call under the nodes of stack runs before the
// function returns: not in a go statement, and inside closures only when
// each of them is run at once. more reports a loop around it.
func (sc *syncCalls) atOnce(stack []ast.Node, depth int) (more, good bool) {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ast.GoStmt:
			return false, false
		case *ast.ForStmt, *ast.RangeStmt:
			more = true
		case *ast.FuncLit:
			if i == 0 {
				return false, false
			}
			call, ok := stack[i-1].(*ast.CallExpr)
			if !ok {
				return false, false // assigned, returned, stored: it may run later
			}
			if call.Fun == n {
				continue // func() { f() }(): called where it stands
			}
			j := -1
			for k, a := range call.Args {
				if a == n {
					j = k
				}
			}
			if j < 0 {
				return false, false
			}
			r := sc.runsAt(call, j, depth+1)
			if !r.ok {
				return false, false
			}
			more = more || r.many
		}
	}
	return more, true
}

// isNil reports whether the other operand of a comparison is nil.
func (sc *syncCalls) isNil(b *ast.BinaryExpr, child ast.Node) bool {
	other := b.X
	if b.X == child {
		other = b.Y
	}
	tv, ok := sc.idx.info.Types[other]
	return ok && tv.IsNil()
}
