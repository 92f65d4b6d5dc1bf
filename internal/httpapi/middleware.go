package httpapi

// Middleware lists framework middleware, keyed by Key of the function
// (the middleware itself, or the factory a call of which makes it), with
// the statuses it may answer itself instead of the next handler (gin's
// Recovery answers 500 after a panic, chi's Timeout 504). Middleware not
// listed here is code statuslint cannot see into.
var Middleware = map[string][]int{
	pkgGin + ".Logger":            nil,
	pkgGin + ".Recovery":          {500},
	pkgGin + ".BasicAuth":         {401},
	pkgGin + ".BasicAuthForRealm": {401},

	pkgEcho4 + "/middleware.Logger":    nil,
	pkgEcho4 + "/middleware.RequestID": nil,
	pkgEcho4 + "/middleware.Recover":   {500},
	pkgEcho4 + "/middleware.CORS":      {204}, // a preflight request
	pkgEcho4 + "/middleware.Gzip":      nil,
	pkgEcho4 + "/middleware.Secure":    nil,
	pkgEcho4 + "/middleware.BodyLimit": {413},

	pkgChi5 + "/middleware.Logger":       nil,
	pkgChi5 + "/middleware.RequestID":    nil,
	pkgChi5 + "/middleware.RealIP":       nil,
	pkgChi5 + "/middleware.Recoverer":    {500},
	pkgChi5 + "/middleware.StripSlashes": nil,
	pkgChi5 + "/middleware.CleanPath":    nil,
	pkgChi5 + "/middleware.NoCache":      nil,
	pkgChi5 + "/middleware.Timeout":      {504},

	pkgFiber2 + "/middleware/logger.New":    nil,
	pkgFiber2 + "/middleware/recover.New":   {500}, // the error it returns: the default error handler's 500
	pkgFiber2 + "/middleware/cors.New":      {204},
	pkgFiber2 + "/middleware/requestid.New": nil,
	pkgFiber3 + "/middleware/logger.New":    nil,
	pkgFiber3 + "/middleware/recover.New":   {500},
	pkgFiber3 + "/middleware/cors.New":      {204},
	pkgFiber3 + "/middleware/requestid.New": nil,

	pkgHTTP + ".TimeoutHandler": {503},
	StripPrefix:                 {404},
}

// MiddlewarePackages are the packages of Middleware's keys, for the
// tables' test.
var MiddlewarePackages = []string{pkgEcho4 + "/middleware", pkgChi5 + "/middleware",
	pkgFiber2 + "/middleware/logger", pkgFiber2 + "/middleware/recover", pkgFiber2 + "/middleware/cors", pkgFiber2 + "/middleware/requestid",
	pkgFiber3 + "/middleware/logger", pkgFiber3 + "/middleware/recover", pkgFiber3 + "/middleware/cors", pkgFiber3 + "/middleware/requestid"}

// Routers are the router constructors, with the statuses of the
// middleware they install (gin.Default: Logger and Recovery).
var Routers = map[string][]int{
	pkgGin + ".New":          nil,
	pkgGin + ".Default":      {500},
	pkgEcho4 + ".New":        nil,
	pkgEcho5 + ".New":        nil,
	pkgChi5 + ".NewRouter":   nil,
	pkgChi5 + ".NewMux":      nil,
	pkgMux + ".NewRouter":    nil,
	pkgHTTP + ".NewServeMux": nil,
	pkgFiber2 + ".New":       nil,
	pkgFiber3 + ".New":       nil,
}

// Serves are the calls that serve a handler as it is, adding nothing to
// its chain.
var Serves = map[string]bool{
	pkgHTTP + ".ListenAndServe":    true,
	pkgHTTP + ".ListenAndServeTLS": true,
	pkgHTTP + ".Serve":             true,
	pkgHTTP + ".ServeTLS":          true,
}

// Use describes a call that adds middleware: to its receiver (Use), or
// to the router it returns (Derived: a group, chi With).
type Use struct {
	Args    int  // the first argument holding middleware
	Derived bool // the middleware applies to the returned router only
}

// Uses is keyed by Key(callee). fiber's Use also takes prefixes (strings)
// and, in v3, sub-apps (mounts): those arguments are not middleware.
var Uses = buildUses()

func buildUses() map[string]Use {
	uses := map[string]Use{}
	own, group := Use{Args: 0}, Use{Args: 1, Derived: true}
	for _, k := range []string{pkgGin + ".RouterGroup.Use", pkgGin + ".Engine.Use", pkgGin + ".IRoutes.Use"} {
		uses[k] = own
	}
	for _, k := range []string{pkgGin + ".RouterGroup.Group", pkgGin + ".IRouter.Group"} {
		uses[k] = group
	}
	for _, pkg := range []string{pkgEcho4, pkgEcho5} {
		uses[pkg+".Echo.Use"] = own
		uses[pkg+".Echo.Pre"] = own
		uses[pkg+".Group.Use"] = own
		uses[pkg+".Echo.Group"] = group
		uses[pkg+".Group.Group"] = group
	}
	for _, pkg := range []string{pkgFiber2, pkgFiber3} {
		for _, recv := range []string{"App", "Group", "Router"} {
			uses[pkg+"."+recv+".Use"] = own
			uses[pkg+"."+recv+".Group"] = group
		}
	}
	for _, pkg := range []string{pkgChi5, pkgChi1} {
		for _, recv := range []string{"Mux", "Router"} {
			uses[pkg+"."+recv+".Use"] = own
			uses[pkg+"."+recv+".With"] = Use{Args: 0, Derived: true}
		}
	}
	uses[pkgMux+".Router.Use"] = own
	return uses
}
