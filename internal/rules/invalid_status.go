package rules

import (
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// InvalidStatus reports a status outside 100–599.
var InvalidStatus = Rule{
	ID:    "invalid-status",
	Group: Default,
	Title: "a status outside 100–599",
	Doc: "A constant status outside 100–599, the range RFC 9110 §15 defines. net/http\n" +
		"panics on codes outside 100–999 (`checkWriteHeaderCode`); clients reject the\n" +
		"rest.",
	Wrong: `
return c.JSON(2000, stats) // wrong: a typo for 200
`,
	Right: `
return c.JSON(http.StatusOK, stats)
`,
	Basis: "RFC 9110 §15; net/http checkWriteHeaderCode",
	Run:   runInvalidStatus,
}

func runInvalidStatus(c *Context) {
	for _, call := range c.Model.Calls {
		if call.StatusExpr == nil || !call.Const || httpapi.ValidStatus(call.Status) {
			continue
		}
		consequence := "clients reject it"
		if (call.Status < 100 || call.Status > 999) && !strings.HasPrefix(call.Key, "github.com/gofiber/") {
			consequence = "net/http panics on it"
		}
		c.Report(call.StatusExpr, nil, nil, "%d is not an HTTP status code (RFC 9110 defines 100–599); %s", call.Status, consequence)
	}
}
