package apidoc

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"

	"slices"
	"strings"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi3"
	"gopkg.in/yaml.v3"
)

// Document is an OpenAPI 3.x or Swagger 2.0 document's operations.
type Document struct {
	File string       // the path it was loaded from, as given
	Ops  []*Operation // in the document's order (by line) when lines are known
	// Bases are the base paths of the document's servers (OpenAPI 3) or
	// its basePath (Swagger 2), "" for the root; nil when it names none.
	// Operation paths carry the first.
	Bases []string
}

// Load reads an OpenAPI 3.0/3.1 or Swagger 2.0 document, YAML or JSON,
// told apart by its top-level "openapi" or "swagger" key, through
// kin-openapi. The document is not validated: one that parses is used.
// An error is one line, "FILE: reason".
func Load(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, docError(path, err)
	}
	var top map[string]any
	if yerr := yaml.Unmarshal(data, &top); yerr != nil {
		// yaml.v3 refuses some JSON (tabs); JSON is what it says it is.
		if jerr := json.Unmarshal(data, &top); jerr != nil {
			return nil, docError(path, fmt.Errorf("not YAML or JSON: %w", yerr))
		}
	}
	lines := operationLines(data)
	doc := &Document{File: path}
	switch {
	case top["openapi"] != nil:
		v := fmt.Sprint(top["openapi"])
		if !strings.HasPrefix(v, "3.") {
			return nil, docError(path, fmt.Errorf("unsupported OpenAPI version %q (want 3.x)", v))
		}
		loader := openapi3.NewLoader()
		t, err := loader.LoadFromDataWithPath(data, &url.URL{Path: filepath.ToSlash(path)})
		if err != nil {
			return nil, docError(path, err)
		}
		doc.load3(t, lines)
	case top["swagger"] != nil:
		v := fmt.Sprint(top["swagger"])
		if v != "2.0" && v != "2" {
			return nil, docError(path, fmt.Errorf("unsupported Swagger version %q (want 2.0)", v))
		}
		var t openapi2.T
		if err := openapi2.UnmarshalFromData(data, &t); err != nil {
			return nil, docError(path, err)
		}
		doc.load2(&t, lines)
	default:
		return nil, docError(path, errors.New(`neither an OpenAPI document (no "openapi" key) nor a Swagger one (no "swagger" key)`))
	}
	sort.SliceStable(doc.Ops, func(i, j int) bool {
		a, b := doc.Ops[i], doc.Ops[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.RawPath != b.RawPath {
			return a.RawPath < b.RawPath
		}
		return a.Method < b.Method
	})
	return doc, nil
}

// docError is "FILE: reason" on one line.
func docError(path string, err error) error {
	msg := err.Error()
	var pe *os.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error()
	}
	msg = strings.Join(strings.Fields(strings.ReplaceAll(msg, "\n", "; ")), " ")
	return fmt.Errorf("%s: %s", path, msg)
}

func (d *Document) load3(t *openapi3.T, lines docLines) {
	for _, s := range t.Servers {
		if s == nil {
			continue
		}
		d.addBase(serverBase(s))
	}
	if t.Paths == nil {
		return
	}
	for p, item := range t.Paths.Map() {
		if item == nil {
			continue
		}
		for m, o := range item.Operations() {
			if o == nil {
				continue
			}
			op := d.newOp(m, p, o.OperationID, lines)
			if o.Responses != nil {
				for k := range o.Responses.Map() {
					op.addResponse(k, lines)
				}
			}
			d.Ops = append(d.Ops, op)
		}
	}
}

func (d *Document) load2(t *openapi2.T, lines docLines) {
	if t.BasePath != "" {
		d.addBase(t.BasePath)
	}
	for p, item := range t.Paths {
		if item == nil {
			continue
		}
		for m, o := range item.Operations() {
			if o == nil {
				continue
			}
			op := d.newOp(m, p, o.OperationID, lines)
			if o.Responses != nil {
				for k := range o.Responses.Map() {
					op.addResponse(k, lines)
				}
			}
			d.Ops = append(d.Ops, op)
		}
	}
}

func (d *Document) newOp(method, path, id string, lines docLines) *Operation {
	method = strings.ToUpper(method)
	base := ""
	if len(d.Bases) > 0 {
		base = d.Bases[0]
	}
	op := &Operation{
		Source:  OpenAPI,
		Method:  method,
		Path:    joinBase(base, path),
		RawPath: path,
		ID:      id,
		File:    d.File,
	}
	if ol, ok := lines[path][strings.ToLower(method)]; ok {
		op.Line = ol.line
	}
	return op
}

func (op *Operation) addResponse(key string, lines docLines) {
	r, ok := parseResponseKey(key, true)
	if !ok {
		return
	}
	r.Line = lines[op.RawPath][strings.ToLower(op.Method)].responses[key]
	op.Responses = append(op.Responses, r)
	sort.SliceStable(op.Responses, func(i, j int) bool {
		a, b := op.Responses[i], op.Responses[j]
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return responseOrder(a) < responseOrder(b)
	})
}

// responseOrder sorts codes, then classes, then default.
func responseOrder(r Response) int {
	switch {
	case r.Default:
		return 10000
	case r.Class != 0:
		return 1000 + r.Class
	}
	return r.Code
}

func (d *Document) addBase(b string) {
	b = strings.TrimSuffix(b, "/")
	for _, x := range d.Bases {
		if x == b {
			return
		}
	}
	d.Bases = append(d.Bases, b)
}

