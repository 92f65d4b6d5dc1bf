package report

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
)

// baselineVersion is the format of the baseline file; a file of another
// version is an error, not a silent miss.
const baselineVersion = 1

// Baseline is the set of findings a team has accepted: each entry counts
// the findings with one key (rule, file relative to the baseline file,
// enclosing function, flagged text). Line numbers are not part of it, so
// edits elsewhere in the file do not invalidate it.
type Baseline struct {
	Version  int             `json:"statuslint_baseline"`
	Findings []BaselineEntry `json:"findings"`
	dir      string          // file paths are relative to it
}

// BaselineEntry is one accepted finding key and how many findings have it.
type BaselineEntry struct {
	Rule     string `json:"rule"`
	File     string `json:"file"`
	Function string `json:"function,omitempty"`
	Text     string `json:"text"`
	Count    int    `json:"count"`
	// Message is for the reader of the file; matching ignores it (messages
	// name line numbers).
	Message string `json:"message,omitempty"`
}

// WriteBaseline records fs in path, with file names relative to path's
// directory.
func WriteBaseline(path string, fs []Finding) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(abs)
	b := Baseline{Version: baselineVersion, Findings: []BaselineEntry{}}
	at := map[string]int{}
	for _, f := range fs {
		k := f.key(dir)
		if i, ok := at[k]; ok {
			b.Findings[i].Count++
			continue
		}
		at[k] = len(b.Findings)
		b.Findings = append(b.Findings, BaselineEntry{Rule: f.Rule, File: Rel(dir, f.File), Function: f.Func, Text: f.Text, Count: 1, Message: f.Message})
	}
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(data, '\n'), 0o644)
}

// ReadBaseline reads a baseline file written by WriteBaseline.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s is not a statuslint baseline: %w", path, err)
	}
	if b.Version != baselineVersion {
		return nil, fmt.Errorf("%s is not a statuslint baseline (want \"statuslint_baseline\": %d; write one with -write-baseline)", path, baselineVersion)
	}
	for _, e := range b.Findings {
		if e.Rule == "" || e.File == "" || e.Count < 1 {
			return nil, fmt.Errorf("%s: malformed entry %+v (rule, file and a count >= 1 are required)", path, e)
		}
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	b.dir = filepath.Dir(abs)
	return &b, nil
}

// Filter returns the findings the baseline does not account for, and how
// many baseline entries' findings are gone (a count of 2 with one finding
// left is one stale entry). Within one key the earliest findings are the
// accepted ones.
func (b *Baseline) Filter(fs []Finding) (fresh []Finding, stale int) {
	left := map[string]int{}
	for _, e := range b.Findings {
		left[e.Rule+"\x00"+e.File+"\x00"+e.Function+"\x00"+e.Text] += e.Count
	}
	order := make([]int, len(fs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int {
		if fs[i].Line != fs[j].Line {
			return fs[i].Line - fs[j].Line
		}
		return fs[i].Col - fs[j].Col
	})
	keep := make([]bool, len(fs))
	for _, i := range order {
		k := fs[i].key(b.dir)
		if left[k] > 0 {
			left[k]--
			continue
		}
		keep[i] = true
	}
	for i, f := range fs {
		if keep[i] {
			fresh = append(fresh, f)
		}
	}
	for _, n := range left {
		stale += n
	}
	return fresh, stale
}
