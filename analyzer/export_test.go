package statuslint

import "golang.org/x/tools/go/analysis"

// NewKeepingModels is New for the per-package benchmarks: the model of a
// package is not released after the rules run, so they can run again.
func NewKeepingModels(cfg Config) *analysis.Analyzer {
	cfg.keepModel = true
	return New(cfg)
}

// NewPanicking is New with one rule made to panic when it reports a
// finding: a test's way to see a panicking rule recovered.
func NewPanicking(cfg Config, rule string) *analysis.Analyzer {
	cfg.panicOnReport = rule
	return New(cfg)
}
