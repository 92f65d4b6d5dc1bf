package report

import (
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"
)

// srcRoot is the uriBaseId result locations are relative to; GitHub code
// scanning resolves it to the repository checkout.
const srcRoot = "%SRCROOT%"

// fingerprintKey names statuslint's partial fingerprint in SARIF.
const fingerprintKey = "statuslint/v1"

// SARIF writes a SARIF 2.1.0 log for GitHub code scanning and other SARIF
// viewers: one run, every rule of the tool in driver.rules (so ruleIndex is
// stable whatever was found), results with repository-relative locations
// (uriBaseId %SRCROOT%, resolved to base), related locations, partial
// fingerprints and fixes.
func SARIF(w io.Writer, fs []Finding, tool Tool, base string) error {
	run := sarif.NewRunWithInformationURI(tool.Name, tool.URI)
	run.Tool.Driver.Version = &tool.Version
	if tool.Version != "" {
		run.Tool.Driver.SemanticVersion = semver(tool.Version)
	}
	root := "file://" + filepath.ToSlash(base)
	if !strings.HasSuffix(root, "/") {
		root += "/"
	}
	run.OriginalUriBaseIds = map[string]sarif.ArtifactLocation{srcRoot: *sarif.NewArtifactLocation().WithURI(root)}
	run.ColumnKind = ptr("unicodeCodePoints")

	index := map[string]int{}
	for _, r := range tool.Rules {
		index[r.ID] = len(run.Tool.Driver.Rules)
		d := run.AddRule(r.ID).
			WithName(r.Name).
			WithDescription(r.Title).
			WithHelpURI(r.URL).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(string(r.Level)).WithEnabled(r.DefaultOn))
		d.FullDescription = sarif.NewMultiformatMessageString().WithText(cmpOr(r.Doc, r.Title))
		d.Help = sarif.NewMultiformatMessageString().WithText(cmpOr(r.Help, r.Doc, r.Title)).WithMarkdown(cmpOr(r.Doc, r.Title) + "\n\n[Documentation](" + r.URL + ")")
		d.Properties = sarif.NewPropertyBag()
		d.Properties.Add("tags", []string{"http", r.Group})
	}

	files := artifacts{run: run, base: base, index: map[string]int{}}
	prints := Fingerprints(fs, base)
	for i, f := range fs {
		res := sarif.NewRuleResult(f.Rule).
			WithLevel(string(f.Level)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			WithLocations([]*sarif.Location{files.location(f.Position)}).
			WithPartialFingerprints(map[string]string{fingerprintKey: prints[i]})
		if n, ok := index[f.Rule]; ok {
			res.RuleIndex = n
		}
		for j, r := range f.Related {
			loc := files.location(r.Position)
			loc.ID = j + 1
			loc.Message = sarif.NewTextMessage(r.Message)
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		for _, fix := range f.Fixes {
			res.Fixes = append(res.Fixes, files.fix(fix))
		}
		run.AddResult(res)
	}
	rep := sarif.NewReport()
	rep.AddRun(run)
	return rep.PrettyWrite(w)
}

// artifacts lists the files results name in run.artifacts, so each
// artifactLocation carries a real index.
type artifacts struct {
	run   *sarif.Run
	base  string
	index map[string]int
}

func (a *artifacts) location(p Position) *sarif.Location {
	return sarif.NewLocationWithPhysicalLocation(
		sarif.NewPhysicalLocation().
			WithArtifactLocation(a.artifact(p.File)).
			WithRegion(region(p)))
}

// artifact names a file relative to %SRCROOT%, or by its absolute URI when
// it lies outside base (a module in the module cache).
func (a *artifacts) artifact(file string) *sarif.ArtifactLocation {
	loc := sarif.NewArtifactLocation()
	if rel := Rel(a.base, file); filepath.IsAbs(filepath.FromSlash(rel)) {
		loc = loc.WithURI((&url.URL{Scheme: "file", Path: filepath.ToSlash(file)}).String())
	} else {
		loc = loc.WithURI((&url.URL{Path: rel}).String()).WithURIBaseID(srcRoot)
	}
	i, ok := a.index[file]
	if !ok {
		i = len(a.run.Artifacts)
		a.index[file] = i
		art := sarif.NewArtifact().WithLocation(sarif.NewArtifactLocation().WithURI(*loc.URI))
		art.Location.URIBaseID = loc.URIBaseID
		art.Location.Index = i
		a.run.Artifacts = append(a.run.Artifacts, art)
	}
	loc.Index = i
	return loc
}

func region(p Position) *sarif.Region {
	r := sarif.NewRegion().WithStartLine(p.Line).WithStartColumn(p.Col)
	if p.EndLine > 0 {
		r = r.WithEndLine(p.EndLine).WithEndColumn(p.EndCol)
	}
	return r
}

func (a *artifacts) fix(fix Fix) *sarif.Fix {
	changes := map[string]*sarif.ArtifactChange{}
	var order []string
	for _, e := range fix.Edits {
		c, ok := changes[e.File]
		if !ok {
			c = sarif.NewArtifactChange().WithArtifactLocation(a.artifact(e.File))
			changes[e.File] = c
			order = append(order, e.File)
		}
		c.Replacements = append(c.Replacements, sarif.NewReplacement().
			WithDeletedRegion(region(e.Position)).
			WithInsertedContent(sarif.NewArtifactContent().WithText(e.NewText)))
	}
	out := sarif.NewFix().WithDescription(sarif.NewTextMessage(fix.Message))
	for _, f := range order {
		out.AddArtifactChange(changes[f])
	}
	return out
}

// semver returns the version without a leading "v" when it is a release
// version; SARIF's semanticVersion has no room for "(devel)".
func semver(v string) *string {
	v = strings.TrimPrefix(v, "v")
	if v == "" || v[0] < '0' || v[0] > '9' {
		return nil
	}
	return &v
}

func ptr[T any](v T) *T { return &v }

func cmpOr(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
