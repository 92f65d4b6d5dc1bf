// Command gen writes the synthetic module scripts/bench.sh measures: HTTP
// services written against net/http, chi, gin, echo v4, gorilla/mux and
// fiber v2, each with its handler packages, a response helper package
// (respond), its route table in its own package (routes), a command, and
// packages that import no HTTP code at all (store, domain, jobs and the
// shared pkg/...). One handler package in four has one planted misuse, so
// the analyzer has findings to report; PLANTED.txt lists them.
//
//	go run ./internal/bench/gen -out DIR -handlers N
//
// The output depends only on -handlers and on the dependency module named
// by -deps (its require blocks and go.sum are copied, so the module builds
// offline once that module's dependencies are downloaded): a fixed seed,
// files written in sorted order.
package main

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"go/format"
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"text/template"
)

const module = "example.com/benchsvc"

// perService is how many handler packages a service has, give or take one.
const perService = 10

// resources name a service's handler packages; a service has at most
// len(resources) of them.
var resources = []string{
	"orders", "invoices", "customers", "products", "payments", "shipments",
	"accounts", "tickets", "coupons", "reviews", "carts", "refunds",
	"plans", "projects", "webhooks", "devices",
}

// viewFields are the fields a handler package's View may show.
var viewFields = []string{
	"Title", "Status", "Owner", "Region", "Currency", "Note",
	"Email", "Phone", "Country", "Label", "Source", "Channel",
}

// A framework is how a service's code is written.
type framework struct {
	Name     string
	Template string   // handler package template
	Import   string   // framework import of net/http-shaped handlers, if any
	Param    string   // the id path parameter, for net/http-shaped handlers
	Misuses  []string // the rules planted misuses exercise, in turn
}

var frameworks = []framework{
	{Name: "nethttp", Template: "nethttp", Param: `r.PathValue("id")`, Misuses: []string{"method-status", "no-content-body", "missing-return", "empty-delete-ok"}},
	{Name: "chi", Template: "nethttp", Import: `"github.com/go-chi/chi/v5"`, Param: `chi.URLParam(r, "id")`, Misuses: []string{"method-status", "no-content-body", "missing-return", "empty-delete-ok"}},
	{Name: "gin", Template: "gin", Misuses: []string{"method-status", "no-content-body", "missing-return", "empty-delete-ok"}},
	{Name: "echo", Template: "echo", Misuses: []string{"method-status", "no-content-body", "empty-delete-ok"}},
	{Name: "mux", Template: "nethttp", Import: `"github.com/gorilla/mux"`, Param: `mux.Vars(r)["id"]`, Misuses: []string{"method-status", "no-content-body", "missing-return", "empty-delete-ok"}},
	{Name: "fiber", Template: "fiber", Misuses: []string{"method-status", "no-content-body", "empty-delete-ok"}},
}

// A service is one slice of the module: its handler packages share a
// framework, a store, a respond package and a route table.
type service struct {
	Module   string
	Name     string
	FW       framework
	Handlers []*handlerPkg
}

// A handlerPkg is one handler package and what it is generated with.
type handlerPkg struct {
	Module, Svc string
	FW          framework
	Pkg         string   // package name and path element
	Misuse      string   // the planted misuse's rule, or ""
	Search      bool     // has a Search handler
	Fields      []string // View fields
	Test        bool     // has a test file
}

func main() {
	out := flag.String("out", "", "directory to write the module into (created; an existing one must be empty or hold a module this command wrote)")
	n := flag.Int("handlers", 50, "number of handler packages")
	deps := flag.String("deps", "testdata", "directory of a module whose require blocks and go.sum the generated module copies")
	flag.Parse()
	if *out == "" || *n < 1 || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: gen -out DIR -handlers N [-deps DIR]")
		os.Exit(2)
	}
	files, err := generate(*n, *deps)
	if err == nil {
		err = write(*out, files)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
}

