package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xeipuuv/gojsonschema"
)

// sample is two findings in one function of /repo/api/users.go, one with a
// related location and a fix, and one whose message and file name hold the
// characters GitHub's workflow commands must escape.
func sample() []Finding {
	return []Finding{
		{
			Rule: "method-status", Message: "method-status: 201 Created answers GET /health; use 200 OK", URL: "https://example.com/#method-status",
			Level:    Error,
			Position: Position{File: "/repo/api/users.go", Line: 20, Col: 16, EndLine: 20, EndCol: 34},
			Func:     "Create", Text: "http.StatusCreated",
			Related: []Related{{Position: Position{File: "/repo/api/api.go", Line: 3, Col: 2, EndLine: 3, EndCol: 9}, Message: "registered here"}},
			Fixes: []Fix{{Message: "Replace http.StatusCreated with http.StatusOK", Edits: []Edit{
				{Position: Position{File: "/repo/api/users.go", Line: 20, Col: 16, EndLine: 20, EndCol: 34}, NewText: "http.StatusOK"}}}},
		},
		{
			Rule: "unauthorized-challenge", Message: "unauthorized-challenge: 100% of 401s, need\r\nWWW-Authenticate: Basic, realm", Level: Warning,
			Position: Position{File: "/repo/api/odd:name,x.go", Line: 7, Col: 3, EndLine: 8, EndCol: 1},
			Func:     "(*Server).auth", Text: "w.WriteHeader(401)",
		},
	}
}

func TestGitHubEscapesDataAndProperties(t *testing.T) {
	var b bytes.Buffer
	if err := GitHub(&b, sample(), "/repo"); err != nil {
		t.Fatal(err)
	}
	want := "::error file=api/users.go,line=20,col=16,endLine=20,endColumn=34,title=statuslint%3A method-status::method-status: 201 Created answers GET /health; use 200 OK\n" +
		"::warning file=api/odd%3Aname%2Cx.go,line=7,col=3,endLine=8,endColumn=1,title=statuslint%3A unauthorized-challenge::unauthorized-challenge: 100%25 of 401s, need%0D%0AWWW-Authenticate: Basic, realm\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

func TestCodeClimate(t *testing.T) {
	var b bytes.Buffer
	if err := CodeClimate(&b, sample(), "/repo"); err != nil {
		t.Fatal(err)
	}
	var issues []map[string]any
	if err := json.Unmarshal(b.Bytes(), &issues); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, b.String())
	}
	if len(issues) != 2 {
		t.Fatalf("%d issues, want 2", len(issues))
	}
	first := issues[0]
	for k, want := range map[string]any{"type": "issue", "check_name": "method-status", "severity": "major", "description": sample()[0].Message} {
		if first[k] != want {
			t.Errorf("%s = %v, want %v", k, first[k], want)
		}
	}
	loc := first["location"].(map[string]any)
	lines := loc["lines"].(map[string]any)
	if loc["path"] != "api/users.go" || lines["begin"] != 20.0 || lines["end"] != 20.0 {
		t.Errorf("location %v", loc)
	}
	if issues[1]["severity"] != "minor" || issues[0]["fingerprint"] == issues[1]["fingerprint"] || len(first["fingerprint"].(string)) != 32 {
		t.Errorf("severity/fingerprints: %v / %v", issues[1]["severity"], []any{issues[0]["fingerprint"], issues[1]["fingerprint"]})
	}
}

