// Command statuslint reports HTTP status codes that do not fit what the
// handler code does.
//
//	statuslint [-fix [-diff]] [-json] [-c N] [-enable=...] [-disable=...] ./...
//	statuslint -format=text|json|sarif|github|codeclimate [-output=FILE] [-baseline=FILE] [-new-from-rev=REV] ./...
//	statuslint -routes [-json] [-openapi=FILE] ./...
//	statuslint -list | -explain RULE | -version
//	go vet -vettool=$(which statuslint) ./...
//
// Exit status: 0 clean, 3 findings, 1 load or type errors, 2 bad flags.
//
// The command is internal/driver (go/packages, go/analysis/checker, a
// result cache). go vet's protocol (-V=full, -flags, and one .cfg file per
// package) is answered by x/tools' singlechecker, which hands the .cfg to
// unitchecker.
package main

import (
	"fmt"
	"os"
	"slices"
	"strings"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/driver"
	"golang.org/x/tools/go/analysis/singlechecker"
)

func main() {
	a := statuslint.New(statuslint.Config{})
	if goVet(os.Args[1:]) {
		if slices.Contains(os.Args[1:], "-V=full") {
			if line, ok := driver.VetVersion(); ok {
				fmt.Println(line)
				return
			}
		}
		singlechecker.Main(a)
		return
	}
	os.Exit(driver.Main(a, os.Args[1:], os.Stdout, os.Stderr))
}

// goVet reports whether the go command is talking to its vet tool: asking
// for its version (-V=full) or flags (-flags), or handing it a package's
// configuration file.
func goVet(args []string) bool {
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "V" || name == "flags") {
			return true
		}
	}
	return len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg")
}
