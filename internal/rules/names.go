package rules

import (
	"go/ast"
	"go/types"

	"github.com/statuslint/statuslint/internal/model"
)

// callName renders a call's function the way the user wrote it: "http.Error", "c.JSON".
func callName(c *Context, e *model.Event) string {
	return types.ExprString(ast.Unparen(e.Call.Fun))
}
