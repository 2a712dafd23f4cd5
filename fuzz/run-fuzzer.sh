#!/usr/bin/env bash
# Fuzzes one target for CDRGEN_FUZZ_SECONDS (default 20) from a fresh corpus seeded with the given folders, then
# prints one summary line: seconds run, runs, executions per second, coverage (libFuzzer's cov: and ft:) and corpus.
# Exits non-zero when libFuzzer found a crash, leak, timeout or broken property; the input is kept in FINDINGS.
# With CDRGEN_FUZZ_SUMMARY set, the summary line is appended to that file too (scripts/bench fuzz).
#   run-fuzzer.sh FUZZER FINDINGS SEED_FOLDER...
set -uo pipefail
fuzzer=$1 findings=$2
shift 2
seconds=${CDRGEN_FUZZ_SECONDS:-20}
name=$(basename "$fuzzer")
mkdir -p "$findings"
corpus=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-$name.XXXXXX")
log=$corpus.log
trap 'rm -rf "$corpus" "$log"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# -timeout: one input taking 60 s counts as a hang (wall-clock time: far above any input on a loaded machine, where
# 10 s gave false alarms); -rss_limit_mb: 2 GB counts as a memory blow-up.
started=$SECONDS
"$fuzzer" -max_total_time="$seconds" -timeout=60 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$findings/" "$corpus" "$@" >"$log" 2>&1
status=$?
elapsed=$((SECONDS - started))
done_line=$(grep -aE '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
field() { sed -nE "s/.* $1: ([^ ]+).*/\1/p" <<<"$done_line"; }
runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$log")
rate=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$log")
summary="$name: ${elapsed} s, ${runs:-?} runs, ${rate:-?} exec/s, cov ${done_line:+$(field cov)}, ft ${done_line:+$(field ft)}, corpus $(field corp)"
if ((status != 0)); then
  tail -n 60 "$log"
  summary="$summary, FAILED (exit $status; inputs kept in $findings)"
fi
echo "$summary"
[[ -z ${CDRGEN_FUZZ_SUMMARY:-} ]] || echo "$summary" >>"$CDRGEN_FUZZ_SUMMARY"
exit "$status"
