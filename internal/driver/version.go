package driver

import (
	"fmt"
	"os"
	"runtime/debug"
)

// moduleVersion is the statuslint module's version from the build info:
// "v1.2.3" for `go install ...@v1.2.3`, "(devel)" for a build from a checkout.
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// versionLine is what -version prints: the module version, the commit a
// checkout build was made from, and the Go version.
func versionLine() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "statuslint (unknown version)"
	}
	s := "statuslint " + moduleVersion()
	var rev, modified, when string
	for _, kv := range bi.Settings {
		switch kv.Key {
		case "vcs.revision":
			rev = kv.Value
		case "vcs.modified":
			modified = kv.Value
		case "vcs.time":
			when = kv.Value
		}
	}
	if rev != "" {
		if len(rev) > 12 {
			rev = rev[:12]
		}
		s += " (" + rev
		if modified == "true" {
			s += ", modified"
		}
		if when != "" {
			s += ", " + when
		}
		s += ")"
	}
	return s + fmt.Sprintf(" built with %s", bi.GoVersion)
}

// VetVersion is the -V=full line of a release build, in the form go vet
// reads ("NAME version VERSION ..."; the whole line keys its cache), and
// false for a development build, whose line x/tools prints with the
// binary's hash ("NAME version devel ... buildID=HASH").
func VetVersion() (string, bool) {
	v := moduleVersion()
	if v == "(devel)" || v == "" {
		return "", false
	}
	id, err := executableID()
	if err != nil {
		return "", false
	}
	exe, err := os.Executable()
	if err != nil {
		exe = "statuslint"
	}
	return fmt.Sprintf("%s version %s buildID=%s", exe, v, id), true
}
