package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// EmptyDeleteOK reports a DELETE answered 200 OK with no body on that path:
// 204 No Content says the same thing without promising a body. Quiet for an
// explicitly empty body (c.String(200, "")) and in packages that speak
// htmx, where an empty 200 is how a DELETE removes the element (htmx does
// not swap on 204).
//
//	w.WriteHeader(http.StatusOK) // in a DELETE handler, nothing written after: use 204
var EmptyDeleteOK = Rule{
	ID:    "empty-delete-ok",
	Group: Default,
	Title: "a DELETE answered 200 with no body",
	Basis: "seed 204",
	Run:   runEmptyDeleteOK,
}

func runEmptyDeleteOK(c *Context) {
	c.events(func(e *model.Event) {
		if !e.SetsStatus() || !e.Const || e.Status != 200 || e.Before.Sent || e.Before.Unknown {
			return
		}
		if e.Before.Methods != httpapi.DELETE || e.WritesBody() || e.BodyMayFollow() {
			return // not only DELETE, or a body (maybe) follows
		}
		if e.ExplicitEmpty() || c.Model.HTMX {
			return // a deliberate empty representation; htmx swaps only on 200
		}
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 204), nil,
			"200 OK with no body answers %s; a DELETE with nothing to return is 204 No Content", where(e))
	})
	c.remote(func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		if st.Status == 200 && st.EmptyBody && methods == httpapi.DELETE {
			c.reportRemote(rr, st, "200 OK with no body answers %s, registered here; a DELETE with nothing to return is 204 No Content",
				remoteRoute(rr, methods))
		}
	})
}
