#!/usr/bin/env bash
# Benchmarks the statuslint command (issue 9): on a generated module of
# 50, 500 and 2000 handler packages (internal/bench/gen), or on a real
# module, it times side by side, interleaved run by run:
#
#   cold     statuslint ./... with an empty result cache
#   floor    the same driver with a do-nothing analyzer that declares one
#            fact type (internal/bench/floor), cache off: loading and
#            type-checking everything from source, which any fact-using
#            analyzer pays
#   warm     statuslint ./... again on the same cache, nothing changed
#   touched  statuslint ./... on that cache after a comment is appended to
#            one handler file (the file is restored after the run)
#   vet      go vet ./... with a warm build cache (run once before)
#
# and prints the medians (wall seconds, peak RSS, CPU use; time's %e %M %P)
# with the ratios against the targets, each marked met or MISSED (checked
# on the median of the per-run ratios; the ratio of the medians beside it). Peak RSS
# is the largest process's (for go vet, one vet process or the go command).
#
# Needs GNU time as /usr/bin/time (Debian: apt-get install time).
#
# Environment:
#   SIZES="50 500 2000"  handler packages of the generated module
#   RUNS=5               runs of each command per size (medians of these)
#   DIR=/path/to/module  measure that module (as ./...) instead of generating
#   TOUCH=path/file.go   with DIR, the handler file to touch (default: the
#                        first file, sorted, that declares an HTTP handler)
#   GOBENCH=1            then run the Go benchmarks (0 to skip)
#   RESULTS=dir          keep every run's figures there (default: a temp dir)
#   REPORT=1             only print the tables of the runs kept in $RESULTS
#
# The generated module is built with GOFLAGS=-mod=mod GOPROXY=off from the
# modules testdata/go.mod pins (downloaded first); a DIR module uses the
# environment as it is (download its modules first: go mod download).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
sizes=${SIZES:-50 500 2000}
runs=${RUNS:-5}
gobench=${GOBENCH:-1}

if [ ! -x /usr/bin/time ] || ! /usr/bin/time -f '%e' true >/dev/null 2>&1; then
  echo "bench: needs GNU time as /usr/bin/time (apt-get install time)" >&2
  exit 1
fi
tmp=$(mktemp -d)
results=${RESULTS:-$tmp/results}
mkdir -p "$results"
touched_file=""
cleanup() {
  if [ -n "$touched_file" ] && [ -f "$tmp/touched.orig" ]; then
    cp -p "$tmp/touched.orig" "$touched_file"
  fi
  rm -rf "$tmp/bin" "$tmp/mod" "$tmp"/cache.* "$tmp/touched.orig"
}
trap cleanup EXIT

# measure LABEL CMD...: runs CMD under time, appends "wall rss_kib cpu_pct
# findings cpu_seconds" to $results/$case.LABEL. statuslint and the floor exit 0, 1
# (some packages did not load; reported once) or 3 (findings); go vet 0 or 1.
measure() {
  local label=$1 rc=0
  shift
  /usr/bin/time -f '%e %M %P %U %S' -o "$tmp/time" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || rc=$?
  case "$label:$rc" in
  *:0 | *:1 | cold:3 | warm:3 | touched:3) ;;
  *)
    echo "bench: $label exited $rc:" >&2
    tail -20 "$tmp/stderr" >&2
    exit 1
    ;;
  esac
  if [ "$rc" = 1 ] && [ "$label" != vet ] && [ ! -e "$results/$case.load-errors" ]; then
    grep -m1 'skipped .* packages\? with errors' "$tmp/stderr" >"$results/$case.load-errors" || true
  fi
  local wall rss cpu user sys findings=-
  read -r wall rss cpu user sys < <(tail -1 "$tmp/time")
  case $label in cold | warm | touched)
    findings=$(grep -cE '^[^[:space:]].*:[0-9]+:[0-9]+: [a-z-]+: ' "$tmp/stderr" || true)
    ;;
  esac
  echo "$wall $rss ${cpu%\%} $findings $(awk -v u="$user" -v s="$sys" 'BEGIN {print u + s}')" >>"$results/$case.$label"
}