// generate returns the module's files by path.
func generate(n int, deps string) (map[string]string, error) {
	files := map[string]string{}
	gomod, gosum, err := dependencies(deps)
	if err != nil {
		return nil, err
	}
	files["go.mod"] = "module " + module + "\n\ngo 1.26.0\n" + gomod
	files["go.sum"] = gosum

	rng := rand.New(rand.NewPCG(2026, 9))
	services := layout(n, rng)
	var planted []string
	for _, s := range services {
		dir := "services/" + s.Name + "/"
		files[dir+"store/store.go"] = render("store", s)
		files[dir+"store/store_test.go"] = render("storetest", s)
		files[dir+"domain/domain.go"] = render("domain", s)
		files[dir+"jobs/jobs.go"] = render("jobs", s)
		files[dir+"respond/respond.go"] = render("respond-"+s.FW.Template, s)
		files[dir+"routes/routes.go"] = render("routes-"+s.FW.Name, s)
		files[dir+"cmd/server/main.go"] = render("main", s)
		for _, h := range s.Handlers {
			hdir := dir + "handlers/" + h.Pkg + "/"
			files[hdir+h.Pkg+".go"] = render(h.FW.Template, h)
			files[hdir+"view.go"] = render("view", h)
			if h.Test {
				files[hdir+h.Pkg+"_test.go"] = render("handlertest", h)
			}
			if h.Misuse != "" {
				planted = append(planted, h.Misuse+" "+hdir)
			}
		}
	}
	for _, p := range []string{"ids", "clock", "config", "metrics"} {
		files["pkg/"+p+"/"+p+".go"] = render(p, nil)
	}
	slices.Sort(planted)
	files["PLANTED.txt"] = strings.Join(planted, "\n") + "\n"
	for name, src := range files {
		if strings.HasSuffix(name, ".go") {
			b, err := format.Source([]byte(src))
			if err != nil {
				return nil, fmt.Errorf("%s: %w\n%s", name, err, src)
			}
			files[name] = string(b)
		}
	}
	return files, nil
}

// layout spreads n handler packages over services of about perService
// each, frameworks in turn; there are at least as many services as
// frameworks, so every size has every framework.
func layout(n int, rng *rand.Rand) []*service {
	count := max(len(frameworks), (n+perService/2)/perService)
	count = max(count, (n+len(resources)-1)/len(resources))
	var services []*service
	k := 0 // handler packages so far, across services
	for i := range count {
		s := &service{Module: module, Name: fmt.Sprintf("svc%04d", i), FW: frameworks[i%len(frameworks)]}
		size := n / count
		if i < n%count {
			size++
		}
		for j := range size {
			h := &handlerPkg{
				Module: module, Svc: s.Name, FW: s.FW,
				Pkg:    resources[(i+j)%len(resources)],
				Search: rng.IntN(2) == 0,
				Test:   j == 0 && s.FW.Template == "nethttp",
			}
			if k%4 == 1 {
				h.Misuse = s.FW.Misuses[(k/4)%len(s.FW.Misuses)]
			}
			fields := slices.Clone(viewFields)
			rng.Shuffle(len(fields), func(a, b int) { fields[a], fields[b] = fields[b], fields[a] })
			h.Fields = fields[:3+rng.IntN(8)]
			slices.Sort(h.Fields)
			s.Handlers = append(s.Handlers, h)
			k++
		}
		slices.SortFunc(s.Handlers, func(a, b *handlerPkg) int { return strings.Compare(a.Pkg, b.Pkg) })
		services = append(services, s)
	}
	return services
}

var requireBlock = regexp.MustCompile(`(?ms)^require \(\n.*?^\)\n`)

// dependencies returns the require blocks of dir/go.mod and dir/go.sum.
func dependencies(dir string) (gomod, gosum string, err error) {
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil {
		return "", "", fmt.Errorf("-deps: %w", err)
	}
	sum, err := os.ReadFile(filepath.Join(dir, "go.sum"))
	if err != nil {
		return "", "", fmt.Errorf("-deps: %w", err)
	}
	blocks := requireBlock.FindAllString(string(mod), -1)
	if len(blocks) == 0 {
		return "", "", fmt.Errorf("-deps: %s/go.mod has no require block", dir)
	}
	return "\n" + strings.Join(blocks, "\n"), string(sum), nil
}

// write writes files under dir in sorted order, after removing a module
// this command wrote there before.
func write(dir string, files map[string]string) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		mod, _ := os.ReadFile(filepath.Join(dir, "go.mod"))
		if !bytes.HasPrefix(mod, []byte("module "+module+"\n")) {
			return fmt.Errorf("%s is not empty and holds no module written by gen", dir)
		}
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(files[name]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sources holds one template per generated file kind.
//
//go:embed templates.tmpl
var sources string

var templates = template.Must(template.New("").Funcs(template.FuncMap{
	"lower": strings.ToLower,
	"status": func(misuse, want, bad, good string) string {
		if misuse == want {
			return bad
		}
		return good
	},
}).Parse(sources))

func render(name string, data any) string {
	var b strings.Builder
	if err := templates.ExecuteTemplate(&b, name, data); err != nil {
		panic(err)
	}
	return b.String()
}
