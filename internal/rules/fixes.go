package rules

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// ReplaceStatus returns a fix that writes code in place of a status
// expression, in the user's style: a literal stays a literal, a constant
// keeps its qualifier (http, an alias of it, fiber). A status held in a
// variable gets no fix: the edit would belong at its definition.
func (c *Context) ReplaceStatus(e ast.Expr, code int) *analysis.SuggestedFix {
	if e == nil {
		return nil
	}
	text, ok := c.statusText(e, code)
	if !ok {
		return nil
	}
	return &analysis.SuggestedFix{
		Message:   fmt.Sprintf("Replace %s with %s", c.source(e), text),
		TextEdits: []analysis.TextEdit{{Pos: e.Pos(), End: e.End(), NewText: []byte(text)}},
	}
}

func (c *Context) statusText(e ast.Expr, code int) (string, bool) {
	name, named := httpapi.StatusConstName(code)
	switch e := ast.Unparen(e).(type) {
	case *ast.BasicLit:
		if e.Kind == token.INT {
			return strconv.Itoa(code), true
		}
	case *ast.SelectorExpr:
		pkgID, ok := e.X.(*ast.Ident)
		if !ok || !named {
			return "", false
		}
		if _, ok := c.Pass.TypesInfo.Uses[pkgID].(*types.PkgName); ok && strings.HasPrefix(e.Sel.Name, "Status") {
			return pkgID.Name + "." + name, true
		}
	case *ast.Ident:
		obj, ok := c.Pass.TypesInfo.Uses[e].(*types.Const)
		if !ok {
			return "", false // a variable: fix its definition by hand
		}
		if named && obj.Pkg() != nil && obj.Pkg() != c.Pass.Pkg && strings.HasPrefix(e.Name, "Status") {
			return name, true // a dot import
		}
		if qual := c.qualifierOf(obj, e); qual != "" && named {
			return qual + "." + name, true // const created = fiber.StatusCreated
		}
		return strconv.Itoa(code), true
	}
	return "", false
}

// qualifierOf returns, for a constant defined as pkg.StatusX, the name
// that package is imported under in the file of use; "" when the constant
// is defined otherwise or the package is not imported there.
func (c *Context) qualifierOf(obj *types.Const, use ast.Node) string {
	var path string
	for _, f := range c.Pass.Files {
		if f.FileStart > obj.Pos() || obj.Pos() >= f.FileEnd {
			continue
		}
		ast.Inspect(f, func(n ast.Node) bool {
			spec, ok := n.(*ast.ValueSpec)
			if !ok || path != "" {
				return path == ""
			}
			for i, id := range spec.Names {
				if c.Pass.TypesInfo.Defs[id] == obj && i < len(spec.Values) {
					if sel, ok := ast.Unparen(spec.Values[i]).(*ast.SelectorExpr); ok {
						if x, ok := sel.X.(*ast.Ident); ok {
							if pn, ok := c.Pass.TypesInfo.Uses[x].(*types.PkgName); ok {
								path = pn.Imported().Path()
							}
						}
					}
				}
			}
			return false
		})
	}
	if path == "" {
		return ""
	}
	for _, f := range c.Pass.Files {
		if f.FileStart <= use.Pos() && use.Pos() < f.FileEnd {
			for _, imp := range f.Imports {
				if strings.Trim(imp.Path.Value, `"`) != path {
					continue
				}
				if imp.Name != nil {
					return imp.Name.Name
				}
				if pn, ok := c.Pass.TypesInfo.Implicits[imp].(*types.PkgName); ok {
					return pn.Name()
				}
			}
		}
	}
	return ""
}

func (c *Context) source(n ast.Node) string {
	start := c.Pass.Fset.Position(n.Pos())
	end := c.Pass.Fset.Position(n.End())
	for _, f := range c.Pass.Files {
		if f.FileStart <= n.Pos() && n.Pos() < f.FileEnd {
			if tf := c.Pass.Fset.File(f.Pos()); tf != nil {
				if content, err := c.Pass.ReadFile(tf.Name()); err == nil && end.Offset <= len(content) {
					return string(content[start.Offset:end.Offset])
				}
			}
		}
	}
	return types.ExprString(n.(ast.Expr))
}

