package model

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// HelperKind says what a response helper does.
type HelperKind uint8

const (
	// StatusWrapper writes the status one of its arguments gives:
	// respond(w, http.StatusCreated, v), fail(c, 400, msg).
	StatusWrapper HelperKind = iota + 1
	// FixedStatus always writes the same status: notFound(w), s.forbidden(c).
	FixedStatus
	// ChoosesStatus always writes a status it picks itself (writeError(w, err)).
	ChoosesStatus
	// BodyWriter writes a body with the status in effect: render(w, "page", data).
	BodyWriter
)

// HelperFact is what statuslint knows about a function of the package that
// writes the response it is given, or returns an error the framework turns
// into one (an error constructor: echo.NewHTTPError wrapped in a helper).
// Calls to it are events at the call site, exactly like calls to the
// framework's own API: the fact is a row of the sink table, inferred.
//
// A helper gets a fact only when every path through it does the same kind
// of thing: a helper that writes on some paths only, or hands the response
// on to code statuslint cannot see, stays opaque.
type HelperFact struct {
	Kind     HelperKind
	Resp     int  // parameter holding the response; httpapi.None for an error constructor
	Status   int  // parameter holding the status (StatusWrapper); else httpapi.None
	Fixed    int  // the status of a FixedStatus helper
	Body     int  // parameter holding the body, when one parameter is the whole body; else httpapi.None
	Writes   bool // writes a body on every path
	Commits  bool // sends the header on every path
	Complete bool // finishes the response on every path
	Redirect bool // the status is a redirection's
	Returned bool // an error constructor: answers when the handler returns its result
	// When says on which result the helper answers; Always for most. A
	// conditional helper (if !bindOrAbort(c, &req) { return }) answers only
	// when it returns false, or true, or a non-nil error.
	When When
	// Headers lists the header keys (lower case) the helper may set before
	// it answers ("*" for one it cannot name): a helper that sets
	// WWW-Authenticate, Allow or Location sets it for its caller.
	Headers []string
}

// When is the result on which a conditional helper has answered.
type When uint8

const (
	Always    When = iota
	WhenTrue       // returns true after answering
	WhenFalse      // returns false after answering
	WhenError      // returns a non-nil error after answering
)

func (*HelperFact) AFact() {}

func (f *HelperFact) String() string {
	var what string
	switch f.Kind {
	case StatusWrapper:
		what = fmt.Sprintf("statusWrapper(arg%d", f.Status)
	case FixedStatus:
		what = fmt.Sprintf("fixedStatus(%d", f.Fixed)
	case ChoosesStatus:
		what = "choosesStatus("
	case BodyWriter:
		what = "bodyWriter("
	}
	if f.Returned {
		what = "errorConstructor:" + what
	}
	var opts []string
	if f.Writes {
		opts = append(opts, "body")
	}
	if f.Complete && !f.Returned {
		opts = append(opts, "ends")
	}
	if f.Redirect {
		opts = append(opts, "redirect")
	}
	sep := ""
	if !strings.HasSuffix(what, "(") && len(opts) > 0 {
		sep = " "
	}
	out := what + sep + strings.Join(opts, " ") + ")"
	switch f.When {
	case WhenTrue:
		out += " when true"
	case WhenFalse:
		out += " when false"
	case WhenError:
		out += " when error"
	}
	if len(f.Headers) > 0 {
		out += " headers[" + strings.Join(f.Headers, " ") + "]"
	}
	return out
}

// Sink returns the fact as a row of the sink table.
func (f *HelperFact) Sink() httpapi.Sink {
	s := httpapi.Sink{
		Resp: f.Resp, Status: f.Status, Body: f.Body, Writes: f.Writes, Commits: f.Commits,
		Complete: f.Complete, Redirect: f.Redirect, Returned: f.Returned,
	}
	switch f.Kind {
	case FixedStatus:
		s.Fixed = f.Fixed
	case ChoosesStatus:
		s.Chooses = true
	}
	return s
}

// helperOf returns the fact for fn: the user's declaration, the fact an
// imported package exported, or the one inferred here for a function of
// this package.
func (b *builder) helperOf(fn *types.Func) *HelperFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if f, ok := b.opts.Wrappers[httpapi.Key(fn)]; ok {
		return &f
	}
	if fn.Pkg() != b.pass.Pkg {
		var f HelperFact
		if b.canImport && b.pass.ImportObjectFact(fn, &f) {
			return &f
		}
		return nil
	}
	if f, ok := b.helpers[fn]; ok {
		return f
	}
	b.helpers[fn] = nil // a recursive helper is opaque to itself
	var f *HelperFact
	if d := b.idx.decls[fn]; d != nil && d.Body != nil {
		f = b.inferHelper(fn, d)
	}
	b.helpers[fn] = f
	return f
}

