package statuslint

import "golang.org/x/tools/go/analysis"

// NewPanicking is New with one rule made to panic when it reports a
// finding: a test's way to see a panicking rule recovered.
func NewPanicking(cfg Config, rule string) *analysis.Analyzer {
	cfg.panicOnReport = rule
	return New(cfg)
}
