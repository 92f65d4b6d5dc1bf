package rules

import (
	"fmt"

	"golang.org/x/tools/go/analysis"

	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// errorStatus is the shape shared by the rules that compare a status with
// the class of the error its branch answers: a class, the statuses that are
// wrong for it, and the status the table calls for.
type errorStatus struct {
	class  classify.Class
	wrong  func(code int) bool
	want   func(code int) int
	reason string // what the table says, after "; "
	// also is a second class reported like class (None: only class).
	also classify.Class
	// reasons replaces reason for some wrong codes (a 401 is not a
	// "server failure").
	reasons map[int]string
	// skipMethods: stay quiet when the request's methods are known and all
	// in this set. The method then decides the verdict: a handler with no
	// route here and no method guard is left to the package that registers
	// it, which checks its summary with the route's methods.
	skipMethods httpapi.Methods
}

func (r errorStatus) run(c *Context) {
	c.statuses(func(e *model.Event) {
		if !r.wrong(e.Status) || (r.skipMethods != 0 && (unregistered(e) || r.skipped(e.Before.Methods))) {
			return
		}
		ev, ok := c.Classify.ErrorOf(e)
		if !ok || !r.matches(ev.Class) {
			return
		}
		want := r.want(e.Status)
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, want), evidenceAt(c, ev),
			"%s answers %s in %s; %s, use %s",
			httpapi.Describe(e.Status), describeError(ev), where(e), r.reasonFor(e.Status), httpapi.Describe(want))
	})
	if r.skipMethods == 0 {
		return // the method does not decide: the handler's own package reports
	}
	c.remote(func(st model.StatusFact, methods httpapi.Methods) bool {
		return r.wrong(st.Status) && r.matches(classify.Class(st.Error.Class)) && methods.Known() && !r.skipped(methods)
	}, func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		ev := classify.Evidence{Class: classify.Class(st.Error.Class), What: st.Error.What}
		want := r.want(st.Status)
		c.reportRemote(rr, st, "%s answers %s in %s, registered here; %s, use %s",
			httpapi.Describe(st.Status), describeError(ev), remoteRoute(rr, methods), r.reasonFor(st.Status), httpapi.Describe(want))
	})
}

// matches reports whether the rule is about errors of this class.
func (r errorStatus) matches(cl classify.Class) bool {
	return cl != classify.None && (cl == r.class || cl == r.also)
}

// reasonFor is what the table says about a wrong code.
func (r errorStatus) reasonFor(code int) string {
	if s, ok := r.reasons[code]; ok {
		return s
	}
	return r.reason
}

// skipped reports whether the rule is quiet for a request of these methods.
func (r errorStatus) skipped(m httpapi.Methods) bool {
	return r.skipMethods != 0 && m.Known() && m.Within(r.skipMethods)
}

// requestError returns the evidence that e answers an error the request
// caused in reading it: decoding (a malformed body, a bad path or query
// value), binding (gin's ShouldBind*) or validating it. A 401 or 403 there
// is not about access.
func requestError(c *Context, e *model.Event) (classify.Evidence, bool) {
	ev, ok := c.Classify.ErrorOf(e)
	if !ok || (!ev.Class.ClientInput() && ev.Class != classify.Validate) {
		return classify.Evidence{}, false
	}
	return ev, true
}

// evidenceAt points at the evidence an error-class fact named in another
// function (the store's translation, predicate or function).
func evidenceAt(c *Context, ev classify.Evidence) []analysis.RelatedInformation {
	if ev.File == "" {
		return nil
	}
	pos := c.ForeignPos(ev.File, ev.Line, ev.Col)
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: pos, End: pos, Message: "the error's class: " + ev.What}}
}

func describeError(ev classify.Evidence) string {
	switch ev.Class {
	case classify.Decode:
		return fmt.Sprintf("a request that could not be read (the error comes from %s)", ev.What)
	case classify.Validate:
		return fmt.Sprintf("a request that failed validation (the error comes from %s)", ev.What)
	case classify.NotFound:
		return fmt.Sprintf("a not-found error (%s)", ev.What)
	case classify.Conflict:
		return fmt.Sprintf("a duplicate (%s)", ev.What)
	case classify.Server:
		return fmt.Sprintf("a server failure (the error comes from %s)", ev.What)
	case classify.Input:
		return fmt.Sprintf("a request its binder rejected (the error comes from %s: malformed input or a failed binding tag)", ev.What)
	}
	return "an error"
}

func is5xx(code int) bool { return code >= 500 && code <= 599 }

func always(code int) func(int) int { return func(int) int { return code } }