// inferHelper summarises a function that is given a response (a writer, a
// context, an io.Writer) by running the handler flow over it, or one that
// returns an error constructor's result on every path.
func (b *builder) inferHelper(fn *types.Func, d *ast.FuncDecl) *HelperFact {
	sig := fn.Signature()
	if h := b.idx.handlers[d]; h != nil {
		b.flow.once(h)
		return paramResp(b.summarize(h, sig))
	}
	for i := range sig.Params().Len() {
		p := sig.Params().At(i)
		fw, ok := httpapi.FrameworkOf(p.Type())
		if !ok && isIOWriter(p.Type()) {
			fw, ok = httpapi.NetHTTP, true
		}
		if !ok {
			continue
		}
		h := &Handler{Node: d, Name: funcDeclName(d), Framework: fw, Resp: p, Methods: httpapi.AllMethods, pseudo: true}
		for j := range sig.Params().Len() {
			if httpapi.IsRequest(sig.Params().At(j).Type()) {
				h.Req = sig.Params().At(j)
			}
		}
		b.flow.once(h)
		return paramResp(b.summarize(h, sig))
	}
	if sig.Results().Len() == 1 && types.Implements(sig.Results().At(0).Type(), errorType) {
		return b.errorConstructor(d, sig)
	}
	return nil
}

// paramResp keeps a fact only when the response it writes is a parameter.
func paramResp(f *HelperFact) *HelperFact {
	if f != nil && f.Resp < 0 && !f.Returned {
		return nil
	}
	return f
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

func isIOWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "io" && n.Obj().Name() == "Writer"
}

// summarize reads a helper's fact off its flow: the state on every way out.
func (b *builder) summarize(h *Handler, sig *types.Signature) *HelperFact {
	if h.flow.graph == nil || len(h.Events) == 0 || !h.flow.exitKnown || h.flow.exit.Unknown {
		return nil
	}
	resp := paramIndex(sig, h.Resp)
	f := &HelperFact{Resp: resp, Status: httpapi.None, Body: httpapi.None}
	entry := h.flow.graph.Blocks[0]
	s := h.flow.exit
	// A wrapper that answers 500 when it cannot marshal its value is still a
	// wrapper: constant statuses chosen on an error branch of the helper's
	// own work are exempt when a parameter gives the status otherwise, and
	// their paths do not count against "writes a body on every path".
	exempt := map[*Event]bool{}
	if slices.ContainsFunc(s.Status, func(e *Event) bool { return !e.Const && b.idx.paramOf(sig, e.StatusExpr) >= 0 }) {
		for _, e := range s.Status {
			if e.Const && b.onErrorBranch(e) {
				exempt[e] = true
			}
		}
	}
	f.Writes = h.flow.must(func(e *Event) bool { return e.WritesBody() || exempt[e] })[entry] &&
		slices.ContainsFunc(h.Events, (*Event).WritesBody)
	f.Commits = h.flow.exit.Sent && !h.Framework.Buffered()
	switch {
	case s.StatusSet && len(s.Status) > 0:
		f.Kind = b.statusKind(h, sig, slices.DeleteFunc(slices.Clone(s.Status), func(e *Event) bool { return exempt[e] }), f)
		if f.Kind == 0 {
			return nil
		}
		f.Complete = h.flow.must(func(e *Event) bool { return e.Completes() || exempt[e] })[entry] || f.Writes
		f.Redirect, f.Returned = true, true
		for _, e := range s.Status {
			f.Redirect = f.Redirect && e.Sink.Redirect
			f.Returned = f.Returned && e.Sink.Returned
		}
		if f.Returned {
			f.Resp, f.Commits = httpapi.None, false
		}
	case !s.StatusMaySet && f.Writes:
		f.Kind = BodyWriter
	default:
		return b.conditionalFact(h, sig, f) // writes on some paths only, or only headers
	}
	f.Body = b.bodyParam(h, sig)
	f.Headers = slices.Sorted(slices.Values(s.Headers))
	return f
}

