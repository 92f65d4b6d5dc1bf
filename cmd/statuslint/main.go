// Command statuslint reports HTTP status codes that do not fit what the
// handler code does.
//
//	statuslint [-fix] [-diff] [-json] [-enable=...] [-disable=...] ./...
//	statuslint -format=sarif|github|codeclimate|json|text [-output=FILE] [-baseline=FILE] [-new-from-rev=REV] ./...
//	statuslint -list | -explain RULE | -version
//	go vet -vettool=$(which statuslint) ./...
//
// Exit status: 0 clean, 3 findings, 1 load or type errors, 2 bad flags.
//
// Two drivers share the binary: singlechecker's (text, -json, -fix, -diff,
// and go vet's unitchecker protocol) and the reporting mode in report.go,
// chosen when a reporting flag is given. Reporting flags are not registered
// on the global flag set, so go vet's -flags query does not offer them and
// unitchecker never sees them.
package main

import (
	"flag"
	"fmt"
	"os"
	"slices"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	a := statuslint.New(statuslint.Config{})
	if wantsReportMode(os.Args[1:]) {
		os.Exit(runReport(a, os.Args[1:], os.Stdout, os.Stderr))
	}
	// On a flag error, print the one-line error and a hint instead of the
	// whole flag list; -help still prints it, and the reporting flags after it.
	flag.CommandLine.Usage = func() {
		if slices.ContainsFunc(os.Args[1:], func(a string) bool {
			return a == "-h" || a == "-help" || a == "--help" || a == "--h"
		}) {
			flag.Usage()
			fs := flag.NewFlagSet("statuslint", flag.ContinueOnError)
			addReportFlags(fs, new(reportFlags))
			fmt.Fprintln(os.Stderr, "\nReporting flags (not under go vet; they also take -c, -test, -tags and the rule flags above):")
			fs.SetOutput(os.Stderr)
			fs.PrintDefaults()
			return
		}
		fmt.Fprintln(os.Stderr, "run 'statuslint -help' for usage")
	}
	singlechecker.Main(a)
}
