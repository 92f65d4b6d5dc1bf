package driver

import (
	"errors"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

func TestRootCauseSkipsFailedPrerequisites(t *testing.T) {
	panicked := &checker.Action{Package: &packages.Package{PkgPath: "example.com/respond"}, Err: errors.New("statuslintmodel panicked building the model of example.com/respond")}
	fine := &checker.Action{Package: &packages.Package{PkgPath: "fmt"}}
	model := &checker.Action{Package: &packages.Package{PkgPath: "example.com/api"}, Err: errors.New("failed prerequisites: statuslintmodel@example.com/respond"), Deps: []*checker.Action{fine, panicked}}
	root := &checker.Action{Package: model.Package, Err: errors.New("failed prerequisites: statuslintmodel@example.com/api"), Deps: []*checker.Action{model}}
	if got := rootCause(root); got != panicked {
		t.Errorf("rootCause = %v (%v), want the action that panicked", got.Package.PkgPath, got.Err)
	}
	if got := rootCause(panicked); got != panicked {
		t.Errorf("an action that failed itself is its own cause")
	}
}

func TestRelativeIn(t *testing.T) {
	if got := relativeIn("/w/svc", "rule x panicked at /w/svc/api/api.go:3:4: boom"); got != "rule x panicked at api/api.go:3:4: boom" {
		t.Errorf("got %q", got)
	}
}
