package rules

import (
	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
)

// ValidationStatus reports 400 for failed validation, 422 for malformed input.
var ValidationStatus = Rule{
	ID:    "validation-status",
	Group: Default,
	Title: "400 for failed validation, 422 for malformed input",
	Doc: "400 for a failed validation of well-formed input (go-playground/validator\n" +
		"`Struct`/`Var`/..., echo `c.Validate`, ozzo-validation, govalidator, a\n" +
		"`Validate() error` method on the decoded value, `errors.As(err,\n" +
		"&validator.ValidationErrors{})`): the seed table says 422 Unprocessable\n" +
		"Entity. And the reverse: 422 for a decode or syntax error, which is 400.\n" +
		"\n" +
		"422 is about request content (RFC 9110 §15.5.21), so it is suggested only\n" +
		"when the validated value was decoded from the body (json/xml decoding, fiber\n" +
		"`BodyParser`, gin `ShouldBindJSON`, chi `render.DecodeJSON`) or the route is\n" +
		"known to be POST, PUT or PATCH. Quiet: a path or query value validated on a\n" +
		"GET or DELETE, a value the server built itself, hand-written field checks\n" +
		"(`if req.Name == \"\" { 400 }`), and gin's `ShouldBind*`, which decodes and\n" +
		"validates in one call (its error is the client's either way: a 5xx, 401 or\n" +
		"403 for it is `client-error-status`'s). A route registered here for a\n" +
		"handler of another package is checked at the registration, against the\n" +
		"handler's summary and the route's methods.",
	Wrong: `
if err := validate.Struct(req); err != nil {
	http.Error(w, err.Error(), http.StatusBadRequest) // wrong: 422
	return
}
`,
	Right: `
if err := validate.Struct(req); err != nil {
	http.Error(w, err.Error(), http.StatusUnprocessableEntity)
	return
}
`,
	Basis: "seed 400/422; RFC 9110 §15.5.1, §15.5.21",
	Fix:   "replaces 400 with 422, or 422 with 400",
	Run:   runValidationStatus,
}

func runValidationStatus(c *Context) {
	c.statuses(func(e *model.Event) {
		if e.Status != 400 && e.Status != 422 {
			return
		}
		ev, ok := c.Classify.ErrorOf(e)
		if !ok {
			return
		}
		switch {
		case e.Status == 400 && ev.Class == classify.Validate && (ev.FromBody || hasContent(e)):
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 422), nil,
				"%s answers %s in %s; the input was well-formed but semantically wrong, which is 422 Unprocessable Entity",
				httpapi.Describe(400), describeError(ev), where(e))
		case e.Status == 422 && ev.Class == classify.Decode:
			c.Report(statusNode(e), c.ReplaceStatus(e.StatusExpr, 400), nil,
				"%s answers %s in %s; malformed syntax is 400 Bad Request, 422 is for well-formed input that fails validation",
				httpapi.Describe(422), describeError(ev), where(e))
		}
	})
	// A handler of another package validating a value not known to come
	// from the body: the route registered here may say the request has
	// content.
	c.remote(func(st model.StatusFact, methods httpapi.Methods) bool {
		return st.Status == 400 && classify.Class(st.Error.Class) == classify.Validate && (st.Error.FromBody || contentMethods(methods))
	}, func(rr *model.RemoteRoute, st model.StatusFact, methods httpapi.Methods) {
		ev := classify.Evidence{Class: classify.Validate, What: st.Error.What}
		c.reportRemote(rr, st, "%s answers %s in %s, registered here; the input was well-formed but semantically wrong, which is 422 Unprocessable Entity",
			httpapi.Describe(400), describeError(ev), remoteRoute(rr, methods))
	})
}

// hasContent reports whether the request is known to carry content: 422 is
// about request content (RFC 9110 §15.5.21), so a value validated from the
// path or query (c.Query, echo's c.Bind on a GET) is answered 400. Unless the
// value came from a body-only decoder, the route's method must say so.
func hasContent(e *model.Event) bool {
	return contentMethods(e.Before.Methods)
}

// contentMethods reports whether requests of these methods are known to
// carry content.
func contentMethods(m httpapi.Methods) bool {
	return m.Known() && m&(httpapi.POST|httpapi.PUT|httpapi.PATCH) != 0
}
