package apidoc

import (
	"go/ast"
	"strings"

	"gopkg.in/yaml.v3"
)

// ParseGoSwagger reads the go-swagger annotations of a comment group:
//
//   - "swagger:route METHOD /path [tags...] operationID" with the entries
//     ("200: itemResponse", "default: errorResponse", "4XX: ...") of a later
//     "Responses:" section, which ends at the next section header
//     ("Produces:", "Security:", ...), the next swagger: annotation or the
//     end of the group;
//   - "swagger:operation METHOD /path [tags...] operationID" with the keys
//     of the "responses:" map of the YAML that follows its "---" line, up
//     to the next swagger: annotation or the end of the group.
//
// Both shapes are read as written and as gofmt leaves them (the section
// or YAML lines indented by a tab). Each response is at the comment line
// of its entry, the operation at its swagger: line. Malformed
// annotations and YAML that does not parse give no operation.
func ParseGoSwagger(cg *ast.CommentGroup) []*Operation {
	lines := commentLines(cg)
	var ops []*Operation
	for i := 0; i < len(lines); i++ {
		kind, op := swaggerHeader(lines[i])
		if op == nil {
			continue
		}
		end := i + 1
		for end < len(lines) && !strings.HasPrefix(strings.TrimSpace(lines[end].text), "swagger:") {
			end++
		}
		body := lines[i+1 : end]
		switch kind {
		case "route":
			op.Responses = routeResponses(body)
			ops = append(ops, op)
		case "operation":
			if rs, ok := operationResponses(body); ok {
				op.Responses = rs
				ops = append(ops, op)
			}
		}
		i = end - 1
	}
	return ops
}

// swaggerHeader reads "swagger:route|operation METHOD /path [tags] id".
func swaggerHeader(l commentLine) (string, *Operation) {
	fields := strings.Fields(l.text)
	if len(fields) < 3 {
		return "", nil
	}
	var kind string
	switch fields[0] {
	case "swagger:route":
		kind = "route"
	case "swagger:operation":
		kind = "operation"
	default:
		return "", nil
	}
	if !isWord(fields[1]) || !strings.HasPrefix(fields[2], "/") {
		return "", nil
	}
	op := &Operation{
		Source: GoSwagger,
		Method: strings.ToUpper(fields[1]),
		Path:   fields[2],
		Pos:    l.pos,
	}
	if len(fields) > 3 {
		op.ID = fields[len(fields)-1]
	}
	return kind, op
}

// routeResponses reads the entries of the "Responses:" sections of a
// swagger:route's lines.
func routeResponses(lines []commentLine) []Response {
	var rs []Response
	in := false
	for _, l := range lines {
		key, rest, ok := sectionKey(l.text)
		if !ok {
			continue
		}
		if r, isCode := parseResponseKey(key, true); isCode {
			if in {
				r.Pos = l.pos
				rs = append(rs, r)
			}
			continue
		}
		// A header: Responses opens the block, any other closes it.
		in = strings.EqualFold(key, "responses") && strings.TrimSpace(rest) == ""
	}
	return rs
}

// sectionKey splits a "key: rest" line whose key is one word (letters,
// digits, a space for "Security Definitions").
func sectionKey(text string) (key, rest string, ok bool) {
	t := strings.TrimSpace(text)
	k, rest, found := strings.Cut(t, ":")
	if !found || k == "" {
		return "", "", false
	}
	for _, c := range k {
		if (c < 'a' || c > 'z') && (c < 'A' || c > 'Z') && (c < '0' || c > '9') && c != ' ' {
			return "", "", false
		}
	}
	return strings.TrimSpace(k), rest, true
}

// operationResponses reads the responses of a swagger:operation's YAML:
// the lines after its "---" line. ok is false when there is no YAML or
// it does not parse.
func operationResponses(lines []commentLine) ([]Response, bool) {
	start := -1
	for i, l := range lines {
		if strings.TrimSpace(l.text) == "---" {
			start = i + 1
			break
		}
	}
	if start < 0 {
		return nil, false
	}
	lines = lines[start:]
	src := yamlLines(lines)
	var doc yaml.Node
	if err := yaml.Unmarshal([]byte(strings.Join(src, "\n")), &doc); err != nil {
		return nil, false
	}
	if len(doc.Content) == 0 {
		return nil, true
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return nil, false
	}
	var rs []Response
	if m := mapValue(root, "responses"); m != nil && m.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(m.Content); i += 2 {
			k := m.Content[i]
			r, ok := parseResponseKey(k.Value, true)
			if !ok {
				continue
			}
			if n := k.Line - 1; n >= 0 && n < len(lines) {
				r.Pos = lines[n].pos
			}
			rs = append(rs, r)
		}
	}
	return rs, true
}

// yamlLines are the comment lines as YAML: one leading space or tab (what
// "// " or gofmt's "//\t" adds) dropped, the rest's leading tabs made
// spaces, then the indentation all lines share removed. Where gofmt made
// only the nested part of a block a code block ("// responses:" above
// "//\t\"201\":"), the leading tab of those lines is indentation, not the
// comment's: it becomes two spaces.
func yamlLines(lines []commentLine) []string {
	out := make([]string, len(lines))
	common := -1
	allTab := true
	for _, l := range lines {
		if strings.TrimSpace(l.text) != "" && l.text[0] != '\t' {
			allTab = false
		}
	}
	for i, l := range lines {
		t := l.text
		switch {
		case t == "":
		case t[0] == ' ', t[0] == '\t' && allTab:
			t = t[1:]
		case t[0] == '\t':
			t = "  " + t[1:]
		}
		n := 0
		for n < len(t) && (t[n] == ' ' || t[n] == '\t') {
			n++
		}
		t = strings.ReplaceAll(t[:n], "\t", "  ") + t[n:]
		out[i] = t
		if strings.TrimSpace(t) == "" {
			continue
		}
		ind := len(t) - len(strings.TrimLeft(t, " "))
		if common < 0 || ind < common {
			common = ind
		}
	}
	for i, t := range out {
		if len(t) >= common && common > 0 {
			out[i] = t[common:]
		} else if strings.TrimSpace(t) == "" {
			out[i] = ""
		}
	}
	return out
}

// mapValue is the value of key in a YAML mapping, nil if absent.
func mapValue(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}
