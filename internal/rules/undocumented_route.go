package rules

import (
	"go/token"
	"path/filepath"
	"strings"

	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// UndocumentedRoute reports a registered route the -openapi documents do
// not have (with -openapi.routes).
var UndocumentedRoute = Rule{
	ID:    "undocumented-route",
	Group: Strict,
	Title: "a registered route the OpenAPI documents do not have",
	Doc: "With `-openapi=FILE` and `-openapi.routes`, a route registered here (a\n" +
		"method and a full path, group and mount prefixes included) that no\n" +
		"operation of the documents matches, by the same matching as\n" +
		"undeclared-status. Without `-openapi.routes` it is off, whatever the group.\n" +
		"A document lists only the routes under its root: the path its `servers` or\n" +
		"`basePath` name, else the path all its operations share (`/answer` for\n" +
		"`/answer/api/v1/...` and `/answer/admin/api/...`); the module's other\n" +
		"routes belong to another API or to pages. A route with a part of its path\n" +
		"statuslint cannot read (a router or prefix handed in by another package)\n" +
		"is not reported: it may be anywhere.\n" +
		"The reverse, an operation no route serves, needs every package: the\n" +
		"command reports it after the run (`statuslint -openapi=FILE -openapi.routes\n" +
		"./...`). Routes whose path or method is not a constant are not reported.",
	Wrong: `
// openapi.yaml documents GET /pets and GET /pets/{id}
r.GET("/pets", listPets)
r.DELETE("/pets/:id", deletePet) // wrong: not in the document
`,
	Right: `
// openapi.yaml documents GET /pets, GET /pets/{id} and DELETE /pets/{id}
r.GET("/pets", listPets)
r.DELETE("/pets/:id", deletePet)
`,
	Basis: "OpenAPI 3.1 §4.8.8 (Paths Object: the available paths and operations)",
	Run:   runUndocumentedRoute,
}

func runUndocumentedRoute(c *Context) {
	if !c.Options.OpenAPIRoutes || len(c.Options.OpenAPI) == 0 {
		return
	}
	var files []string
	for _, d := range c.Options.OpenAPI {
		files = append(files, filepath.Base(d.File))
	}
	type once struct {
		pos    token.Pos
		method httpapi.Methods
	}
	seen := map[once]bool{}
	check := func(rt model.Route) {
		if rt.Pattern == "" || !rt.Methods.Known() {
			return
		}
		c.at = rt.Pos
		for _, m := range single(rt.Methods) {
			name := m.String() + " " + rt.Pattern
			key := once{rt.Pos, m}
			if seen[key] || c.documented(m.String(), rt) {
				continue
			}
			seen[key] = true
			if len(files) == 1 {
				c.Report(span{rt.Pos, rt.Pos}, nil, nil, "route %s is not in %s", name, files[0])
			} else {
				c.Report(span{rt.Pos, rt.Pos}, nil, nil, "route %s is in none of the -openapi documents (%s)", name, strings.Join(files, ", "))
			}
		}
	}
	for _, h := range c.Model.Handlers {
		for _, rt := range h.Routes {
			check(rt)
		}
	}
	for _, rr := range c.Model.Remote {
		for _, rt := range rr.Routes {
			check(rt)
		}
	}
}

// documented reports whether some document has the route's operation. A
// route outside every document (within) is not theirs to list: documented.
func (c *Context) documented(method string, rt model.Route) bool {
	inScope := false
	for _, d := range c.Options.OpenAPI {
		inScope = inScope || within(d, rt)
	}
	if !inScope {
		return true
	}
	for _, d := range c.Options.OpenAPI {
		if d.Find(method, rt.Pattern) != nil {
			return true
		}
	}
	return false
}

// within reports whether a route is the document's to list: a route
// whose whole path is known, under the document's root (its base path, or
// the path all its operations share). A route with a part we could not
// read may belong to another API of the module.
func within(d *apidoc.Document, rt model.Route) bool {
	if rt.Partial {
		return false
	}
	path, root := apidoc.NormalizePath(rt.Pattern), d.Root()
	return root == "" || path == root || strings.HasPrefix(path, root+"/")
}
