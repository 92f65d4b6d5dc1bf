#!/usr/bin/env bash
# Regenerates testdata/src/<rule>/*.go.golden by applying the rule's fixes to
# a copy. Review the diff (git diff testdata) before committing: a golden
# file is the expected output, not whatever the tool prints today.
set -euo pipefail
rule=${1:?usage: scripts/golden.sh RULE_ID}
root=$(cd "$(dirname "$0")/.." && pwd)
go build -o "$root/bin/statuslint" "$root/cmd/statuslint"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp -r "$root/testdata/." "$tmp/"
(cd "$tmp" && GOFLAGS=-mod=mod "$root/bin/statuslint" -disable=all -enable="$rule" -fix "./src/$rule/..." >/dev/null 2>&1 || true)
for f in "$root/testdata/src/$rule"/*.go; do
  b=$(basename "$f")
  if ! cmp -s "$f" "$tmp/src/$rule/$b"; then
    cp "$tmp/src/$rule/$b" "$f.golden"
    echo "wrote ${f#$root/}.golden"
  else
    rm -f "$f.golden"
  fi
done
