package httpapi

import "go/types"

// Registration describes a route-registering call.
type Registration struct {
	Method     Methods // fixed method set (r.Get → GET); 0 when read from an argument
	MethodArg  int     // argument holding one method name, or None
	MethodsArg int     // argument holding a []string of method names, or None
	Pattern    int     // argument holding the path pattern, or None
	Handlers   int     // first argument that may be a handler
	OnlyOne    bool    // only the Handlers argument is a handler (echo: the rest are middleware)
	GoPattern  bool    // net/http: "POST /items/{id}" carries the method
	Chain      bool    // gorilla/mux: methods come from .Methods(...) on the same route chain
	AnyMethod  bool    // registers for every method
}

// ChainMethods are gorilla/mux calls whose string arguments restrict a route's methods.
var ChainMethods = map[string]bool{
	pkgMux + ".Route.Methods":  true,
	pkgMux + ".Router.Methods": true,
}

// Registrations is keyed by Key(callee).
var Registrations = buildRegistrations()

func buildRegistrations() map[string]Registration {
	regs := map[string]Registration{}
	verb := func(m Methods, handlers int, onlyOne bool) Registration {
		return Registration{Method: m, MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: handlers, OnlyOne: onlyOne}
	}
	// net/http ServeMux and the package-level DefaultServeMux helpers.
	goPattern := Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, OnlyOne: true, GoPattern: true}
	for _, k := range []string{ServeMuxHandle, pkgHTTP + ".ServeMux.HandleFunc", pkgHTTP + ".Handle", pkgHTTP + ".HandleFunc"} {
		regs[k] = goPattern
	}

	// chi: the Mux type and the Router interface share the method names.
	chiVerbs := map[string]Methods{"Get": GET, "Head": HEAD, "Post": POST, "Put": PUT, "Patch": PATCH,
		"Delete": DELETE, "Options": OPTIONS, "Connect": CONNECT, "Trace": TRACE}
	for _, pkg := range []string{pkgChi5, pkgChi1} {
		for _, recv := range []string{"Mux", "Router"} {
			for name, m := range chiVerbs {
				regs[pkg+"."+recv+"."+name] = verb(m, 1, true)
			}
			regs[pkg+"."+recv+".Method"] = Registration{MethodArg: 0, MethodsArg: None, Pattern: 1, Handlers: 2, OnlyOne: true}
			regs[pkg+"."+recv+".MethodFunc"] = Registration{MethodArg: 0, MethodsArg: None, Pattern: 1, Handlers: 2, OnlyOne: true}
			regs[pkg+"."+recv+".Handle"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, OnlyOne: true, AnyMethod: true}
			regs[pkg+"."+recv+".HandleFunc"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, OnlyOne: true, AnyMethod: true}
		}
	}

	// gorilla/mux: HandleFunc(path, h).Methods("POST") and r.Methods("GET").Path(p).HandlerFunc(h).
	regs[pkgMux+".Router.HandleFunc"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, OnlyOne: true, Chain: true}
	regs[pkgMux+".Router.Handle"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, OnlyOne: true, Chain: true}
	regs[pkgMux+".Route.HandlerFunc"] = Registration{MethodArg: None, MethodsArg: None, Pattern: None, Handlers: 0, OnlyOne: true, Chain: true}
	regs[pkgMux+".Route.Handler"] = Registration{MethodArg: None, MethodsArg: None, Pattern: None, Handlers: 0, OnlyOne: true, Chain: true}

	// gin: every argument after the path is a handler (middleware included).
	ginVerbs := map[string]Methods{"GET": GET, "HEAD": HEAD, "POST": POST, "PUT": PUT, "PATCH": PATCH, "DELETE": DELETE, "OPTIONS": OPTIONS}
	for _, recv := range []string{"RouterGroup", "IRoutes"} { // Engine and IRouter promote these
		for name, m := range ginVerbs {
			regs[pkgGin+"."+recv+"."+name] = verb(m, 1, false)
		}
		regs[pkgGin+"."+recv+".Handle"] = Registration{MethodArg: 0, MethodsArg: None, Pattern: 1, Handlers: 2}
		regs[pkgGin+"."+recv+".Match"] = Registration{MethodArg: None, MethodsArg: 0, Pattern: 1, Handlers: 2}
		regs[pkgGin+"."+recv+".Any"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, AnyMethod: true}
	}

	// echo: one handler, then middleware.
	echoVerbs := map[string]Methods{"GET": GET, "HEAD": HEAD, "POST": POST, "PUT": PUT, "PATCH": PATCH,
		"DELETE": DELETE, "OPTIONS": OPTIONS, "CONNECT": CONNECT, "TRACE": TRACE}
	for _, pkg := range []string{pkgEcho4, pkgEcho5} {
		for _, recv := range []string{"Echo", "Group"} {
			for name, m := range echoVerbs {
				regs[pkg+"."+recv+"."+name] = verb(m, 1, true)
			}
			regs[pkg+"."+recv+".Add"] = Registration{MethodArg: 0, MethodsArg: None, Pattern: 1, Handlers: 2, OnlyOne: true}
			regs[pkg+"."+recv+".Match"] = Registration{MethodArg: None, MethodsArg: 0, Pattern: 1, Handlers: 2, OnlyOne: true}
			regs[pkg+"."+recv+".Any"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, OnlyOne: true, AnyMethod: true}
		}
	}

	// fiber: Get also answers HEAD.
	fiberVerbs := map[string]Methods{"Get": GET | HEAD, "Head": HEAD, "Post": POST, "Put": PUT, "Patch": PATCH,
		"Delete": DELETE, "Options": OPTIONS, "Connect": CONNECT, "Trace": TRACE}
	for _, recv := range []string{"App", "Group", "Router"} {
		for name, m := range fiberVerbs {
			regs[pkgFiber2+"."+recv+"."+name] = verb(m, 1, false)
			regs[pkgFiber3+"."+recv+"."+name] = verb(m, 1, false)
		}
		regs[pkgFiber2+"."+recv+".Add"] = Registration{MethodArg: 0, MethodsArg: None, Pattern: 1, Handlers: 2}
		regs[pkgFiber3+"."+recv+".Add"] = Registration{MethodArg: None, MethodsArg: 0, Pattern: 1, Handlers: 2}
		regs[pkgFiber2+"."+recv+".All"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, AnyMethod: true}
		regs[pkgFiber3+"."+recv+".All"] = Registration{MethodArg: None, MethodsArg: None, Pattern: 0, Handlers: 1, AnyMethod: true}
	}
	return regs
}

