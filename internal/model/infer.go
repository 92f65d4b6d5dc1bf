package model

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"github.com/statuslint/statuslint/internal/httpapi"
	"golang.org/x/tools/go/analysis"
)

// inference finds the package's response helpers and summarises its
// handlers for other packages (printf's wrapper inference is the model).
// A helper's fact (HelperFact) is read off the flow of the function, run
// as a pseudo-handler on the response it is given; error constructors are
// read off their return statements. Facts are inferred on demand and
// memoised, so a helper called before it is declared is summarised first.
// It implements events' helperSource: events ask it about calls, and it
// runs the flow (whose steps come from events) over helpers.
type inference struct {
	idx       *index
	flow      *flow
	values    *statusValues
	pass      *analysis.Pass        // for facts of imported packages and positions
	canImport bool                  // the pass declares statuslint's facts
	wrappers  map[string]HelperFact // the user's declared helpers (Options.Wrappers)

	helpers  map[*types.Func]*HelperFact // this package's helpers (nil: not one)
	closures map[*ast.FuncLit]*HelperFact
	flowed   []*Handler // the functions given a response, flowed as pseudo-handlers (Model.Helpers)
}

func newInference(idx *index, values *statusValues, pass *analysis.Pass, canImport bool, wrappers map[string]HelperFact) *inference {
	return &inference{idx: idx, values: values, pass: pass, canImport: canImport, wrappers: wrappers,
		helpers: map[*types.Func]*HelperFact{}, closures: map[*ast.FuncLit]*HelperFact{}}
}

// helperFor returns the fact of the helper a call calls: a function or
// method, a declared wrapper, a function held in a variable or field, or
// (inside handler h) a closure h declared.
func (inf *inference) helperFor(h *Handler, call *ast.CallExpr) *HelperFact {
	fn, _ := inf.idx.callee(call)
	if f := inf.helperOf(fn); f != nil {
		return f
	}
	if f := inf.declaredValue(call); f != nil {
		return f
	}
	if f := inf.valueHelper(call); f != nil {
		return f
	}
	if h != nil {
		return inf.closureHelper(h, call)
	}
	return nil
}

// readOnlyOf returns the ReadOnlyFact another package exported for fn.
func (inf *inference) readOnlyOf(fn *types.Func) *ReadOnlyFact {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == inf.idx.pkg || !inf.canImport {
		return nil
	}
	var f ReadOnlyFact
	if inf.pass.ImportObjectFact(fn.Origin(), &f) {
		return &f
	}
	return nil
}

// sinkOf returns what a call does to a response: the framework's table, or
// a helper's fact.
func (inf *inference) sinkOf(call *ast.CallExpr) (httpapi.Sink, bool) {
	_, key := inf.idx.callee(call)
	if s, ok := httpapi.Sinks[key]; ok {
		return s, true
	}
	if f := inf.helperFor(nil, call); f != nil {
		return f.Sink(), true
	}
	return httpapi.Sink{}, false
}

// helperOf returns the fact for fn: the user's declaration, the fact an
// imported package exported, or the one inferred here for a function of
// this package.
func (inf *inference) helperOf(fn *types.Func) *HelperFact {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	fn = fn.Origin()
	if f, ok := inf.wrappers[inf.idx.key(fn)]; ok {
		return &f
	}
	if fn.Pkg() != inf.idx.pkg {
		var f HelperFact
		if inf.canImport && inf.pass.ImportObjectFact(fn, &f) {
			return &f
		}
		return nil
	}
	if f, ok := inf.helpers[fn]; ok {
		return f
	}
	inf.helpers[fn] = nil // a recursive helper is opaque to itself
	var f *HelperFact
	if d := inf.idx.decls[fn]; d != nil && d.Body != nil {
		f = inf.inferHelper(fn, d)
	}
	inf.helpers[fn] = f
	return f
}

