// Package model builds statuslint's one model of a package's HTTP responses:
// its handlers, the routes that register them, and for each handler the
// status, body and header events along its control-flow graph with the state
// of the response before each event. Rules read this model; none of them
// walks the syntax tree on its own.
package model

import (
	"slices"
	"strings"

	"go/ast"
	"go/token"
	"go/types"

	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/cfg"
)

// Model is the response model of one package.
type Model struct {
	Handlers []*Handler
	// Helpers are the functions of the package that are given a response
	// (a writer or a framework context) without being handlers, flowed like
	// handlers (helpers.go): the rules whose evidence is local to a
	// function check them too.
	Helpers []*Handler
	// Calls holds every call to a status-bearing API in the package, inside
	// handlers or not (helpers, route tables), for the rules that need no flow.
	Calls []*Call
	// Events maps a call to its event when it is made in a handler.
	Events map[*ast.CallExpr]*Event
	// HTMX says the package speaks htmx (it names an HX-* header): there an
	// empty 200 is how a DELETE removes an element, and 204 swaps nothing.
	HTMX bool
	// Remote holds the routes this package registers for handlers declared
	// in other packages, with those handlers' summaries.
	Remote []*RemoteRoute

	values    map[*types.Var][]ast.Expr
	auth      *authInference                 // the package's access functions (authfacts.go)
	passed    map[*types.Var][]*ast.CallExpr // calls given &v, or v when v is a pointer
	generated map[*token.File]bool           // files with a "Code generated ... DO NOT EDIT." comment
	errors    *errClasses                    // error classes of the package's functions and sentinels
}

// ErrorClass returns what is known of the error class of a function or a
// package-level variable (ErrorClassFact): this package's inference, or
// another package's fact; nil when nothing is.
func (m *Model) ErrorClass(obj types.Object) *ErrorClassFact {
	if m == nil {
		return nil
	}
	return m.errors.fact(obj)
}

// Release drops what the model holds once the rules have run: the driver
// keeps each package's result until the whole run ends.
func (m *Model) Release() { *m = Model{} }

// PassedTo returns the calls that were given v's address (or v itself when
// it is a pointer): the calls that may have filled it (c.Bind(&req)).
func (m *Model) PassedTo(v *types.Var) []*ast.CallExpr { return m.passed[v] }

// Value returns the one value ever assigned to a local variable, or nil.
func (m *Model) Value(v *types.Var) ast.Expr {
	if vals := m.values[v]; len(vals) == 1 {
		return vals[0]
	}
	return nil
}

// Call is a call to a known status API with its status resolved.
type Call struct {
	Expr       *ast.CallExpr
	Key        string
	Sink       httpapi.Sink
	StatusExpr ast.Expr // nil when the status is fixed or defaulted
	Status     int      // the status, when Const
	Const      bool     // the status is a known constant
}

// Route is one registration of a handler.
type Route struct {
	Methods httpapi.Methods
	Pattern string // the full path a client calls (group and mount prefixes included); "" when not a constant
	Pos     token.Pos
	// Partial: a part of the path could not be read (a router handed in
	// from another package, a field, a prefix that is not a constant), so
	// Pattern is the end of the path a client calls, after that part.
	Partial bool
	// Chain: what the middleware on the route's chain can answer (Use on the
	// router or a group, chi With, per-route middleware arguments, wrappers
	// around the handler). ChainKnown is false when some middleware on it,
	// or some part of the chain (a router from a field, a parameter no call
	// reaches), cannot be read: a rule needing the whole chain stays quiet.
	ChainKnown    bool
	ChainStatuses []int // the constant statuses the chain's middleware may answer (sorted, unique)
}

// RemoteRoute is a route registered here for a handler of another package.
type RemoteRoute struct {
	Route   Route    // the first of Routes
	Routes  []Route  // one per prefix of the router it is registered on, same methods
	Arg     ast.Expr // the handler argument of the registration
	Handler *HandlerFact
	// Middleware: the argument is middleware before the route's handler
	// (gin, fiber: every handler argument but the last).
	Middleware bool
}

