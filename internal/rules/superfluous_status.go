package rules

import (
	"fmt"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// SuperfluousStatus reports a status set after the header was sent.
var SuperfluousStatus = Rule{
	ID:    "superfluous-status",
	Group: Default,
	Title: "a status set after the header was sent",
	Doc: "A status set after the header was already sent on every path to it: a second\n" +
		"`WriteHeader`, a `WriteHeader` after the first body write (which sent an\n" +
		"implicit 200), echo's `c.JSON` after `c.NoContent`, or gin's `c.JSON(400, …)`\n" +
		"after a failed `c.Bind*` (gin's `Bind` already answered 400 itself). The code\n" +
		"never reaches the client; net/http logs \"superfluous response.WriteHeader\n" +
		"call\".\n" +
		"\n" +
		"That includes the error branch of a raw write: `w.Write`, `fmt.Fprint*(w, …)`,\n" +
		"`io.WriteString(w, …)`, `buf.WriteTo(w)`, gin's `c.Writer.Write` and echo's\n" +
		"`c.Response().Write` send the header (200 unless a status was set) before\n" +
		"anything can fail, so in `if _, err := w.Write(b); err != nil { http.Error(w,\n" +
		"…, 500) }` the 500 never arrives and the message lands in the body. The\n" +
		"connection is most likely gone: log the error and return.\n" +
		"\n" +
		"Right: set the status before the body; with gin, use `c.ShouldBindJSON` when\n" +
		"you answer the error yourself. Quiet where the header may not have been sent:\n" +
		"in the error branch of an encoder or a template (`if err := enc.Encode(v); err\n" +
		"!= nil { http.Error(...) }` — `Encode` fails before writing) or of `io.Copy`\n" +
		"(its error may come from the source before the first write), with gin's\n" +
		"`c.Status` (it only stores the code until the body is written), for gin\n" +
		"repeating the code it already sent with no body, with chi's `render.Status`\n" +
		"(it keeps the code in the request's context for the next render), and with\n" +
		"fiber (fasthttp buffers the whole response).",
	Wrong: `
json.NewEncoder(w).Encode(book) // sends 200 OK
w.WriteHeader(http.StatusCreated) // wrong: too late

if err := c.BindJSON(&in); err != nil {
	c.JSON(http.StatusUnprocessableEntity, gin.H{"error": err.Error()}) // wrong: gin sent 400 already
	return
}

if _, err := w.Write(b); err != nil {
	http.Error(w, err.Error(), http.StatusInternalServerError) // wrong: w.Write sent 200 already
}
`,
	Right: `
w.WriteHeader(http.StatusCreated)
json.NewEncoder(w).Encode(book)

if err := c.ShouldBindJSON(&in); err != nil {
	c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
	return
}

if _, err := w.Write(b); err != nil {
	log.Printf("write response: %v", err) // the connection is most likely gone
}
`,
	Basis: `net/http "superfluous response.WriteHeader call"`,
	Run:   runSuperfluousStatus,

	Helpers: true, // the evidence is local to a function: helpers are checked too
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
		if w := failedWrite(c, e); w != nil {
			lands := ""
			if e.WritesBody() && !e.Sink.Returned { // echo's error handler writes nothing once committed
				lands = " and its text lands in the body"
			}
			c.Report(statusNode(e), nil, related(e.Before.SentBy, "the header is sent here"),
				"%s is set after the header was already sent (%s): %s sends the header before it can fail, so the code never reaches the client%s; the connection is most likely gone: log the error and return",
				code, sentBy(c, e.Before.SentBy), callName(c, w), lands)
			return
		}
		c.Report(statusNode(e), nil, related(e.Before.SentBy, "the header is sent here"),
			"%s is set after the header was already sent (%s); the code never reaches the client", code, sentBy(c, e.Before.SentBy))
	})
}

// failedWrite returns the raw write whose error the branch of e tests, when
// that write sends the header before it can fail (w.Write, fmt.Fprintf(w, …)):
// if _, err := w.Write(b); err != nil { http.Error(w, …, 500) }.
func failedWrite(c *Context, e *model.Event) *model.Event {
	v, inErr := c.Classify.InErrorBranch(e)
	if !inErr || v == nil {
		return nil
	}
	origin := e.Before.Origin(v)
	for _, w := range e.Handler.Events { // a helper's events are not the model's
		if origin != nil && w.Call == origin && w.Sink.SendsFirst && w.WritesBody() && w.Commits {
			return w
		}
	}
	return nil
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
