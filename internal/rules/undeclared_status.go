package rules

import (
	"fmt"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// UndeclaredStatus reports a status the handler answers that its API
// documentation does not declare.
var UndeclaredStatus = Rule{
	ID:    "undeclared-status",
	Group: Default,
	Title: "a status the handler's API documentation does not declare",
	Doc: "A constant status the handler answers on some path (directly, through a\n" +
		"helper, or as a returned error the framework turns into a status) that its\n" +
		"documentation does not declare. The documentation is the handler's swaggo/swag\n" +
		"comments (`@Success`, `@Failure`, `@Response`: a code, a comma list or\n" +
		"`default`), a go-swagger `swagger:route` or `swagger:operation` comment on the\n" +
		"handler or just above its registration, or the operation of an `-openapi`\n" +
		"document (OpenAPI 3.0, 3.1 or Swagger 2.0) matched to one of its routes by\n" +
		"method and full path (`{id}` in the document matches `:id`, `{id:[0-9]+}` and\n" +
		"`*` in the router; the document's `servers` path or `basePath` prefixes its\n" +
		"paths; a trailing slash does not count). `default` declares every status and\n" +
		"`4XX` every code of its class; an operation that lists no response says\n" +
		"nothing. Generated clients raise the wrong error for a status their\n" +
		"document does not list.\n" +
		"\n" +
		"A handler without documentation is never reported, nor are statuses the\n" +
		"framework answers on its own (gin's automatic 400 of `c.Bind*`, the router's\n" +
		"404 and 405) or middleware answers, nor a status from a variable. A handler\n" +
		"of another package registered here is checked at the registration against\n" +
		"the documents, unless its own comments document it (they are checked in its\n" +
		"package, and swag writes the document from them). Findings in generated files (oapi-codegen's) are dropped: the\n" +
		"implementation behind the generated interface is checked instead.",
	Wrong: `
// @Success 200 {object} Pet
// @Failure 404 {object} Error
// @Router /pets/{id} [get]
func getPet(c *gin.Context) {
	if !valid(c.Param("id")) {
		c.JSON(http.StatusBadRequest, errBody) // wrong: 400 is not documented
		return
	}
	...
}
`,
	Right: `
// @Success 200 {object} Pet
// @Failure 400,404 {object} Error
// @Router /pets/{id} [get]
func getPet(c *gin.Context) { ... }
`,
	Basis: "OpenAPI 3.1 §4.8.16 (Responses Object: the expected responses of an operation)",
	Run:   runUndeclaredStatus,
}

func runUndeclaredStatus(c *Context) {
	for _, h := range c.Model.Handlers {
		if len(h.Docs) == 0 && (len(c.Options.OpenAPI) == 0 || len(h.Routes) == 0) {
			continue
		}
		for _, a := range c.Model.Answers(h).List {
			e := a.Event
			if e == nil || a.Auto || a.Implicit {
				continue // the framework's, or no status expression to point at
			}
			c.at = e.Call.Pos()
			for _, d := range c.docs(h, e.Before.Methods) {
				if len(d.op.Responses) == 0 || d.op.Declares(a.Status) {
					continue // an operation that lists no response says nothing of its statuses
				}
				on := where(e)
				if d.route.Pattern != "" {
					on = d.method.String() + " " + d.route.Pattern
				}
				c.Report(statusNode(e), nil, c.relatedDoc(d.op, fmt.Sprintf("the documented responses of %s", on)),
					"%s answers %s, but %s does not declare it (%s)",
					httpapi.Describe(a.Status), on, d.describe(), declared(d))
				break // one finding per status expression
			}
		}
	}
	// Handlers of other packages registered here: their summaries against
	// the documents' operations for these routes.
	for _, rr := range c.Model.Remote {
		if rr.Middleware || len(rr.Handler.Documented) > 0 {
			continue // middleware answers are not the handler's; a documented handler is checked in its package
		}
		c.at = rr.Arg.Pos()
		for _, st := range rr.Handler.Statuses {
			for _, d := range c.documentOps(rr.Routes, rr.Route.Methods&st.Methods) {
				if len(d.op.Responses) == 0 || d.op.Declares(st.Status) {
					continue
				}
				c.reportRemote(rr, st, "%s answers %s, registered here, but %s does not declare it (%s)",
					httpapi.Describe(st.Status), d.method.String()+" "+d.route.Pattern, d.describe(), declared(d))
				break
			}
		}
	}
}

// declared lists what an operation declares: "declared: 200, 404".
func declared(d docRef) string {
	var codes []string
	for _, r := range d.op.Responses {
		switch {
		case r.Default:
			codes = append(codes, "default")
		case r.Class != 0:
			codes = append(codes, fmt.Sprintf("%dXX", r.Class))
		default:
			codes = append(codes, fmt.Sprint(r.Code))
		}
	}
	if len(codes) == 0 {
		return "it declares no response"
	}
	return "declared: " + strings.Join(codes, ", ")
}
