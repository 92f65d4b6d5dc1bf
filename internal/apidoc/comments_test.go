package apidoc

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// describe writes operations as "METHOD PATH id=ID @LINE [200@L default@L 4XX@L]",
// lines relative to the file.
func describe(fset *token.FileSet, ops []*Operation) []string {
	var out []string
	for _, op := range ops {
		var rs []string
		for _, r := range op.Responses {
			rs = append(rs, fmt.Sprintf("%s@%d", responseName(r), fset.Position(r.Pos).Line))
		}
		out = append(out, fmt.Sprintf("%s %s id=%s @%d [%s] %s", op.Method, op.Path, op.ID,
			fset.Position(op.Pos).Line, strings.Join(rs, " "), op.Source))
	}
	return out
}

func responseName(r Response) string {
	switch {
	case r.Default:
		return "default"
	case r.Class != 0:
		return fmt.Sprintf("%dXX", r.Class)
	}
	return fmt.Sprint(r.Code)
}

// funcDocs parses src and gives each function's doc comment group by name.
func funcDocs(t *testing.T, name, src string) (*token.FileSet, map[string]*ast.CommentGroup, []string) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]*ast.CommentGroup{}
	var names []string
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			docs[fd.Name.Name] = fd.Doc
			names = append(names, fd.Name.Name)
		}
	}
	return fset, docs, names
}

func TestParseSwag(t *testing.T) {
	tests := []struct {
		name string
		doc  string // comment lines from line 3
		want []string
	}{
		{"success and failures", `
// GetUser godoc
// @Summary get a user
// @ID getUser
// @Success 200 {object} User "ok"
// @Failure 400,404 {object} Error
// @Failure default {object} Error
// @Router /users/{id} [get]`,
			[]string{"GET /users/{id} id=getUser @4 [200@6 400@7 404@7 default@8] swag"}},
		{"two routers", `
// @Success 204
// @Router /a [delete]
// @Router /b/{id} [POST]`,
			[]string{"DELETE /a id= @3 [204@3] swag", "POST /b/{id} id= @3 [204@3] swag"}},
		{"responses without router", `
// Handler does things.
// @Response 201 {string} string "created"`,
			[]string{"  id= @4 [201@4] swag"}},
		{"case-insensitive, gofmt tabs", `
//	@success	200	{object}	T
//	@FAILURE	500	{object}	E
//	@router		/x	[Patch]`,
			[]string{"PATCH /x id= @3 [200@3 500@4] swag"}},
		{"router without responses", `
// @Router /health [get]`,
			[]string{"GET /health id= @3 [] swag"}},
		{"malformed lines ignored", `
// @Success
// @Success {object} T
// @Success 99 {object} T
// @Failure 600 {object} T
// @Failure 400,x {object} T
// @Failure 4XX {object} T
// @Router
// @Router /x
// @Router /x get
// @Router /x [g3t]
// @
// @Success 200`,
			[]string{"  id= @3 [200@14] swag"}},
		{"no annotations", `
// Plain doc comment mentioning @Success in prose is not an annotation... but it is a word.
// Just text.`, nil},
		{"block comment", `
/*
 @Success 200 {object} T
 @Router /blk [put]
*/`,
			[]string{"PUT /blk id= @4 [200@4] swag"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The doc starts on line 3.
			src := "package p\n\n" + strings.TrimPrefix(tt.doc, "\n") + "\nfunc H() {}\n"
			fset, docs, _ := funcDocs(t, "x.go", src)
			got := describe(fset, ParseSwag(docs["H"]))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if ops := ParseSwag(nil); ops != nil {
		t.Errorf("nil group: %v", ops)
	}
	if ops := ParseSwag(&ast.CommentGroup{}); ops != nil {
		t.Errorf("empty group: %v", ops)
	}
}

func TestParseGoSwagger(t *testing.T) {
	const file = "testdata/goswagger/route.go"
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	fset, docs, _ := funcDocs(t, file, string(src))
	tests := []struct {
		fn   string
		want []string
	}{
		{"ListPets", []string{"GET /pets id=listPets @5 [default@20 200@21 422@22] go-swagger"}},
		{"GetPet", []string{"GET /pets/{id} id=getPet @31 [200@39 4XX@40 5XX@41] go-swagger"}},
		{"NoID", []string{"DELETE /pets/{id} id= @49 [] go-swagger"}},
		{"CreatePet", []string{"POST /pets id=createPet @55 [201@67 400@69 default@71 4XX@73] go-swagger"}},
		{"UpdatePet", []string{"PUT /pets/{id} id=updatePet @78 [200@85 404@89] go-swagger"}},
		{"BadYAML", nil},
		{"NoYAML", nil},
		{"Two", []string{"GET /one id=one @106 [200@109] go-swagger", "GET /two id=two @111 [204@115] go-swagger"}},
		{"NotSwagger", nil},
		{"Mixed", []string{"DELETE /mixed/{id} id=deleteMixed @125 [204@131 default@133] go-swagger"}},
	}
	for _, tt := range tests {
		t.Run(tt.fn, func(t *testing.T) {
			got := describe(fset, ParseGoSwagger(docs[tt.fn]))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
	if ops := ParseGoSwagger(nil); ops != nil {
		t.Errorf("nil group: %v", ops)
	}
}

// TestParseGoSwaggerGotify parses every swagger:operation of gotify's API
// package, when its checkout is on this machine: each must give an
// operation with responses.
func TestParseGoSwaggerGotify(t *testing.T) {
	files, _ := filepath.Glob("/work/triage/src/gotify/api/*.go")
	if len(files) == 0 {
		t.Skip("no gotify checkout")
	}
	n := 0
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, file, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		for _, cg := range f.Comments {
			want := 0
			for _, c := range cg.List {
				if strings.Contains(c.Text, "swagger:operation ") {
					want++
				}
			}
			ops := ParseGoSwagger(cg)
			if len(ops) != want {
				t.Errorf("%s: %d operations, want %d", fset.Position(cg.Pos()), len(ops), want)
			}
			for _, op := range ops {
				n++
				if op.Method == "" || !strings.HasPrefix(op.Path, "/") || op.ID == "" || len(op.Responses) == 0 {
					t.Errorf("%s: incomplete operation %+v", fset.Position(op.Pos), op)
				}
				for _, r := range op.Responses {
					if !r.Pos.IsValid() || fset.Position(r.Pos).Line <= fset.Position(op.Pos).Line {
						t.Errorf("%s: response %v at %s", fset.Position(op.Pos), r, fset.Position(r.Pos))
					}
				}
			}
		}
	}
	if n == 0 {
		t.Error("no operation in gotify")
	}
	t.Logf("%d gotify operations", n)
}
