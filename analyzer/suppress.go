package statuslint

import (
	"fmt"
	"go/token"
	"slices"
	"strings"

	"github.com/statuslint/statuslint/internal/rules"
	"golang.org/x/tools/go/analysis"
)

// directive is one "//statuslint:ignore rule[,rule] reason" comment. It
// silences the named rules on its own line and on the line below it.
type directive struct {
	pos    token.Pos
	file   string
	line   int
	rules  []string
	reason string
	used   bool
}

const ignorePrefix = "//statuslint:ignore"

// suppress drops findings silenced by directives and adds findings about
// the directives themselves: one without a reason, one naming an unknown
// rule, and one that silenced nothing.
func suppress(pass *analysis.Pass, enabled []rules.Rule, found []analysis.Diagnostic) []analysis.Diagnostic {
	var dirs []*directive
	var out []analysis.Diagnostic
	bad := func(pos token.Pos, format string, args ...any) {
		out = append(out, analysis.Diagnostic{Pos: pos, Category: "ignore-directive",
			Message: "ignore-directive: " + fmt.Sprintf(format, args...)})
	}
	for _, f := range pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if !strings.HasPrefix(c.Text, ignorePrefix) {
					continue
				}
				rest := strings.TrimPrefix(c.Text, ignorePrefix)
				if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
					continue // //statuslint:ignorefoo is not ours
				}
				if i := strings.Index(rest, "//"); i >= 0 {
					rest = rest[:i] // a trailing comment is not the reason
				}
				fields := strings.Fields(rest)
				if len(fields) == 0 {
					bad(c.Pos(), "%s needs the rules it silences and a reason: %s <rule>[,<rule>] <reason>", ignorePrefix, ignorePrefix)
					continue
				}
				posn := pass.Fset.Position(c.Pos())
				d := &directive{pos: c.Pos(), file: posn.Filename, line: posn.Line, reason: strings.Join(fields[1:], " ")}
				ok := true
				for _, r := range strings.Split(fields[0], ",") {
					if _, known := rules.Lookup(r); !known {
						bad(c.Pos(), "%s names unknown rule %q; valid rules: %s", ignorePrefix, r, strings.Join(rules.IDs(), ", "))
						ok = false
					}
					d.rules = append(d.rules, r)
				}
				if d.reason == "" {
					bad(c.Pos(), "%s %s needs a reason after the rule names", ignorePrefix, fields[0])
					ok = false
				}
				if ok {
					dirs = append(dirs, d)
				}
			}
		}
	}
	for _, d := range found {
		posn := pass.Fset.Position(d.Pos)
		silenced := false
		for _, dir := range dirs {
			if dir.file == posn.Filename && (dir.line == posn.Line || dir.line == posn.Line-1) && slices.Contains(dir.rules, d.Category) {
				dir.used = true
				silenced = true
			}
		}
		if !silenced {
			out = append(out, d)
		}
	}
	on := map[string]bool{}
	for _, r := range enabled {
		on[r.ID] = true
	}
	for _, dir := range dirs {
		if !dir.used && slices.ContainsFunc(dir.rules, func(r string) bool { return on[r] }) {
			bad(dir.pos, "%s %s silences nothing here; remove it", ignorePrefix, strings.Join(dir.rules, ","))
		}
	}
	return out
}
