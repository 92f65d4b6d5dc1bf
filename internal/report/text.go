package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Text writes "file:line:col: message" lines, file names relative to base
// (the working directory), with contextLines lines of source around each
// finding when contextLines >= 0.
func Text(w io.Writer, fs []Finding, base string, contextLines int) error {
	bw := bufio.NewWriter(w)
	src := map[string][]string{}
	for _, f := range fs {
		fmt.Fprintf(bw, "%s:%d:%d: %s\n", Rel(base, f.File), f.Line, f.Col, f.Message)
		if contextLines < 0 {
			continue
		}
		lines, ok := src[f.File]
		if !ok {
			if b, err := os.ReadFile(f.File); err == nil {
				lines = strings.Split(string(b), "\n")
			}
			src[f.File] = lines
		}
		end := max(f.EndLine, f.Line)
		for l := max(1, f.Line-contextLines); l <= min(len(lines), end+contextLines); l++ {
			fmt.Fprintf(bw, "%d\t%s\n", l, lines[l-1])
		}
	}
	return bw.Flush()
}