# median CASE LABEL FIELD: the median of one column of a label's runs.
median() {
  awk -v f="$3" '{print $f}' "$results/$1.$2" | sort -g | awk '{v[NR]=$1} END {m=int((NR+1)/2); print (NR%2 ? v[m] : (v[m]+v[m+1])/2)}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }

# paired CASE A B FIELD: the median of the per-run ratios A/B of one column.
# Runs of A and B alternate, so a burst of load elsewhere on the machine
# hits both sides of a pair; this is the ratio the targets are checked on.
paired() {
  paste -d' ' <(awk -v f="$4" '{print $f}' "$results/$1.$2") <(awk -v f="$4" '{print $f}' "$results/$1.$3") |
    awk '{print $1 / $2}' | sort -g | awk '{v[NR]=$1} END {m=int((NR+1)/2); print (NR%2 ? v[m] : (v[m]+v[m+1])/2)}'
}

# check NAME PAIRED MEDIANS LIMIT: prints one target line, checked on the
# paired ratio; the ratio of the medians is shown beside it.
check() {
  awk -v n="$1" -v v="$2" -v m="$3" -v l="$4" 'BEGIN {printf "  %-26s %6.2f %8.2f   <= %-5s %s\n", n, v, m, l, (v <= l ? "met" : "MISSED")}'
}

# first_handler: the first Go file, sorted, that declares an HTTP handler.
first_handler() {
  grep -rlE --include='*.go' --exclude='*_test.go' --exclude-dir=vendor --exclude-dir=testdata \
    'http\.ResponseWriter, [a-z]+ \*http\.Request\)|\*gin\.Context\)|echo\.Context\) error|\*fiber\.Ctx\) error' . |
    sed 's|^\./||' | LC_ALL=C sort | head -1
}

# bench CASE TOUCH: measures ./... in the current directory.
bench() {
  case=$1
  local touch=$2
  local lines
  lines=$(go list -f '{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .TestGoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}{{range .XTestGoFiles}}{{$d}}/{{.}}{{"\n"}}{{end}}' ./... | xargs cat | wc -l)
  local pkgs
  pkgs=$(go list ./... | wc -l)
  echo "== $case: $pkgs packages, $lines lines of Go; $runs runs; touching $touch"
  rm -f "$results/$case".*
  go vet ./... >/dev/null 2>&1 || true # warm the build cache for vet
  STATUSLINT_CACHE=off "$floor" ./... >/dev/null 2>&1 || true # and the file system cache
  cp -p "$touch" "$tmp/touched.orig"
  touched_file=$(pwd)/$touch
  for i in $(seq "$runs"); do
    local cache=$tmp/cache.$i
    rm -rf "$cache"
    mkdir -p "$cache"
    measure cold env STATUSLINT_CACHE="$cache" "$sl" ./...
    measure floor env STATUSLINT_CACHE=off "$floor" ./...
    measure warm env STATUSLINT_CACHE="$cache" "$sl" ./...
    printf '\n// bench: touched (run %d)\n' "$i" >>"$touch"
    measure touched env STATUSLINT_CACHE="$cache" "$sl" ./...
    cp -p "$tmp/touched.orig" "$touch"
    measure vet go vet ./...
    rm -rf "$cache"
    printf '  run %d/%d: cold %ss, floor %ss, warm %ss, touched %ss, vet %ss\n' "$i" "$runs" \
      "$(tail -1 "$results/$case.cold" | cut -d' ' -f1)" "$(tail -1 "$results/$case.floor" | cut -d' ' -f1)" \
      "$(tail -1 "$results/$case.warm" | cut -d' ' -f1)" "$(tail -1 "$results/$case.touched" | cut -d' ' -f1)" \
      "$(tail -1 "$results/$case.vet" | cut -d' ' -f1)"
  done
  rm -f "$tmp/touched.orig"
  touched_file=""
  report "$case"
}

# report CASE: the medians and the targets of one case.
report() {
  local c=$1
  printf '\n%s (medians of %d runs)\n' "$c" "$runs"
  printf '  %-30s %8s %14s %6s %6s %9s\n' "" "wall s" "peak RSS MiB" "CPU %" "CPU s" "findings"
  local label name
  for label in cold warm touched floor vet; do
    case $label in
    cold) name="statuslint cold (empty cache)" ;;
    warm) name="statuslint warm (no change)" ;;
    touched) name="statuslint, one file touched" ;;
    floor) name="floor (same driver, no-op)" ;;
    vet) name="go vet ./... warm" ;;
    esac
    printf '  %-30s %8.2f %14.0f %6.0f %6.1f %9s\n' "$name" "$(median "$c" $label 1)" \
      "$(awk -v k="$(median "$c" $label 2)" 'BEGIN {print k/1024}')" "$(median "$c" $label 3)" "$(median "$c" $label 5)" \
      "$(case $label in cold | warm | touched) median "$c" $label 4 ;; *) echo - ;; esac)"
  done
  [ -s "$results/$c.load-errors" ] && echo "  (statuslint exited 1: $(cat "$results/$c.load-errors"))"
  echo "  targets                      paired  medians"
  check "cold / floor, wall" "$(paired "$c" cold floor 1)" "$(ratio "$(median "$c" cold 1)" "$(median "$c" floor 1)")" 1.10
  check "cold / floor, peak RSS" "$(paired "$c" cold floor 2)" "$(ratio "$(median "$c" cold 2)" "$(median "$c" floor 2)")" 1.15
  check "warm / go vet, wall" "$(paired "$c" warm vet 1)" "$(ratio "$(median "$c" warm 1)" "$(median "$c" vet 1)")" 1.5
  check "warm / go vet, peak RSS" "$(paired "$c" warm vet 2)" "$(ratio "$(median "$c" warm 2)" "$(median "$c" vet 2)")" 4
  check "touched / cold, wall" "$(paired "$c" touched cold 1)" "$(ratio "$(median "$c" touched 1)" "$(median "$c" cold 1)")" 0.5
  echo "  CPU time (user+sys; less sensitive to other load than wall time)"
  check "cold / floor, CPU" "$(paired "$c" cold floor 5)" "$(ratio "$(median "$c" cold 5)" "$(median "$c" floor 5)")" 1.10
  check "touched / cold, CPU" "$(paired "$c" touched cold 5)" "$(ratio "$(median "$c" touched 5)" "$(median "$c" cold 5)")" 0.5
  echo
}

