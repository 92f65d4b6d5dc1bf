package statuslint

import (
	"errors"
	"flag"
	"fmt"
	"go/token"
	"maps"
	"path"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/statuslint/statuslint/internal/classify"
	"github.com/statuslint/statuslint/internal/httpapi"
	"github.com/statuslint/statuslint/internal/model"
	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis"
)

// Config selects rules and sets their options. The zero value runs the
// default group with default options.
type Config struct {
	Enable  []string // rule IDs or groups to turn on
	Disable []string // rule IDs or groups to turn off
	// MethodStatus overrides the method-status matrix ("201:POST,PUT;304:GET,HEAD").
	MethodStatus string
	// MessagePhrases adds message-status phrases ("nicht gefunden:404;keine Berechtigung:403").
	MessagePhrases string
	// Classes extends the error tables: a fully qualified function, method
	// or error variable ("example.com/store.ErrGone", "example.com/api.Request.Check")
	// mapped to the class of the error it returns or is.
	Classes map[string]classify.Class
	// Wrappers declares response helpers inference cannot see (interface
	// methods, function values): "NAME:ARG" (writes the status in argument
	// ARG with a body and ends the response) or "NAME:ARG:status", NAME
	// fully qualified ("example.com/api.Responder.JSON:1").
	Wrappers []string
	// OpenAPI names OpenAPI 3.x or Swagger 2.0 documents (YAML or JSON)
	// that undeclared-status and unanswered-status check the routes
	// against; a relative path is resolved against the module's root.
	OpenAPI []string
	// OpenAPIRoutes also reports registered routes the documents do not
	// have (-openapi.routes).
	OpenAPIRoutes bool

	// RulePerPackage is for statuslint's own tests: in a package whose
	// directory is named after a rule (testdata/src/method-status), run only
	// that rule, so one load of the testdata module serves every rule's test.
	RulePerPackage bool

	// panicOnReport is for statuslint's own tests only (export_test.go sets
	// it): the rule with this ID panics when it reports a finding, to check
	// that a panicking rule is recovered. Production code never sets it.
	panicOnReport string
	// keepModel is for the per-package benchmarks (export_test.go): they
	// run the rules again over one model, so it must not be released.
	keepModel bool
}

// New returns a statuslint analyzer for cfg. Its flags (-enable, -disable,
// -method-status.allow) write into its own copy of cfg, so two analyzers
// in one process do not share state.
func New(cfg Config) *analysis.Analyzer {
	s := &settings{cfg: cfg}
	s.cfg.Enable = slices.Clone(cfg.Enable)
	s.cfg.Disable = slices.Clone(cfg.Disable)
	s.cfg.Classes = maps.Clone(cfg.Classes)
	s.cfg.OpenAPI = slices.Clone(cfg.OpenAPI)
	for _, spec := range cfg.Wrappers {
		if err := (wrapperFlag{&s.model.Wrappers}).Set(spec); err != nil && s.err == nil {
			s.err = fmt.Errorf("Config.Wrappers: %w", err) // reported when the analyzer runs
		}
	}
	s.model.ErrorOf = classify.Origins(func() map[string]classify.Class { return s.cfg.Classes })
	s.model.ErrorTables = classify.Tables(func() map[string]classify.Class { return s.cfg.Classes })
	s.modelAnalyzer = model.NewAnalyzer(&s.model)
	a := &analysis.Analyzer{
		Name:       "statuslint",
		Doc:        doc + strings.Join(rules.IDs(), ", ") + docTail,
		URL:        "https://github.com/statuslint/statuslint",
		Requires:   []*analysis.Analyzer{s.modelAnalyzer},
		Run:        s.run,
		ResultType: reflect.TypeOf((*Result)(nil)),
	}
	a.Flags.Var(wrapperFlag{&s.model.Wrappers}, "wrappers",
		"comma-separated response helpers inference cannot see: NAME:ARG (writes the status in argument ARG and a body, and ends the response) or NAME:ARG:status (the status only); NAME is fully qualified (example.com/api.Responder.JSON)")
	a.Flags.Var(listFlag{&s.cfg.Enable}, "enable", "comma-separated rule IDs or groups (default, strict, all) to enable")
	a.Flags.Var(listFlag{&s.cfg.Disable}, "disable", "comma-separated rule IDs or groups to disable")
	for _, cl := range []classify.Class{classify.NotFound, classify.Conflict, classify.Decode, classify.Validate, classify.Server} {
		a.Flags.Var(classFlag{&s.cfg.Classes, cl}, "errors."+cl.String(),
			"comma-separated fully qualified errors or functions whose error is "+cl.String()+" (example.com/store.ErrGone, example.com/api.Request.Check)")
	}
	a.Flags.Var(matrixFlag{&s.cfg.MethodStatus}, "method-status.allow",
		"method-status matrix: CODE:METHODS;... (default \""+rules.FormatMethodMatrix(rules.DefaultMethodMatrix())+"\")")
	a.Flags.Var(phrasesFlag{&s.cfg.MessagePhrases}, "message-status.phrases",
		"message-status phrases to add: PHRASE:CODE;... with a 4xx CODE (nicht gefunden:404;keine Berechtigung:403); repeatable")
	a.Flags.Var(pathsFlag{&s.cfg.OpenAPI}, "openapi",
		"comma-separated OpenAPI 3.x or Swagger 2.0 documents (YAML or JSON) to check routes against (undeclared-status, unanswered-status); relative to the module root")
	a.Flags.BoolVar(&s.cfg.OpenAPIRoutes, "openapi.routes", s.cfg.OpenAPIRoutes,
		"with -openapi, also report registered routes the documents do not have")
	return a
}

