package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// NoContentBody reports a body with 204, 205 or 304.
var NoContentBody = Rule{
	ID:    "no-content-body",
	Group: Default,
	Title: "a body with 204, 205 or 304",
	Doc: "A body written with 204 No Content, 205 Reset Content or 304 Not Modified.\n" +
		"Those responses cannot carry one (RFC 9110 §15.3.5, §15.4.5): net/http returns\n" +
		"`http.ErrBodyNotAllowed` from the write, gin and fasthttp drop the body\n" +
		"silently, and the client never sees it.\n" +
		"\n" +
		"Right: 200 OK with the body, or the 204 with no body. The finding sits on the\n" +
		"status and the fix replaces it with 200, keeping the body. A render call\n" +
		"whose status comes after the header was sent is left to superfluous-status:\n" +
		"its status never reaches the client.",
	Wrong: `
w.WriteHeader(http.StatusNoContent)
json.NewEncoder(w).Encode(book) // wrong: the body is dropped

return c.JSON(http.StatusNoContent, p) // echo: same
`,
	Right: `
w.WriteHeader(http.StatusOK)
json.NewEncoder(w).Encode(book)

return c.NoContent(http.StatusNoContent) // echo: 204 with no body
`,
	Basis: "seed 204; RFC 9110 §15.3.5, §15.4.5",
	Fix:   "replaces the status with 200, keeping the body",
	Run:   runNoContentBody,

	Helpers: true, // the evidence is local to a function: helpers are checked too
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