// statusKind decides how a helper's status is given: by one parameter, as
// one constant, or chosen inside.
func (b *builder) statusKind(h *Handler, sig *types.Signature, status []*Event, f *HelperFact) HelperKind {
	param, fixed := -1, -1
	for _, e := range status {
		switch {
		case e.Sink.Chooses || (e.StatusExpr == nil && !e.Const):
			return ChoosesStatus
		case e.Const && (fixed == -1 || fixed == e.Status) && param == -1:
			fixed = e.Status
		case !e.Const && fixed == -1:
			i := b.idx.paramOf(sig, e.StatusExpr)
			if i < 0 || (param != -1 && param != i) {
				return ChoosesStatus
			}
			param = i
		default:
			return ChoosesStatus
		}
	}
	if param >= 0 {
		f.Status = param
		return StatusWrapper
	}
	f.Fixed = fixed
	return FixedStatus
}

func paramIndex(sig *types.Signature, v *types.Var) int {
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}

// bodyParam returns the parameter every body write writes, if there is one.
func (b *builder) bodyParam(h *Handler, sig *types.Signature) int {
	body := httpapi.None
	for _, e := range h.Events {
		if e.Kind != Render && e.Kind != BodyOnly {
			continue
		}
		if e.Sink.Body < 0 || e.Sink.Body >= len(e.Call.Args) {
			return httpapi.None
		}
		i := b.idx.paramOf(sig, e.Call.Args[e.Sink.Body])
		if i < 0 || (body != httpapi.None && body != i) {
			return httpapi.None
		}
		body = i
	}
	return body
}

// errorConstructor summarises a function whose every return returns an
// error a framework answers with (echo.NewHTTPError, fiber.NewError, or
// another constructor), all with the same status or the same parameter.
func (b *builder) errorConstructor(d *ast.FuncDecl, sig *types.Signature) *HelperFact {
	var f *HelperFact
	ok := true
	ast.Inspect(d.Body, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				ok = false
				return false
			}
			if code := b.values.statusFieldOf(n.Results[0]); code != nil {
				// &apiError{Code: http.StatusConflict}: a status field's literal
				g := &HelperFact{Resp: httpapi.None, Status: httpapi.None, Body: httpapi.None, Complete: true, Returned: true}
				if v, isConst := b.idx.intValue(code); isConst {
					g.Kind, g.Fixed = FixedStatus, v
				} else if i := b.idx.paramOf(sig, code); i >= 0 {
					g.Kind, g.Status = StatusWrapper, i
				}
				if g.Kind == 0 || (f != nil && !reflect.DeepEqual(f, g)) {
					ok = false
					return false
				}
				f = g
				return true
			}
			call, isCall := ast.Unparen(n.Results[0]).(*ast.CallExpr)
			if !isCall {
				ok = false
				return false
			}
			sink, found := b.sinkOf(call)
			if !found || !sink.Returned {
				ok = false
				return false
			}
			g := &HelperFact{Resp: httpapi.None, Status: httpapi.None, Body: httpapi.None, Writes: sink.Writes, Complete: true, Returned: true}
			switch {
			case sink.Status == httpapi.None:
				g.Kind, g.Fixed = FixedStatus, sink.Fixed
			case sink.Status < len(call.Args):
				if code, isConst := b.idx.intValue(call.Args[sink.Status]); isConst {
					g.Kind, g.Fixed = FixedStatus, code
				} else if i := b.idx.paramOf(sig, call.Args[sink.Status]); i >= 0 {
					g.Kind, g.Status = StatusWrapper, i
				}
			}
			if sink.Body >= 0 && sink.Body < len(call.Args) {
				g.Body = b.idx.paramOf(sig, call.Args[sink.Body])
				if g.Body < 0 {
					g.Body = httpapi.None
				}
			}
			if g.Kind == 0 || (f != nil && !reflect.DeepEqual(f, g)) {
				ok = false
				return false
			}
			f = g
		}
		return true
	})
	if !ok {
		return nil
	}
	return f
}

// declaredValue returns the user's declaration for a call of a function
// value: a package-level variable (pkg.Var) or a struct field
// (pkg.Type.field) holding a function.
func (b *builder) declaredValue(call *ast.CallExpr) *HelperFact {
	if len(b.opts.Wrappers) == 0 {
		return nil
	}
	var key string
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if v, ok := b.idx.info.Uses[fun].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			key = v.Pkg().Path() + "." + v.Name()
		}
	case *ast.SelectorExpr:
		if v, ok := b.idx.info.Uses[fun.Sel].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			key = v.Pkg().Path() + "." + v.Name() // pkg.Var
		} else if sel, ok := b.idx.info.Selections[fun]; ok && sel.Kind() == types.FieldVal {
			t := sel.Recv()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
				key = n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + fun.Sel.Name
			}
		}
	}
	if f, ok := b.opts.Wrappers[key]; ok && key != "" {
		return &f
	}
	return nil
}