// Handler is a function with a framework's handler signature.
type Handler struct {
	Node         ast.Node // *ast.FuncDecl or *ast.FuncLit
	Name         string
	Framework    httpapi.Framework
	Resp         *types.Var // the ResponseWriter or context parameter
	Req          *types.Var // the *http.Request parameter of a net/http handler
	Routes       []Route
	Methods      httpapi.Methods // union of the registered methods; AllMethods when unknown
	Results      bool            // returns an error (echo, fiber, a net/http handler written for an adapter)
	StatusResult bool            // returns (status, error) for an adapter to write
	Events       []*Event
	// Docs are the operations the handler's comments document (swag,
	// go-swagger: docs.go); a document given with -openapi is matched
	// to its routes by the rules.
	Docs []*apidoc.Operation

	flow   *flowResult // nil until flowed
	pseudo bool        // a helper flowed for its fact, not a handler: its events are not the model's
	// shape is the adapted signature (shapeKey) of a StatusResult handler
	// with more parameters after w and r (func(w, r, d *data) (int, error)):
	// only the adapters that call a value of that type write its status.
	shape string
}

// Body returns the handler's function body.
func (h *Handler) Body() *ast.BlockStmt {
	switch n := h.Node.(type) {
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// ExplicitEmpty reports a render call given an explicitly empty body
// (c.String(200, ""), c.HTML(http.StatusOK, "")): a deliberate empty
// representation rather than a forgotten body.
func (e *Event) ExplicitEmpty() bool {
	return (e.Kind == Render || e.Kind == BodyOnly) && !e.Sink.Writes && e.Sink.Body != httpapi.None
}

// Kind says what an event does to the response.
type Kind uint8

const (
	StatusOnly Kind = iota + 1 // sets the status (w.WriteHeader, c.Status)
	Render                     // sets the status and writes a body (c.JSON(code, v), http.Error)
	BodyOnly                   // writes a body with the status in effect (w.Write)
	Bind                       // gin c.Bind*: answers 400 itself when it fails
	Header                     // changes a response header
	Opaque                     // hands the response to code we cannot see
	Async                      // a go statement: work handed to the background
)

// Event is one response-affecting call in a handler.
type Event struct {
	Handler    *Handler
	Kind       Kind
	Call       *ast.CallExpr
	Key        string
	Sink       httpapi.Sink
	StatusExpr ast.Expr      // the status argument, nil when fixed or absent
	Status     int           // the status, when Const
	Const      bool          // the status is a known constant
	Commits    bool          // sends the header now
	HeaderKey  string        // for Header events, when constant
	HeaderVal  string        // ... and its value
	Stmt       *ast.ExprStmt // the statement the call is, when it is one
	Node       ast.Stmt      // the statement of the handler's body the call is in
	Reached    bool          // false in dead code
	When       When          // a conditional helper's: the result on which it has answered
	Headers    []string      // a helper's: the header keys it may set itself (lower case)
	Next       bool          // an Opaque call of the next handler in a middleware chain (next.go)
	Closure    *ast.FuncLit  // the closure the call is in, run by the call it is passed to (nil: the handler's own body)
	Before     State         // the response before the event

	errArg ast.Expr // a conditional helper's: the argument not nil when it answered (HelperFact.Err)
	block  *cfg.Block
	index  int
}

// SetsStatus reports whether the event chooses a status.
func (e *Event) SetsStatus() bool { return e.Kind == StatusOnly || e.Kind == Render }

// Informational reports a 1xx status other than 101: net/http sends it at
// once and the final status is still to come (103 Early Hints).
func (e *Event) Informational() bool {
	return e.Kind == StatusOnly && e.Const && e.Status >= 100 && e.Status < 200 && e.Status != 101
}

// WritesBody reports whether the event writes a non-empty body.
func (e *Event) WritesBody() bool { return (e.Kind == BodyOnly || e.Kind == Render) && e.Sink.Writes }

// Responds reports whether the event is part of writing a response.
// render.Status only stores a code for a later render call; that call
// responds. A flush sends what was chosen and writes nothing of its own.
func (e *Event) Responds() bool {
	return (e.Kind == StatusOnly || e.Kind == Render || e.Kind == BodyOnly) && !e.Sink.ByRequest && !e.SendsOnly()
}

// SendsOnly reports an event that sends the header with the status in
// effect and writes nothing: a Flush (w.(http.Flusher), a
// ResponseController, gin's c.Writer, echo's c.Response()) or gin's
// WriteHeaderNow.
func (e *Event) SendsOnly() bool {
	return e.Kind == BodyOnly && !e.Sink.Writes && e.Sink.Body == httpapi.None && e.Sink.Commits
}

// Guard is a condition known to hold (or not) on every path to an event.
type Guard struct {
	Cond  ast.Expr // for a switch case, the case value
	Tag   ast.Expr // for a switch case, the switch tag; else nil
	Holds bool
	// NonNil: Cond is an error value (a variable or a call) known not to
	// be nil here, because a conditional helper answered about it
	// (if HandleError(c, err, 400) { ... }: HelperFact.Err). Holds is true.
	NonNil bool
}

// State is what is known about the response on every path to a point.
type State struct {
	Methods      httpapi.Methods // methods the request may have here
	StatusSet    bool            // a status was chosen on every path
	StatusMaySet bool            // ... on some path
	Sent         bool            // the header was sent on every path
	MaySent      bool            // ... on some path
	Unknown      bool            // an opaque call may have written anything
	Status       []*Event        // events whose status may be the one in effect
	SentBy       []*Event        // events that may have sent the header
	Guards       []Guard
	Headers      []string // header keys (lower case) set on some path; "*" for a key we cannot read
	Async        bool     // work was handed to a goroutine on every path

	origins map[*types.Var]*ast.CallExpr // the call that last assigned each variable, on every path
	known   []known                      // tests decided on every path, their variables unassigned since (decide.go)
}

// Origin returns the call that last assigned v on every path here, or nil.
func (s State) Origin(v *types.Var) *ast.CallExpr { return s.origins[v] }

// HeaderMaySet reports whether a header with this key may have been set.
func (s State) HeaderMaySet(key string) bool { return hasHeader(s.Headers, key) }

// Effective returns the status in effect when every path agrees on one
// constant: the chosen one, or the implicit 200 when none was chosen.
func (s State) Effective() (int, *Event, bool) {
	if s.Unknown {
		return 0, nil, false
	}
	if !s.StatusMaySet {
		return 200, nil, true
	}
	if !s.StatusSet || len(s.Status) == 0 {
		return 0, nil, false
	}
	code := s.Status[0].Status
	for _, e := range s.Status {
		if !e.Const || e.Status != code {
			return 0, nil, false
		}
	}
	return code, s.Status[0], true
}

// SetsHeader reports whether the call itself may set the header (a helper
// that sets WWW-Authenticate before it answers 401).
func (e *Event) SetsHeader(key string) bool { return hasHeader(e.Headers, key) }

// hasHeader reports whether a list of lower-case header keys holds key or "*".
func hasHeader(list []string, key string) bool {
	key = strings.ToLower(key)
	return slices.ContainsFunc(list, func(k string) bool { return k == key || k == "*" })
}

// HeaderSetFor reports whether the header may be set for e's response:
// before it, by the call itself (a helper), or, where the framework holds
// the response until the handler returns (fiber), anywhere in the handler.
func (e *Event) HeaderSetFor(key string) bool {
	if e.Before.HeaderMaySet(key) || e.SetsHeader(key) {
		return true
	}
	if !e.Handler.Framework.Buffered() {
		return false
	}
	for _, o := range e.Handler.Events {
		if o.Kind == Header && (strings.EqualFold(o.HeaderKey, key) || o.HeaderKey == "") {
			return true
		}
	}
	return false
}

// Completes reports whether the event finishes the response, so that
// nothing should be written after it.
func (e *Event) Completes() bool {
	return e.Sink.Complete && (e.Kind == StatusOnly || e.Kind == Render || e.Kind == BodyOnly)
}

// RespondsAfter reports whether every path from just after e reaches
// another status or body write before the handler returns.
func (e *Event) RespondsAfter() bool {
	h := e.Handler
	for _, st := range h.flow.steps[e.block][e.index+1:] {
		if st.ev != nil && st.ev.Responds() && !st.ev.Informational() {
			return true
		}
	}
	return allSuccs(e.block, h.flow.mustRespond)
}

// StatusFollows reports whether every path from just after e chooses
// another status before the handler returns (a body alone does not count:
// it belongs to the status in effect).
func (e *Event) StatusFollows() bool {
	h := e.Handler
	for _, st := range h.flow.steps[e.block][e.index+1:] {
		if st.ev != nil && st.ev.SetsStatus() && !st.ev.Informational() {
			return true
		}
	}
	return allSuccs(e.block, h.flow.mustStatus)
}

// BodyMayFollow reports whether some path from just after e writes a body
// or hands the response to code we cannot see.
func (e *Event) BodyMayFollow() bool {
	h := e.Handler
	for _, st := range h.flow.steps[e.block][e.index+1:] {
		if st.ev != nil && (st.ev.WritesBody() || st.ev.Kind == Opaque || st.ev.ExplicitEmpty()) {
			return true
		}
	}
	for _, s := range e.block.Succs {
		if h.flow.mayBody[s] {
			return true
		}
	}
	return false
}

func allSuccs(b *cfg.Block, m map[*cfg.Block]bool) bool {
	if len(b.Succs) == 0 {
		return false
	}
	for _, s := range b.Succs {
		if !m[s] {
			return false
		}
	}
	return true
}

// EnclosingList returns the statement list (block, case or select clause)
// that holds stmt directly, or nil.
func EnclosingList(body *ast.BlockStmt, stmt ast.Stmt) []ast.Stmt {
	var found []ast.Stmt
	ast.Inspect(body, func(n ast.Node) bool {
		if found != nil {
			return false
		}
		var list []ast.Stmt
		switch n := n.(type) {
		case *ast.BlockStmt:
			list = n.List
		case *ast.CaseClause:
			list = n.Body
		case *ast.CommClause:
			list = n.Body
		}
		for _, s := range list {
			if s == stmt {
				found = list
				return false
			}
		}
		return true
	})
	return found
}

// Bodies returns the body writes made with e's status in effect: e itself
// when it renders, and the reached events that write a body while e's
// status may be the one in effect (w.WriteHeader(200) then
// json.NewEncoder(w).Encode(v); fiber's c.Status(200).JSON(v)).
func (e *Event) Bodies() []*Event {
	var out []*Event
	if e.WritesBody() {
		out = append(out, e)
	}
	for _, o := range e.Handler.Events {
		if o != e && o.Reached && o.WritesBody() && slices.Contains(o.Before.Status, e) {
			out = append(out, o)
		}
	}
	return out
}

// BodyArgs returns the arguments of a body write that make its body: every
// argument but the response and the status.
func (e *Event) BodyArgs() []ast.Expr {
	if e.Call == nil {
		return nil
	}
	if e.Sink.Body >= 0 && e.Sink.Body < len(e.Call.Args) {
		return e.Call.Args[e.Sink.Body : e.Sink.Body+1]
	}
	var out []ast.Expr
	for i, a := range e.Call.Args {
		if i != e.Sink.Resp && i != e.Sink.Status {
			out = append(out, a)
		}
	}
	return out
}

// Assigned is a local variable with the call that last assigned it.
type Assigned struct {
	Var  *types.Var
	Call *ast.CallExpr
}

// BodyOrigins returns the local variables the event's body arguments read
// (directly, through fields, addresses or inside composite literals, not
// inside function literals), each with the call that last assigned it on
// every path to the event; variables with no such call are left out.
func (e *Event) BodyOrigins(info *types.Info) []Assigned {
	var out []Assigned
	for _, a := range e.BodyArgs() {
		ast.Inspect(a, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.Ident:
				v, ok := info.Uses[n].(*types.Var)
				if !ok || v.IsField() {
					return true
				}
				if call := e.Before.Origin(v); call != nil && !slices.ContainsFunc(out, func(x Assigned) bool { return x.Var == v }) {
					out = append(out, Assigned{Var: v, Call: call})
				}
			}
			return true
		})
	}
	return out
}
