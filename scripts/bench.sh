#!/usr/bin/env bash
# Benchmarks statuslint: the Go benchmarks (analysis time on the example
# service, against ctrlflow alone) and wall time of the command, standalone
# and under go vet (warm build cache), on the example service or on a
# directory given as $1. Prints numbers; asserts nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:-$root/examples}
runs=${RUNS:-3}
cd "$root"
make -s build testdeps
go test -run '^$' -bench . -benchmem -benchtime "${runs}x" ./analyzer/ | grep -E '^Benchmark'
bin="$root/bin/statuslint"
cd "$target"
time_it() {
  local label=$1; shift
  local start end
  start=$(date +%s.%N)
  for _ in $(seq "$runs"); do "$@" >/dev/null 2>&1 || true; done
  end=$(date +%s.%N)
  printf '%-34s %6.2fs per run (%d runs)\n' "$label" "$(echo "($end - $start) / $runs" | bc -l)" "$runs"
}
time_it "statuslint ./... (standalone)" "$bin" ./...
go vet -vettool="$bin" ./... >/dev/null 2>&1 || true # warm the cache
time_it "go vet -vettool (warm cache)" go vet -vettool="$bin" ./...
