package model_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"
)

// TestFacts checks the facts inferred for the helper packages: status
// wrappers (through chains, methods and generics), fixed-status helpers,
// body writers, error constructors, helpers around gin/echo/fiber contexts
// and handler summaries; helpers that write on some paths only get none.
func TestFacts(t *testing.T) {
	dir, err := filepath.Abs("../../testdata")
	if err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, builder, "./src/helpers/...")
}