// sinkOf returns what a call does to a response: the framework's table, or
// a helper's fact.
func (b *builder) sinkOf(call *ast.CallExpr) (httpapi.Sink, bool) {
	_, key := b.idx.callee(call)
	if s, ok := httpapi.Sinks[key]; ok {
		return s, true
	}
	if f := b.helperFor(nil, call); f != nil {
		return f.Sink(), true
	}
	return httpapi.Sink{}, false
}

// helperFor returns the fact of the helper a call calls: a function or
// method, a declared wrapper, a function held in a variable or field, or
// (inside handler h) a closure h declared.
func (b *builder) helperFor(h *Handler, call *ast.CallExpr) *HelperFact {
	fn, _ := b.idx.callee(call)
	if f := b.helperOf(fn); f != nil {
		return f
	}
	if f := b.declaredValue(call); f != nil {
		return f
	}
	if f := b.valueHelper(call); f != nil {
		return f
	}
	if h != nil {
		return b.closureHelper(h, call)
	}
	return nil
}

// captured as a helper's Resp: a closure that writes the response of the
// handler it is declared in (fail := func(code int) { w.WriteHeader(code) }).
const captured = -3

// FindResp as a declared wrapper's Resp: the response is whichever argument
// (or the receiver) is the handler's writer or context at the call site.
const FindResp = -4

// closureHelper summarises a closure the handler declared and calls, when
// it writes the handler's own response like a helper would.
func (b *builder) closureHelper(h *Handler, call *ast.CallExpr) *HelperFact {
	lit, ok := ast.Unparen(b.idx.singleValue(call.Fun)).(*ast.FuncLit)
	if !ok {
		lit, ok = ast.Unparen(call.Fun).(*ast.FuncLit)
	}
	if !ok || h.pseudo {
		return nil
	}
	if f, ok := b.closures[lit]; ok {
		return f
	}
	b.closures[lit] = nil
	sig, _ := b.idx.info.TypeOf(lit).(*types.Signature)
	if sig == nil {
		return nil
	}
	ph := &Handler{Node: lit, Name: h.Name + ".func", Framework: h.Framework, Resp: h.Resp, Req: h.Req, Methods: httpapi.AllMethods, pseudo: true}
	for i := range sig.Params().Len() {
		if fw, ok := httpapi.FrameworkOf(sig.Params().At(i).Type()); ok {
			ph.Framework, ph.Resp = fw, sig.Params().At(i) // the closure is given the response
			break
		}
	}
	b.flow.once(ph)
	f := b.summarize(ph, sig)
	if f != nil && f.Resp < 0 && !f.Returned {
		f.Resp = captured
	}
	b.closures[lit] = f
	return f
}

// HandlerFact summarises a handler, or a factory returning handlers, for
// routes registered in another package: the statuses it chooses, with the
// methods its own guards leave at each, so the registering package can
// check them against the route's methods.
type HandlerFact struct {
	Name     string // how the registering package's messages name it
	Statuses []StatusFact
}

// StatusFact is one constant status a handler chooses.
type StatusFact struct {
	Status        int
	Methods       httpapi.Methods // the methods the request may have there, before any route narrows them
	WritesBody    bool
	BodyMayFollow bool
	// EmptyBody: no body is written or may follow, and the empty body is
	// not a deliberate representation (c.String(200, ""), an htmx package).
	EmptyBody bool
	Location  bool   // a Location header may be set for it
	File      string // where the status is chosen
	Line, Col int
}

func (*HandlerFact) AFact() {}

func (f *HandlerFact) String() string {
	var codes []string
	for _, s := range f.Statuses {
		c := fmt.Sprint(s.Status)
		if s.Methods != httpapi.AllMethods {
			c += "[" + s.Methods.String() + "]"
		}
		codes = append(codes, c)
	}
	return "handler(" + strings.Join(codes, " ") + ")"
}

