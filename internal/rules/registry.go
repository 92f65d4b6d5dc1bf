// Package rules holds statuslint's rules, one file per rule named after its
// ID. A rule is a small function over the response model; it never walks
// the syntax tree itself.
package rules

import (
	"fmt"
	"go/ast"
	"go/token"
	"math/bits"
	"slices"
	"sort"
	"strings"

	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// Groups of rules.
const (
	Default = "default" // on unless disabled
	Strict  = "strict"  // RFC MUSTs and SHOULDs many APIs skip; off unless enabled
	All     = "all"
)

// Rule is one check and its documentation. ID is stable: it is the
// diagnostic category, the flag and suppression name, the SARIF ruleId and
// the README anchor. The documentation fields are the one source of the
// README's rule table and sections (go generate ./internal/rules), of
// statuslint -list and of statuslint -explain; see docs.go.
type Rule struct {
	ID    string
	Group string
	Title string // what it reports, lower case, no period, under 60 characters
	// Doc explains the rule, for the README and the terminal alike: plain
	// text wrapped by hand, paragraphs separated by blank lines, `code` in
	// backticks, "- " list items. Say where the rule stays quiet.
	Doc string
	// Wrong and Right are Go code examples, without fences; a leading and
	// a trailing newline are dropped, so a raw string may start on its own line.
	Wrong string
	Right string
	Basis string // where the expectation comes from: the seed table, an RFC, net/http's docs
	Fix   string // what the suggested fix does, lower case, no period; "" when the rule has no fix
	// Helpers says the rule's evidence is local to a function, so it also
	// checks the package's helpers (model.Model.Helpers): Context.events
	// and Context.handlers include them.
	Helpers bool
	Run     func(*Context)
}

// Registry lists every rule in README order.
var Registry = []Rule{
	MethodStatus,
	NoContentBody,
	EmptyDeleteOK,
	SuperfluousStatus,
	HeaderAfterWrite,
	MissingReturn,
	InvalidStatus,
	RedirectStatus,
	AuthStatus,
	NotFoundStatus,
	ConflictStatus,
	ClientErrorStatus,
	ServerErrorStatus,
	ValidationStatus,
	MethodGuardStatus,
	ErrorBranchSuccess,
	MessageStatus,
	UnauthorizedChallenge,
	AllowHeader,
	CreatedLocation,
	AsyncAccepted,
	UndeclaredStatus,
	UnansweredStatus,
	UndocumentedRoute,
}

// Lookup finds a rule by ID.
func Lookup(id string) (Rule, bool) {
	for _, r := range Registry {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// IDs lists every rule ID.
func IDs() []string {
	ids := make([]string, len(Registry))
	for i, r := range Registry {
		ids[i] = r.ID
	}
	return ids
}

// Options are the per-rule settings.
type Options struct {
	// MethodMatrix says which methods may answer a code (method-status).
	MethodMatrix map[int]httpapi.Methods
	Phrases      []Phrase // message-status: phrases added to DefaultPhrases (-message-status.phrases)
	// OpenAPI holds the documents routes are checked against (-openapi);
	// OpenAPIRoutes also reports routes they do not have.
	OpenAPI       []*apidoc.Document
	OpenAPIRoutes bool
}

// DefaultMethodMatrix is the method-status matrix from the seed table and RFC 9110.
func DefaultMethodMatrix() map[int]httpapi.Methods {
	return map[int]httpapi.Methods{
		201: httpapi.POST | httpapi.PUT,
		304: httpapi.GET | httpapi.HEAD,
		409: httpapi.POST | httpapi.PUT | httpapi.PATCH | httpapi.DELETE,
		415: httpapi.POST | httpapi.PUT | httpapi.PATCH | httpapi.DELETE,
	}
}

// ParseMethodMatrix reads "201:POST,PUT;304:GET,HEAD".
func ParseMethodMatrix(s string) (map[int]httpapi.Methods, error) {
	m := map[int]httpapi.Methods{}
	for _, entry := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ' ' }) {
		code, methods, ok := strings.Cut(entry, ":")
		var n int
		if _, err := fmt.Sscanf(code, "%d", &n); !ok || err != nil || !httpapi.ValidStatus(n) {
			return nil, fmt.Errorf("bad entry %q: want CODE:METHOD[,METHOD...], e.g. 201:POST,PUT", entry)
		}
		ms, ok := httpapi.ParseMethodList(methods)
		if !ok {
			return nil, fmt.Errorf("bad methods in %q: use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, CONNECT, TRACE", entry)
		}
		m[n] = ms
	}
	return m, nil
}

// FormatMethodMatrix writes a matrix back in ParseMethodMatrix's form.
func FormatMethodMatrix(m map[int]httpapi.Methods) string {
	codes := make([]int, 0, len(m))
	for c := range m {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	var parts []string
	for _, c := range codes {
		parts = append(parts, fmt.Sprintf("%d:%s", c, strings.ReplaceAll(m[c].String(), ", ", ",")))
	}
	return strings.Join(parts, ";")
}

// Context is what a rule runs with.
type Context struct {
	Pass     *analysis.Pass
	Model    *model.Model
	Options  Options
	Classify *classify.Classifier
	rule     Rule
	report   func(analysis.Diagnostic)
	at       token.Pos // the last event, route or finding the rule looked at (see At)
}

// NewContext prepares a rule's run; its findings go to report.
func NewContext(pass *analysis.Pass, m *model.Model, cl *classify.Classifier, opts Options, r Rule, report func(analysis.Diagnostic)) *Context {
	return &Context{Pass: pass, Model: m, Classify: cl, Options: opts, rule: r, report: report}
}

// At is the position of the last event, route or finding the rule looked
// at through the Context, for the message of a panic; NoPos before any.
func (c *Context) At() token.Pos { return c.at }

// statuses calls f for each reached event that chooses a constant status
// that reaches the client.
func (c *Context) statuses(f func(*model.Event)) {
	c.events(func(e *model.Event) {
		if e.SetsStatus() && e.Const && !e.Before.Sent && !e.Informational() {
			f(e)
		}
	})
}

// Report emits a diagnostic at node with the rule's category; the message
// gets the rule ID as its prefix.
func (c *Context) Report(node ast.Node, fix *analysis.SuggestedFix, related []analysis.RelatedInformation, format string, args ...any) {
	d := analysis.Diagnostic{
		Pos:      node.Pos(),
		End:      node.End(),
		Category: c.rule.ID,
		URL:      c.rule.URL(),
		Message:  c.rule.ID + ": " + fmt.Sprintf(format, args...),
		Related:  related,
	}
	c.at = d.Pos
	if c.Model.Generated(c.Pass.Fset, d.Pos) {
		return // generated code is fixed at its source, not here
	}
	if fix != nil {
		d.SuggestedFixes = []analysis.SuggestedFix{*fix}
	}
	c.report(d)
}

// Line returns "line N" for a position, for messages that point elsewhere.
func (c *Context) Line(pos token.Pos) string {
	return fmt.Sprintf("line %d", c.Pass.Fset.Position(pos).Line)
}

// remote calls f for each status of each handler of another package that
// a route registered here reaches and that the rule's verdict, decide,
// condemns with the methods that route and the handler's own guards leave
// there. A summarised handler has no route in its own package, where the
// same rule saw it with only its guards' methods (StatusFact.Methods): a
// verdict those alone reach was reported there, and is not reported again
// here; a verdict that needs the route's methods is reported only here.
func (c *Context) remote(decide func(st model.StatusFact, methods httpapi.Methods) bool, f func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods)) {
	for _, rr := range c.Model.Remote {
		c.at = rr.Arg.Pos()
		for _, st := range rr.Handler.Statuses {
			methods := rr.Route.Methods & st.Methods
			if !methods.Known() || methods == 0 || decide(st, st.Methods) || !decide(st, methods) {
				continue
			}
			f(rr, st, methods)
		}
	}
}

// unregistered reports whether e's handler has no route in this package,
// so its methods are unknown unless its own guards narrow them. A rule
// whose verdict the method decides stays quiet there: when the handler is
// registered in another package, that package checks the handler's
// summary with the route's methods (Context.remote).
func unregistered(e *model.Event) bool {
	return len(e.Handler.Routes) == 0 && !e.Before.Methods.Known()
}

// reportRemote reports at a registration, naming the handler and pointing
// at the status in the handler's file.
func (c *Context) reportRemote(rr *model.RemoteRoute, st model.StatusFact, format string, args ...any) {
	pos := c.ForeignPos(st.File, st.Line, st.Col)
	rel := []analysis.RelatedInformation{{Pos: pos, End: pos, Message: fmt.Sprintf("%s chooses %s here", rr.Handler.Name, httpapi.Describe(st.Status))}}
	c.Report(rr.Arg, nil, rel, "%s: %s", rr.Handler.Name, fmt.Sprintf(format, args...))
}

// remoteRoute names a registration's request: "DELETE /widgets/{id}".
func remoteRoute(rr *model.RemoteRoute, methods httpapi.Methods) string {
	if s := routeList(rr.Routes, methods); s != "" {
		return s
	}
	return methods.Display()
}

// routeList names the routes that serve methods: "GET /v1/items/{id} and
// GET /v2/items/{id}"; "" when none has a known path.
func routeList(routes []model.Route, m httpapi.Methods) string {
	var names []string
	for _, r := range routes {
		if r.Pattern == "" || r.Methods&m == 0 {
			continue
		}
		name := r.Pattern
		if bits.OnesCount16(uint16(r.Methods&m)) <= 3 { // "HEAD/POST/PUT/..." says less than the path
			name = (r.Methods & m).Display() + " " + r.Pattern
		}
		if !slices.Contains(names, name) {
			names = append(names, name)
		}
	}
	const most = 3
	switch {
	case len(names) == 0:
		return ""
	case len(names) > most:
		return strings.Join(names[:most], ", ") + fmt.Sprintf(" and %d more", len(names)-most)
	case len(names) > 1:
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return names[0]
}

// ForeignPos returns a position for file:line:col in another package. The
// standalone driver shares one file set across packages, so the file is
// usually there; under go vet each package has its own (holding at best
// the importer's approximations), and a stand-in file with the right name
// and lines is added so the position still prints right.
func (c *Context) ForeignPos(file string, line, col int) token.Pos {
	var found *token.File
	c.Pass.Fset.Iterate(func(f *token.File) bool {
		if f.Name() == file {
			found = f
			return false
		}
		return true
	})
	if found != nil && line >= 1 && line <= found.LineCount() {
		p := found.LineStart(line) + token.Pos(col-1)
		if int(p) <= found.Base()+found.Size() {
			if pos := c.Pass.Fset.Position(p); pos.Line == line && pos.Column == col {
				return p
			}
		}
		// export data's stand-in files do not map lines faithfully
	}
	const width = 1 << 12 // columns per stand-in line
	if line < 1 || col < 1 || col > width {
		return token.NoPos
	}
	f := c.Pass.Fset.AddFile(file, -1, line*width)
	lines := make([]int, line)
	for i := range lines {
		lines[i] = i * width
	}
	f.SetLines(lines)
	return f.LineStart(line) + token.Pos(col-1)
}

// related points at the events that explain a finding.
func related(events []*model.Event, what string) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	for _, e := range events {
		out = append(out, analysis.RelatedInformation{Pos: e.Call.Pos(), End: e.Call.End(), Message: what})
	}
	return out
}

// statusNode is where a status finding goes: the status argument, or the call.
func statusNode(e *model.Event) ast.Node {
	if e.StatusExpr != nil {
		return e.StatusExpr
	}
	return e.Call
}

// handlers returns the handlers, and the helpers for a rule that checks them.
func (c *Context) handlers() []*model.Handler {
	if !c.rule.Helpers || len(c.Model.Helpers) == 0 {
		return c.Model.Handlers
	}
	return append(slices.Clip(c.Model.Handlers), c.Model.Helpers...)
}

// events calls f for each reached event of every handler (and helper, for
// a rule that checks them).
func (c *Context) events(f func(*model.Event)) {
	for _, h := range c.handlers() {
		for _, e := range h.Events {
			if e.Reached {
				c.at = e.Call.Pos()
				f(e)
			}
		}
	}
}

// where names the request an event answers: "GET /items/{id}" when a route
// says so, else "GET in getItem", else "getItem".
func where(e *model.Event) string {
	h := e.Handler
	m := e.Before.Methods
	if s := routeList(h.Routes, m); s != "" {
		return s
	}
	if m.Known() {
		return m.Display() + " in " + h.Name
	}
	return h.Name
}
