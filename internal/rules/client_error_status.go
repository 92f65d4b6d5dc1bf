package rules

import "github.com/statuslint/statuslint/internal/classify"

// ClientErrorStatus reports a 5xx, 401 or 403 for a request that could not be read.
var ClientErrorStatus = Rule{
	ID:    "client-error-status",
	Group: Default,
	Title: "a 5xx, 401 or 403 for a request that could not be read",
	Doc: "A 5xx for an error the request caused: decoding its body\n" +
		"(`json.NewDecoder(r.Body).Decode`, `json.Unmarshal` of the body, echo\n" +
		"`c.Bind` and `DefaultBinder`'s `BindBody`/`BindQueryParams`/\n" +
		"`BindPathParams` (v5: `echo.BindBody`, ...), fiber `c.BodyParser`, chi\n" +
		"`render.DecodeJSON`/`render.Bind`, `r.FormFile`, `r.ParseMultipartForm`),\n" +
		"parsing a path, query or form value (`strconv.Atoi(r.PathValue(\"id\"))`,\n" +
		"`uuid.Parse(c.Params(\"id\"))`, `r.ParseForm()`), or gin's `ShouldBind*`\n" +
		"family (`ShouldBindJSON`, `ShouldBindQuery`, `ShouldBindUri`,\n" +
		"`ShouldBindWith`, ...), which fails for malformed input or a failed\n" +
		"`binding:` tag: the client's error either way. Only calls whose input\n" +
		"comes from the request count: decoding an upstream service's response and\n" +
		"answering 502 or 500 is right.\n" +
		"\n" +
		"A 401 or 403 for such an error is wrong too: the request could not be\n" +
		"read, which says nothing about credentials or permissions (400). The\n" +
		"reverse, a server failure answered with a 4xx, is `server-error-status`.",
	Wrong: `
id, err := uuid.Parse(c.Params("id"))
if err != nil {
	return c.Status(fiber.StatusInternalServerError).JSON(errBody(err)) // wrong: 400
}
`,
	Right: `
id, err := uuid.Parse(c.Params("id"))
if err != nil {
	return c.Status(fiber.StatusBadRequest).JSON(errBody(err))
}
`,
	Basis: "seed 400/500",
	Fix:   "replaces the status with 400",
	Run: errorStatus{
		class:  classify.Decode,
		also:   classify.Input,
		wrong:  func(code int) bool { return is5xx(code) || code == 401 || code == 403 },
		want:   always(400),
		reason: "the client sent it, which is 400 Bad Request, not a server failure",
		reasons: map[int]string{
			401: "the client sent it, which is 400 Bad Request, not missing credentials",
			403: "the client sent it, which is 400 Bad Request, not a permission denial",
		},
	}.run,
}
