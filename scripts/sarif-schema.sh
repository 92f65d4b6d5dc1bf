#!/usr/bin/env bash
# Puts the SARIF 2.1.0 JSON schema at .cache/sarif-2.1.0-rtm.5.json for the
# SARIF test (internal/report), from the npm package @microsoft/jest-sarif,
# which ships it. Idempotent; nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=.cache/sarif-2.1.0-rtm.5.json
[ -s "$out" ] && exit 0
mkdir -p .cache
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null)
tar -xzf "$tmp"/microsoft-jest-sarif-*.tgz -C "$tmp" package/lib/schemas/sarif-2.1.0-rtm.5.json
mv "$tmp"/package/lib/schemas/sarif-2.1.0-rtm.5.json "$out"
echo "sarif-schema: $out"
