// Package report turns statuslint's diagnostics into what CI systems read:
// SARIF 2.1.0, GitHub Actions workflow commands, GitLab Code Quality and
// plain text, and keeps the baseline of findings a team has accepted.
//
// It knows nothing of analysis passes: the command converts each
// diagnostic into a Finding (absolute file names, the enclosing function,
// the flagged source text) and the writers here only format.
package report

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// Position is a source range; File is absolute.
type Position struct {
	File            string
	Line, Col       int
	EndLine, EndCol int
}

// Related is another place that explains a finding.
type Related struct {
	Position
	Message string
}

// Edit replaces the range with NewText; Start and End are its byte
// offsets in the file, for applying it.
type Edit struct {
	Position
	Start, End int
	NewText    string
}

// Fix is one suggested fix.
type Fix struct {
	Message string
	Edits   []Edit
}

// Level is how loudly a CI system shows a finding.
type Level string

// Levels, as SARIF spells them.
const (
	Error   Level = "error"
	Warning Level = "warning"
)

// Finding is one diagnostic, ready to print.
type Finding struct {
	Package string // the package ID it was reported in (go vet JSON groups by it)
	Rule    string // rule ID (the diagnostic's category)
	Message string
	URL     string // the rule's documentation
	Level   Level
	Position
	// Func names the enclosing function ("Create", "Handler.list",
	// "(*Server).routes"); "" outside any function. With Text it makes
	// the fingerprint, so it must not depend on line numbers.
	Func    string
	Text    string // the flagged source, whitespace collapsed
	Related []Related
	Fixes   []Fix
}

// Rule describes a rule for the formats that list them (SARIF).
type Rule struct {
	ID, Name  string
	Title     string // one line
	Doc       string // the full explanation
	Help      string // the explanation with examples, plain text
	URL       string
	Level     Level
	Group     string
	DefaultOn bool
}

// Tool describes the program that produced the findings.
type Tool struct {
	Name, Version, URI string
	Rules              []Rule
}

// Sort orders findings by file, position and rule.
func Sort(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.File, b.File),
			cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Col, b.Col),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message))
	})
}

// Rel returns file relative to base, slash-separated; a file outside base
// keeps its absolute name.
func Rel(base, file string) string {
	if base == "" {
		return filepath.ToSlash(file)
	}
	r, err := filepath.Rel(base, file)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(file)
	}
	return filepath.ToSlash(r)
}

// key identifies a finding across edits that move lines: the rule, the
// file (relative to base), the enclosing function and the flagged text.
func (f *Finding) key(base string) string {
	return f.Rule + "\x00" + Rel(base, f.File) + "\x00" + f.Func + "\x00" + f.Text
}

// Fingerprints returns a stable identity for each finding (in the order
// given): a hash of its key and its occurrence number among findings with
// the same key, counted in source order, so two identical findings in one
// function stay two.
func Fingerprints(fs []Finding, base string) []string {
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		return cmp.Or(cmp.Compare(fs[i].Line, fs[j].Line), cmp.Compare(fs[i].Col, fs[j].Col))
	})
	seen := map[string]int{}
	out := make([]string, len(fs))
	for _, i := range order {
		k := fs[i].key(base)
		n := seen[k]
		seen[k]++
		sum := sha256.Sum256([]byte(k + "\x00" + strconv.Itoa(n)))
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}