// declaredValue returns the user's declaration for a call of a function
// value: a package-level variable (pkg.Var) or a struct field
// (pkg.Type.field) holding a function.
func (inf *inference) declaredValue(call *ast.CallExpr) *HelperFact {
	if len(inf.wrappers) == 0 {
		return nil
	}
	var key string
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		if v, ok := inf.idx.info.Uses[fun].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			key = v.Pkg().Path() + "." + v.Name()
		}
	case *ast.SelectorExpr:
		if v, ok := inf.idx.info.Uses[fun.Sel].(*types.Var); ok && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() {
			key = v.Pkg().Path() + "." + v.Name() // pkg.Var
		} else if sel, ok := inf.idx.info.Selections[fun]; ok && sel.Kind() == types.FieldVal {
			t := sel.Recv()
			if p, ok := t.Underlying().(*types.Pointer); ok {
				t = p.Elem()
			}
			if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil {
				key = n.Obj().Pkg().Path() + "." + n.Obj().Name() + "." + fun.Sel.Name
			}
		}
	}
	if f, ok := inf.wrappers[key]; ok && key != "" {
		return &f
	}
	return nil
}

// valueHelper summarises a call of a function held by an unexported
// package-level variable or struct field of this package, when every
// value the package gives it is the same helper.
func (inf *inference) valueHelper(call *ast.CallExpr) *HelperFact {
	var v *types.Var
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		v, _ = inf.idx.info.Uses[fun].(*types.Var)
	case *ast.SelectorExpr:
		v, _ = inf.idx.info.Uses[fun.Sel].(*types.Var)
	}
	if v == nil || v.Exported() || v.Pkg() != inf.idx.pkg {
		return nil // another package may assign an exported one
	}
	vals := inf.idx.funcValues[v]
	if len(vals) == 0 {
		return nil
	}
	var fact *HelperFact
	for _, val := range vals {
		f := inf.funcValueFact(val)
		if f == nil || (fact != nil && !reflect.DeepEqual(fact, f)) {
			return nil
		}
		fact = f
	}
	return fact
}

// funcValueFact is the fact of a function value: a declared function or
// method, or a literal given the response as a parameter.
func (inf *inference) funcValueFact(e ast.Expr) *HelperFact {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		fn, _ := inf.idx.info.Uses[x].(*types.Func)
		return inf.helperOf(fn)
	case *ast.SelectorExpr:
		fn, _ := inf.idx.info.Uses[x.Sel].(*types.Func)
		return inf.helperOf(fn)
	case *ast.FuncLit:
		if f, ok := inf.closures[x]; ok {
			return f
		}
		inf.closures[x] = nil
		sig, _ := inf.idx.info.TypeOf(x).(*types.Signature)
		if sig == nil {
			return nil
		}
		for i := range sig.Params().Len() {
			p := sig.Params().At(i)
			if fw, ok := httpapi.FrameworkOf(p.Type()); ok {
				ph := &Handler{Node: x, Name: "func", Framework: fw, Resp: p, Methods: httpapi.AllMethods, pseudo: true}
				inf.flow.once(ph)
				f := paramResp(inf.summarize(ph, sig))
				inf.closures[x] = f
				return f
			}
		}
	}
	return nil
}

// closureHelper summarises a closure the handler declared and calls, when
// it writes the handler's own response like a helper would.
func (inf *inference) closureHelper(h *Handler, call *ast.CallExpr) *HelperFact {
	lit, ok := ast.Unparen(inf.idx.singleValue(call.Fun)).(*ast.FuncLit)
	if !ok {
		lit, ok = ast.Unparen(call.Fun).(*ast.FuncLit)
	}
	if !ok || h.pseudo {
		return nil
	}
	if f, ok := inf.closures[lit]; ok {
		return f
	}
	inf.closures[lit] = nil
	sig, _ := inf.idx.info.TypeOf(lit).(*types.Signature)
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
	inf.flow.once(ph)
	f := inf.summarize(ph, sig)
	if f != nil && f.Resp < 0 && !f.Returned {
		f.Resp = captured
	}
	inf.closures[lit] = f
	return f
}