const doc = `report HTTP status codes that do not fit what the handler does

statuslint reads handlers of net/http, chi (and go-chi/render), gorilla/mux,
gin, echo v4/v5 and fiber v2/v3, builds one model of each handler's response
along its control flow, and runs rules over it: 201 Created answering a GET,
a body sent with 204, a status set after the header was sent, an http.Error
that falls through into a second response, and more. Each finding names the
code the status table calls for and, where one edit fixes it, carries a
suggested fix. Response helpers, error types, adapters and routes in other
packages are followed through analysis facts; -wrappers declares helpers
inference cannot see.

Rules: `

const docTail = `
(groups: default, strict, all). See https://github.com/statuslint/statuslint.`

type settings struct {
	cfg           Config
	model         model.Options
	modelAnalyzer *analysis.Analyzer
	err           error // a bad Config
	docs          documents
}

func (s *settings) run(pass *analysis.Pass) (res any, err error) {
	if s.err != nil {
		return nil, s.err
	}
	m := pass.ResultOf[s.modelAnalyzer].(*model.Model)
	if m == nil {
		return (*Result)(nil), nil // no HTTP API or helper imported: no handlers
	}
	enabled, err := Select(s.cfg.Enable, s.cfg.Disable)
	if err != nil {
		return nil, err
	}
	if s.cfg.RulePerPackage {
		r, ok := rules.Lookup(path.Base(pass.Pkg.Path()))
		if !ok {
			return (*Result)(nil), nil
		}
		enabled = []rules.Rule{r}
	}
	opts := rules.Options{MethodMatrix: rules.DefaultMethodMatrix()}
	if s.cfg.MethodStatus != "" {
		if opts.MethodMatrix, err = rules.ParseMethodMatrix(s.cfg.MethodStatus); err != nil {
			return nil, fmt.Errorf("-method-status.allow: %w", err)
		}
	}
	if s.cfg.MessagePhrases != "" {
		if opts.Phrases, err = rules.ParseMessagePhrases(s.cfg.MessagePhrases); err != nil {
			return nil, fmt.Errorf("-message-status.phrases: %w", err)
		}
	}
	if opts.OpenAPI, err = s.docs.forPass(pass, s.cfg.OpenAPI); err != nil {
		return nil, err
	}
	opts.OpenAPIRoutes = s.cfg.OpenAPIRoutes
	var found []analysis.Diagnostic
	// A panic is a bug in statuslint, never the user's: it becomes one line
	// of error naming where it happened, and the findings of every rule that
	// did not panic are still reported.
	var failed []string
	defer func() {
		if v := recover(); v != nil {
			failed = append(failed, fmt.Sprintf("statuslint panicked analyzing %s: %s", pass.Pkg.Path(), panicText(v)))
		}
		if len(failed) > 0 {
			res, err = nil, errors.New(strings.Join(failed, "; "))
		}
	}()
	cl := classify.New(pass.TypesInfo, m, s.cfg.Classes)
	for _, r := range enabled {
		if msg := s.runRule(pass, m, cl, opts, r, &found); msg != "" {
			failed = append(failed, msg)
		}
	}
	for _, d := range suppress(pass, enabled, found) {
		if msg := report(pass, d); msg != "" {
			failed = append(failed, msg)
		}
	}
	out := &Result{Routes: routeInfos(pass, m)}
	if !s.cfg.keepModel {
		// The driver keeps every analyzer's result until the run ends: a
		// model nobody reads again would hold a package's handlers, flows
		// and events for the whole run (a third more memory at 2000
		// handler packages).
		m.Release()
	}
	return out, nil
}

