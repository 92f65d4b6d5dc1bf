package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// MethodGuardStatus reports a method guard answered with a code other than 405.
var MethodGuardStatus = Rule{
	ID:    "method-guard-status",
	Group: Default,
	Title: "a method guard answered with a code other than 405",
	Doc: "A method guard answered with a code other than 405: the branch is reached\n" +
		"only by methods the handler answers nowhere else with success.\n" +
		"\n" +
		"Also `switch r.Method { ...; default: w.WriteHeader(404) }`, gin\n" +
		"`c.Request.Method`, echo `c.Request().Method`, fiber `c.Method()`. Only 4xx\n" +
		"answers are checked (501 Not Implemented for a method the server does not\n" +
		"know is fine), and a branch that a method the handler also serves may reach\n" +
		"is not a method guard.",
	Wrong: `
if r.Method != http.MethodPost {
	http.Error(w, "POST only", http.StatusBadRequest) // wrong: 405
	return
}
`,
	Right: `
if r.Method != http.MethodPost {
	w.Header().Set("Allow", http.MethodPost)
	http.Error(w, "POST only", http.StatusMethodNotAllowed)
	return
}
`,
	Basis: "seed 405; RFC 9110 §15.5.6",
	Fix:   "replaces the status with 405",
	Run:   runMethodGuardStatus,
}

func runMethodGuardStatus(c *Context) {
	for _, h := range c.Model.Handlers {
		accepted := acceptedMethods(h)
		for _, e := range h.Events {
			if !e.Reached || !e.SetsStatus() || !e.Const || e.Before.Sent || e.Status < 400 || e.Status > 499 {
				continue
			}
			if e.Status == 405 || e.Status == 501 || !e.Before.Methods.Known() || !guardedByMethod(e) {
				continue
			}
			if accepted == 0 || e.Before.Methods&accepted != 0 {
				continue // a method the handler also serves may reach here: not a method guard
			}
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 405), nil,
				"%s rejects %s; the handler serves only %s, and a wrong method is 405 Method Not Allowed",
				httpapi.Describe(e.Status), e.Before.Methods.Display(), accepted.Display())
		}
	}
}

// acceptedMethods are the methods that may reach a success (2xx or 3xx)
// answer: a status below 400, a body written with such a status in effect,
// or the response handed to code we cannot see (it may answer with success).
func acceptedMethods(h *model.Handler) httpapi.Methods {
	var m httpapi.Methods
	for _, e := range h.Events {
		if !e.Reached {
			continue
		}
		switch {
		case e.Kind == model.Opaque:
			m |= e.Before.Methods
		case e.SetsStatus() && (!e.Const || e.Status < 400):
			m |= e.Before.Methods
		case e.Kind == model.BodyOnly:
			if code, _, ok := e.Before.Effective(); !ok || code < 400 {
				m |= e.Before.Methods
			}
		}
	}
	return m
}

// guardedByMethod reports whether a condition on the event's path tests the request method.
func guardedByMethod(e *model.Event) bool {
	return e.Before.Methods != e.Handler.Methods
}