// serverBase is the path of a server's URL, its variables substituted
// with their defaults: "https://api.x.com/v1" and "/v1" give "/v1".
func serverBase(s *openapi3.Server) string {
	u := s.URL
	for name, v := range s.Variables {
		if v != nil {
			u = strings.ReplaceAll(u, "{"+name+"}", v.Default)
		}
	}
	if parsed, err := url.Parse(u); err == nil {
		if parsed.Scheme != "" || parsed.Host != "" {
			return parsed.Path
		}
		u = parsed.Path
	} else if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.Index(u, "/"); j >= 0 {
			u = u[j:]
		} else {
			u = ""
		}
	}
	if u != "" && !strings.HasPrefix(u, "/") {
		// "api/v1" or a host without a scheme ("api.x.com/v1"): only
		// a path with a leading slash is surely a path.
		if i := strings.Index(u, "/"); i >= 0 && strings.Contains(u[:i], ".") {
			return u[i:]
		}
		u = "/" + u
	}
	return u
}

func joinBase(base, p string) string {
	base = strings.TrimSuffix(base, "/")
	if base == "" {
		return p
	}
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return base + p
}

// Find is the operation of method (any case) whose path, under each of
// the document's base paths, matches routePath under NormalizePath; nil
// if none.
func (d *Document) Find(method, routePath string) *Operation {
	want := NormalizePath(routePath)
	var found *Operation
	d.eachPath(method, func(op *Operation, full string) bool {
		if full == want {
			found = op
		}
		return found != nil
	})
	return found
}

// eachPath calls f with each operation of method and each of its full
// paths (one per base path), normalized, until f returns true.
func (d *Document) eachPath(method string, f func(op *Operation, full string) bool) {
	if d == nil {
		return
	}
	method = strings.ToUpper(method)
	bases := d.Bases
	if len(bases) == 0 {
		bases = []string{""}
	}
	for _, op := range d.Ops {
		if op.Method != method {
			continue
		}
		raw := op.RawPath
		if raw == "" {
			raw = op.Path
		}
		for _, b := range bases {
			if f(op, NormalizePath(joinBase(b, raw))) {
				return
			}
		}
	}
}

// Digest is a sha256 of the files' names and contents, in order, for
// caches of results computed from them.
func Digest(paths []string) (string, error) {
	h := sha256.New()
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return "", docError(p, err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", p, len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// docLines are the lines of a document's operations, by path and lower
// case method, found in its YAML (or JSON) node tree.
type docLines map[string]map[string]opLines

type opLines struct {
	line      int
	responses map[string]int
}

func operationLines(data []byte) docLines {
	var root yaml.Node
	if yaml.Unmarshal(data, &root) != nil || len(root.Content) == 0 {
		return nil
	}
	paths := mapValue(root.Content[0], "paths")
	if paths == nil || paths.Kind != yaml.MappingNode {
		return nil
	}
	out := docLines{}
	for i := 0; i+1 < len(paths.Content); i += 2 {
		p, item := paths.Content[i], paths.Content[i+1]
		if item.Kind != yaml.MappingNode {
			continue
		}
		methods := map[string]opLines{}
		for j := 0; j+1 < len(item.Content); j += 2 {
			mk, mv := item.Content[j], item.Content[j+1]
			ol := opLines{line: mk.Line, responses: map[string]int{}}
			if rs := mapValue(mv, "responses"); rs != nil && rs.Kind == yaml.MappingNode {
				for k := 0; k+1 < len(rs.Content); k += 2 {
					ol.responses[rs.Content[k].Value] = rs.Content[k].Line
				}
			}
			methods[strings.ToLower(mk.Value)] = ol
		}
		out[p.Value] = methods
	}
	return out
}

// FindTail is Find for a route whose path has a prefix that could not be
// read (model.Route.Partial): the operations of method whose full path
// ends with tail at a segment boundary. It returns the one such
// operation, and how many there are: a tail two operations end with
// (/v1/users and /v2/users for /users) names neither.
func (d *Document) FindTail(method, tail string) (*Operation, int) {
	want := NormalizePath(tail)
	if want == "/" {
		want = "" // the root of an unknown prefix: every path ends so
	}
	var found []*Operation
	d.eachPath(method, func(op *Operation, full string) bool {
		// want starts with a slash: a suffix match is at a segment boundary
		if strings.HasSuffix(full, want) && !slices.Contains(found, op) {
			found = append(found, op)
		}
		return false
	})
	if len(found) != 1 {
		return nil, len(found)
	}
	return found[0], 1
}

// Root is the path every operation of the document is under: its base
// path when it names one (several: their common part), else the leading
// segments all its operations' paths share, up to a path parameter; ""
// when they share none.
func (d *Document) Root() string {
	if d == nil {
		return ""
	}
	var paths []string
	for _, b := range d.Bases {
		if b = NormalizePath(b); b != "/" && b != "" {
			paths = append(paths, b)
		}
	}
	bases := len(paths) > 0
	if !bases {
		for _, op := range d.Ops {
			paths = append(paths, NormalizePath(op.Path))
		}
	}
	if len(paths) == 0 {
		return ""
	}
	common := strings.Split(strings.Trim(paths[0], "/"), "/")
	for _, p := range paths[1:] {
		segs := strings.Split(strings.Trim(p, "/"), "/")
		n := 0
		for n < len(common) && n < len(segs) && common[n] == segs[n] {
			n++
		}
		common = common[:n]
	}
	if i := slices.Index(common, "{}"); i >= 0 {
		common = common[:i]
	}
	if !bases && len(common) > 0 {
		// every path's own last segment is not a root: /pets and /pets/{id}
		// are under /pets, but /pets alone is under /
		for _, p := range paths {
			if len(strings.Split(strings.Trim(p, "/"), "/")) <= len(common) {
				common = common[:len(common)-1]
				break
			}
		}
	}
	root := strings.Join(common, "/")
	if root == "" {
		return ""
	}
	return "/" + root
}
