#!/usr/bin/env bash
# Fuzzing: every libFuzzer target of fuzz/ (docs/fuzzing.md) for CDRGEN_BENCH_FUZZ_SECONDS (default 600) each, one
# after the other, from its seed corpus, in the clang build build-fuzz. Prints per target the executions per second
# and the coverage libFuzzer reached (cov: edges, ft: features) from its final lines. Fails on any finding, whose
# input is kept in build-fuzz/fuzz-findings/<target>/. About 50 minutes: run only as `scripts/bench fuzz`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../lib/setup.sh"
seconds=${CDRGEN_BENCH_FUZZ_SECONDS:-600}
cdrgen_build_fuzz >/dev/null
summary=$(mktemp "${TMPDIR:-/tmp}/cdrgen-bench-fuzz.XXXXXX")
trap 'rm -f "$summary"' EXIT
echo "== fuzz: $seconds s per target, one at a time, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
CDRGEN_FUZZ_SECONDS=$seconds CDRGEN_FUZZ_SUMMARY=$summary \
  ctest --test-dir "$CDRGEN_FUZZ_BUILD" -L fuzz --timeout $((seconds + 300)) >/dev/null || status=$?
cat "$summary"
exit "$status"
