package rules

import (
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
)

// InvalidStatus reports a constant status outside 100–599. net/http panics
// for codes outside 100–999; RFC 9110 §15 defines only 100–599.
var InvalidStatus = Rule{
	ID:    "invalid-status",
	Group: Default,
	Title: "a status outside 100–599",
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
