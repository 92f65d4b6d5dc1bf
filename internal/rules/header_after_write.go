package rules

import (
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// HeaderAfterWrite reports a header changed after the header was sent.
var HeaderAfterWrite = Rule{
	ID:    "header-after-write",
	Group: Default,
	Title: "a header changed after the header was sent",
	Doc: "A response header set, added or deleted after the header was sent on every\n" +
		"path: the change never reaches the client (`http.ResponseWriter.Header` docs).\n" +
		"\n" +
		"Right: set headers before `WriteHeader` or the first `Write`. Trailers are\n" +
		"exempt: keys announced in a `Trailer` header and keys with the\n" +
		"`http.TrailerPrefix` are meant to be set after the body. Fiber is exempt\n" +
		"(buffered).",
	Wrong: `
w.WriteHeader(http.StatusOK)
w.Header().Set("Content-Type", "application/json") // wrong: too late
`,
	Right: `
w.Header().Set("Content-Type", "application/json")
w.WriteHeader(http.StatusOK)
`,
	Basis: "net/http ResponseWriter.Header docs",
	Run:   runHeaderAfterWrite,

	Helpers: true, // the evidence is local to a function: helpers are checked too
}

func runHeaderAfterWrite(c *Context) {
	for _, h := range c.handlers() {
		if h.Framework.Buffered() {
			continue // fasthttp sends nothing before the handler returns
		}
		trailers := map[string]bool{}
		for _, e := range h.Events {
			if e.Kind == model.Header && strings.EqualFold(e.HeaderKey, "Trailer") {
				for _, k := range strings.Split(e.HeaderVal, ",") {
					trailers[strings.ToLower(strings.TrimSpace(k))] = true
				}
			}
		}
		for _, e := range h.Events {
			if !e.Reached || e.Kind != model.Header || !e.Before.Sent {
				continue
			}
			if e.HeaderKey == "" || httpapi.IsTrailerPrefix(e.HeaderKey) || trailers[strings.ToLower(e.HeaderKey)] {
				continue // unknown key, or a trailer, which is meant to be set late
			}
			c.Report(e.Call, nil, related(e.Before.SentBy, "the header is sent here"),
				"header %q is changed after the header was sent (%s); the change never reaches the client, set it before the status or the first body write",
				e.HeaderKey, sentBy(c, e.Before.SentBy))
		}
	}
}