// inferHelper summarises a function that is given a response (a writer, a
// context, an io.Writer) by running the handler flow over it, or one that
// returns an error constructor's result on every path.
func (inf *inference) inferHelper(fn *types.Func, d *ast.FuncDecl) *HelperFact {
	sig := fn.Signature()
	if h := inf.idx.handlers[d]; h != nil {
		inf.flow.once(h)
		return paramResp(inf.summarize(h, sig))
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
		inf.flow.once(h)
		if _, given := httpapi.FrameworkOf(p.Type()); given { // a response, not any io.Writer
			inf.flowed = append(inf.flowed, h)
		}
		return paramResp(inf.summarize(h, sig))
	}
	if sig.Results().Len() == 1 && types.Implements(sig.Results().At(0).Type(), errorType) {
		return inf.errorConstructor(d, sig)
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

// summarize reads a helper's fact off its flow: the state on every way out.
func (inf *inference) summarize(h *Handler, sig *types.Signature) *HelperFact {
	if h.flow.graph == nil || len(h.Events) == 0 || !h.flow.exitKnown || h.flow.exit.Unknown {
		return nil
	}
	resp := paramIndex(sig, h.Resp)
	f := &HelperFact{Resp: resp, Status: httpapi.None, Body: httpapi.None, Err: httpapi.None}
	entry := h.flow.graph.Blocks[0]
	s := h.flow.exit
	// A wrapper that answers 500 when it cannot marshal its value is still a
	// wrapper: constant statuses chosen on an error branch of the helper's
	// own work are exempt when a parameter gives the status otherwise, and
	// their paths do not count against "writes a body on every path". So is
	// a body writer that answers 500 itself when its own work fails
	// (render.JSON(w, r, v): marshal, then http.Error on failure) and
	// chooses no status otherwise: it writes with the status in effect, and
	// after its caller sent a status the 500 is a superfluous WriteHeader.
	exempt := map[*Event]bool{}
	if slices.ContainsFunc(s.Status, func(e *Event) bool { return !e.Const && inf.idx.paramOf(sig, e.StatusExpr) >= 0 }) {
		for _, e := range s.Status {
			if e.Const && inf.onErrorBranch(e) {
				exempt[e] = true
			}
		}
	} else if !s.StatusSet && len(s.Status) > 0 && !slices.ContainsFunc(s.Status, func(e *Event) bool {
		return !e.Const || e.Status < 500 || e.Status > 599 || !inf.onErrorBranch(e)
	}) {
		for _, e := range s.Status {
			exempt[e] = true
		}
	}
	f.Writes = h.flow.must(func(e *Event) bool { return e.WritesBody() || exempt[e] })[entry] &&
		slices.ContainsFunc(h.Events, (*Event).WritesBody)
	f.Commits = h.flow.exit.Sent && !h.Framework.Buffered()
	switch {
	case s.StatusSet && len(s.Status) > 0:
		f.Kind = inf.statusKind(h, sig, slices.DeleteFunc(slices.Clone(s.Status), func(e *Event) bool { return exempt[e] }), f)
		if f.Kind == 0 {
			return nil
		}
		// A helper that sends the header on every path and writes a body on
		// some (if v != nil { json.NewEncoder(w).Encode(v) }) has answered
		// too: nothing its caller writes after it changes the status.
		f.Complete = h.flow.must(func(e *Event) bool { return e.Completes() || exempt[e] })[entry] || f.Writes ||
			f.Commits && slices.ContainsFunc(h.Events, func(e *Event) bool { return e.Reached && e.WritesBody() })
		f.Redirect, f.Returned = true, true
		for _, e := range s.Status {
			f.Redirect = f.Redirect && e.Sink.Redirect
			f.Returned = f.Returned && e.Sink.Returned
		}
		if f.Returned {
			f.Resp, f.Commits = httpapi.None, false
		}
	case (!s.StatusMaySet || len(s.Status) > 0 && len(exempt) == len(s.Status)) && f.Writes:
		f.Kind = BodyWriter
	default:
		return inf.conditionalFact(h, sig, f) // writes on some paths only, or only headers
	}
	f.Body = inf.bodyParam(h, sig, exempt)
	f.Headers = slices.Sorted(slices.Values(s.Headers))
	return f
}

// conditionalFact summarises a helper that answers on the paths that return one
// result and leaves the response alone on the others: bool helpers
// (false: it aborted) and error helpers (non-nil: it wrote the error).
func (inf *inference) conditionalFact(h *Handler, sig *types.Signature, f *HelperFact) *HelperFact {
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
	if f.Kind = inf.statusKind(h, sig, wrote.Status, f); f.Kind == 0 {
		return nil
	}
	f.When = when
	if when != WhenError {
		f.Err = inf.errParam(h, sig, wrote.Guards)
	}
	// The other results write nothing, so every body write is on the
	// answering paths.
	f.Writes = slices.ContainsFunc(h.Events, func(e *Event) bool { return e.Reached && e.WritesBody() })
	f.Complete = f.Writes
	for _, e := range wrote.Status {
		f.Complete = f.Complete || e.Completes()
	}
	f.Commits = wrote.Sent && !h.Framework.Buffered()
	f.Body = inf.bodyParam(h, sig, nil)
	f.Headers = slices.Sorted(slices.Values(wrote.Headers))
	return f
}

// errParam returns the error parameter a guard on every answering path of
// a conditional helper says is not nil (if err != nil { ...; return true },
// if err == nil { return false }), when the helper never assigns it; else
// httpapi.None.
func (inf *inference) errParam(h *Handler, sig *types.Signature, guards []Guard) int {
	for _, g := range guards {
		bin, ok := ast.Unparen(g.Cond).(*ast.BinaryExpr)
		if !ok || g.Tag != nil || (bin.Op != token.NEQ && bin.Op != token.EQL) || (bin.Op == token.NEQ) != g.Holds {
			continue
		}
		x := bin.X
		if inf.idx.isNil(x) {
			x = bin.Y
		} else if !inf.idx.isNil(bin.Y) {
			continue
		}
		id, ok := ast.Unparen(x).(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := inf.idx.info.Uses[id].(*types.Var)
		if i := paramIndex(sig, v); ok && i >= 0 && types.Identical(v.Type(), errorType0) && !assigns(inf.idx.info, h.Node, v) {
			return i
		}
	}
	return httpapi.None
}

// assigns reports whether v is assigned, or its address taken, inside n.
func assigns(info *types.Info, n ast.Node, v *types.Var) bool {
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			found = found || slices.ContainsFunc(n.Lhs, is)
		case *ast.UnaryExpr:
			found = found || n.Op == token.AND && is(n.X)
		}
		return !found
	})
	return found
}

