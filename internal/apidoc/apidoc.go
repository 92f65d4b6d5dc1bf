// Package apidoc reads what a team's API documentation declares about
// the statuses its operations answer: swaggo/swag comments, go-swagger
// route and operation comments, and OpenAPI 3.0/3.1 or Swagger 2.0
// documents (through kin-openapi). It knows nothing of the response
// model: the model attaches comment operations to handlers (docs.go)
// and the rules match document operations to routes by method and path.
package apidoc

import (
	"go/token"
	"strings"
)

// Source is where an operation's documentation comes from.
type Source uint8

const (
	Swag      Source = iota + 1 // swaggo/swag comments: @Success, @Failure, @Response, @Router
	GoSwagger                   // go-swagger: swagger:route / swagger:operation comments
	OpenAPI                     // an OpenAPI 3.x or Swagger 2.0 document
)

func (s Source) String() string {
	switch s {
	case Swag:
		return "swag"
	case GoSwagger:
		return "go-swagger"
	case OpenAPI:
		return "OpenAPI"
	}
	return "?"
}

// Response is one documented status: a code, a class of codes ("4XX")
// or "default".
type Response struct {
	Code    int  // 100..599; 0 for a class or default
	Class   int  // 1..5 for "1XX".."5XX"; 0 otherwise
	Default bool // "default": every status
	// Pos is the comment line that declares it (swag, go-swagger);
	// token.NoPos in a document, where Line is the line when known.
	Pos  token.Pos
	Line int
}

// Declares reports whether the response covers status code.
func (r Response) Declares(code int) bool {
	switch {
	case r.Default:
		return true
	case r.Class != 0:
		return code/100 == r.Class
	}
	return r.Code == code
}

// Specific says the response names one code (not a class, not default).
func (r Response) Specific() bool { return r.Code != 0 }

// Operation is one documented operation: a method and a path (either may
// be empty in comments that do not name them) and its responses.
type Operation struct {
	Source Source
	Method string // upper case; "" when not named
	Path   string // as documented; a document's paths carry its base path
	// RawPath is a document's path as written under "paths", without the
	// base path; "" for comments.
	RawPath   string
	ID        string // operationId, when named
	Responses []Response
	// Where the operation is documented: Pos for comments, File and Line
	// for documents (Line 0 when the parser gives none).
	Pos  token.Pos
	File string
	Line int
}

// Declares reports whether some response of the operation covers code.
func (op *Operation) Declares(code int) bool {
	for _, r := range op.Responses {
		if r.Declares(code) {
			return true
		}
	}
	return false
}

// NormalizePath is a path template in a form two spellings of the same
// route share: every path parameter ({id}, {id:[0-9]+}, :id, *, *rest,
// {rest...}) reads "{}", and a trailing slash is dropped ("/" stays).
func NormalizePath(p string) string {
	if p == "" {
		return ""
	}
	segs := strings.Split(p, "/")
	for i, s := range segs {
		switch {
		case strings.HasPrefix(s, ":"), strings.HasPrefix(s, "*"),
			strings.HasPrefix(s, "{") && strings.HasSuffix(s, "}"):
			segs[i] = "{}"
		}
	}
	out := strings.Join(segs, "/")
	if len(out) > 1 {
		out = strings.TrimSuffix(out, "/")
	}
	if !strings.HasPrefix(out, "/") {
		out = "/" + out
	}
	return out
}
