package driver

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"os"
	"slices"
	"sort"

	"github.com/pmezard/go-difflib/difflib"
	"github.com/statuslint/statuslint/internal/report"
)

// applyFixes applies the first suggested fix of each finding, in source
// order, skipping a fix that overlaps one already taken (two fixes that
// touch the same text are never both applied; identical edits from a
// package and its test variant count once). A file that was gofmt-clean is
// formatted again. With diff, the changes are printed as a unified diff
// and no file is written.
func applyFixes(fs []report.Finding, diff bool, stdout, stderr io.Writer) error {
	edits := map[string][]report.Edit{}
	skipped := 0
	for _, f := range fs {
		if len(f.Fixes) == 0 {
			continue
		}
		fix := f.Fixes[0]
		ok := true
		for _, e := range fix.Edits {
			if conflicts(edits[e.File], e) {
				ok = false
				break
			}
		}
		if !ok {
			skipped++
			continue
		}
		for _, e := range fix.Edits {
			if !slices.ContainsFunc(edits[e.File], func(x report.Edit) bool { return sameEdit(x, e) }) {
				edits[e.File] = append(edits[e.File], e)
			}
		}
	}
	files := make([]string, 0, len(edits))
	for f := range edits {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, file := range files {
		info, err := os.Stat(file)
		if err != nil {
			return err
		}
		orig, err := os.ReadFile(file)
		if err != nil {
			return err
		}
		fixed, err := apply(orig, edits[file])
		if err != nil {
			return fmt.Errorf("%s: %w", file, err)
		}
		if formatted, err := format.Source(orig); err == nil && bytes.Equal(formatted, orig) {
			if f, err := format.Source(fixed); err == nil {
				fixed = f
			}
		}
		if diff {
			text, err := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
				A: difflib.SplitLines(string(orig)), B: difflib.SplitLines(string(fixed)),
				FromFile: file + " (old)", ToFile: file + " (new)", Context: 3,
			})
			if err != nil {
				return err
			}
			fmt.Fprint(stdout, text)
			continue
		}
		if err := os.WriteFile(file, fixed, info.Mode().Perm()); err != nil {
			return err
		}
	}
	if skipped > 0 {
		fmt.Fprintf(stderr, "statuslint: skipped %d %s overlapping another; run -fix again\n", skipped, plural(skipped, "fix", "fixes"))
	}
	return nil
}

func sameEdit(a, b report.Edit) bool {
	return a.Start == b.Start && a.End == b.End && a.NewText == b.NewText
}

// conflicts reports whether e overlaps one of taken without being the same
// edit; two insertions at one offset conflict too.
func conflicts(taken []report.Edit, e report.Edit) bool {
	for _, t := range taken {
		if sameEdit(t, e) {
			continue
		}
		if e.Start < t.End && t.Start < e.End || e.Start == t.Start {
			return true
		}
	}
	return false
}

func apply(src []byte, edits []report.Edit) ([]byte, error) {
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(a, b report.Edit) int { return a.Start - b.Start })
	var out bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.Start < last || e.End < e.Start || e.End > len(src) {
			return nil, fmt.Errorf("a fix's edit %d-%d does not fit the file (changed since the analysis?)", e.Start, e.End)
		}
		out.Write(src[last:e.Start])
		out.WriteString(e.NewText)
		last = e.End
	}
	out.Write(src[last:])
	return out.Bytes(), nil
}
