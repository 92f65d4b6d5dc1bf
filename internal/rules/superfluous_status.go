package rules

import (
	"fmt"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// SuperfluousStatus reports a status set after the header was already sent:
// a second WriteHeader, WriteHeader after the first body write, a gin c.Bind
// failure (which already answered 400) followed by c.JSON. The code never
// reaches the client; net/http logs "superfluous response.WriteHeader call".
var SuperfluousStatus = Rule{
	ID:    "superfluous-status",
	Group: Default,
	Title: "a status set after the header was sent",
	Basis: `net/http "superfluous response.WriteHeader call"`,
	Run:   runSuperfluousStatus,
}

func runSuperfluousStatus(c *Context) {
	c.events(func(e *model.Event) {
		if !e.SetsStatus() || !e.Before.Sent || e.Handler.Framework.Buffered() || e.Sink.ByRequest {
			return
		}
		if sameCodeNoBody(e) {
			return // gin keeps the code it sent and says nothing: harmless
		}
		code := "the status"
		if e.Const {
			code = httpapi.Describe(e.Status)
		}
		c.Report(statusNode(e), nil, related(e.Before.SentBy, "the header is sent here"),
			"%s is set after the header was already sent (%s); the code never reaches the client", code, sentBy(c, e.Before.SentBy))
	})
}

// sentBy describes where the header was sent: "as 400 Bad Request by c.BindJSON at line 12".
func sentBy(c *Context, events []*model.Event) string {
	if len(events) != 1 {
		return "on every path to it"
	}
	s := events[0]
	what := "by " + callName(c, s) + " at " + c.Line(s.Call.Pos())
	if s.Kind == model.BodyOnly && !s.Sink.Chooses {
		if code, _, ok := s.Before.Effective(); ok {
			return fmt.Sprintf("as %s %s", httpapi.Describe(code), what)
		}
		return what
	}
	if s.Const {
		return fmt.Sprintf("as %s %s", httpapi.Describe(s.Status), what)
	}
	return what
}

// sameCodeNoBody reports a gin status-only call repeating the code already
// sent (c.Status(200) after c.JSON(200, v)): gin neither warns nor changes anything.
func sameCodeNoBody(e *model.Event) bool {
	if e.Handler.Framework != httpapi.Gin || e.Kind != model.StatusOnly || !e.Const {
		return false
	}
	for _, s := range e.Before.SentBy {
		if !s.Const || s.Status != e.Status {
			return false
		}
	}
	return len(e.Before.SentBy) > 0
}
