// Package plugin registers statuslint as a golangci-lint v2 module plugin
// named "statuslint" (https://golangci-lint.run/plugins/module-plugins/).
//
// Importing the package registers the plugin; .custom-gcl.yml names it:
//
//	plugins:
//	  - module: github.com/statuslint/statuslint
//	    import: github.com/statuslint/statuslint/plugin
//	    version: latest # or a tag or pseudo-version; path: ../statuslint for a checkout
//
// The settings under linters.settings.custom.statuslint.settings are the
// command's flags under the same names (enable, disable, wrappers,
// errors.not-found, method-status.allow, ...), set through the analyzer's
// own flag set, so they are validated exactly as the flags are.
package plugin

import (
	"flag"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis"
)

func init() {
	register.Plugin("statuslint", New)
}

// New builds the plugin from the settings golangci-lint decoded from its
// configuration: nil, or a map from setting names to values. A value is a
// string (lists comma-separated, as for the flags), a list of strings, or a
// number or boolean (taken as its text); a map nests names, so
// "errors: {not-found: ...}" is "errors.not-found". An unknown setting or a
// value its flag rejects is an error that names the setting.
func New(settings any) (register.LinterPlugin, error) {
	a := statuslint.New(statuslint.Config{})
	if err := apply(a, settings); err != nil {
		return nil, fmt.Errorf("statuslint: %w", err)
	}
	return &linter{analyzer: a}, nil
}

type linter struct{ analyzer *analysis.Analyzer }

func (l *linter) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return []*analysis.Analyzer{l.analyzer}, nil
}

// GetLoadMode is types-info: the rules read types, and helper facts come
// from the packages a package imports.
func (*linter) GetLoadMode() string { return register.LoadModeTypesInfo }

// apply sets each setting through a's flag set.
func apply(a *analysis.Analyzer, settings any) error {
	if settings == nil {
		return nil
	}
	flat := map[string]any{}
	if err := flatten("", settings, flat); err != nil {
		return err
	}
	names := make([]string, 0, len(flat))
	for name := range flat {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		f := a.Flags.Lookup(name)
		if f == nil {
			return fmt.Errorf("unknown setting %q; valid settings: %s", name, strings.Join(validSettings(a), ", "))
		}
		values, err := texts(flat[name])
		if err != nil {
			return fmt.Errorf("setting %q: %w", name, err)
		}
		if name == "method-status.allow" && len(values) > 1 {
			// One matrix: a list is its CODE:METHODS entries.
			values = []string{strings.Join(values, ";")}
		}
		for _, v := range values {
			if err := a.Flags.Set(name, v); err != nil {
				return fmt.Errorf("setting %q: bad value %q: %w", name, v, err)
			}
		}
	}
	return nil
}

// flatten collects the leaves of nested maps under their dotted names.
func flatten(prefix string, v any, out map[string]any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Map {
		if prefix == "" {
			return fmt.Errorf("settings must be a map of setting names to values, not %T", v)
		}
		out[prefix] = v
		return nil
	}
	iter := rv.MapRange()
	for iter.Next() {
		key := fmt.Sprint(iter.Key().Interface())
		if prefix != "" {
			key = prefix + "." + key
		}
		if err := flatten(key, iter.Value().Interface(), out); err != nil {
			return err
		}
	}
	return nil
}

// texts turns a setting's value into the strings its flag is set with:
// a scalar gives one, a list one per element.
func texts(v any) ([]string, error) {
	if v == nil {
		return nil, nil // "enable:" with nothing after it
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Slice, reflect.Array:
		var out []string
		for i := range rv.Len() {
			e := rv.Index(i).Interface()
			s, ok := scalar(e)
			if !ok {
				return nil, fmt.Errorf("list element %d is a %T; want a string", i, e)
			}
			out = append(out, s)
		}
		return out, nil
	}
	s, ok := scalar(v)
	if !ok {
		return nil, fmt.Errorf("value is a %T; want a string or a list of strings", v)
	}
	return []string{s}, nil
}

func scalar(v any) (string, bool) {
	switch reflect.ValueOf(v).Kind() {
	case reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return fmt.Sprint(v), true
	}
	return "", false
}

func validSettings(a *analysis.Analyzer) []string {
	var names []string
	a.Flags.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	sort.Strings(names)
	return names
}
