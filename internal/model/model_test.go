package model_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/model"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// modelAnalyzer reports each handler the model finds, with its framework
// and the methods its routes (and only its routes) give it, so testdata can
// pin down handler discovery and route resolution for every framework.
var builder = model.NewAnalyzer(&model.Options{ErrorOf: classify.Origins(nil), ErrorTables: classify.Tables(nil)})

var modelAnalyzer = &analysis.Analyzer{
	Name:     "model",
	Doc:      "reports the handlers statuslint's model finds",
	Requires: []*analysis.Analyzer{builder},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[builder].(*model.Model)
		if m == nil {
			return nil, nil
		}
		for _, h := range m.Handlers {
			methods := "unknown"
			if h.Methods.Known() {
				methods = h.Methods.String()
			}
			var routes []string
			for _, r := range h.Routes {
				if r.Pattern != "" {
					s := r.Methods.String() + " " + r.Pattern
					if r.Partial {
						s = r.Methods.String() + " …" + r.Pattern // a prefix we could not read
					}
					if pass.Pkg.Name() == "chain" { // testdata/src/model/chain: the middleware chain too
						s += " chain=" + chainString(r)
					}
					routes = append(routes, s)
				}
			}
			at := ""
			if len(routes) > 0 {
				at = " at " + strings.Join(routes, "; ")
			}
			pass.Reportf(h.Node.Pos(), "handler %s %s %s%s", h.Name, h.Framework, methods, at)
			for _, e := range h.Events {
				if e.Kind == model.StatusOnly || e.Kind == model.Render {
					if !e.Reached {
						pass.Reportf(e.Call.Pos(), "unreached")
						continue
					}
					if e.Before.Methods.Known() && e.Before.Methods != h.Methods {
						pass.Reportf(e.Call.Pos(), "answers %s", e.Before.Methods)
					}
				}
			}
		}
		return nil, nil
	},
}

// chainString prints what a route's middleware can answer: [500], [] or ?.
func chainString(r model.Route) string {
	if !r.ChainKnown {
		return "?"
	}
	return strings.ReplaceAll(fmt.Sprint(r.ChainStatuses), " ", ",")
}

func TestModel(t *testing.T) {
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, modelAnalyzer, "./src/model/...")
}
