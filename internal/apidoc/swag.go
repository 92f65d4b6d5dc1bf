package apidoc

import (
	"go/ast"
	"go/token"
	"strings"
)

// ParseSwag reads the swaggo/swag annotations of a handler's comment
// group: the statuses of its @Success, @Failure and @Response lines (one
// code, a comma list "400,404", or "default") and its @Router lines
// ("@Router /path/{id} [get]"). Each @Router gives one operation, all
// with the same responses; responses without a @Router give one
// operation with no method and path. Annotations are case-insensitive,
// as swag reads them; a malformed line is ignored. A group with neither
// responses nor a @Router gives nil.
//
// Each response is at the comment line that declares it; the operation
// is at the group's first annotation line.
func ParseSwag(cg *ast.CommentGroup) []*Operation {
	var (
		first     token.Pos
		id        string
		responses []Response
		routes    [][2]string // method, path
	)
	for _, l := range commentLines(cg) {
		fields := strings.Fields(l.text)
		if len(fields) == 0 || len(fields[0]) < 2 || fields[0][0] != '@' {
			continue
		}
		if first == token.NoPos {
			first = l.pos
		}
		switch strings.ToLower(fields[0]) {
		case "@success", "@failure", "@response":
			if len(fields) < 2 {
				continue
			}
			rs, ok := swagCodes(fields[1], l.pos)
			if ok {
				responses = append(responses, rs...)
			}
		case "@router":
			if m, p, ok := swagRouter(fields[1:]); ok {
				routes = append(routes, [2]string{m, p})
			}
		case "@id":
			if len(fields) >= 2 {
				id = fields[1]
			}
		}
	}
	if len(responses) == 0 && len(routes) == 0 {
		return nil
	}
	if len(routes) == 0 {
		routes = [][2]string{{"", ""}}
	}
	ops := make([]*Operation, 0, len(routes))
	for _, r := range routes {
		ops = append(ops, &Operation{
			Source:    Swag,
			Method:    r[0],
			Path:      r[1],
			ID:        id,
			Responses: append([]Response(nil), responses...),
			Pos:       first,
		})
	}
	return ops
}

// swagCodes reads "200", "400,404" or "default"; any bad part spoils the
// line.
func swagCodes(s string, pos token.Pos) ([]Response, bool) {
	var rs []Response
	for part := range strings.SplitSeq(s, ",") {
		r, ok := parseResponseKey(strings.TrimSpace(part), false)
		if !ok {
			return nil, false
		}
		r.Pos = pos
		rs = append(rs, r)
	}
	return rs, len(rs) > 0
}

// swagRouter reads "/path/{id} [get]".
func swagRouter(fields []string) (method, path string, ok bool) {
	if len(fields) < 2 || !strings.HasPrefix(fields[0], "/") {
		return "", "", false
	}
	m := fields[1]
	if len(m) < 3 || m[0] != '[' || m[len(m)-1] != ']' {
		return "", "", false
	}
	m = m[1 : len(m)-1]
	if !isWord(m) {
		return "", "", false
	}
	return strings.ToUpper(m), fields[0], true
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') {
			return false
		}
	}
	return true
}
