package driver

import (
	"strings"
	"testing"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/apidoc"
)

func TestUnserved(t *testing.T) {
	doc := &apidoc.Document{File: "/m/openapi.yaml", Ops: []*apidoc.Operation{
		{Source: apidoc.OpenAPI, Method: "GET", Path: "/pets/{id}", File: "/m/openapi.yaml", Line: 7},
		{Source: apidoc.OpenAPI, Method: "DELETE", Path: "/pets/{id}", File: "/m/openapi.yaml", Line: 12},
		{Source: apidoc.OpenAPI, Method: "HEAD", Path: "/pets", File: "/m/openapi.yaml", Line: 20},
		{Source: apidoc.OpenAPI, Method: "PUT", Path: "/any/", File: "/m/openapi.yaml", Line: 25},
		{Source: apidoc.OpenAPI, Method: "POST", Path: "/pets", File: "/m/openapi.yaml", Line: 30},
	}}
	routes := []statuslint.RouteInfo{
		{Method: "GET", Path: "/pets/:id"}, // gin's spelling of {id}
		{Method: "GET", Path: "/pets"},     // serves HEAD too
		{Method: "", Path: "/any"},         // every method
	}
	on := statuslint.New(statuslint.Config{Enable: []string{"undocumented-route"}})
	got := unserved(on, []*apidoc.Document{doc}, routes, nil)
	var msgs []string
	for _, f := range got {
		msgs = append(msgs, f.Message)
	}
	want := []string{
		"undocumented-route: operation DELETE /pets/{id} (openapi.yaml) is served by no route",
		"undocumented-route: operation POST /pets (openapi.yaml) is served by no route",
	}
	if strings.Join(msgs, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(msgs, "\n"), strings.Join(want, "\n"))
	}
	if f := got[0]; f.File != "/m/openapi.yaml" || f.Line != 12 || f.Rule != "undocumented-route" {
		t.Errorf("position %s:%d rule %s", f.File, f.Line, f.Rule)
	}

	// A route whose path is not a constant may serve any path of its
	// method: POST /pets is not reported.
	got = unserved(on, []*apidoc.Document{doc}, append(routes, statuslint.RouteInfo{Method: "POST"}), nil)
	if len(got) != 1 || !strings.Contains(got[0].Message, "DELETE") {
		t.Errorf("with a POST route of unknown path: %v", got)
	}
	// Off unless the rule is selected (it is in the strict group).
	if got := unserved(statuslint.New(statuslint.Config{}), []*apidoc.Document{doc}, routes, nil); len(got) != 0 {
		t.Errorf("rule not enabled: %v", got)
	}
}

func TestRouteRowsWithoutDocuments(t *testing.T) {
	rs := rows([]statuslint.RouteInfo{{Method: "GET", Path: "/x", Handler: "h", File: "/m/a.go", Line: 3, RouteFile: "/m/r.go", RouteLine: 9, Unknown: true}}, nil, "/m")
	if len(rs) != 1 || rs[0].File != "a.go" || rs[0].Registered != "r.go:9" || rs[0].Statuses == nil || rs[0].Documented != nil {
		t.Errorf("%+v", rs)
	}
	var b strings.Builder
	if err := printRoutes(&b, []statuslint.RouteInfo{{Method: "", Path: "", Handler: "h", File: "/m/a.go", Line: 3, Unknown: true}}, nil, false, "/m"); err != nil {
		t.Fatal(err)
	}
	if want := "METHOD  PATH  STATUSES  HANDLER  FILE\n*       ?     ?         h        a.go:3\n"; b.String() != want {
		t.Errorf("table:\n%q\nwant\n%q", b.String(), want)
	}
	// A path after a part that could not be read: …/path, "partial" in JSON.
	b.Reset()
	partial := []statuslint.RouteInfo{{Method: "GET", Path: "/tags", Handler: "h", File: "/m/a.go", Line: 3, Statuses: []int{200}, Partial: true}}
	if err := printRoutes(&b, partial, nil, false, "/m"); err != nil {
		t.Fatal(err)
	}
	if want := "METHOD  PATH    STATUSES  HANDLER  FILE\nGET     …/tags  200       h        a.go:3\n"; b.String() != want {
		t.Errorf("table:\n%q\nwant\n%q", b.String(), want)
	}
	if rs := rows(partial, nil, "/m"); !rs[0].Partial || rs[0].Path != "/tags" {
		t.Errorf("%+v", rs)
	}
}