// statusKind decides how a helper's status is given: by one parameter, as
// one constant, or chosen inside.
func (inf *inference) statusKind(h *Handler, sig *types.Signature, status []*Event, f *HelperFact) HelperKind {
	param, fixed := -1, -1
	for _, e := range status {
		switch {
		case e.Sink.Chooses || (e.StatusExpr == nil && !e.Const):
			return ChoosesStatus
		case e.Const && (fixed == -1 || fixed == e.Status) && param == -1:
			fixed = e.Status
		case !e.Const && fixed == -1:
			i := inf.idx.paramOf(sig, e.StatusExpr)
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

// bodyParam returns the parameter every body write writes, if there is
// one; the writes of exempt events (a failure's own answer) do not count.
func (inf *inference) bodyParam(h *Handler, sig *types.Signature, exempt map[*Event]bool) int {
	body := httpapi.None
	for _, e := range h.Events {
		if e.Kind != Render && e.Kind != BodyOnly || exempt[e] {
			continue
		}
		if e.Sink.Body < 0 || e.Sink.Body >= len(e.Call.Args) {
			return httpapi.None
		}
		i := inf.idx.paramOf(sig, e.Call.Args[e.Sink.Body])
		if i < 0 || (body != httpapi.None && body != i) {
			return httpapi.None
		}
		body = i
	}
	return body
}

// onErrorBranch reports whether an error test holds on every path to e
// (err != nil, for an err some call of the function assigned).
func (inf *inference) onErrorBranch(e *Event) bool {
	before := e.Before
	for _, g := range before.Guards {
		if call, nonNil := inf.idx.guardError(&before, g); call != nil && nonNil == g.Holds {
			return true
		}
	}
	return false
}

// errorConstructor summarises a function whose every return returns an
// error a framework answers with (echo.NewHTTPError, fiber.NewError, or
// another constructor), all with the same status or the same parameter.
func (inf *inference) errorConstructor(d *ast.FuncDecl, sig *types.Signature) *HelperFact {
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
			if code := inf.values.statusFieldOf(n.Results[0]); code != nil {
				// &apiError{Code: http.StatusConflict}: a status field's literal
				g := &HelperFact{Resp: httpapi.None, Status: httpapi.None, Body: httpapi.None, Err: httpapi.None, Complete: true, Returned: true}
				if v, isConst := inf.idx.intValue(code); isConst {
					g.Kind, g.Fixed = FixedStatus, v
				} else if i := inf.idx.paramOf(sig, code); i >= 0 {
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
			sink, found := inf.sinkOf(call)
			if !found || !sink.Returned {
				ok = false
				return false
			}
			g := &HelperFact{Resp: httpapi.None, Status: httpapi.None, Body: httpapi.None, Err: httpapi.None, Writes: sink.Writes, Complete: true, Returned: true}
			switch {
			case sink.Status == httpapi.None:
				g.Kind, g.Fixed = FixedStatus, sink.Fixed
			case sink.Status < len(call.Args):
				if code, isConst := inf.idx.intValue(call.Args[sink.Status]); isConst {
					g.Kind, g.Fixed = FixedStatus, code
				} else if i := inf.idx.paramOf(sig, call.Args[sink.Status]); i >= 0 {
					g.Kind, g.Status = StatusWrapper, i
				}
			}
			if sink.Body >= 0 && sink.Body < len(call.Args) {
				g.Body = inf.idx.paramOf(sig, call.Args[sink.Body])
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

// handlerFact summarises the handlers hs for another package's routes.
// Handlers with routes of their own are left out: their guards' methods
// are already narrowed by those routes. errorOf, when not nil, gives the
// error an error status answers.
func (inf *inference) handlerFact(name string, hs []*Handler, errorOf func(*Event) ErrorOrigin) *HandlerFact {
	f := &HandlerFact{Name: name, Complete: true}
	for _, h := range hs {
		if len(h.Routes) > 0 {
			return nil
		}
		inf.flow.once(h)
		a := answersOf(h, nil)
		f.Complete = f.Complete && !a.Unknown
		f.Answers = append(f.Answers, a.Statuses()...)
		for _, op := range h.Docs {
			for _, r := range op.Responses {
				if r.Specific() && r.Pos.IsValid() {
					p := inf.pass.Fset.Position(r.Pos)
					f.Documented = append(f.Documented, DocumentedStatus{Status: r.Code, File: p.Filename, Line: p.Line, Col: p.Column})
				}
			}
		}
		for _, e := range h.Events {
			if !e.SetsStatus() || !e.Const || !e.Reached || e.Before.Sent || e.Informational() {
				continue
			}
			p := inf.pass.Fset.Position(e.Call.Pos())
			if e.StatusExpr != nil {
				p = inf.pass.Fset.Position(e.StatusExpr.Pos())
			}
			st := StatusFact{
				Status: e.Status, Methods: e.Before.Methods, WritesBody: e.WritesBody(), BodyMayFollow: e.BodyMayFollow(),
				EmptyBody: !e.Before.Unknown && !e.WritesBody() && !e.BodyMayFollow() && !e.ExplicitEmpty() && !inf.idx.htmx,
				Location:  e.HeaderSetFor("Location"),
				File:      p.Filename, Line: p.Line, Col: p.Column,
			}
			if errorOf != nil && e.Status >= 400 {
				st.Error = errorOf(e)
			}
			f.Statuses = append(f.Statuses, st)
		}
	}
	if len(f.Statuses) == 0 && len(f.Documented) == 0 {
		return nil
	}
	slices.Sort(f.Answers)
	f.Answers = slices.Compact(f.Answers)
	return f
}

var (
	errorType0 = types.Universe.Lookup("error").Type()
	errorType  = errorType0.Underlying().(*types.Interface)
)

func isIOWriter(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "io" && n.Obj().Name() == "Writer"
}

func paramIndex(sig *types.Signature, v *types.Var) int {
	for i := range sig.Params().Len() {
		if sig.Params().At(i) == v {
			return i
		}
	}
	return -1
}