// runRule runs one rule, adding its findings to found; a panic is
// returned as "rule R panicked at FILE:LINE:COL: VALUE", the position being
// the last event, route or finding the rule looked at.
func (s *settings) runRule(pass *analysis.Pass, m *model.Model, cl *classify.Classifier, opts rules.Options, r rules.Rule, found *[]analysis.Diagnostic) (msg string) {
	collect := func(d analysis.Diagnostic) { *found = append(*found, d) }
	if s.cfg.panicOnReport == r.ID {
		collect = func(analysis.Diagnostic) { panic("test panic on report") }
	}
	c := rules.NewContext(pass, m, cl, opts, r, collect)
	defer func() {
		if v := recover(); v != nil {
			msg = fmt.Sprintf("rule %s panicked at %s: %s", r.ID, position(pass, c.At()), panicText(v))
		}
	}()
	r.Run(c)
	return ""
}

// report hands d to the driver, which panics on a malformed fix.
func report(pass *analysis.Pass, d analysis.Diagnostic) (msg string) {
	defer func() {
		if v := recover(); v != nil {
			msg = fmt.Sprintf("rule %s panicked at %s: %s", d.Category, position(pass, d.Pos), panicText(v))
		}
	}()
	pass.Report(d)
	return ""
}

// position prints pos, or the package's first file when it is unknown.
func position(pass *analysis.Pass, pos token.Pos) string {
	if !pos.IsValid() && len(pass.Files) > 0 {
		pos = pass.Files[0].Pos()
	}
	p := pass.Fset.Position(pos)
	if !p.IsValid() {
		return pass.Pkg.Path()
	}
	return fmt.Sprintf("%s:%d:%d", p.Filename, p.Line, p.Column)
}

// panicText is a recovered value on one line, with the statuslint source
// line that panicked.
func panicText(v any) string {
	return model.PanicText(v)
}

// Select resolves -enable and -disable into the rules to run: the default
// group, plus what is enabled, minus what is disabled. A rule enabled by its
// ID stays on even when its group is disabled ("-disable=all -enable=x").
func Select(enable, disable []string) ([]rules.Rule, error) {
	inGroup := func(r rules.Rule, names []string) (byID, byGroup bool) {
		for _, n := range names {
			switch n {
			case r.ID:
				byID = true
			case rules.All, r.Group:
				byGroup = true
			}
		}
		return
	}
	for _, n := range append(append([]string{}, enable...), disable...) {
		if err := checkName(n); err != nil {
			return nil, err
		}
	}
	var out []rules.Rule
	for _, r := range rules.Registry {
		enID, enGroup := inGroup(r, enable)
		disID, disGroup := inGroup(r, disable)
		on := r.Group == rules.Default || enID || enGroup
		if disID || (disGroup && !enID) {
			on = false
		}
		if on {
			out = append(out, r)
		}
	}
	return out, nil
}

