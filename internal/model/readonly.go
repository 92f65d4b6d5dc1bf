package model

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// ReadOnlyFact marks a function whose response parameters (a writer or a
// framework context: Params, by index) it only reads: getters such as
// logging.FromContext(c) or auth.UserID(c), which call the context's
// accessors (c.Get, c.Value, c.Param, c.Request.Context()) and hand it on
// only to functions that only read it too. A handler of another package
// that gives its response to one is not made opaque by the call.
type ReadOnlyFact struct {
	Params []int
}

func (*ReadOnlyFact) AFact() {}

func (f *ReadOnlyFact) String() string { return fmt.Sprintf("readOnly%v", f.Params) }

// readMethods are the methods of a context (or of what its accessors
// return while that is still a response) that read the request or the
// context's values and write nothing. The sink, header and opaque tables
// are checked first: fiber's c.Set sets a header.
var readMethods = map[string]bool{
	"Value": true, "Deadline": true, "Done": true, "Err": true,
	"Get": true, "MustGet": true, "GetString": true, "GetBool": true, "GetInt": true, "GetInt64": true,
	"GetUint": true, "GetFloat64": true, "GetTime": true, "GetDuration": true, "GetStringSlice": true,
	"GetStringMap": true, "GetStringMapString": true, "Set": true, "Locals": true,
	"Param": true, "Params": true, "ParamNames": true, "ParamValues": true, "AllParams": true,
	"Query": true, "DefaultQuery": true, "GetQuery": true, "QueryArray": true, "QueryParam": true,
	"QueryParams": true, "QueryString": true, "FormValue": true, "PostForm": true, "DefaultPostForm": true,
	"GetHeader": true, "Cookie": true, "Cookies": true, "Request": true, "Context": true, "UserContext": true,
	"Method": true, "Path": true, "FullPath": true, "OriginalURL": true, "ClientIP": true, "RealIP": true,
	"RemoteIP": true, "IP": true, "IPs": true, "Hostname": true, "Host": true, "Protocol": true,
	"Scheme": true, "IsTLS": true, "IsWebSocket": true, "ContentType": true, "Logger": true,
}

// responseValue reports whether a value of type t may be a response or
// write one: a writer, a framework context, anything with Write([]byte).
func responseValue(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := httpapi.FrameworkOf(t); ok {
		return true
	}
	return types.Implements(t, ioWriter) || types.Implements(types.NewPointer(t), ioWriter)
}

// readOnlyParams returns the parameters of a function of this package
// that may hold a response and that it only reads (ReadOnlyFact): every
// use calls a read accessor (readMethods) on it or on what such accessors
// return while that is still a response, reads a field, compares it, or
// hands it to a function that only reads it too (or takes it as a
// context.Context it does not assert back). Anything else (an assignment,
// a return, a method value, a call of another method, a function value
// given it) may write it or let it go where it is written.
func (evs *events) readOnlyParams(fn *types.Func, depth int) []int {
	fn = fn.Origin()
	if ps, ok := evs.readOnlyMemo[fn]; ok {
		return ps
	}
	d := evs.idx.decls[fn]
	if d == nil || d.Body == nil || depth > 8 {
		return nil
	}
	evs.readOnlyMemo[fn] = nil // assume the worst on recursion
	var ps []int
	sig := fn.Signature()
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		if sig.Variadic() && i == sig.Params().Len()-1 || !responseValue(p.Type()) {
			continue
		}
		if evs.onlyRead(d, p, depth) {
			ps = append(ps, i)
		}
	}
	evs.readOnlyMemo[fn] = ps
	return ps
}

// onlyRead reports whether every use of parameter p in d only reads it.
func (evs *events) onlyRead(d *ast.FuncDecl, p *types.Var, depth int) bool {
	ok := true
	evs.idx.eachUse(d.Body, p, func(id *ast.Ident, stack []ast.Node) bool {
		ok = evs.readUse(id, stack, depth)
		return ok
	})
	return ok
}

// readUse reports whether a use of a response, under the nodes of stack
// (innermost last), only reads it.
func (evs *events) readUse(id *ast.Ident, stack []ast.Node, depth int) bool {
	var cur ast.Expr = id
	for i := len(stack) - 1; i >= 0; i-- {
		switch parent := stack[i].(type) {
		case *ast.ParenExpr:
			cur = parent
			continue
		case *ast.SelectorExpr:
			sel := evs.idx.info.Selections[parent]
			if parent.X != cur || sel == nil {
				return false
			}
			switch sel.Kind() {
			case types.FieldVal:
				cur = parent // c.Request, c.Keys
			case types.MethodVal:
				call, isCall := ast.Node(nil), false
				if i > 0 {
					call, isCall = stack[i-1].(*ast.CallExpr)
				}
				if !isCall || call.(*ast.CallExpr).Fun != parent {
					return false // a method value: called anywhere
				}
				_, key := evs.idx.callee(call.(*ast.CallExpr))
				_, sink := httpapi.Sinks[key]
				_, header := httpapi.HeaderCalls[key]
				if !readMethods[parent.Sel.Name] || sink || header || httpapi.Opaque[key] || httpapi.HeaderAccessors[key] {
					return false
				}
				i--
				cur = call.(*ast.CallExpr)
			default:
				return false
			}
			if !responseValue(evs.idx.info.TypeOf(cur)) {
				return true // c.Request.Context(), c.GetString("user"): no longer the response
			}
		case *ast.BinaryExpr:
			return parent.Op == token.EQL || parent.Op == token.NEQ
		case *ast.CallExpr:
			if j := slices.Index(parent.Args, cur); j >= 0 {
				return evs.readOnlyArg(parent, j, depth+1)
			}
			return false // the response as the function called
		default:
			return false // assigned, returned, stored, sent, asserted
		}
	}
	return false
}

// readOnlyArg reports whether the callee of call only reads its argument i:
// a context.Context parameter it does not assert back, or a parameter that
// a function of this package only reads or another package's
// ReadOnlyFact lists.
func (evs *events) readOnlyArg(call *ast.CallExpr, i int, depth int) bool {
	if !evs.mayWriteArg(call, i, depth) {
		return true
	}
	fn, _ := evs.idx.callee(call)
	if fn == nil || call.Ellipsis.IsValid() {
		return false
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := evs.idx.info.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			return false // (*T).M(t, c): the arguments are shifted by the receiver
		}
	}
	var ps []int
	if fn.Pkg() == evs.idx.pkg {
		ps = evs.readOnlyParams(fn, depth)
	} else if f := evs.helpers.readOnlyOf(fn); f != nil {
		ps = f.Params
	}
	return slices.Contains(ps, i)
}

// foreignReadOnly reports whether call calls a function of another
// package whose ReadOnlyFact covers every argument that may be a response.
func (evs *events) foreignReadOnly(call *ast.CallExpr) bool {
	fn, _ := evs.idx.callee(call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == evs.idx.pkg || evs.helpers.readOnlyOf(fn) == nil {
		return false
	}
	for i, a := range call.Args {
		if responseValue(evs.idx.info.TypeOf(a)) && !evs.readOnlyArg(call, i, 0) {
			return false
		}
	}
	return true
}
