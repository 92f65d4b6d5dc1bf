package model

import (
	"go/ast"
	"slices"
)

// Answer is one constant status a handler can answer with.
type Answer struct {
	Status int
	// Event is the event that chooses it; nil for Implicit.
	Event *Event
	// Auto: the framework answers it itself when the call fails (gin's
	// c.Bind* → 400), not the handler's own code.
	Auto bool
	// Implicit: 200, sent because some way out of the handler chose no
	// status (a body written with none chosen, or nothing written).
	Implicit bool
}

// Answers is what a handler can answer: its constant statuses on the
// paths the flow reached, and whether that list is all of it.
type Answers struct {
	List []Answer
	// Unknown: some status is not a constant, the response is handed to
	// code statuslint cannot see, or the handler returns an error whose
	// status the framework decides (echo, fiber: return err).
	Unknown bool
}

// Has reports whether some answer is status.
func (a Answers) Has(status int) bool {
	return slices.ContainsFunc(a.List, func(x Answer) bool { return x.Status == status })
}

// Statuses lists the distinct constant statuses, sorted.
func (a Answers) Statuses() []int {
	var out []int
	for _, x := range a.List {
		out = append(out, x.Status)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Answers returns what h can answer: the statuses its reached events
// choose before the header is sent (a status chosen after it never reaches
// the client), gin's automatic 400 of a failed c.Bind*, and an implicit
// 200 where a way out chose no status. Events from the handler's
// middleware are not its own: see Route.ChainStatuses.
func (m *Model) Answers(h *Handler) Answers {
	// A route's handler that calls a handler value (Event.Next) hands its
	// response to code we cannot see: only middleware has a next handler.
	return answersOf(h, nil)
}

// answersOf is Answers; for a middleware, next says which Opaque events
// call the next handler: those answer nothing of the middleware's own, and
// a way out that chose no status is the next handler's to answer (gin's
// middleware goes on to it without calling c.Next).
func answersOf(h *Handler, next func(*Event) bool) Answers {
	var a Answers
	for _, e := range h.Events {
		if !e.Reached {
			continue
		}
		switch {
		case e.Kind == Opaque && next != nil && next(e):
		case e.Kind == Opaque, e.Kind == Async:
			a.Unknown = true // handed to code we cannot see, or to the background
		case e.Kind == Bind:
			a.List = append(a.List, Answer{Status: 400, Event: e, Auto: true})
		case e.SetsStatus() && !e.Before.Sent:
			if !e.Const {
				a.Unknown = true
				continue
			}
			if e.Informational() {
				continue // a 1xx before the final status
			}
			a.List = append(a.List, Answer{Status: e.Status, Event: e})
		case e.Kind == BodyOnly && e.Responds() && !e.Before.StatusMaySet && !e.Before.MaySent:
			a.List = append(a.List, Answer{Status: 200, Event: e, Implicit: true})
		}
	}
	fl := h.flow
	if fl == nil || !fl.exitKnown {
		a.Unknown = true
		return a
	}
	// fl.exit.Unknown comes from the Opaque events judged above: a
	// middleware's call of the next handler leaves it set.
	exit, ok := fl.exit, true
	if h.Results {
		// A way out returning an error that no event stands for (return
		// err) is answered by the framework or an error handler; a naked
		// return of named results cannot be read. Only the ways out
		// returning nil may answer an implicit 200.
		_, errs := fl.exitBy[WhenError]
		if errs || fl.exitBad && namedResults(h) {
			a.Unknown = true
		}
		exit, ok = fl.exitBy[Always]
	}
	if ok && !exit.StatusSet && !a.Has(200) && next == nil {
		a.List = append(a.List, Answer{Status: 200, Implicit: true})
	}
	return a
}

// namedResults reports a function whose results are named (so a naked
// return may return an error).
func namedResults(h *Handler) bool {
	var ft *ast.FuncType
	switch n := h.Node.(type) {
	case *ast.FuncDecl:
		ft = n.Type
	case *ast.FuncLit:
		ft = n.Type
	}
	return ft != nil && ft.Results != nil && len(ft.Results.List) > 0 && len(ft.Results.List[0].Names) > 0
}
