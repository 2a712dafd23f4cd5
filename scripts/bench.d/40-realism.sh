#!/usr/bin/env bash
# Behaviour of subscribers (issue 11): `cdrgen-cli -n N -o csv:cdr.csv` with the built-in config (N =
# CDRGEN_BENCH_REALISM_RECORDS, default 2,000,000) in an empty folder, then bench_realism reads the file back and
# prints reciprocity, out/in rank correlation, active days and call contacts per week, initiated share, radius of
# gyration and home share next to their targets (docs/realism.md "Behaviour of subscribers").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
records=${CDRGEN_BENCH_REALISM_RECORDS:-2000000}
[[ -x $build/bin/cdrgen-cli ]] || cmake --build "$build" --target cdrgen-cli >/dev/null
[[ -x $build/bin/bench_realism ]] || cmake --build "$build" --target bench_realism >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-bench-realism.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "== realism: cdrgen-cli -n $records -o csv:cdr.csv -q --no-email (built-in config), then bench_realism cdr.csv"
"$build/bin/cdrgen-cli" -n "$records" -o csv:cdr.csv -q --no-email
"$build/bin/bench_realism" cdr.csv
