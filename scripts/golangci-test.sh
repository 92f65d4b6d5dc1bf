#!/usr/bin/env bash
# End-to-end test of the golangci-lint module plugin: runs the custom
# golangci-lint binary (make golangci, from tools/golangci) on a copy of the
# testdata/golangci module and checks what golangci-lint v2.15.0 does with
# statuslint: findings with rule IDs, //nolint:statuslint and
# //statuslint:ignore, settings (both YAML forms of dotted names), bad
# settings failing with a clear error, and --fix.
#
# usage: scripts/golangci-test.sh [path/to/golangci-lint-statuslint]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/bin/golangci-lint-statuslint}
case $bin in /*) ;; *) bin=$root/$bin ;; esac
[ -x "$bin" ] || { echo "golangci-test: $bin not found; run make golangci" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$root/testdata/golangci" "$work/mod"
# A cache of our own: no results from an earlier binary or checkout.
export GOLANGCI_LINT_CACHE=$work/cache
# The module needs nothing but the standard library.
export GOPROXY=off GOFLAGS=-mod=readonly
cd "$work/mod"

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# run NAME CONFIG [ARGS...]: runs the binary with CONFIG, leaves the exit
# status in $rc and the output in $work/NAME.out (stdout and stderr).
run() {
  local name=$1 cfg=$2
  shift 2
  rc=0
  "$bin" run -c "$cfg" --output.text.print-issued-lines=false --output.text.colors=false \
    --show-stats=false "$@" ./... >"$work/$name.out" 2>&1 || rc=$?
  echo "--- $name (exit $rc)"
  cat "$work/$name.out"
}

# has NAME PATTERN WHY / hasnt NAME PATTERN WHY: grep -E on NAME's output.
has() { grep -Eq -- "$2" "$work/$1.out" || fail "$1: no line matching '$2' ($3)"; }
hasnt() { ! grep -Eq -- "$2" "$work/$1.out" || fail "$1: unexpected line matching '$2' ($3)"; }
exit_is() { [ "$rc" -eq "$2" ] || fail "$1: exit status $rc, want $2"; }
count_is() {
  local n
  n=$(grep -c -- '(statuslint)$' "$work/$1.out" || true)
  [ "$n" -eq "$2" ] || fail "$1: $n statuslint findings, want $2"
}

config() { # config FILE SETTINGS-YAML (indented under settings:)
  cat >"$1" <<EOF
version: "2"
linters:
  default: none
  enable:
    - statuslint
  settings:
    custom:
      statuslint:
        type: module
        description: HTTP status codes that do not fit what the handler does
        original-url: https://github.com/statuslint/statuslint
        settings:
$2
EOF
}

# 1. Findings with rule IDs; both directives; a dotted setting name.
#    (golangci-lint's viper hands the plugin dotted names as nested maps, so
#    this and the nested form in 2. arrive alike; plugin_test.go covers the
#    flat form.)
config base.yml '          errors.not-found: [golangci.test/respond.ErrGone]'
run base base.yml
exit_is base 1
has base '^api\.go:[0-9]+:[0-9]+: method-status: 201 Created answers GET /items/\{id\}; .*\(statuslint\)$' "method-status with its rule ID"
has base '^api\.go:[0-9]+:[0-9]+: missing-return: respond\.Error completes the response in createItem .*\(statuslint\)$' "missing-return through another package's helper (facts)"
has base '^api\.go:[0-9]+:[0-9]+: not-found-status: .*respond\.ErrGone.*\(statuslint\)$' "errors.not-found given as a dotted key"
hasnt base 'GET /nolint' "//nolint:statuslint silences the finding"
hasnt base 'GET /ignored' "//statuslint:ignore silences the finding"
hasnt base 'ignore-directive' "the //statuslint:ignore directive is used"
count_is base 3

# 2. A setting that disables a rule; the nested YAML form of a dotted name;
#    a comma-separated string.
config disable.yml '          disable: missing-return,auth-status
          errors:
            not-found:
              - golangci.test/respond.ErrGone'
run disable disable.yml
exit_is disable 1
has disable 'method-status: 201 Created answers GET /items/\{id\}' "method-status stays on"
hasnt disable 'missing-return' "disable: missing-return turns the rule off"
has disable 'not-found-status: .*respond\.ErrGone' "errors: {not-found: ...} as nested keys"
count_is disable 2

# enable: a group; without the errors setting, respond.ErrGone is unknown.
config strict.yml '          enable: [strict]'
run strict strict.yml
exit_is strict 1
has strict 'created-location: 201 Created answers POST /items with no Location header' "enable: [strict] turns the strict rules on"
hasnt strict 'not-found-status' "not-found-status needs errors.not-found"
count_is strict 3

# 3. Bad settings fail the run and name the setting.
config badvalue.yml '          disable: [missing-return, no-such-rule]'
run badvalue badvalue.yml
exit_is badvalue 3
has badvalue 'plugin\(statuslint\): .*statuslint: setting "disable": bad value "no-such-rule": unknown rule "no-such-rule"; valid rules: method-status' "a bad value names the setting and the valid rules"
count_is badvalue 0

config badkey.yml '          enabled: [strict]'
run badkey badkey.yml
exit_is badkey 3
has badkey 'statuslint: unknown setting "enabled"; valid settings: disable, enable, errors\.conflict, errors\.decode, errors\.not-found, errors\.server, errors\.validate, message-status\.phrases, method-status\.allow, openapi, openapi\.routes, wrappers' "an unknown setting is named with the valid ones"

config badmatrix.yml '          method-status:
            allow: "201"'
run badmatrix badmatrix.yml
exit_is badmatrix 3
has badmatrix 'statuslint: setting "method-status\.allow": bad value "201"' "a bad matrix names the setting"

# 4. --fix. golangci-lint v2.15.0 builds module plugins without WithAutoFix
#    (pkg/lint/lintersdb/builder_plugin_module.go), but CanAutoFix only
#    feeds `golangci-lint linters` / `help linters`; its fixer
#    (pkg/result/processors/fixer.go) applies the SuggestedFixes of every
#    issue it is handed, whatever the linter. So statuslint's fixes apply,
#    the findings they fix are not reported, and suppressed findings are
#    left alone.
config fix.yml '          enable: [strict]
          errors.not-found: [golangci.test/respond.ErrGone]'
cp api.go "$work/api.go.orig"
run fix fix.yml --fix
exit_is fix 1
diff -u "$work/api.go.orig" api.go >"$work/fix.diff" || true
echo "--- fix: diff"
cat "$work/fix.diff"
[ -s "$work/fix.diff" ] || fail "fix: --fix changed nothing in api.go"
fixed() { grep -Eq -- "$1" "$work/fix.diff" || fail "fix: $2 not applied"; }
fixed '^-	w\.WriteHeader\(http\.StatusCreated\)$' "method-status fix (getItem)"
fixed '^\+	w\.WriteHeader\(http\.StatusOK\)$' "method-status fix (StatusCreated -> StatusOK in getItem)"
fixed '^\+		return$' "missing-return fix (return after respond.Error)"
fixed '^\+		http\.Error\(w, "gone", http\.StatusNotFound\)$' "not-found-status fix (500 -> 404)"
grep -q 'StatusCreated) //nolint:statuslint' api.go || fail "fix: the //nolint:statuslint line was changed"
grep -A1 '//statuslint:ignore' api.go | grep -q 'StatusCreated' || fail "fix: the //statuslint:ignore line was changed"
has fix 'created-location: 201 Created answers POST /items' "a finding without a fix is still reported"
hasnt fix 'method-status|missing-return|not-found-status' "the fixed findings are not reported"
count_is fix 1
[ -z "$(gofmt -l .)" ] || fail "fix: gofmt needed after --fix"

# After the fixes, only the finding without a fix is left.
run after fix.yml
exit_is after 1
count_is after 1
has after 'created-location' "the finding without a fix remains"

if [ "$failures" -ne 0 ]; then
  echo "golangci-test: $failures failure(s)" >&2
  exit 1
fi
echo "golangci-test: ok"
