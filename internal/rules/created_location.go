package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// CreatedLocation reports 201 to a POST without Location.
var CreatedLocation = Rule{
	ID:    "created-location",
	Group: Strict,
	Title: "201 to a POST without Location",
	Doc: "A 201 answering a POST with no `Location` header set on any path to it (RFC\n" +
		"9110 §9.3.3, §15.3.2): the client is not told where the new resource is. A\n" +
		"PUT creates the resource at its own URI and needs none. With fiber, a\n" +
		"`Location` set anywhere in the handler counts. A route registered here for a\n" +
		"handler of another package is checked at the registration, against the\n" +
		"handler's summary.",
	Wrong: `
w.WriteHeader(http.StatusCreated) // wrong: where is the new book?
json.NewEncoder(w).Encode(book)
`,
	Right: `
w.Header().Set("Location", "/books/"+id)
w.WriteHeader(http.StatusCreated)
json.NewEncoder(w).Encode(book)
`,
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
	c.remote(func(st model.StatusFact, methods httpapi.Methods) bool {
		return st.Status == 201 && methods == httpapi.POST && !st.Location
	}, func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		c.reportRemote(rr, st, "201 Created answers %s, registered here, with no Location header; tell the client where the new resource is",
			remoteRoute(rr, methods))
	})
}
