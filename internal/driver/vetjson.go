package driver

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/statuslint/statuslint/internal/report"
)

// The go vet JSON document (-json, -format=json): package ID → analyzer
// name → diagnostics, or {"error": ...} for a package whose analysis
// failed. The shape is x/tools' driverutil.JSONTree, which is internal.

type jsonDiagnostic struct {
	Category       string              `json:"category,omitempty"`
	Posn           string              `json:"posn"`
	End            string              `json:"end"`
	Message        string              `json:"message"`
	SuggestedFixes []jsonSuggestedFix  `json:"suggested_fixes,omitempty"`
	Related        []jsonRelatedInform `json:"related,omitempty"`
}

type jsonSuggestedFix struct {
	Message string         `json:"message"`
	Edits   []jsonTextEdit `json:"edits"`
}

type jsonTextEdit struct {
	Filename string `json:"filename"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	New      string `json:"new"`
}

type jsonRelatedInform struct {
	Posn    string `json:"posn"`
	End     string `json:"end"`
	Message string `json:"message"`
}

func posn(file string, line, col int) string { return fmt.Sprintf("%s:%d:%d", file, line, col) }

func vetJSON(w io.Writer, fs []report.Finding, errors map[string]string) error {
	tree := map[string]map[string]any{}
	diags := map[string][]jsonDiagnostic{}
	for _, f := range fs {
		d := jsonDiagnostic{
			Category: f.Rule,
			Posn:     posn(f.File, f.Line, f.Col),
			End:      posn(f.File, f.EndLine, f.EndCol),
			Message:  f.Message,
		}
		for _, fix := range f.Fixes {
			jf := jsonSuggestedFix{Message: fix.Message, Edits: []jsonTextEdit{}}
			for _, e := range fix.Edits {
				jf.Edits = append(jf.Edits, jsonTextEdit{Filename: e.File, Start: e.Start, End: e.End, New: e.NewText})
			}
			d.SuggestedFixes = append(d.SuggestedFixes, jf)
		}
		for _, r := range f.Related {
			d.Related = append(d.Related, jsonRelatedInform{Posn: posn(r.File, r.Line, r.Col), End: posn(r.File, r.EndLine, r.EndCol), Message: r.Message})
		}
		diags[f.Package] = append(diags[f.Package], d)
	}
	for id, ds := range diags {
		tree[id] = map[string]any{"statuslint": ds}
	}
	for id, msg := range errors {
		tree[id] = map[string]any{"statuslint": map[string]string{"error": msg}}
	}
	data, err := json.MarshalIndent(tree, "", "\t")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", data)
	return err
}
