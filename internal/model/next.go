package model

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// Middleware hands the request on to the next handler in the chain:
// next.ServeHTTP(w, r), next(w, r), return next(c), c.Next(). Such a call is
// an opaque event (the next handler writes what it likes); markNext marks it
// as Next, so that a complete response before it that does not stop the
// middleware is known to let the protected handler run as well.

// markNext marks the events of h that call the next handler. In a gin
// handler that aborts anywhere (c.Abort(), c.AbortWithStatus...), c.Next()
// may run nothing, so none is marked there.
func (b *builder) markNext(h *Handler) {
	var next []*Event
	for _, ev := range h.Events {
		if ev.Kind == Opaque && b.callsNext(h, ev.Call) {
			next = append(next, ev)
		}
	}
	if len(next) == 0 || h.Framework == httpapi.Gin && b.aborts(h) {
		return // only a gin handler that calls c.Next() is searched for an abort
	}
	for _, ev := range next {
		ev.Next = true
	}
}

// callsNext reports whether call hands h's request to another handler: a
// framework's Next, a ServeHTTP method, or a call of a handler-typed value
// h does not declare itself (a parameter of the middleware factory, a
// field), given h's response.
func (b *builder) callsNext(h *Handler, call *ast.CallExpr) bool {
	callee := ast.Unparen(call.Fun)
	if sel, ok := callee.(*ast.SelectorExpr); ok {
		if fn, ok := b.idx.info.Uses[sel.Sel].(*types.Func); ok {
			key := httpapi.Key(fn)
			if httpapi.Opaque[key] && strings.HasSuffix(key, ".Next") {
				return true // gin's and fiber's c.Next(), on h's own context (the opaque event says so)
			}
			_, _, shape := httpapi.HandlerShape(fn.Signature())
			return fn.Name() == "ServeHTTP" && shape
		}
		callee = sel.Sel
	}
	id, ok := callee.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := b.idx.info.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if body := h.Body(); body != nil && body.Pos() <= v.Pos() && v.Pos() < body.End() {
		return false // a closure declared in the handler: it may be anything
	}
	sig, ok := v.Type().Underlying().(*types.Signature)
	if !ok {
		return false
	}
	_, _, shape := httpapi.HandlerShape(sig)
	return shape
}

// aborts reports whether a gin handler calls one of the context's Abort methods.
func (b *builder) aborts(h *Handler) bool {
	found := false
	if body := h.Body(); body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && !found {
				if _, key := b.idx.callee(call); strings.HasPrefix(key, "github.com/gin-gonic/gin.Context.Abort") {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// NextAfter returns the call of the next handler that every path from just
// after e reaches (a middleware that answered and goes on anyway), or nil.
func (e *Event) NextAfter() *Event {
	h := e.Handler
	var first *Event
	for _, o := range h.Events {
		if o.Next && o.Call.Pos() > e.Call.Pos() && (first == nil || o.Call.Pos() < first.Call.Pos()) {
			first = o
		}
	}
	if first == nil || h.flow == nil || h.flow.steps == nil {
		return nil
	}
	for _, st := range h.flow.steps[e.block][e.index+1:] {
		if st.ev != nil && st.ev.Next {
			return st.ev
		}
	}
	if allSuccs(e.block, h.flow.must(func(o *Event) bool { return o.Next })) {
		return first
	}
	return nil
}
