package apidoc

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
)

// describeDoc writes a document's operations as
// "METHOD PATH id=ID @LINE [200@L default@L 4XX@L]".
func describeDoc(d *Document) []string {
	var out []string
	for _, op := range d.Ops {
		var rs []string
		for _, r := range op.Responses {
			rs = append(rs, fmt.Sprintf("%s@%d", responseName(r), r.Line))
		}
		out = append(out, fmt.Sprintf("%s %s id=%s @%d [%s]", op.Method, op.Path, op.ID, op.Line, strings.Join(rs, " ")))
	}
	return out
}

func TestLoad(t *testing.T) {
	tests := []struct {
		file  string
		bases []string
		want  []string
	}{
		{"petstore-3.0.yaml", []string{"/v1", "/api"}, []string{
			"GET /v1/pets id=listPets @13 [200@16 default@18]",
			"POST /v1/pets id=createPet @20 [201@23 4XX@25 5XX@27]",
			"GET /v1/pets/{petId} id=showPetById @30 [200@39 404@41]",
		}},
		{"petstore-3.1.json", nil, []string{
			"GET /pets/{petId} id=showPetById @6 [200@12 404@23]",
			"DELETE /pets/{petId} id=deletePet @26 [204@29]",
		}},
		{"petstore-2.0.yaml", []string{"/v2"}, []string{
			"GET /v2/pets id=listPets @8 [200@11 default@13]",
			"DELETE /v2/pets/{petId} id=deletePet @16 [204@24 404@26]",
		}},
		{"petstore-2.0.json", nil, []string{
			"GET /pets id=listPets @6 [200@9 default@10]",
		}},
		{"servers-url.yaml", []string{"/api/v1"}, []string{
			"GET /api/v1/users/{id} id= @9 [200@11]",
			"PUT /api/v1/users/{id} id= @13 [204@15]",
		}},
		{"basepath.yaml", []string{"/api"}, []string{
			"GET /api/items/{id}/ id=getItem @8 [200@11 404@13]",
		}},
		// Validation would refuse it (no version, duplicate operationIds,
		// an undeclared path parameter): it parses, so it is used.
		{"warnings.yaml", nil, []string{
			"GET /things/{id} id=same @6 [200@9]",
			"GET /other id=same @12 []",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			d, err := Load(path)
			if err != nil {
				t.Fatal(err)
			}
			if d.File != path {
				t.Errorf("File = %q", d.File)
			}
			if !reflect.DeepEqual(d.Bases, tt.bases) {
				t.Errorf("Bases = %q, want %q", d.Bases, tt.bases)
			}
			if got := describeDoc(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
			for _, op := range d.Ops {
				if op.Source != OpenAPI || op.File != path || op.Pos.IsValid() {
					t.Errorf("%s %s: Source %v File %q Pos %v", op.Method, op.Path, op.Source, op.File, op.Pos)
				}
			}
		})
	}
}

func TestLoadDeclares(t *testing.T) {
	d, err := Load("testdata/petstore-3.0.yaml")
	if err != nil {
		t.Fatal(err)
	}
	list, create := d.Find("GET", "/v1/pets"), d.Find("post", "/v1/pets")
	tests := []struct {
		op   *Operation
		code int
		want bool
	}{
		{list, 200, true},
		{list, 418, true}, // default
		{create, 201, true},
		{create, 200, false},
		{create, 404, true}, // 4XX
		{create, 503, true}, // 5xx
		{create, 302, false},
	}
	for _, tt := range tests {
		if got := tt.op.Declares(tt.code); got != tt.want {
			t.Errorf("%s %s declares %d = %v, want %v", tt.op.Method, tt.op.Path, tt.code, got, tt.want)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		file, method, route string
		wantID              string // "" for no operation
		wantMethod          string
	}{
		{"petstore-3.0.yaml", "GET", "/v1/pets", "listPets", "GET"},
		{"petstore-3.0.yaml", "get", "/v1/pets/", "listPets", "GET"},
		{"petstore-3.0.yaml", "GET", "/api/pets", "listPets", "GET"}, // the second server
		{"petstore-3.0.yaml", "GET", "/pets", "", ""},                // no base: not a server's path
		{"petstore-3.0.yaml", "GET", "/v1/pets/:petId", "showPetById", "GET"},
		{"petstore-3.0.yaml", "GET", "/api/pets/{id:[0-9]+}", "showPetById", "GET"},
		{"petstore-3.0.yaml", "GET", "/v1/pets/*", "showPetById", "GET"},
		{"petstore-3.0.yaml", "DELETE", "/v1/pets/{petId}", "", ""}, // another method of the path
		{"petstore-3.0.yaml", "GET", "/v1/pets/{petId}/photos", "", ""},
		{"petstore-3.1.json", "DELETE", "/pets/{id}", "deletePet", "DELETE"},
		{"petstore-3.1.json", "PUT", "/pets/{id}", "", ""},
		{"servers-url.yaml", "PUT", "/api/v1/users/:id", "", "PUT"},
		{"servers-url.yaml", "GET", "/users/{id}", "", ""},
		{"basepath.yaml", "GET", "/api/items/:id", "getItem", "GET"},
		{"basepath.yaml", "GET", "/items/:id", "", ""},
		{"petstore-2.0.yaml", "DELETE", "/v2/pets/{petId}/", "deletePet", "DELETE"},
		{"petstore-2.0.json", "GET", "/pets", "listPets", "GET"},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.method+" "+tt.route, func(t *testing.T) {
			d, err := Load(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			op := d.Find(tt.method, tt.route)
			switch {
			case tt.wantMethod == "" && op != nil:
				t.Errorf("found %s %s", op.Method, op.Path)
			case tt.wantMethod != "" && op == nil:
				t.Error("not found")
			case op != nil && (op.ID != tt.wantID || op.Method != tt.wantMethod):
				t.Errorf("found %s %s id=%s", op.Method, op.Path, op.ID)
			}
		})
	}
	var none *Document
	if none.Find("GET", "/") != nil {
		t.Error("nil document found an operation")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file string
		want string // regexp-free prefix of the message after "FILE: "
	}{
		{"missing.yaml", "no such file or directory"},
		{"invalid.yaml", "not YAML or JSON: "},
		{"neither.yaml", `neither an OpenAPI document (no "openapi" key) nor a Swagger one (no "swagger" key)`},
		{"unusable.yaml", "failed to resolve"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("testdata", tt.file)
			d, err := Load(path)
			if err == nil {
				t.Fatalf("no error: %+v", d)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, path+": "+tt.want) {
				t.Errorf("error %q, want %q", msg, path+": "+tt.want+"...")
			}
			if strings.Contains(msg, "\n") {
				t.Errorf("error on several lines: %q", msg)
			}
		})
	}
}

func TestLoadVersions(t *testing.T) {
	dir := t.TempDir()
	tests := []struct{ name, src, want string }{
		{"v4.yaml", "openapi: 4.0.0\ninfo: {title: x, version: '1'}\npaths: {}\n", `unsupported OpenAPI version "4.0.0"`},
		{"sw1.yaml", "swagger: '1.2'\n", `unsupported Swagger version "1.2"`},
		{"tabs.json", "{\n\t\"openapi\": \"3.0.0\",\n\t\"info\": {\"title\": \"x\", \"version\": \"1\"},\n\t\"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {\"description\": \"ok\"}}}}}\n}\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, []byte(tt.src), 0o600); err != nil {
				t.Fatal(err)
			}
			d, err := Load(path)
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if d.Find("GET", "/a") == nil {
					t.Errorf("GET /a not found in %q", describeDoc(d))
				}
				return
			}
			if err == nil || err.Error() != path+": "+tt.want+" (want "+map[bool]string{true: "3.x", false: "2.0"}[strings.HasPrefix(tt.src, "openapi")]+")" {
				t.Errorf("error %v", err)
			}
		})
	}
}