if [ "${REPORT:-0}" = 1 ]; then # print the tables of $RESULTS again
  for f in $(ls "$results"/*.cold | sort -V); do
    runs=$(wc -l <"$f")
    report "$(basename "$f" .cold)"
  done
  exit 0
fi

cd "$root"
echo "building statuslint and the floor..."
go build -o "$tmp/bin/statuslint" ./cmd/statuslint
go build -o "$tmp/bin/floor" ./internal/bench/floor
sl=$tmp/bin/statuslint
floor=$tmp/bin/floor
if [ -z "${DIR:-}" ]; then
  (cd testdata && go mod download)
fi

if [ -n "${DIR:-}" ]; then
  cd "$DIR"
  touch=${TOUCH:-$(first_handler)}
  [ -n "$touch" ] || { echo "bench: no handler file in $DIR; set TOUCH" >&2; exit 1; }
  bench "$(basename "$(pwd)")" "$touch"
else
  export GOFLAGS=-mod=mod GOPROXY=off GOWORK=off
  for n in $sizes; do
    (cd "$root" && go run ./internal/bench/gen -out "$tmp/mod" -handlers "$n")
    cd "$tmp/mod"
    first=$(ls services/svc0000/handlers | head -1)
    bench "generated-$n" "services/svc0000/handlers/$first/$first.go"
    cd "$root"
  done
  if [[ " $sizes " == *" 500 "* && " $sizes " == *" 2000 "* ]]; then
    echo "scaling"
    r=$(ratio "$(median generated-2000 cold 1)" "$(median generated-500 cold 1)")
    check "cold 2000 / cold 500, wall" "$r" "$r" 4.4
    printf '  peak RSS of statuslint cold:'
    for n in $sizes; do printf ' %s: %.0f MiB;' "$n" "$(awk -v k="$(median "generated-$n" cold 2)" 'BEGIN {print k/1024}')"; done
    echo
  fi
fi
echo "figures of every run: $results"

if [ "$gobench" = 1 ]; then
  cd "$root"
  unset GOFLAGS GOPROXY GOWORK
  (cd examples && go mod download)
  echo "Go benchmarks (analysis only, packages loaded once):"
  go test -run '^$' -bench . -benchmem -benchtime "${runs}x" ./analyzer/ | grep -E '^Benchmark'
fi
