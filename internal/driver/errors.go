package driver

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/packages"
)

// printErrors prints the load, parse and type errors of roots and their
// dependencies once each, file names relative to cwd, and returns how many
// root packages (a package and its test variant count once) they stopped.
func printErrors(roots []*packages.Package, cwd string, w io.Writer) int {
	seen := map[string]bool{}
	packages.Visit(roots, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			line := e.Msg
			if e.Pos != "" && e.Pos != "-" {
				line = relPos(cwd, e.Pos) + ": " + e.Msg
			}
			if !seen[line] {
				seen[line] = true
				fmt.Fprintln(w, line)
			}
		}
	})
	broken := map[string]bool{}
	for _, p := range roots {
		if len(p.Errors) > 0 || p.IllTyped {
			path := p.PkgPath
			if p.ForTest != "" {
				path = p.ForTest
			}
			broken[path] = true
		}
	}
	return len(broken)
}

// relPos rewrites "/abs/file.go:3:4" relative to cwd.
func relPos(cwd, pos string) string {
	file, rest := pos, ""
	if i := strings.Index(pos, ".go:"); i >= 0 {
		file, rest = pos[:i+3], pos[i+3:]
	}
	if !filepath.IsAbs(file) {
		return pos
	}
	if r, err := filepath.Rel(cwd, file); err == nil && !strings.HasPrefix(r, "..") {
		return r + rest
	}
	return pos
}
