package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// NoContentBody reports a body sent with 204, 205 or 304, which cannot have
// one: net/http answers the write with ErrBodyNotAllowed, gin and fasthttp
// drop the body silently.
//
//	w.WriteHeader(http.StatusNoContent)
//	json.NewEncoder(w).Encode(item) // the client never sees item: use 200 OK
var NoContentBody = Rule{
	ID:    "no-content-body",
	Group: Default,
	Title: "a body with 204, 205 or 304",
	Basis: "seed 204; RFC 9110 §15.3.5, §15.4.5",
	Run:   runNoContentBody,
}

func runNoContentBody(c *Context) {
	reported := map[*model.Event]bool{}
	c.events(func(e *model.Event) {
		status := e
		switch {
		case e.Kind == model.Render && e.WritesBody() && e.Const:
			if e.Before.Sent {
				return // its status never reaches the client; superfluous-status says so
			}
		case e.Kind == model.BodyOnly && e.WritesBody():
			code, src, ok := e.Before.Effective()
			if !ok || src == nil || !src.Const || code != src.Status {
				return
			}
			status = src
		default:
			return
		}
		if !httpapi.NoContentStatus(status.Status) || reported[status] {
			return
		}
		reported[status] = true
		var rel []*model.Event
		if status != e {
			rel = []*model.Event{e}
		}
		c.Report(statusNode(status), c.ReplaceStatus(status.StatusExpr, 200),
			related(rel, "the body is written here"),
			"%s is sent with a body in %s; a %d response cannot carry one and the client never sees it, use 200 OK to keep the body",
			httpapi.Describe(status.Status), where(status), status.Status)
	})
}
