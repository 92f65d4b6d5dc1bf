package rules

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

// The README's rule table and sections are written from the rules' metadata.
//go:generate go run ./gen

// DocURL is where the rule documentation lives; each rule's section is
// anchored at its ID.
const DocURL = "https://github.com/statuslint/statuslint/blob/main/README.md"

// URL is the address of the rule's README section; diagnostics carry it.
func (r Rule) URL() string { return DocURL + "#" + r.ID }

// onByDefault reports whether the rule runs unless disabled.
func (r Rule) onByDefault() bool { return r.Group == Default }

// List is the text of statuslint -list: one line per rule in Registry
// order with its ID, group, whether it is on by default, and title.
func List() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 8, 2, ' ', 0)
	for _, r := range Registry {
		on := "off"
		if r.onByDefault() {
			on = "on"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Group, on, r.Title)
	}
	tw.Flush()
	return b.String()
}

// Explain is the text of statuslint -explain RULE: the rule's README
// section laid out for a terminal.
func Explain(r Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.ID, r.Title)
	if r.onByDefault() {
		fmt.Fprintf(&b, "group %s, on by default\n", r.Group)
	} else {
		fmt.Fprintf(&b, "group %s, off by default (-enable=%s or -enable=%s turns it on)\n", r.Group, r.ID, r.Group)
	}
	fmt.Fprintf(&b, "\n%s\n", strings.TrimSpace(r.Doc))
	for _, ex := range []struct{ label, code string }{{"Wrong", r.Wrong}, {"Right", r.Right}} {
		fmt.Fprintf(&b, "\n%s:\n\n", ex.label)
		for line := range strings.SplitSeq(example(ex.code), "\n") {
			if line != "" {
				line = "    " + line
			}
			fmt.Fprintf(&b, "%s\n", line)
		}
	}
	fix := r.Fix
	if fix == "" {
		fix = "none"
	}
	fmt.Fprintf(&b, "\nBasis: %s\nFix:   %s\nURL:   %s\n", r.Basis, fix, r.URL())
	return b.String()
}

// Markdown is the generated part of the README's Rules section: the rule
// table and one "### <id>" section per rule, in Registry order.
func Markdown() string { return markdown(Registry) }

func markdown(rs []Rule) string {
	var b strings.Builder
	b.WriteString("| ID | group | reports | fix |\n|---|---|---|---|\n")
	for _, r := range rs {
		fix := r.Fix
		if fix == "" {
			fix = "—"
		}
		fmt.Fprintf(&b, "| [%s](#%s) | %s | %s | %s |\n", r.ID, r.ID, r.Group, tableCell(r.Title), tableCell(fix))
	}
	for _, r := range rs {
		fmt.Fprintf(&b, "\n### %s\n\n", r.ID)
		if !r.onByDefault() {
			fmt.Fprintf(&b, "*%s: off unless enabled (`-enable=%s` or `-enable=%s`).*\n\n", capitalize(r.Group), r.ID, r.Group)
		}
		fmt.Fprintf(&b, "%s\n", strings.TrimSpace(r.Doc))
		fmt.Fprintf(&b, "\nWrong:\n\n```go\n%s\n```\n", example(r.Wrong))
		fmt.Fprintf(&b, "\nRight:\n\n```go\n%s\n```\n", example(r.Right))
		fix := "No suggested fix."
		if r.Fix != "" {
			fix = "Fix: " + r.Fix + "."
		}
		fmt.Fprintf(&b, "\nBasis: %s.\n%s\n", r.Basis, fix)
	}
	return b.String()
}

// The README region Markdown fills.
const (
	beginGenerated = "<!-- BEGIN GENERATED RULES (go generate ./internal/rules) -->"
	endGenerated   = "<!-- END GENERATED RULES -->"
)

// SpliceMarkdown returns readme with the text between the generated-rules
// markers replaced by Markdown(). go generate ./internal/rules writes its
// result to README.md; a test fails when it differs from README.md.
func SpliceMarkdown(readme string) (string, error) {
	begin := strings.Index(readme, "\n"+beginGenerated+"\n")
	if begin < 0 {
		return "", fmt.Errorf("no line %q", beginGenerated)
	}
	head := readme[:begin+len("\n"+beginGenerated+"\n")]
	end := strings.Index(readme[len(head)-1:], "\n"+endGenerated+"\n")
	if end < 0 {
		return "", fmt.Errorf("no line %q after %q", endGenerated, beginGenerated)
	}
	tail := readme[len(head)+end:]
	return head + "\n" + Markdown() + "\n" + tail, nil
}

// example is a code example without the newlines a raw string starts and ends with.
func example(code string) string { return strings.Trim(code, "\n") }

// tableCell escapes what would end a markdown table cell.
func tableCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
