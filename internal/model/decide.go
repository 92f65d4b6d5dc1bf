package model

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
)

// Tests the guards already decide. After `if err != nil { ...; return }`,
// err == nil holds on every path on; a second `if err != nil` with no
// assignment to err in between cannot be taken, so its branch is dead
// code: the flow does not follow that edge and the events there are not
// Reached. Only tests of the function's own locals against constants (or
// each other) are decided, and a local is forgotten when it is assigned,
// and never decided at all when it may change where the flow sees no
// assignment (its address taken, assigned in a function literal, a range
// or type switch variable, x++).

// known is a test decided on every path to a point: its canonical form
// (parentheses and ! removed, != read as == with the other truth value),
// the value it has, and the variables it reads.
type known struct {
	key   string
	holds bool
	vars  []*types.Var
}

// decision reads cond, on the edge where it evaluates to truth, as a test
// the flow can recognise again: a comparison of stable locals and
// constants (err != nil, n == 0, s == "") or a boolean local (!ok).
func (fl *flow) decision(h *Handler, cond ast.Expr, truth bool) (known, bool) {
	if fl.idx.caseTag[cond] != nil || fl.idx.caseTag[ast.Unparen(cond)] != nil {
		return known{}, false // a case value of a switch with a tag: the test is tag == value
	}
	cond = ast.Unparen(cond)
	for {
		u, ok := cond.(*ast.UnaryExpr)
		if !ok || u.Op != token.NOT {
			break
		}
		cond, truth = ast.Unparen(u.X), !truth
	}
	var vars []*types.Var
	operand := func(e ast.Expr) (string, bool) {
		e = ast.Unparen(e)
		if tv, ok := fl.idx.info.Types[e]; ok {
			switch {
			case tv.IsNil():
				return "nil", true
			case tv.Value != nil:
				return tv.Value.Kind().String() + ":" + tv.Value.ExactString(), true
			}
		}
		id, ok := e.(*ast.Ident)
		if !ok {
			return "", false
		}
		v, ok := fl.idx.info.Uses[id].(*types.Var)
		if !ok || !fl.stable(h, v) {
			return "", false
		}
		vars = append(vars, v)
		return fmt.Sprintf("v%p", v), true
	}
	var key string
	switch c := cond.(type) {
	case *ast.Ident:
		k, ok := operand(c)
		if !ok {
			return known{}, false
		}
		key = k
	case *ast.BinaryExpr:
		op := c.Op
		switch op {
		case token.NEQ:
			op, truth = token.EQL, !truth
		case token.EQL, token.LSS, token.LEQ, token.GTR, token.GEQ:
		default:
			return known{}, false
		}
		x, ok := operand(c.X)
		if !ok {
			return known{}, false
		}
		y, ok := operand(c.Y)
		if !ok {
			return known{}, false
		}
		if op == token.EQL && y < x {
			x, y = y, x // nil == err is err == nil
		}
		key = x + " " + op.String() + " " + y
	default:
		return known{}, false
	}
	if len(vars) == 0 {
		return known{}, false // constant: go/cfg and the compiler see to it
	}
	return known{key: key, holds: truth, vars: vars}, true
}

// contradicts reports whether the state decides d's test the other way.
func (s State) contradicts(d known) bool {
	return slices.ContainsFunc(s.known, func(k known) bool { return k.key == d.key && k.holds != d.holds })
}

// knows reports whether the state decides k's test the same way.
func (s State) knows(k known) bool {
	return slices.ContainsFunc(s.known, func(o known) bool { return o.key == k.key && o.holds == k.holds })
}

// learn records a test decided on the edge into the state.
func (s *State) learn(d known) {
	if !s.knows(d) {
		s.known = append(s.known, d) // clipped by clone: copies on write
	}
}

// forgetKnown drops the decided tests that read v: it was just assigned.
func (s *State) forgetKnown(v *types.Var) {
	reads := func(k known) bool { return slices.Contains(k.vars, v) }
	if slices.ContainsFunc(s.known, reads) {
		s.known = slices.DeleteFunc(slices.Clone(s.known), reads)
	}
}

// stable reports whether v is a local of h that changes only where the
// flow sees an assignment step: declared in h, its address never taken
// (&v, a pointer method called on it), never assigned inside a function
// literal, and not a range variable, a type switch's variable or the
// operand of ++ or --.
func (fl *flow) stable(h *Handler, v *types.Var) bool {
	if v.Pos() < h.Node.Pos() || v.Pos() >= h.Node.End() || v.IsField() {
		return false
	}
	if h.flow.unstable == nil {
		h.flow.unstable = fl.unstableVars(h)
	}
	return !h.flow.unstable[v]
}

// unstableVars collects the locals of h that may change without an
// assignment step of h's flow.
func (fl *flow) unstableVars(h *Handler) map[*types.Var]bool {
	out := map[*types.Var]bool{}
	mark := func(e ast.Expr) {
		for { // &req.Items[0]: req is changed through the pointer
			switch x := ast.Unparen(e).(type) {
			case *ast.SelectorExpr:
				e = x.X
				continue
			case *ast.IndexExpr:
				e = x.X
				continue
			case *ast.Ident:
				if v, ok := fl.idx.info.ObjectOf(x).(*types.Var); ok {
					out[v] = true
				}
			}
			return
		}
	}
	var walk func(n ast.Node, lit *ast.FuncLit)
	walk = func(n ast.Node, lit *ast.FuncLit) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				if x != lit && x != h.Node {
					walk(x.Body, x)
					return false
				}
			case *ast.UnaryExpr:
				if x.Op == token.AND {
					mark(x.X)
				}
			case *ast.CaseClause:
				if v, ok := fl.idx.info.Implicits[x].(*types.Var); ok {
					out[v] = true // switch v := x.(type): set at each clause, with no assignment step
				}
			case *ast.IncDecStmt:
				mark(x.X)
			case *ast.RangeStmt:
				if x.Key != nil {
					mark(x.Key)
				}
				if x.Value != nil {
					mark(x.Value)
				}
			case *ast.AssignStmt:
				if lit != nil {
					for _, l := range x.Lhs {
						mark(l) // a closure's write to a variable it captured runs when it is called
					}
				}
			case *ast.SelectorExpr:
				if sel := fl.idx.info.Selections[x]; sel != nil && sel.Kind() == types.MethodVal {
					if _, ptrRecv := sel.Obj().Type().(*types.Signature).Recv().Type().(*types.Pointer); ptrRecv {
						if _, isPtr := fl.idx.info.TypeOf(x.X).Underlying().(*types.Pointer); !isPtr {
							mark(x.X) // v.Reset() on an addressable v takes &v
						}
					}
				}
			}
			return true
		})
	}
	if body := h.Body(); body != nil {
		walk(body, nil)
	}
	return out
}
