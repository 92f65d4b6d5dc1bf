package httpapi

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
	for _, k := range []string{pkgHTTP + ".ServeMux.Handle", pkgHTTP + ".ServeMux.HandleFunc", pkgHTTP + ".Handle", pkgHTTP + ".HandleFunc"} {
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
