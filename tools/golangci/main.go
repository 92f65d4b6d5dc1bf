// Command golangci-lint is golangci-lint v2.15.0 with statuslint linked in
// as a module plugin: what `golangci-lint custom` builds from
// .custom-gcl.yml, built from the Go module proxy instead of a git clone of
// golangci-lint from GitHub. `make golangci` builds it as
// bin/golangci-lint-statuslint.
//
// It does what golangci-lint's own cmd/golangci-lint does: run its public
// command package with the build's version information, and exit 3
// (exitcodes.Failure) when the command fails. The binary links
// golangci-lint, which is GPL-3.0; it is built for local use and CI, not
// distributed.
package main

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/golangci/golangci-lint/v2/pkg/commands"
	"github.com/golangci/golangci-lint/v2/pkg/exitcodes"

	// Registers the "statuslint" module plugin.
	_ "github.com/statuslint/statuslint/plugin"
)

func main() {
	if err := commands.Execute(buildInfo()); err != nil {
		fmt.Fprintf(os.Stderr, "The command is terminated due to an error: %v\n", err)
		os.Exit(exitcodes.Failure)
	}
}

// buildInfo is what `golangci-lint version` prints. The version is always
// "(devel)", whatever the go command stamped (since Go 1.24 a pseudo-version
// from git, the same for every edit of an uncommitted tree): for "(devel)"
// golangci-lint salts its result cache with a hash of the executable, so a
// binary rebuilt with a changed statuslint never reuses results of the old
// one. Which golangci-lint it is goes in Commit.
func buildInfo() commands.BuildInfo {
	info := commands.BuildInfo{Version: "(devel)", Commit: "?", GoVersion: "unknown", Date: "(unknown)"}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return info
	}
	info.GoVersion = bi.GoVersion
	base := "golangci-lint"
	for _, m := range bi.Deps {
		if m.Path == "github.com/golangci/golangci-lint/v2" {
			base += " " + m.Version
		}
	}
	revision, modified := "unknown", "?"
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			modified = s.Value
		case "vcs.time":
			info.Date = s.Value
		}
	}
	info.Commit = fmt.Sprintf("%s with the statuslint plugin (%s, modified: %s)", base, revision, modified)
	return info
}
