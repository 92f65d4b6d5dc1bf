package rules

import (
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// EmptyDeleteOK reports a DELETE answered 200 with no body.
var EmptyDeleteOK = Rule{
	ID:    "empty-delete-ok",
	Group: Default,
	Title: "a DELETE answered 200 with no body",
	Doc: "A DELETE answered 200 OK with nothing written after it on that path. The seed\n" +
		"table's 204 No Content is \"usually used after DELETE\": it says the same thing\n" +
		"without promising a body.\n" +
		"\n" +
		"Right: 204 No Content, or 200 with a body describing the deletion. A call\n" +
		"that hands the writer to code statuslint cannot see (`writeJSON(w, v)`)\n" +
		"counts as a possible body, so it stays quiet there. Also quiet: an explicitly\n" +
		"empty body (`c.String(http.StatusOK, \"\")`, a deliberate empty\n" +
		"representation), and packages that speak htmx (they name an `HX-*` header),\n" +
		"where an empty 200 is how a DELETE removes the element: htmx does not swap\n" +
		"on 204. A route registered here for a handler of another package is checked\n" +
		"at the registration, against the handler's summary.",
	Wrong: `
r.HandleFunc("/books/{id}", deleteBook).Methods("DELETE")

func deleteBook(w http.ResponseWriter, r *http.Request) {
	store.Delete(mux.Vars(r)["id"])
	w.WriteHeader(http.StatusOK) // wrong: use 204
}
`,
	Right: `
r.HandleFunc("/books/{id}", deleteBook).Methods("DELETE")

func deleteBook(w http.ResponseWriter, r *http.Request) {
	store.Delete(mux.Vars(r)["id"])
	w.WriteHeader(http.StatusNoContent)
}
`,
	Basis: "seed 204",
	Fix:   "replaces 200 with 204",
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
	c.remote(func(st model.StatusFact, methods httpapi.Methods) bool {
		return st.Status == 200 && st.EmptyBody && methods == httpapi.DELETE
	}, func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		c.reportRemote(rr, st, "200 OK with no body answers %s, registered here; a DELETE with nothing to return is 204 No Content",
			remoteRoute(rr, methods))
	})
}