// Group describes a call that returns a router serving under its
// receiver's path: a group, a sub-router, or the same router with
// middleware (chi With).
type Group struct {
	Prefix  int  // argument holding the path the group adds, or None
	Closure int  // argument holding a func(router) called with the group, or None
	Matched bool // gorilla: the path is matched, not stripped, so a handler mounted under it sees the whole path
}

// Mount describes a call that serves a router under a prefix it strips
// (chi Mount, fiber Mount and Use): the router's patterns are relative.
type Mount struct {
	Prefix int // argument holding the prefix
	Sub    int // argument holding the router
}

// Groups and Mounts are keyed by Key(callee).
var Groups, Mounts = buildGroups()

// StripPrefix is http.StripPrefix: the handler it wraps sees the request
// path without the prefix.
const StripPrefix = pkgHTTP + ".StripPrefix"

func buildGroups() (map[string]Group, map[string]Mount) {
	groups := map[string]Group{}
	mounts := map[string]Mount{}
	adds := Group{Prefix: 0, Closure: None}
	for _, k := range []string{pkgGin + ".RouterGroup.Group", pkgGin + ".IRouter.Group"} {
		groups[k] = adds
	}
	same := Group{Prefix: None, Closure: None} // the router itself, with middleware
	for _, k := range []string{pkgGin + ".RouterGroup.Use", pkgGin + ".Engine.Use", pkgGin + ".IRoutes.Use"} {
		groups[k] = same
	}
	for _, pkg := range []string{pkgEcho4, pkgEcho5} {
		groups[pkg+".Echo.Group"] = adds
		groups[pkg+".Group.Group"] = adds
	}
	for _, pkg := range []string{pkgFiber2, pkgFiber3} {
		for _, recv := range []string{"App", "Group", "Router"} {
			groups[pkg+"."+recv+".Group"] = adds
			groups[pkg+"."+recv+".Route"] = Group{Prefix: 0, Closure: 1}
			groups[pkg+"."+recv+".Use"] = same // app.Group("/todo").Use(auth)
			if pkg == pkgFiber2 {
				mounts[pkg+"."+recv+".Mount"] = Mount{Prefix: 0, Sub: 1}
			} else {
				mounts[pkg+"."+recv+".Use"] = Mount{Prefix: 0, Sub: 1} // app.Use("/api", sub)
			}
		}
	}
	for _, pkg := range []string{pkgChi5, pkgChi1} {
		for _, recv := range []string{"Mux", "Router"} {
			groups[pkg+"."+recv+".Route"] = Group{Prefix: 0, Closure: 1}
			groups[pkg+"."+recv+".Group"] = Group{Prefix: None, Closure: 0}
			groups[pkg+"."+recv+".With"] = same
			mounts[pkg+"."+recv+".Mount"] = Mount{Prefix: 0, Sub: 1}
		}
	}
	for _, recv := range []string{"Router", "Route"} {
		for _, name := range []string{"Path", "PathPrefix"} {
			groups[pkgMux+"."+recv+"."+name] = Group{Prefix: 0, Closure: None, Matched: true}
		}
		for _, name := range []string{"Methods", "Host", "Headers", "Queries", "Schemes", "Name", "MatcherFunc"} {
			groups[pkgMux+"."+recv+"."+name] = same
		}
	}
	groups[pkgMux+".Router.NewRoute"] = same
	groups[pkgMux+".Route.HeadersRegexp"] = same
	groups[pkgMux+".Route.Subrouter"] = same
	return groups, mounts
}

// ServeMuxHandle is the key of (*http.ServeMux).Handle.
const ServeMuxHandle = pkgHTTP + ".ServeMux.Handle"

// MuxLike reports a method Handle or HandleFunc of an interface that takes
// net/http's arguments (a pattern, then an http.Handler or a handler
// function): a mux the program abstracts, as oapi-codegen's generated
// ServeMux interface does. It takes the same patterns as http.ServeMux.
func MuxLike(fn *types.Func) bool {
	if fn.Name() != "Handle" && fn.Name() != "HandleFunc" {
		return false
	}
	sig := fn.Signature()
	if sig.Recv() == nil || !types.IsInterface(sig.Recv().Type()) || sig.Params().Len() != 2 || sig.Results().Len() != 0 {
		return false
	}
	if b, ok := sig.Params().At(0).Type().Underlying().(*types.Basic); !ok || b.Kind() != types.String {
		return false
	}
	h := sig.Params().At(1).Type()
	if isNamed(h, pkgHTTP, "Handler", false) {
		return true
	}
	hs, ok := h.Underlying().(*types.Signature)
	if !ok {
		return false
	}
	fw, _, ok := HandlerShape(hs)
	return ok && fw == NetHTTP
}
