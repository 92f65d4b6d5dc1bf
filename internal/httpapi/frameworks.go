// Package httpapi holds what statuslint knows about HTTP APIs, as data keyed
// by fully qualified name: which calls set a status or write a body, which
// register routes, and which function shapes are handlers. The checking logic
// lives elsewhere; adding a framework method is a table edit.
package httpapi

import (
	"go/types"
	"strings"
)

// Framework identifies the API a handler is written against.
type Framework uint8

const (
	NetHTTP Framework = iota + 1
	Gin
	Echo
	Fiber
)

func (f Framework) String() string {
	switch f {
	case NetHTTP:
		return "net/http"
	case Gin:
		return "gin"
	case Echo:
		return "echo"
	case Fiber:
		return "fiber"
	}
	return "unknown"
}

// Buffered reports whether the framework holds the whole response until the
// handler returns (fasthttp does), so a late status or header still counts.
func (f Framework) Buffered() bool { return f == Fiber }

// Module import paths.
const (
	pkgHTTP   = "net/http"
	pkgGin    = "github.com/gin-gonic/gin"
	pkgEcho4  = "github.com/labstack/echo/v4"
	pkgEcho5  = "github.com/labstack/echo/v5"
	pkgFiber2 = "github.com/gofiber/fiber/v2"
	pkgFiber3 = "github.com/gofiber/fiber/v3"
	pkgChi5   = "github.com/go-chi/chi/v5"
	pkgChi1   = "github.com/go-chi/chi"
	pkgRender = "github.com/go-chi/render"
	pkgMux    = "github.com/gorilla/mux"
)

// Known reports whether path is a package statuslint has knowledge of; a
// package importing none of them is skipped.
func Known(path string) bool {
	switch path {
	case pkgHTTP, pkgGin, pkgEcho4, pkgEcho5, pkgFiber2, pkgFiber3, pkgChi5, pkgChi1, pkgRender, pkgMux:
		return true
	}
	return false
}

// Key names a function the way the tables do: "net/http.Error" for a
// function, "net/http.ResponseWriter.WriteHeader" for a method (pointer
// receivers and type arguments dropped).
func Key(fn *types.Func) string {
	if fn == nil || fn.Pkg() == nil {
		return ""
	}
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			obj := n.Origin().Obj()
			if obj.Pkg() == nil {
				return ""
			}
			return obj.Pkg().Path() + "." + obj.Name() + "." + fn.Name()
		}
		return "" // a method of an unnamed interface
	}
	return fn.Pkg().Path() + "." + fn.Name()
}

// HandlerShape reports the framework whose handler signature sig has, and
// the index of the parameter carrying the response (writer or context).
func HandlerShape(sig *types.Signature) (Framework, int, bool) {
	params := sig.Params()
	res := sig.Results()
	switch params.Len() {
	case 1:
		p := params.At(0).Type()
		switch {
		case isNamed(p, pkgGin, "Context", true) && res.Len() == 0:
			return Gin, 0, true
		case (isNamed(p, pkgEcho4, "Context", false) || isNamed(p, pkgEcho5, "Context", true)) && returnsError(res):
			return Echo, 0, true
		case (isNamed(p, pkgFiber2, "Ctx", true) || isNamed(p, pkgFiber3, "Ctx", false)) && returnsError(res):
			return Fiber, 0, true
		}
	case 2:
		if res.Len() == 0 && isNamed(params.At(0).Type(), pkgHTTP, "ResponseWriter", false) &&
			isNamed(params.At(1).Type(), pkgHTTP, "Request", true) {
			return NetHTTP, 0, true
		}
	}
	return 0, 0, false
}

func returnsError(res *types.Tuple) bool {
	return res.Len() == 1 && types.Identical(res.At(0).Type(), types.Universe.Lookup("error").Type())
}

// isNamed reports whether t is pkg.name (or *pkg.name when ptr).
func isNamed(t types.Type, pkg, name string, ptr bool) bool {
	if ptr {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			return false
		}
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	obj := n.Origin().Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == pkg && obj.Name() == name
}

// IsRequestMethodField reports whether obj is the Method field of
// net/http.Request (r.Method, c.Request.Method, c.Request().Method).
func IsRequestMethodField(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	if !ok || !v.IsField() || v.Name() != "Method" || v.Pkg() == nil || v.Pkg().Path() != pkgHTTP {
		return false
	}
	return true
}

// IsMethodAccessor reports whether a call to fn returns the request method
// (fiber's c.Method()).
func IsMethodAccessor(fn *types.Func) bool {
	switch Key(fn) {
	case pkgFiber2 + ".Ctx.Method", pkgFiber3 + ".Ctx.Method", pkgFiber3 + ".DefaultCtx.Method":
		return true
	}
	return false
}