// handlerFact summarises the handlers hs for another package's routes.
// Handlers with routes of their own are left out: their guards' methods
// are already narrowed by those routes.
func (b *builder) handlerFact(name string, hs []*Handler) *HandlerFact {
	f := &HandlerFact{Name: name}
	for _, h := range hs {
		if len(h.Routes) > 0 {
			return nil
		}
		b.flow.once(h)
		for _, e := range h.Events {
			if !e.SetsStatus() || !e.Const || !e.Reached || e.Before.Sent || e.Informational() {
				continue
			}
			p := b.pass.Fset.Position(e.Call.Pos())
			if e.StatusExpr != nil {
				p = b.pass.Fset.Position(e.StatusExpr.Pos())
			}
			f.Statuses = append(f.Statuses, StatusFact{
				Status: e.Status, Methods: e.Before.Methods, WritesBody: e.WritesBody(), BodyMayFollow: e.BodyMayFollow(),
				EmptyBody: !e.Before.Unknown && !e.WritesBody() && !e.BodyMayFollow() && !e.ExplicitEmpty() && !b.model.HTMX,
				Location:  e.HeaderSetFor("Location"),
				File:      p.Filename, Line: p.Line, Col: p.Column,
			})
		}
	}
	if len(f.Statuses) == 0 {
		return nil
	}
	return f
}

// conditionalFact summarises a helper that answers on the paths that return one
// result and leaves the response alone on the others: bool helpers
// (false: it aborted) and error helpers (non-nil: it wrote the error).
func (b *builder) conditionalFact(h *Handler, sig *types.Signature, f *HelperFact) *HelperFact {
	if h.flow.exitBad || len(h.flow.exitBy) < 2 {
		return nil
	}
	var when When
	for w, st := range h.flow.exitBy {
		switch {
		case !st.StatusMaySet && !st.MaySent:
		case st.StatusSet && w != Always && when == Always:
			when = w
		default:
			return nil // answers on some paths of a result only
		}
	}
	wrote := h.flow.exitBy[when]
	if when == Always || len(wrote.Status) == 0 {
		return nil
	}
	if f.Kind = b.statusKind(h, sig, wrote.Status, f); f.Kind == 0 {
		return nil
	}
	f.When = when
	// The other results write nothing, so every body write is on the
	// answering paths.
	f.Writes = slices.ContainsFunc(h.Events, func(e *Event) bool { return e.Reached && e.WritesBody() })
	f.Complete = f.Writes
	for _, e := range wrote.Status {
		f.Complete = f.Complete || e.Completes()
	}
	f.Commits = wrote.Sent && !h.Framework.Buffered()
	f.Body = b.bodyParam(h, sig)
	f.Headers = slices.Sorted(slices.Values(wrote.Headers))
	return f
}

// onErrorBranch reports whether an error test holds on every path to e
// (err != nil, for an err some call of the function assigned).
func (b *builder) onErrorBranch(e *Event) bool {
	before := e.Before
	for _, g := range before.Guards {
		if call, nonNil := b.idx.errorTest(&before, g.Cond); call != nil && nonNil == g.Holds {
			return true
		}
	}
	return false
}

// valueHelper summarises a call of a function held by an unexported
// package-level variable or struct field of this package, when every
// value the package gives it is the same helper.
func (b *builder) valueHelper(call *ast.CallExpr) *HelperFact {
	var v *types.Var
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		v, _ = b.idx.info.Uses[fun].(*types.Var)
	case *ast.SelectorExpr:
		v, _ = b.idx.info.Uses[fun.Sel].(*types.Var)
	}
	if v == nil || v.Exported() || v.Pkg() != b.pass.Pkg {
		return nil // another package may assign an exported one
	}
	vals := b.idx.funcValues[v]
	if len(vals) == 0 {
		return nil
	}
	var fact *HelperFact
	for _, val := range vals {
		f := b.funcValueFact(val)
		if f == nil || (fact != nil && !reflect.DeepEqual(fact, f)) {
			return nil
		}
		fact = f
	}
	return fact
}

// funcValueFact is the fact of a function value: a declared function or
// method, or a literal given the response as a parameter.
func (b *builder) funcValueFact(e ast.Expr) *HelperFact {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := b.idx.info.Uses[x].(*types.Func)
		return b.helperOf(fn)
	case *ast.SelectorExpr:
		fn, _ := b.idx.info.Uses[x.Sel].(*types.Func)
		return b.helperOf(fn)
	case *ast.FuncLit:
		if f, ok := b.closures[x]; ok {
			return f
		}
		b.closures[x] = nil
		sig, _ := b.idx.info.TypeOf(x).(*types.Signature)
		if sig == nil {
			return nil
		}
		for i := range sig.Params().Len() {
			p := sig.Params().At(i)
			if fw, ok := httpapi.FrameworkOf(p.Type()); ok {
				ph := &Handler{Node: x, Name: "func", Framework: fw, Resp: p, Methods: httpapi.AllMethods, pseudo: true}
				b.flow.once(ph)
				f := paramResp(b.summarize(ph, sig))
				b.closures[x] = f
				return f
			}
		}
	}
	return nil
}
