package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// GitHub writes GitHub Actions workflow commands (::error / ::warning), one
// per finding, which the Actions runner turns into annotations on the
// pull request. File names are relative to base, the repository root.
func GitHub(w io.Writer, fs []Finding, base string) error {
	bw := bufio.NewWriter(w)
	for _, f := range fs {
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			f.Level, escapeProperty(Rel(base, f.File)), f.Line, f.Col, max(f.EndLine, f.Line), f.EndCol,
			escapeProperty("statuslint: "+f.Rule), escapeData(f.Message))
	}
	return bw.Flush()
}

// escapeData escapes a workflow command's message the way the Actions
// toolkit does (toCommandValue / escapeData).
var dataEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")

func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a workflow command's property value: the data
// escapes plus ':' and ',', which separate properties.
var propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")

func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
