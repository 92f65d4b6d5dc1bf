package statuslint

import (
	"cmp"
	"go/token"
	"slices"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// Result is the statuslint analyzer's result: what the command prints
// besides findings. It holds no syntax, types or model, so it outlives
// the model (released after the rules ran) and can be cached.
type Result struct {
	// Routes are the package's routes, one per method (the route
	// inventory, statuslint -routes), in the order of RouteInfo.Compare.
	Routes []RouteInfo
}

// RouteInfo is one route of the package's model and what its handler can
// answer: a registration of this package, for a handler of this package
// (Model.Handlers' Routes, statuses from Model.Answers) or of another
// (Model.Remote, statuses from the handler's HandlerFact).
type RouteInfo struct {
	Method string // one method (GET for GET and its implied HEAD); "" when not known (every method)
	Path   string // the full path a client calls; "" when not a constant
	// Handler names the handler as messages do ("getPet", "Server.list");
	// File and Line are where it is declared, or for a handler of another
	// package where the registration names it (File absolute).
	Handler   string
	File      string
	Line      int
	RouteFile string // the registration (absolute)
	RouteLine int
	Statuses  []int // the constant statuses the handler can answer, sorted, unique
	Unknown   bool  // it may answer others: a status not constant, a response handed to unseen code, an error for the framework; always for another package's handler
	Remote    bool  // the handler is declared in another package
	// Partial: a prefix of Path could not be read (a router handed in by
	// another package): Path is the end of the path a client calls.
	Partial bool `json:",omitempty"`
}

// Compare orders routes by path, then method, then registration.
func (r RouteInfo) Compare(o RouteInfo) int {
	return cmp.Or(cmp.Compare(r.Path, o.Path), cmp.Compare(r.Method, o.Method),
		cmp.Compare(r.RouteFile, o.RouteFile), cmp.Compare(r.RouteLine, o.RouteLine),
		cmp.Compare(r.Handler, o.Handler))
}

// routeInfos lists m's routes; it must run before m.Release.
func routeInfos(pass *analysis.Pass, m *model.Model) []RouteInfo {
	var out []RouteInfo
	at := func(pos token.Pos) (string, int) {
		if !pos.IsValid() {
			return "", 0
		}
		p := pass.Fset.Position(pos)
		return p.Filename, p.Line
	}
	add := func(rt model.Route, base RouteInfo) {
		base.Path = rt.Pattern
		base.Partial = rt.Partial
		base.RouteFile, base.RouteLine = at(rt.Pos)
		for _, method := range routeMethods(rt.Methods) {
			r := base
			r.Method = method
			r.Statuses = slices.Clone(base.Statuses)
			out = append(out, r)
		}
	}
	for _, h := range m.Handlers {
		if len(h.Routes) == 0 {
			continue
		}
		ans := m.Answers(h)
		base := RouteInfo{Handler: h.Name, Statuses: ans.Statuses(), Unknown: ans.Unknown}
		base.File, base.Line = at(h.Node.Pos())
		for _, rt := range h.Routes {
			add(rt, base)
		}
	}
	// A registration whose only handler we know is middleware (another
	// package's wrapper around a function that is not a handler,
	// LoginGuard(app, func(c, user) error {...})) is still a route: listed
	// under the wrapper's name, unless a handler stands for it.
	served := map[token.Pos]bool{}
	for _, h := range m.Handlers {
		for _, rt := range h.Routes {
			served[rt.Pos] = true
		}
	}
	for _, rr := range m.Remote {
		if !rr.Middleware {
			served[rr.Route.Pos] = true
		}
	}
	for _, rr := range m.Remote {
		if rr.Handler == nil || rr.Middleware && served[rr.Route.Pos] {
			continue
		}
		var statuses []int
		for _, s := range rr.Handler.Statuses {
			statuses = append(statuses, s.Status)
		}
		slices.Sort(statuses)
		base := RouteInfo{Handler: rr.Handler.Name, Statuses: slices.Compact(statuses), Unknown: true, Remote: true}
		if rr.Arg != nil {
			base.File, base.Line = at(rr.Arg.Pos())
		}
		for _, rt := range rr.Routes {
			add(rt, base)
		}
	}
	slices.SortFunc(out, RouteInfo.Compare)
	return slices.CompactFunc(out, func(a, b RouteInfo) bool { return a.Compare(b) == 0 })
}

// routeMethods splits a route's methods into the names a request line
// uses: GET stands for its implied HEAD too; unknown methods (a pattern
// with none, a HandleFunc) are one "" row.
func routeMethods(m httpapi.Methods) []string {
	if !m.Known() {
		return []string{""}
	}
	if m&httpapi.GET != 0 {
		m &^= httpapi.HEAD
	}
	var out []string
	for bit := httpapi.Methods(1); bit != 0 && bit <= m; bit <<= 1 {
		if m&bit != 0 {
			if bit == httpapi.Other {
				out = append(out, "OTHER")
			} else {
				out = append(out, bit.String())
			}
		}
	}
	return out
}
