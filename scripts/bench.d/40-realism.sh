#!/usr/bin/env bash
# Behaviour of subscribers (issues 11 and 20): `cdrgen-cli -n N -o csv:cdr.csv` with the built-in config (N =
# CDRGEN_BENCH_REALISM_RECORDS, default 2,000,000) in an empty folder, then bench_realism reads the file back and
# prints reciprocity, out/in rank correlation, active days and call contacts per week, initiated share, radius of
# gyration, home share, burstiness B, memory M, the visitation exponent zeta and the weekend/weekday ratio next to
# their targets (docs/realism.md "Behaviour of subscribers", "Bursts and places"). Then the calendar: the busy-year
# preset at its own 10 M records with --world-tables, and what each event of busy_events.csv did to the records
# (docs/realism.md "Calendar").
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
rm -f cdr.csv

preset=$root/config/presets/busy-year.yml
echo "== calendar: cdrgen-cli -c config/presets/busy-year.yml -o csv:busy.csv --world-tables -q --no-email, then"
echo "   bench_realism busy.csv --events busy_events.csv"
"$build/bin/cdrgen-cli" -c "$preset" -o csv:busy.csv --world-tables -q --no-email
"$build/bin/bench_realism" busy.csv --events busy_events.csv
