package driver

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/statuslint/statuslint/internal/report"
)

// TestApplyFixesOverlap: of two fixes that touch the same text only the
// first is applied (a fix is taken whole or not at all, and two insertions
// at one offset overlap), identical edits (a package and its test variant)
// are applied once, and only a finding's first fix is used.
func TestApplyFixesOverlap(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "f.txt")
	other := filepath.Join(dir, "g.txt")
	for _, f := range []string{file, other} {
		if err := os.WriteFile(f, []byte("abcdefghij"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	edit := func(file string, start, end int, text string) report.Edit {
		return report.Edit{Position: report.Position{File: file}, Start: start, End: end, NewText: text}
	}
	finding := func(fixes ...[]report.Edit) report.Finding {
		f := report.Finding{Rule: "r", Position: report.Position{File: file}}
		for _, edits := range fixes {
			f.Fixes = append(f.Fixes, report.Fix{Message: "fix", Edits: edits})
		}
		return f
	}
	findings := []report.Finding{
		finding([]report.Edit{edit(file, 0, 1, "Z")}),
		finding([]report.Edit{edit(file, 2, 5, "X")}),
		finding([]report.Edit{edit(file, 4, 6, "Y")}),                                          // overlaps 2-5: skipped
		finding([]report.Edit{edit(file, 2, 5, "X")}),                                          // the same edit again: applied once
		finding([]report.Edit{edit(file, 8, 8, "I")}),                                          // an insertion
		finding([]report.Edit{edit(file, 8, 8, "J")}),                                          // a second insertion there: skipped
		finding([]report.Edit{edit(file, 9, 10, "K"), edit(file, 3, 4, "W")}),                  // one edit overlaps: the whole fix is skipped
		finding([]report.Edit{edit(other, 9, 10, "L")}, []report.Edit{edit(other, 0, 1, "M")}), // the first fix only
		{Rule: "r", Position: report.Position{File: file}},                                     // no fix
	}

	var stdout, stderr bytes.Buffer
	if err := applyFixes(findings, true, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"-abcdefghij", "+ZbXfghIij", "+abcdefghiL"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("-diff output lacks %q:\n%s", want, stdout.String())
		}
	}
	if got, _ := os.ReadFile(file); string(got) != "abcdefghij" {
		t.Errorf("-diff wrote the file: %q", got)
	}

	stdout.Reset()
	stderr.Reset()
	if err := applyFixes(findings, false, &stdout, &stderr); err != nil {
		t.Fatal(err)
	}
	for f, want := range map[string]string{file: "ZbXfghIij", other: "abcdefghiL"} {
		if got, _ := os.ReadFile(f); string(got) != want {
			t.Errorf("%s after the fixes: %q, want %q", filepath.Base(f), got, want)
		}
	}
	if want := "statuslint: skipped 3 fixes overlapping another; run -fix again\n"; stderr.String() != want || stdout.Len() != 0 {
		t.Errorf("stdout %q, stderr %q; want stderr %q", stdout.String(), stderr.String(), want)
	}
}