// schemaPath is where `make testdeps` (scripts/sarif-schema.sh) puts the
// SARIF 2.1.0 schema from the npm package @microsoft/jest-sarif.
const schemaPath = "../../.cache/sarif-2.1.0-rtm.5.json"

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	schema, err := os.ReadFile(schemaPath)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the SARIF schema is missing (%v); `make testdeps` fetches it", err)
		}
		t.Skipf("the SARIF schema is missing; run `make testdeps` (%v)", err)
	}
	tool := Tool{Name: "statuslint", Version: "v1.2.3", URI: "https://github.com/statuslint/statuslint", Rules: []Rule{
		{ID: "method-status", Name: "MethodStatus", Title: "a status the method should not answer", Doc: "Long text.", URL: "https://x/#method-status", Level: Error, Group: "default", DefaultOn: true},
		{ID: "unauthorized-challenge", Name: "UnauthorizedChallenge", Title: "401 without WWW-Authenticate", URL: "https://x/#unauthorized-challenge", Level: Warning, Group: "strict"},
	}}
	var b bytes.Buffer
	if err := SARIF(&b, sample(), tool, "/repo"); err != nil {
		t.Fatal(err)
	}
	res, err := gojsonschema.Validate(gojsonschema.NewBytesLoader(schema), gojsonschema.NewBytesLoader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Errors() {
		t.Errorf("schema: %s", e)
	}

	// The fields GitHub code scanning reads.
	var log struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct {
					Name, Version, InformationURI string
					Rules                         []struct {
						ID, Name, HelpURI string
						ShortDescription  struct{ Text string }
						FullDescription   struct{ Text string }
						DefaultConfig     struct{ Level string } `json:"defaultConfiguration"`
					}
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string `json:"ruleId"`
				RuleIndex int    `json:"ruleIndex"`
				Level     string
				Message   struct{ Text string }
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						}
						Region struct{ StartLine, StartColumn, EndLine, EndColumn int }
					}
				}
				RelatedLocations    []struct{ Message struct{ Text string } }
				PartialFingerprints map[string]string
				Fixes               []struct {
					Description     struct{ Text string }
					ArtifactChanges []struct {
						Replacements []struct {
							InsertedContent struct{ Text string }
						}
					}
				}
			}
		}
	}
	if err := json.Unmarshal(b.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if log.Version != "2.1.0" || d.Name != "statuslint" || d.Version != "v1.2.3" || d.InformationURI != tool.URI {
		t.Errorf("driver %+v, version %s", d, log.Version)
	}
	if len(d.Rules) != 2 || d.Rules[1].ID != "unauthorized-challenge" || d.Rules[0].HelpURI != "https://x/#method-status" ||
		d.Rules[0].ShortDescription.Text == "" || d.Rules[0].FullDescription.Text != "Long text." || d.Rules[1].DefaultConfig.Level != "warning" {
		t.Errorf("rules %+v", d.Rules)
	}
	if run.OriginalURIBaseIDs["%SRCROOT%"].URI != "file:///repo/" {
		t.Errorf("originalUriBaseIds %+v", run.OriginalURIBaseIDs)
	}
	r0, r1 := run.Results[0], run.Results[1]
	loc := r0.Locations[0].PhysicalLocation
	if r0.RuleID != "method-status" || r0.RuleIndex != 0 || r1.RuleIndex != 1 || r0.Level != "error" || r1.Level != "warning" ||
		loc.ArtifactLocation.URI != "api/users.go" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" ||
		loc.Region.StartLine != 20 || loc.Region.StartColumn != 16 || loc.Region.EndLine != 20 || loc.Region.EndColumn != 34 {
		t.Errorf("results %+v", run.Results)
	}
	if len(r0.RelatedLocations) != 1 || r0.RelatedLocations[0].Message.Text != "registered here" || r0.PartialFingerprints[fingerprintKey] == "" {
		t.Errorf("related/fingerprints %+v", r0)
	}
	if len(r0.Fixes) != 1 || r0.Fixes[0].Description.Text != "Replace http.StatusCreated with http.StatusOK" ||
		r0.Fixes[0].ArtifactChanges[0].Replacements[0].InsertedContent.Text != "http.StatusOK" {
		t.Errorf("fixes %+v", r0.Fixes)
	}
	if got := run.Results[1].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "api/odd:name,x.go" && got != "api/odd%3Aname,x.go" {
		t.Errorf("uri %q", got)
	}
}

func TestFingerprintsIgnoreLinesAndCountTwins(t *testing.T) {
	fs := sample()[:1]
	moved := fs[0]
	moved.Line, moved.EndLine = 42, 42
	moved.Message = "method-status: at line 42" // messages may name lines; they are not part of the key
	twin := fs[0]
	twin.Line, twin.EndLine = 50, 50
	a := Fingerprints(fs, "/repo")
	b := Fingerprints([]Finding{moved, twin}, "/repo")
	if a[0] != b[0] {
		t.Errorf("a finding moved by an unrelated edit changed its fingerprint: %s vs %s", a[0], b[0])
	}
	if b[0] == b[1] {
		t.Errorf("two identical findings in one function share a fingerprint")
	}
}

func TestBaselineRoundTrip(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "api", "users.go")
	at := func(line int, text string) Finding {
		return Finding{Rule: "missing-return", Message: "m", Position: Position{File: file, Line: line, Col: 2}, Func: "Create", Text: text}
	}
	path := filepath.Join(dir, "statuslint-baseline.json")
	if err := WriteBaseline(path, []Finding{at(10, "http.Error(w, a)"), at(20, "http.Error(w, a)"), at(30, "http.Error(w, b)")}); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	if !strings.Contains(string(raw), `"file": "api/users.go"`) || !strings.Contains(string(raw), `"count": 2`) {
		t.Errorf("baseline file:\n%s", raw)
	}
	b, err := ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}
	// Lines shifted by 5, one twin more, one finding gone.
	fresh, stale := b.Filter([]Finding{at(15, "http.Error(w, a)"), at(25, "http.Error(w, a)"), at(28, "http.Error(w, a)")})
	if len(fresh) != 1 || fresh[0].Line != 28 || stale != 1 {
		t.Errorf("fresh %+v, stale %d; want the third twin new and one stale entry", fresh, stale)
	}

	for name, content := range map[string]string{"garbage.json": "not json", "other.json": `{"findings": []}`, "bad.json": `{"statuslint_baseline": 1, "findings": [{"rule": "x"}]}`} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadBaseline(p); err == nil || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err %v, want a one-line error", name, err)
		}
	}
}
