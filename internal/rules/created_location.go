package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// CreatedLocation reports a 201 answering a POST with no Location header
// set on any path to it (RFC 9110 §9.3.3, §15.3.2). A PUT creates the
// resource at its own URI, so it needs none.
var CreatedLocation = Rule{
	ID:    "created-location",
	Group: Strict,
	Title: "201 to a POST without Location",
	Basis: "RFC 9110 §9.3.3, §15.3.2",
	Run:   runCreatedLocation,
}

func runCreatedLocation(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status == 201 && e.Before.Methods == httpapi.POST && !e.HeaderSetFor("Location") {
			c.Report(statusNode(e), nil, nil,
				"201 Created answers %s with no Location header; tell the client where the new resource is", where(e))
		}
	})
	c.remote(func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		if st.Status == 201 && methods == httpapi.POST && !st.Location {
			c.reportRemote(rr, st, "201 Created answers %s, registered here, with no Location header; tell the client where the new resource is",
				remoteRoute(rr, methods))
		}
	})
}
