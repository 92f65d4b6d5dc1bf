// Command floor is statuslint's driver with an analyzer that does nothing
// but declare one fact type. Declaring a fact makes the checker run the
// analyzer on every dependency, so the driver loads and type-checks them
// all from source, as it does for statuslint: what floor costs is what any
// fact-using analyzer costs under this driver, and scripts/bench.sh
// measures statuslint against it.
package main

import (
	"os"

	"github.com/statuslint/statuslint/internal/driver"
	"golang.org/x/tools/go/analysis"
)

// noFact is the one fact type; nothing exports it.
type noFact struct{}

func (*noFact) AFact()         {}
func (*noFact) String() string { return "noFact" }

var analyzer = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "does nothing, with one fact type: the cost of loading every package and its dependencies from source",
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	os.Exit(driver.Main(analyzer, os.Args[1:], os.Stdout, os.Stderr))
}