// IsTrailerPrefix reports whether a header key is declared a trailer by the
// net/http "Trailer:" prefix convention.
func IsTrailerPrefix(key string) bool { return strings.HasPrefix(key, "Trailer:") }

// IsContext reports whether t is a framework's request context type.
func IsContext(t types.Type) bool {
	return isNamed(t, pkgGin, "Context", true) || isNamed(t, pkgEcho4, "Context", false) ||
		isNamed(t, pkgEcho5, "Context", true) || isNamed(t, pkgFiber2, "Ctx", true) || isNamed(t, pkgFiber3, "Ctx", false)
}

// IsResponseWriter reports whether t is net/http.ResponseWriter.
func IsResponseWriter(t types.Type) bool { return isNamed(t, pkgHTTP, "ResponseWriter", false) }

// FrameworkOf returns the framework whose response type t is: a
// ResponseWriter (or anything with its Write method) answers as net/http,
// a context as its framework.
func FrameworkOf(t types.Type) (Framework, bool) {
	switch {
	case IsResponseWriter(t):
		return NetHTTP, true
	case isNamed(t, pkgGin, "Context", true):
		return Gin, true
	case isNamed(t, pkgEcho4, "Context", false), isNamed(t, pkgEcho5, "Context", true):
		return Echo, true
	case isNamed(t, pkgFiber2, "Ctx", true), isNamed(t, pkgFiber3, "Ctx", false):
		return Fiber, true
	}
	return 0, false
}

// IsFramework reports whether path is a package of a framework or of
// net/http itself: statuslint infers no helpers there, its tables cover them.
func IsFramework(path string) bool {
	for _, m := range []string{pkgHTTP, pkgGin, pkgEcho4, pkgEcho5, pkgFiber2, pkgFiber3, pkgChi5, pkgChi1, pkgRender, pkgMux} {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}

// IsRequest reports whether t is *net/http.Request.
func IsRequest(t types.Type) bool { return isNamed(t, pkgHTTP, "Request", true) }

// AdaptedShape reports a net/http handler written for an adapter:
// func(http.ResponseWriter, *http.Request) error, or (int, error) when the
// adapter writes the returned status (statusResult).
func AdaptedShape(sig *types.Signature) (statusResult, ok bool) {
	params, res := sig.Params(), sig.Results()
	if params.Len() != 2 || !isNamed(params.At(0).Type(), pkgHTTP, "ResponseWriter", false) ||
		!isNamed(params.At(1).Type(), pkgHTTP, "Request", true) {
		return false, false
	}
	errT := types.Universe.Lookup("error").Type()
	switch {
	case res.Len() == 1 && types.Identical(res.At(0).Type(), errT):
		return false, true
	case res.Len() == 2 && types.Identical(res.At(1).Type(), errT) && isInt(res.At(0).Type()):
		return true, true
	}
	return false, false
}

// AdaptedExtraShape reports a net/http handler written for an adapter that
// hands it more arguments after the writer and the request:
// func(http.ResponseWriter, *http.Request, extra...) (int, error). Such a
// function is a handler only where an adapter calls a value of its type
// with its own writer and request (the model checks that).
func AdaptedExtraShape(sig *types.Signature) bool {
	params, res := sig.Params(), sig.Results()
	if params.Len() < 3 || !isNamed(params.At(0).Type(), pkgHTTP, "ResponseWriter", false) ||
		!isNamed(params.At(1).Type(), pkgHTTP, "Request", true) {
		return false
	}
	return res.Len() == 2 && types.Identical(res.At(1).Type(), types.Universe.Lookup("error").Type()) && isInt(res.At(0).Type())
}

func isInt(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}

// IsStatusField reports whether a field named name of a value of type recv
// holds the status a framework writes when the body is (echo's
// Response.Status: c.Response().Status = 500 before c.Response().Write).
func IsStatusField(recv types.Type, name string) bool {
	return name == "Status" && (isNamed(recv, pkgEcho4, "Response", true) || isNamed(recv, pkgEcho5, "Response", true))
}

// ExtendedShape reports a handler signature followed by more parameters:
// what oapi-codegen's generated ServerInterface declares for an operation
// with path parameters (DeletePet(w, r, id int64), DeletePet(c *gin.Context,
// id int64), DeletePet(ctx echo.Context, id int64) error). The generated
// wrapper reads them from the request and calls the method as a handler.
func ExtendedShape(sig *types.Signature) (Framework, int, bool) {
	params := sig.Params()
	for n := 1; n <= 2 && n < params.Len(); n++ {
		vars := make([]*types.Var, n)
		for i := range vars {
			vars[i] = params.At(i)
		}
		if fw, at, ok := HandlerShape(types.NewSignatureType(nil, nil, nil, types.NewTuple(vars...), sig.Results(), false)); ok {
			return fw, at, true
		}
	}
	return 0, 0, false
}
