package report

import (
	"encoding/json"
	"io"
)

// ccIssue is one entry of a GitLab Code Quality report (the Code Climate
// issue format, the fields GitLab reads).
type ccIssue struct {
	Type        string     `json:"type"`
	CheckName   string     `json:"check_name"`
	Description string     `json:"description"`
	Categories  []string   `json:"categories"`
	Severity    string     `json:"severity"`
	Fingerprint string     `json:"fingerprint"`
	Location    ccLocation `json:"location"`
}

type ccLocation struct {
	Path  string  `json:"path"`
	Lines ccLines `json:"lines"`
}

type ccLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

// CodeClimate writes a GitLab Code Quality report: a JSON array of issues
// with paths relative to base, the repository root.
func CodeClimate(w io.Writer, fs []Finding, base string) error {
	prints := Fingerprints(fs, base)
	issues := make([]ccIssue, 0, len(fs))
	for i, f := range fs {
		sev := "major"
		if f.Level != Error {
			sev = "minor"
		}
		issues = append(issues, ccIssue{
			Type:        "issue",
			CheckName:   f.Rule,
			Description: f.Message,
			Categories:  []string{"Bug Risk"},
			Severity:    sev,
			Fingerprint: prints[i],
			Location:    ccLocation{Path: Rel(base, f.File), Lines: ccLines{Begin: f.Line, End: max(f.EndLine, f.Line)}},
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(issues)
}
