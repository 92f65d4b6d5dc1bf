// Command statuslint reports HTTP status codes that do not fit what the
// handler code does.
//
//	statuslint [-fix] [-diff] [-json] [-enable=...] [-disable=...] ./...
//	go vet -vettool=$(which statuslint) ./...
//
// Exit status: 0 clean, 3 findings, 1 load or type errors, 2 bad flags.
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
	// On a flag error, print the one-line error and a hint instead of the
	// whole flag list; -help still prints it.
	flag.CommandLine.Usage = func() {
		if slices.ContainsFunc(os.Args[1:], func(a string) bool {
			return a == "-h" || a == "-help" || a == "--help" || a == "--h"
		}) {
			flag.Usage()
			return
		}
		fmt.Fprintln(os.Stderr, "run 'statuslint -help' for usage")
	}
	singlechecker.Main(statuslint.New(statuslint.Config{}))
}