func checkName(n string) error {
	switch n {
	case rules.Default, rules.Strict, rules.All:
		return nil
	}
	if _, ok := rules.Lookup(n); ok {
		return nil
	}
	return fmt.Errorf("unknown rule %q; valid rules: %s; groups: default, strict, all", n, strings.Join(rules.IDs(), ", "))
}

// listFlag is a comma-separated list of rule names, checked when set.
type listFlag struct{ list *[]string }

func (f listFlag) String() string {
	if f.list == nil {
		return ""
	}
	return strings.Join(*f.list, ",")
}

func (f listFlag) Set(s string) error {
	for _, n := range strings.Split(s, ",") {
		if n = strings.TrimSpace(n); n == "" {
			continue
		}
		if err := checkName(n); err != nil {
			return err
		}
		*f.list = append(*f.list, n)
	}
	return nil
}

type matrixFlag struct{ s *string }

func (f matrixFlag) String() string {
	if f.s == nil {
		return ""
	}
	return *f.s
}

func (f matrixFlag) Set(s string) error {
	if _, err := rules.ParseMethodMatrix(s); err != nil {
		return err
	}
	*f.s = s
	return nil
}

// phrasesFlag adds message-status phrases; each use adds to the last.
type phrasesFlag struct{ s *string }

func (f phrasesFlag) String() string {
	if f.s == nil {
		return ""
	}
	return *f.s
}

func (f phrasesFlag) Set(s string) error {
	if _, err := rules.ParseMessagePhrases(s); err != nil {
		return err
	}
	if *f.s != "" && s != "" {
		*f.s += ";"
	}
	*f.s += s
	return nil
}

var _ flag.Value = listFlag{}

// classFlag adds fully qualified names to one error class.
type classFlag struct {
	m     *map[string]classify.Class
	class classify.Class
}

func (f classFlag) String() string {
	if f.m == nil {
		return ""
	}
	var names []string
	for k, c := range *f.m {
		if c == f.class {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

func (f classFlag) Set(s string) error {
	for _, n := range strings.Split(s, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !strings.Contains(n, ".") || strings.HasSuffix(n, ".") {
			return fmt.Errorf("%q is not a fully qualified name (want path/to/pkg.Name or path/to/pkg.Type.Method)", n)
		}
		if *f.m == nil {
			*f.m = map[string]classify.Class{}
		}
		(*f.m)[n] = f.class
	}
	return nil
}

// wrapperFlag declares response helpers: NAME:ARG or NAME:ARG:status.
type wrapperFlag struct{ m *map[string]model.HelperFact }

func (f wrapperFlag) String() string {
	if f.m == nil {
		return ""
	}
	var out []string
	for k, w := range *f.m {
		s := fmt.Sprintf("%s:%d", k, w.Status)
		if !w.Writes {
			s += ":status"
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

func (f wrapperFlag) Set(s string) error {
	for _, spec := range strings.Split(s, ",") {
		if spec = strings.TrimSpace(spec); spec == "" {
			continue
		}
		parts := strings.Split(spec, ":")
		name := parts[0]
		if len(parts) < 2 || len(parts) > 3 || !strings.Contains(name, ".") || strings.HasSuffix(name, ".") {
			return fmt.Errorf("%q: want NAME:ARG or NAME:ARG:status with a fully qualified NAME (example.com/api.Responder.JSON:1)", spec)
		}
		arg, err := strconv.Atoi(parts[1])
		if err != nil || arg < 0 {
			return fmt.Errorf("%q: the argument index %q is not a number >= 0", spec, parts[1])
		}
		w := model.HelperFact{Kind: model.StatusWrapper, Resp: model.FindResp, Status: arg, Body: httpapi.None, Err: httpapi.None, Writes: true, Commits: true, Complete: true}
		if len(parts) == 3 {
			if parts[2] != "status" {
				return fmt.Errorf("%q: unknown kind %q (want status)", spec, parts[2])
			}
			w.Writes, w.Complete = false, false
		}
		if *f.m == nil {
			*f.m = map[string]model.HelperFact{}
		}
		(*f.m)[name] = w
	}
	return nil
}