// InsertReturn returns a fix that ends the handler after a response: a
// "return" at the end of the response's block (after statements there that
// write nothing, such as logging or gin's c.Abort()), or "return " before
// the call when the handler returns the call's error (echo, fiber).
//
// None inside a closure a call runs (db.Transaction(func(tx) error {...})):
// a return there returns to the call, and the handler goes on.
func (c *Context) InsertReturn(e *model.Event) *analysis.SuggestedFix {
	if e.Stmt == nil || e.Closure != nil {
		return nil
	}
	results, ok := c.results(e.Handler)
	if !ok {
		return nil
	}
	errType := types.Universe.Lookup("error").Type()
	if results.Len() == 0 {
		after := c.lastQuietStmt(e)
		pos := c.lineEnd(after)
		return &analysis.SuggestedFix{
			Message:   "Add return after the response",
			TextEdits: []analysis.TextEdit{{Pos: pos, End: pos, NewText: []byte("\n" + c.indentOf(e.Stmt) + "return")}},
		}
	}
	if sig, ok := c.Pass.TypesInfo.TypeOf(e.Call.Fun).(*types.Signature); ok && sig.Results().Len() == 1 &&
		types.Identical(sig.Results().At(0).Type(), errType) && results.Len() == 1 && types.Identical(results.At(0).Type(), errType) {
		return &analysis.SuggestedFix{
			Message:   "Return the response's error",
			TextEdits: []analysis.TextEdit{{Pos: e.Stmt.Pos(), End: e.Stmt.Pos(), NewText: []byte("return ")}},
		}
	}
	return nil
}

// lastQuietStmt returns the last statement of the response's block when
// nothing after the response there touches the response or jumps; else the
// response's own statement.
func (c *Context) lastQuietStmt(e *model.Event) ast.Stmt {
	list := model.EnclosingList(e.Handler.Body(), e.Stmt)
	i := slices.Index(list, ast.Stmt(e.Stmt))
	if i < 0 {
		return e.Stmt
	}
	rest := list[i+1:]
	if len(rest) == 0 {
		return e.Stmt
	}
	for _, st := range rest {
		quiet := true
		ast.Inspect(st, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt, *ast.ReturnStmt:
				quiet = false
			case *ast.CallExpr:
				if c.Model.Events[n] != nil {
					quiet = false
				}
			}
			return quiet
		})
		if !quiet {
			return e.Stmt
		}
	}
	return rest[len(rest)-1]
}

// lineEnd is where a new line after n goes: the end of n's last line, past
// a trailing comment.
func (c *Context) lineEnd(n ast.Node) token.Pos {
	tf := c.Pass.Fset.File(n.End())
	if tf == nil {
		return n.End()
	}
	content, err := c.Pass.ReadFile(tf.Name())
	if err != nil {
		return n.End()
	}
	off := tf.Offset(n.End())
	rest := content[off:]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return n.End()
	}
	tail := strings.TrimSpace(string(rest[:nl]))
	if tail != "" && !strings.HasPrefix(tail, "//") {
		return n.End() // more code on the line
	}
	return tf.Pos(off + nl)
}

func (c *Context) indentOf(n ast.Node) string {
	pos := c.Pass.Fset.Position(n.Pos())
	tf := c.Pass.Fset.File(n.Pos())
	if tf == nil {
		return "\t"
	}
	content, err := c.Pass.ReadFile(tf.Name())
	if err != nil {
		return "\t"
	}
	lineStart := pos.Offset - (pos.Column - 1)
	if lineStart < 0 || pos.Offset > len(content) {
		return "\t"
	}
	prefix := string(content[lineStart:pos.Offset])
	return prefix[:len(prefix)-len(strings.TrimLeft(prefix, " \t"))]
}

// results returns the results h's function declares (a helper's
// pseudo-handler does not record them); ok is false when unknown.
func (c *Context) results(h *model.Handler) (*types.Tuple, bool) {
	var sig *types.Signature
	switch n := h.Node.(type) {
	case *ast.FuncDecl:
		if fn, ok := c.Pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			sig = fn.Signature()
		}
	case *ast.FuncLit:
		sig, _ = c.Pass.TypesInfo.TypeOf(n).(*types.Signature)
	}
	if sig == nil {
		return nil, false
	}
	return sig.Results(), true
}
