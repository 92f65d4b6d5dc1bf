package rules

import "github.com/statuslint/statuslint/internal/classify"

// ClientErrorStatus reports a 5xx for an error the request caused.
var ClientErrorStatus = Rule{
	ID:    "client-error-status",
	Group: Default,
	Title: "a 5xx for an error the request caused",
	Doc: "A 5xx for an error the request caused: decoding its body\n" +
		"(`json.NewDecoder(r.Body).Decode`, `json.Unmarshal` of the body, echo\n" +
		"`c.Bind`, fiber `c.BodyParser`, chi `render.DecodeJSON`/`render.Bind`),\n" +
		"parsing a path, query or form value (`strconv.Atoi(r.PathValue(\"id\"))`,\n" +
		"`uuid.Parse(c.Params(\"id\"))`, `r.ParseForm()`). Only calls whose input\n" +
		"comes from the request count: decoding an upstream service's response and\n" +
		"answering 502 or 500 is right.",
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
		wrong:  is5xx,
		want:   always(400),
		reason: "the client sent it, which is 400 Bad Request, not a server failure",
	}.run,
}
