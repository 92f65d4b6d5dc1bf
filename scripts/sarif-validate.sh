#!/usr/bin/env bash
# Runs the official SARIF validator (@microsoft/sarif-multitool, from npm)
# on statuslint's SARIF for the end-to-end testdata packages. Slow (npm
# install of a .NET tool); not part of `make test`: `make sarif-validate`.
#
# Fails on any validator error, and on warnings other than SARIF2004
# (go-sarif writes unset indexes as -1, which the schema allows) and
# SARIF2005 (a development build's version is "(devel)").
set -euo pipefail
cd "$(dirname "$0")/.."
tool=.cache/sarif-multitool
if [ ! -x "$tool/node_modules/.bin/sarif-multitool" ]; then
	mkdir -p "$tool"
	(cd "$tool" && npm install --silent --no-save @microsoft/sarif-multitool >/dev/null)
fi
go build -o bin/statuslint ./cmd/statuslint
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
set +e
(cd testdata && GOPROXY=off GOFLAGS=-mod=mod GOWORK=off ../bin/statuslint -format=sarif -output="$out/statuslint.sarif" ./src/e2e/api/... ./src/e2e/service/...)
code=$?
set -e
if [ "$code" -ne 3 ]; then
	echo "sarif-validate: statuslint exited $code, want 3 (findings)" >&2
	exit 1
fi
"$tool/node_modules/.bin/sarif-multitool" validate "$out/statuslint.sarif" >"$out/validate.txt" 2>&1 || {
	cat "$out/validate.txt" >&2
	echo "sarif-validate: the validator failed" >&2
	exit 1
}
if grep -E '(error|warning) SARIF[0-9]+' "$out/validate.txt" | grep -vE 'warning (SARIF2004|SARIF2005):'; then
	echo "sarif-validate: the validator reported the problems above" >&2
	exit 1
fi
echo "sarif-validate: $(grep -c '"ruleId"' "$out/statuslint.sarif") results valid per sarif-multitool"
