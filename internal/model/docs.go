package model

import (
	"go/ast"
	"strings"

	"github.com/statuslint/statuslint/internal/apidoc"
)

// attachDocs gives each handler the operations its comments document
// (Handler.Docs): swag or go-swagger comments on the handler's
// declaration, on the function that returns it (a factory: func (h *H)
// Get() gin.HandlerFunc { return func(c *gin.Context) {...} }), or a
// go-swagger comment immediately above a statement that registers it.
// It reads comments only; a document given with -openapi is matched to
// routes by the rules.
func (b *builder) attachDocs(handlers []*Handler) {
	for _, f := range b.pass.Files {
		if strings.HasSuffix(b.pass.Fset.File(f.Pos()).Name(), "_test.go") {
			continue
		}
		var above map[int][]*apidoc.Operation // the line after a go-swagger comment → its operations
		for _, cg := range f.Comments {
			if !mayDocument(cg) {
				continue
			}
			if ops := apidoc.ParseGoSwagger(cg); len(ops) > 0 {
				if above == nil {
					above = map[int][]*apidoc.Operation{}
				}
				line := b.pass.Fset.Position(cg.End()).Line + 1
				above[line] = append(above[line], ops...)
			}
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Doc == nil || !mayDocument(fd.Doc) {
				continue
			}
			ops := append(apidoc.ParseSwag(fd.Doc), apidoc.ParseGoSwagger(fd.Doc)...)
			if len(ops) == 0 {
				continue
			}
			if h := documented(handlers, fd); h != nil {
				h.Docs = append(h.Docs, ops...)
			}
		}
		if above == nil {
			continue
		}
		for _, h := range handlers {
			for _, rt := range h.Routes {
				if !rt.Pos.IsValid() || b.pass.Fset.File(rt.Pos) != b.pass.Fset.File(f.Pos()) {
					continue
				}
				if ops := above[b.pass.Fset.Position(rt.Pos).Line]; len(ops) > 0 {
					h.Docs = append(h.Docs, ops...)
				}
			}
		}
	}
}

// documented returns the handler a function declaration's comment
// documents: the declaration itself, or the one handler literal inside it
// (a factory's).
func documented(handlers []*Handler, fd *ast.FuncDecl) *Handler {
	var inner *Handler
	for _, h := range handlers {
		if h.Node == fd {
			return h
		}
	}
	for _, h := range handlers {
		if lit, ok := h.Node.(*ast.FuncLit); ok && inside(lit, fd) {
			if inner != nil {
				return nil // two handlers: the comment names neither
			}
			inner = h
		}
	}
	return inner
}

func inside(n, outer ast.Node) bool { return outer.Pos() <= n.Pos() && n.End() <= outer.End() }

// mayDocument is a cheap test before a comment is parsed.
func mayDocument(cg *ast.CommentGroup) bool {
	for _, c := range cg.List {
		if strings.Contains(c.Text, "@") || strings.Contains(c.Text, "swagger:") {
			return true
		}
	}
	return false
}
