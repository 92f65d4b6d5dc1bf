package report

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// Text writes "file:line:col: message" lines, each related location after
// its finding as "file:line:col: \tmessage" (singlechecker's form), file
// names relative to base (the working directory), with contextLines lines of
// source around each when contextLines >= 0.
func Text(w io.Writer, fs []Finding, base string, contextLines int) error {
	bw := bufio.NewWriter(w)
	src := map[string][]string{}
	show := func(p Position, message string) {
		fmt.Fprintf(bw, "%s:%d:%d: %s\n", Rel(base, p.File), p.Line, p.Col, message)
		if contextLines < 0 {
			return
		}
		lines, ok := src[p.File]
		if !ok {
			if b, err := os.ReadFile(p.File); err == nil {
				lines = strings.Split(string(b), "\n")
			}
			src[p.File] = lines
		}
		end := max(p.EndLine, p.Line)
		for l := max(1, p.Line-contextLines); l <= min(len(lines), end+contextLines); l++ {
			fmt.Fprintf(bw, "%d\t%s\n", l, lines[l-1])
		}
	}
	for _, f := range fs {
		show(f.Position, f.Message)
		for _, r := range f.Related {
			show(r.Position, "\t"+r.Message)
		}
	}
	return bw.Flush()
}
