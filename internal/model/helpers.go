package model

import (
	"cmp"
	"go/ast"
	"go/token"
	"slices"
)

// Rules inside helpers: a function that is given a response without being
// a handler (writeError(w, err), respond(c, code, v)) is flowed like a
// handler when its fact is inferred (infer.go). Those flows are the
// model's Helpers, so the rules whose evidence is local to a function
// (a fall-through, a status after the header was sent) check the helper
// once, where the mistake is, rather than at each call site. A helper's
// methods are unknown (AllMethods): rules that depend on the method do not
// run on helpers.

// helpers returns the package's flowed helpers in source order (those in
// generated files too: the rules' Context reports nothing there).
func (b *builder) helpers() []*Handler {
	var out []*Handler
	seen := map[ast.Node]bool{}
	for _, h := range b.infer.flowed {
		if seen[h.Node] || b.idx.handlers[h.Node] != nil || h.flow == nil {
			continue
		}
		seen[h.Node] = true
		out = append(out, h)
	}
	slices.SortFunc(out, func(x, y *Handler) int { return cmp.Compare(x.Node.Pos(), y.Node.Pos()) })
	return out
}

// Helper reports whether h is a helper flowed like a handler (Model.Helpers),
// not a handler.
func (h *Handler) Helper() bool { return h.pseudo }

// Generated reports whether pos is in a generated file ("Code generated
// ... DO NOT EDIT."): oapi-codegen, ogen and go-swagger servers. Nothing
// is reported there, as golangci-lint does by default; facts are still
// inferred from them.
func (m *Model) Generated(fset *token.FileSet, pos token.Pos) bool {
	return m.generated[fset.File(pos)]
}

// markGenerated records the package's generated files.
func (b *builder) markGenerated() {
	b.model.generated = map[*token.File]bool{}
	for _, f := range b.pass.Files {
		if ast.IsGenerated(f) {
			b.model.generated[b.pass.Fset.File(f.Pos())] = true
		}
	}
}
