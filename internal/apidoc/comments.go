package apidoc

import (
	"go/ast"
	"go/token"
	"strconv"
	"strings"
)

// commentLine is one line of a comment group: its text after "//" (or a
// line of a /* */ comment) and where it is. A "//" line's position is its
// comment's Slash; a block comment's lines are at their offsets in it.
type commentLine struct {
	text string
	pos  token.Pos
}

func commentLines(cg *ast.CommentGroup) []commentLine {
	if cg == nil {
		return nil
	}
	var lines []commentLine
	for _, c := range cg.List {
		if c == nil {
			continue
		}
		switch {
		case strings.HasPrefix(c.Text, "//"):
			lines = append(lines, commentLine{c.Text[2:], c.Slash})
		case strings.HasPrefix(c.Text, "/*"):
			body := strings.TrimSuffix(c.Text[2:], "*/")
			off := 2
			for l := range strings.SplitSeq(body, "\n") {
				lines = append(lines, commentLine{strings.TrimSuffix(l, "\r"), c.Slash + token.Pos(off)})
				off += len(l) + 1
			}
		}
	}
	return lines
}

// parseCode reads a status code in 100..599.
func parseCode(s string) (int, bool) {
	if len(s) != 3 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 100 || n > 599 {
		return 0, false
	}
	return n, true
}

// parseResponseKey reads a response key as OpenAPI and go-swagger write
// it: a code, "default", or a class "4XX" (classes only when classes).
func parseResponseKey(s string, classes bool) (Response, bool) {
	if strings.EqualFold(s, "default") {
		return Response{Default: true}, true
	}
	if n, ok := parseCode(s); ok {
		return Response{Code: n}, true
	}
	if classes && len(s) == 3 && s[0] >= '1' && s[0] <= '5' && strings.EqualFold(s[1:], "xx") {
		return Response{Class: int(s[0] - '0')}, true
	}
	return Response{}, false
}
