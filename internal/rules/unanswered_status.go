package rules

import (
	"fmt"
	"go/token"
	"slices"

	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// UnansweredStatus reports a documented status nothing on the route answers.
var UnansweredStatus = Rule{
	ID:    "unanswered-status",
	Group: Strict,
	Title: "a documented status nothing on the route answers",
	Doc: "The handler's documentation (swag or go-swagger comments, or an `-openapi`\n" +
		"document's operation for its route) declares a specific status that nothing\n" +
		"on the route can produce: not the handler (directly, through helpers, as a\n" +
		"returned error), not the framework for the calls the handler makes (gin's\n" +
		"`c.Bind*` answers 400), not the middleware on the route's chain (`Use` on\n" +
		"the router or a group, chi `With`, per-route middleware, gin.Default's\n" +
		"recovery answering 500). A client generated from the document handles a\n" +
		"case that never comes, and the status the handler answers instead is\n" +
		"probably the undocumented one.\n" +
		"\n" +
		"It reports only where everything on the route is known: it stays quiet when\n" +
		"a status on the route comes from a variable, when the handler returns an\n" +
		"error whose status the framework or an error handler decides, when the\n" +
		"handler or its middleware hands the response to code statuslint cannot see\n" +
		"(a documented 401 or 403 is usually answered by auth middleware). `default`\n" +
		"and ranges (`4XX`) declare nothing specific. A swag or go-swagger finding is\n" +
		"on the comment line of the response; a document's, on the line registering\n" +
		"the route. A documented handler of another package is checked where a route\n" +
		"registers it, whose middleware is known there, with the comment line as\n" +
		"related information.",
	Wrong: `
// @Success 200 {object} Pet
// @Failure 404 {object} Error   <- wrong: nothing answers 404
// @Router /pets/{id} [get]
func getPet(c *gin.Context) {
	pet, err := store.Get(c.Param("id"))
	if err != nil {
		c.JSON(http.StatusInternalServerError, errBody) // the missing pet ends here
		return
	}
	c.JSON(http.StatusOK, pet)
}
`,
	Right: `
// @Success 200 {object} Pet
// @Failure 404,500 {object} Error
// @Router /pets/{id} [get]
func getPet(c *gin.Context) {
	pet, err := store.Get(c.Param("id"))
	if errors.Is(err, store.ErrNotFound) {
		c.JSON(http.StatusNotFound, errBody)
		return
	}
	...
}
`,
	Basis: "OpenAPI 3.1 §4.8.16 (Responses Object)",
	Run:   runUnansweredStatus,
}

func runUnansweredStatus(c *Context) {
	defer unansweredRemote(c)
	for _, h := range c.Model.Handlers {
		if len(h.Routes) == 0 || (len(h.Docs) == 0 && len(c.Options.OpenAPI) == 0) {
			continue
		}
		ans := c.Model.Answers(h)
		if ans.Unknown || slices.ContainsFunc(h.Routes, func(r model.Route) bool { return !r.ChainKnown }) {
			continue // something on the route may answer what we cannot see
		}
		c.at = h.Node.Pos()
		type once struct {
			pos  token.Pos // the comment line, or the registration
			code int
		}
		reported := map[once]bool{}
		for _, d := range c.docs(h, httpapi.AllMethods) {
			produced := produces(ans, h.Routes, d)
			for _, r := range d.op.Responses {
				if !r.Specific() || produced[r.Code] {
					continue
				}
				on := d.method.String() + " " + d.route.Pattern
				if d.route.Pattern == "" {
					m := d.method
					if m == 0 {
						m = h.Methods
					}
					if on = routeList(h.Routes, m); on == "" {
						on = h.Name
					}
				}
				msg := fmt.Sprintf("%s is documented for %s, but nothing on the route answers it (%s)",
					httpapi.Describe(r.Code), on, answered(produced))
				if d.op.Source != apidoc.OpenAPI {
					if k := (once{r.Pos, r.Code}); r.Pos.IsValid() && !reported[k] {
						reported[k] = true
						c.Report(span{r.Pos, r.Pos}, nil, nil, "%s", msg)
					}
					continue
				}
				if k := (once{d.route.Pos, r.Code}); !reported[k] {
					reported[k] = true
					c.Report(span{d.route.Pos, d.route.Pos}, nil, c.relatedDoc(d.op, "the operation documenting it"), "%s in %s", msg, d.describe())
				}
			}
		}
	}
}

// unansweredRemote checks, at the registration, the comment-documented
// statuses of another package's handler (HandlerFact.Documented): there
// the route's middleware chain is known.
func unansweredRemote(c *Context) {
	for _, rr := range c.Model.Remote {
		f := rr.Handler
		if rr.Middleware || !f.Complete || len(f.Documented) == 0 ||
			slices.ContainsFunc(rr.Routes, func(r model.Route) bool { return !r.ChainKnown }) {
			continue
		}
		c.at = rr.Arg.Pos()
		produced := map[int]bool{}
		for _, s := range f.Answers {
			produced[s] = true
		}
		for _, rt := range rr.Routes {
			for _, s := range rt.ChainStatuses {
				produced[s] = true
			}
		}
		reported := map[int]bool{}
		for _, d := range f.Documented {
			if produced[d.Status] || reported[d.Status] {
				continue
			}
			reported[d.Status] = true
			pos := c.ForeignPos(d.File, d.Line, d.Col)
			rel := []analysis.RelatedInformation{{Pos: pos, End: pos, Message: fmt.Sprintf("%s documents %s here", f.Name, httpapi.Describe(d.Status))}}
			c.Report(rr.Arg, nil, rel, "%s: %s is documented for %s, registered here, but nothing on the route answers it (%s)",
				f.Name, httpapi.Describe(d.Status), remoteRoute(rr, rr.Route.Methods), answered(produced))
		}
	}
}

// produces lists the statuses the route of d can answer: the handler's,
// for d's method when it names one, and its middleware chain's.
func produces(ans model.Answers, routes []model.Route, d docRef) map[int]bool {
	out := map[int]bool{}
	for _, a := range ans.List {
		if d.method == 0 || a.Event == nil || a.Event.Before.Methods&d.method != 0 {
			out[a.Status] = true
		}
	}
	for _, rt := range routes {
		if d.route.Pos.IsValid() && rt.Pos != d.route.Pos {
			continue
		}
		for _, s := range rt.ChainStatuses {
			out[s] = true
		}
	}
	return out
}

// answered lists what the route answers: "it answers 200, 500".
func answered(produced map[int]bool) string {
	var codes []int
	for s := range produced {
		codes = append(codes, s)
	}
	if len(codes) == 0 {
		return "it answers nothing of its own"
	}
	slices.Sort(codes)
	s := "it answers "
	for i, code := range codes {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprint(code)
	}
	return s
}
