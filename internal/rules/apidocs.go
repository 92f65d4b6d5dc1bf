package rules

import (
	"fmt"
	"go/token"
	"path/filepath"
	"strings"

	"github.com/statuslint/statuslint/internal/apidoc"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
)

// docRef is one piece of documentation a handler's answers are checked
// against: an operation of its comments (swag, go-swagger), or the
// operation of an -openapi document matched to one of its routes.
type docRef struct {
	op     *apidoc.Operation
	method httpapi.Methods // the method it documents; 0 when the comment names none
	route  model.Route     // the matched route, for a document's operation
}

// docs returns the documentation of h that applies under methods (an
// event's Before.Methods): its comments' operations for those methods
// (all of them when a comment names no method), and each document's
// operation for each route of h and method of both.
func (c *Context) docs(h *model.Handler, methods httpapi.Methods) []docRef {
	var out []docRef
	for _, op := range h.Docs {
		m := httpapi.Methods(0)
		if op.Method != "" {
			m = httpapi.ParseMethod(op.Method)
			if methods.Known() && m&methods == 0 {
				continue // documents another method of the handler
			}
		}
		out = append(out, docRef{op: op, method: m})
	}
	return append(out, c.documentOps(h.Routes, methods)...)
}

// documentOps matches routes to the operations of the -openapi documents.
func (c *Context) documentOps(routes []model.Route, methods httpapi.Methods) []docRef {
	var out []docRef
	for _, doc := range c.Options.OpenAPI {
		for _, rt := range routes {
			if rt.Pattern == "" || !rt.Methods.Known() {
				continue
			}
			for _, m := range single(rt.Methods & methods) {
				if op := find(doc, m.String(), rt); op != nil {
					out = append(out, docRef{op: op, method: m, route: rt})
				}
			}
		}
	}
	return out
}

// find returns the operation of doc for a route's method: by its full
// path, or, when the route's prefix could not be read (Route.Partial), the
// one operation whose path ends with the route's.
func find(doc *apidoc.Document, method string, rt model.Route) *apidoc.Operation {
	if !rt.Partial {
		return doc.Find(method, rt.Pattern)
	}
	op, _ := doc.FindTail(method, rt.Pattern)
	return op
}

// single splits a method set into its methods, leaving out the HEAD a GET
// route implies and the methods no name spells.
func single(m httpapi.Methods) []httpapi.Methods {
	if m&httpapi.GET != 0 {
		m &^= httpapi.HEAD
	}
	var out []httpapi.Methods
	for bit := httpapi.Methods(1); bit != 0 && bit <= m; bit <<= 1 {
		if m&bit != 0 && bit != httpapi.Other {
			out = append(out, bit)
		}
	}
	return out
}

// describe names where an operation is documented: "its swag comment",
// "openapi.yaml (GET /pets/{id})".
func (d docRef) describe() string {
	op := d.op
	switch op.Source {
	case apidoc.OpenAPI:
		name := filepath.Base(op.File)
		if op.Line > 0 {
			name = fmt.Sprintf("%s:%d", name, op.Line)
		}
		return fmt.Sprintf("%s (%s %s)", name, strings.ToUpper(op.Method), op.Path)
	default:
		return "its " + op.Source.String() + " comment"
	}
}

// relatedDoc points at where an operation, or one response of it, is
// documented.
func (c *Context) relatedDoc(op *apidoc.Operation, msg string) []analysis.RelatedInformation {
	pos := op.Pos
	if op.Source == apidoc.OpenAPI {
		pos = token.NoPos
		if op.Line > 0 {
			pos = c.ForeignPos(op.File, op.Line, 1)
		}
	}
	if !pos.IsValid() {
		return nil
	}
	return []analysis.RelatedInformation{{Pos: pos, End: pos, Message: msg}}
}

// span is a position range standing for a node: a comment line, a
// registration.
type span struct{ pos, end token.Pos }

func (s span) Pos() token.Pos { return s.pos }
func (s span) End() token.Pos { return s.end }
