package rules

import (
	"fmt"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// MethodStatus reports a status the handler's method should not answer with.
var MethodStatus = Rule{
	ID:    "method-status",
	Group: Default,
	Title: "a status the handler's method should not answer with",
	Doc: "A status the request's method should not be answered with. The matrix is\n" +
		"configurable with `-method-status.allow`; by default 201 Created is for POST\n" +
		"and PUT (seed table: \"successful creation of a new resource\"; RFC 9110 §9.3.3,\n" +
		"§9.3.4), 304 Not Modified for GET and HEAD (§15.4.5), 409 Conflict and 415\n" +
		"Unsupported Media Type for requests that change state.\n" +
		"\n" +
		"A PUT answering 201 is fine: it may create the resource at its own URI. Only\n" +
		"201 gets a fix: 200 OK, or 204 No Content for a DELETE with nothing written\n" +
		"after it. A route registered here for a handler of another package is\n" +
		"checked at the registration, against the handler's summary.",
	Wrong: `
mux.HandleFunc("GET /items/{id}", getItem)

func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusCreated) // wrong: nothing was created
	json.NewEncoder(w).Encode(item)
}
`,
	Right: `
mux.HandleFunc("GET /items/{id}", getItem)

func getItem(w http.ResponseWriter, r *http.Request) {
	w.WriteHeader(http.StatusOK) // or no WriteHeader at all
	json.NewEncoder(w).Encode(item)
}
`,
	Basis: "seed 201; RFC 9110 §9.3.3, §9.3.4, §15.4.5",
	Fix:   "replaces 201 with 200 (204 for an empty DELETE)",
	Run:   runMethodStatus,
}

var methodStatusMeaning = map[int]string{
	201: "a resource this request created",
	304: "a conditional GET or HEAD whose cached copy is still fresh",
	409: "a change that conflicts with the resource's current state",
	415: "a request body in a format the server does not accept",
}

func runMethodStatus(c *Context) {
	c.events(func(e *model.Event) {
		if !e.SetsStatus() || !e.Const || e.Before.Sent {
			return // no status of its own, or one that never reaches the client
		}
		allowed, ok := c.Options.MethodMatrix[e.Status]
		methods := e.Before.Methods
		if !ok || !methods.Known() || methods&allowed != 0 {
			return // not in the matrix, method unknown, or a method that may answer it
		}
		meaning := methodStatusMeaning[e.Status]
		if meaning == "" {
			meaning = "other requests"
		}
		msg := fmt.Sprintf("%s answers %s; %d is for %s (%s)",
			httpapi.Describe(e.Status), where(e), e.Status, meaning, allowed)
		if e.Status != 201 {
			c.Report(statusNode(e), nil, nil, "%s", msg)
			return
		}
		want := 200
		if methods == httpapi.DELETE && !e.WritesBody() && !e.BodyMayFollow() {
			want = 204
		}
		c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, want), nil, "%s, use %s", msg, httpapi.Describe(want))
	})
	// Routes registered here for handlers of other packages: checked at
	// the registration against the handler's summary.
	c.remote(func(st model.StatusFact, methods httpapi.Methods) bool {
		allowed, ok := c.Options.MethodMatrix[st.Status]
		return ok && methods.Known() && methods&allowed == 0
	}, func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		allowed := c.Options.MethodMatrix[st.Status]
		meaning := methodStatusMeaning[st.Status]
		if meaning == "" {
			meaning = "other requests"
		}
		msg := fmt.Sprintf("%s answers %s, registered here; %d is for %s (%s)",
			httpapi.Describe(st.Status), remoteRoute(rr, methods), st.Status, meaning, allowed)
		if st.Status == 201 {
			want := 200
			if methods == httpapi.DELETE && !st.WritesBody && !st.BodyMayFollow {
				want = 204
			}
			msg += ", use " + httpapi.Describe(want)
		}
		c.reportRemote(rr, st, "%s", msg)
	})
}