func TestDigest(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.yaml"), filepath.Join(dir, "b.yaml")
	write := func(path, text string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(a, "openapi: 3.0.0\n")
	write(b, "swagger: '2.0'\n")
	d1, err := Digest([]string{a, b})
	if err != nil {
		t.Fatal(err)
	}
	if d2, _ := Digest([]string{a, b}); d2 != d1 {
		t.Error("digest not stable")
	}
	if len(d1) != 64 {
		t.Errorf("digest %q is not a hex sha256", d1)
	}
	if d3, _ := Digest([]string{b, a}); d3 == d1 {
		t.Error("order not significant")
	}
	write(b, "swagger: '2.0'\n# changed\n")
	if d4, _ := Digest([]string{a, b}); d4 == d1 {
		t.Error("content change not seen")
	}
	if _, err := Digest([]string{filepath.Join(dir, "none")}); err == nil || !strings.HasPrefix(err.Error(), filepath.Join(dir, "none")+": ") {
		t.Errorf("missing file: %v", err)
	}
}

func TestServerBase(t *testing.T) {
	tests := []struct {
		url  string
		vars map[string]string
		want string
	}{
		{"https://api.x.com/v1", nil, "/v1"},
		{"https://api.x.com/v1/", nil, "/v1"},
		{"https://api.x.com", nil, ""},
		{"/api", nil, "/api"},
		{"/", nil, ""},
		{"", nil, ""},
		{"api.x.com/v2", nil, "/v2"},
		{"{scheme}://{host}/{version}", map[string]string{"scheme": "https", "host": "h", "version": "v3"}, "/v3"},
		{"/{base}/x", map[string]string{"base": "svc"}, "/svc/x"},
	}
	for _, tt := range tests {
		s := &openapi3.Server{URL: tt.url}
		if tt.vars != nil {
			s.Variables = openapi3.ServerVariables{}
			for k, v := range tt.vars {
				s.Variables[k] = &openapi3.ServerVariable{Default: v}
			}
		}
		var d Document
		d.addBase(serverBase(s))
		if d.Bases[0] != tt.want {
			t.Errorf("%q: base %q, want %q", tt.url, d.Bases[0], tt.want)
		}
	}
}

func TestFindTail(t *testing.T) {
	d := &Document{Ops: []*Operation{
		{Method: "GET", Path: "/api/users/{id}"},
		{Method: "GET", Path: "/v1/items"},
		{Method: "GET", Path: "/v2/items"},
		{Method: "GET", Path: "/api/superusers"},
	}}
	tests := []struct {
		method, tail string
		want         string
		n            int
	}{
		{"GET", "/users/:id", "/api/users/{id}", 1},
		{"get", "/users/{userID}/", "/api/users/{id}", 1},
		{"POST", "/users/:id", "", 0},                    // another method
		{"GET", "/items", "", 2},                         // two operations end so: neither
		{"GET", "/users", "", 0},                         // not at a segment boundary of /api/superusers
		{"GET", "/api/users/{id}", "/api/users/{id}", 1}, // the whole path
	}
	for _, tt := range tests {
		op, n := d.FindTail(tt.method, tt.tail)
		got := ""
		if op != nil {
			got = op.Path
		}
		if got != tt.want || n != tt.n {
			t.Errorf("FindTail(%s, %s) = %q, %d; want %q, %d", tt.method, tt.tail, got, n, tt.want, tt.n)
		}
	}
}

func TestRoot(t *testing.T) {
	ops := func(paths ...string) []*Operation {
		var out []*Operation
		for _, p := range paths {
			out = append(out, &Operation{Method: "GET", Path: p})
		}
		return out
	}
	tests := []struct {
		doc  *Document
		want string
	}{
		{&Document{Bases: []string{"/inventory/v2"}, Ops: ops("/inventory/v2/stock/{id}")}, "/inventory/v2"},
		{&Document{Ops: ops("/answer/api/v1/user", "/answer/admin/api/users/{id}")}, "/answer"},
		{&Document{Ops: ops("/pets", "/pets/{id}")}, ""}, // /pets is itself an operation: under /
		{&Document{Ops: ops("/api/pets/{id}", "/api/pets")}, "/api"},
		{&Document{Ops: ops("/{tenant}/pets", "/{tenant}/owners")}, ""},
		{&Document{Ops: ops("/users", "/orders")}, ""},
		{&Document{}, ""},
		{&Document{Bases: []string{"/"}, Ops: ops("/answer/api/v1/user", "/answer/admin/api/users/{id}")}, "/answer"}, // basePath: /
	}
	for _, tt := range tests {
		if got := tt.doc.Root(); got != tt.want {
			t.Errorf("Root(%v %v) = %q, want %q", tt.doc.Bases, len(tt.doc.Ops), got, tt.want)
		}
	}
}
