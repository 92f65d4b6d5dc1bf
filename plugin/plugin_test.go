package plugin

import (
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"
)

func build(t *testing.T, settings any) (*analysis.Analyzer, error) {
	t.Helper()
	p, err := New(settings)
	if err != nil {
		return nil, err
	}
	as, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatalf("BuildAnalyzers: %v", err)
	}
	if len(as) != 1 || as[0].Name != "statuslint" {
		t.Fatalf("BuildAnalyzers = %v, want the statuslint analyzer", as)
	}
	return as[0], nil
}

func flagValue(t *testing.T, a *analysis.Analyzer, name string) string {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("no flag %q", name)
	}
	return f.Value.String()
}

func TestRegistered(t *testing.T) {
	newPlugin, err := register.GetPlugin("statuslint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q", got, register.LoadModeTypesInfo)
	}
}

func TestSettings(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     map[string]string // flag → its value after decoding
	}{
		{"nil", nil, map[string]string{"enable": "", "disable": "", "method-status.allow": ""}},
		{"empty", map[string]any{}, map[string]string{"enable": ""}},
		{
			"lists",
			map[string]any{
				"enable":  []any{"strict"},
				"disable": []any{"missing-return", "auth-status"},
			},
			map[string]string{"enable": "strict", "disable": "missing-return,auth-status"},
		},
		{
			"comma strings",
			map[string]any{"enable": "strict, async-accepted", "disable": "missing-return"},
			map[string]string{"enable": "strict,async-accepted", "disable": "missing-return"},
		},
		{
			"typed string list",
			map[string]any{"disable": []string{"missing-return"}},
			map[string]string{"disable": "missing-return"},
		},
		{
			"dotted keys",
			map[string]any{
				"errors.not-found":    []any{"example.com/store.ErrGone"},
				"errors.conflict":     "example.com/store.ErrDup,example.com/store.ErrTaken",
				"method-status.allow": "201:POST,PUT;304:GET,HEAD",
			},
			map[string]string{
				"errors.not-found":    "example.com/store.ErrGone",
				"errors.conflict":     "example.com/store.ErrDup,example.com/store.ErrTaken",
				"method-status.allow": "201:POST,PUT;304:GET,HEAD",
			},
		},
		{
			// What golangci-lint's viper makes of "errors.not-found:" keys.
			"nested maps",
			map[string]any{
				"errors": map[string]any{
					"not-found": []any{"example.com/store.ErrGone"},
					"validate":  "example.com/api.Request.Check",
				},
				"method-status": map[string]any{"allow": []any{"201:POST,PUT", "304:GET,HEAD"}},
			},
			map[string]string{
				"errors.not-found":    "example.com/store.ErrGone",
				"errors.validate":     "example.com/api.Request.Check",
				"method-status.allow": "201:POST,PUT;304:GET,HEAD",
			},
		},
		{
			"yaml.v2 style map",
			map[any]any{"errors": map[any]any{"server": "example.com/store.ErrDown"}},
			map[string]string{"errors.server": "example.com/store.ErrDown"},
		},
		{
			"wrappers",
			map[string]any{"wrappers": []any{"example.com/api.Responder.JSON:1", "example.com/api.Status:1:status"}},
			map[string]string{"wrappers": "example.com/api.Responder.JSON:1,example.com/api.Status:1:status"},
		},
		{
			"message phrases",
			map[string]any{"message-status": map[string]any{"phrases": []any{"nicht gefunden:404", "keine Berechtigung:403"}}},
			map[string]string{"message-status.phrases": "nicht gefunden:404;keine Berechtigung:403"},
		},
		{"null value", map[string]any{"enable": nil}, map[string]string{"enable": ""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := build(t, tc.settings)
			if err != nil {
				t.Fatalf("New(%v): %v", tc.settings, err)
			}
			for name, want := range tc.want {
				if got := flagValue(t, a, name); got != want {
					t.Errorf("%s = %q, want %q", name, got, want)
				}
			}
		})
	}
}

// Each plugin instance has its own configuration.
func TestSettingsNotShared(t *testing.T) {
	if _, err := build(t, map[string]any{"enable": "strict"}); err != nil {
		t.Fatal(err)
	}
	a, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := flagValue(t, a, "enable"); got != "" {
		t.Errorf("enable = %q in a second plugin, want empty", got)
	}
}

func TestSettingsErrors(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings any
		want     []string // substrings of the error
	}{
		{
			"unknown setting",
			map[string]any{"enabled": "strict"},
			[]string{`statuslint: unknown setting "enabled"`, "valid settings: disable, enable, errors.conflict", "method-status.allow", "wrappers"},
		},
		{
			"unknown nested setting",
			map[string]any{"errors": map[string]any{"missing": "example.com/x.Err"}},
			[]string{`unknown setting "errors.missing"`},
		},
		{
			"unknown rule",
			map[string]any{"disable": []any{"missing-return", "no-such-rule"}},
			[]string{`setting "disable"`, `bad value "no-such-rule"`, `unknown rule "no-such-rule"`, "valid rules:"},
		},
		{
			"bad class name",
			map[string]any{"errors.not-found": "ErrGone"},
			[]string{`setting "errors.not-found"`, `"ErrGone" is not a fully qualified name`},
		},
		{
			"bad matrix",
			map[string]any{"method-status": map[string]any{"allow": "201"}},
			[]string{`setting "method-status.allow"`, `bad value "201"`},
		},
		{
			"bad phrase",
			map[string]any{"message-status.phrases": []any{"nicht gefunden"}},
			[]string{`setting "message-status.phrases"`, `bad value "nicht gefunden"`, `bad entry "nicht gefunden": want PHRASE:CODE`},
		},
		{
			"bad wrapper",
			map[string]any{"wrappers": []any{"example.com/api.JSON:x"}},
			[]string{`setting "wrappers"`, "is not a number"},
		},
		{
			"map value",
			map[string]any{"enable": []any{map[string]any{"x": 1}}},
			[]string{`setting "enable"`, "list element 0", "want a string"},
		},
		{
			// Numbers and booleans are taken as their text.
			"number",
			map[string]any{"enable": 5},
			[]string{`setting "enable"`, `bad value "5"`, `unknown rule "5"`},
		},
		{"bool", map[string]any{"disable": []any{true}}, []string{`bad value "true"`}},
		{"not a map", []any{"strict"}, []string{"settings must be a map"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.settings)
			if err == nil {
				t.Fatalf("New(%v): no error", tc.settings)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}
