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
	var a Answers
	for _, e := range h.Events {
		if !e.Reached {
			continue
		}
		switch {
		case e.Kind == Opaque && !e.Next:
			a.Unknown = true
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
	if fl := h.flow; fl != nil && fl.exitKnown {
		if fl.exit.Unknown {
			a.Unknown = true
		}
		exit, ok := fl.exit, true
		if h.Results {
			// only the ways out returning nil: a returned error is answered
			// by the framework (returnsUnknownError)
			exit, ok = fl.exitBy[Always]
		}
		if ok && !exit.StatusSet && !a.Has(200) {
			a.List = append(a.List, Answer{Status: 200, Implicit: true})
		}
	} else if h.flow == nil {
		a.Unknown = true
	}
	if h.Results && !h.StatusResult && m.returnsUnknownError(h) {
		a.Unknown = true
	}
	return a
}

// returnsUnknownError reports whether h returns an error that is neither
// nil nor an event's result: its status is the framework's (or an error
// handler's) to choose.
func (m *Model) returnsUnknownError(h *Handler) bool {
	body := h.Body()
	if body == nil {
		return false
	}
	unknown := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // another function's returns
		case *ast.ReturnStmt:
			if len(n.Results) == 0 {
				return false
			}
			r := ast.Unparen(n.Results[len(n.Results)-1])
			if id, ok := r.(*ast.Ident); ok && id.Name == "nil" {
				return false
			}
			if call, ok := r.(*ast.CallExpr); ok && m.Events[call] != nil {
				return false
			}
			unknown = true
		}
		return true
	})
	return unknown
}
