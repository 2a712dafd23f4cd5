#!/usr/bin/env bash
# Engine throughput: 10 M records through BatchProducer -> CsvSink to a file (formatted on the generator threads),
# the T-SQL script and bcp files of issue 24,
# with 2 threads and 1 thread, gzip-compressed, and generation alone; then dd writing as many bytes as the 2-thread
# CSV file, both timed until sync returns. Prints one result block. Wall-clock rates need an otherwise idle
# machine; cpu_ns_per_record (user + system time of the process per record) is the figure that does not depend on
# other load.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
records=${CDRGEN_BENCH_RECORDS:-10000000}
if [[ ! -x $build/bin/bench_engine ]]; then
  [[ -f $build/build.ninja ]] || cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build "$build" --target bench_engine >/dev/null
fi
out=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-bench-engine.XXXXXX")
trap 'rm -rf "$out"' EXIT

run() { sync; "$build/bin/bench_engine" "$@" 2>&1 | tr '\n' ' '; echo; }
field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
echo "== engine: $records records, Belgian config (7,300 antennas), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
csv2=$(run "$records" 2 "$out/cdr.csv")
echo "csv, 2 threads:   $csv2"
bytes=$(stat -c %s "$out/cdr.csv")
echo "csv size:         $bytes bytes ($(du -h "$out/cdr.csv" | cut -f1))"
rm -f "$out/cdr.csv"
sync
dd_start=$(date +%s.%N)
dd if=/dev/zero of="$out/dd.bin" bs=1M count=$((bytes / 1048576)) status=none
sync
dd_s=$(awk -v a="$dd_start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
rm -f "$out/dd.bin"
csv_sync_s=$(field sync_s "$csv2")
printf 'dd, same bytes:   dd_sync_s=%.3f csv_sync_s=%.3f csv_rate_vs_dd=%.2f (target >= 0.8)\n' \
  "$dd_s" "$csv_sync_s" "$(awk -v a="$dd_s" -v b="$csv_sync_s" 'BEGIN { print a / b }')"
echo "csv, 1 thread:    $(run "$records" 1 "$out/cdr.csv")"
rm -f "$out/cdr.csv"
gz2=$(run "$records" 2 "$out/cdr.csv.gz")
echo "csv.gz, 2 threads: $gz2"
echo "csv.gz size:      $(stat -c %s "$out/cdr.csv.gz") bytes; gzip -t: $(gzip -t "$out/cdr.csv.gz" && echo ok)"
rm -f "$out/cdr.csv.gz"
printf 'csv.gz rate vs csv: %.2f (target >= 0.5)\n' \
  "$(awk -v a="$csv_sync_s" -v b="$(field sync_s "$gz2")" 'BEGIN { print a / b }')"
# Issue 24: the SQL Server files, each against the CSV run above (2 threads, until sync returns).
for target in tsql:cdr.sql tsql:cdr.sql.gz bcp:bcp; do
  result=$(run "$records" 2 "${target%%:*}:$out/${target#*:}")
  rm -rf "$out/${target#*:}"
  echo "$target, 2 threads: $result"
  printf '%s rate vs csv: %.2f (target >= 0.5)\n' "$target" \
    "$(awk -v a="$csv_sync_s" -v b="$(field sync_s "$result")" 'BEGIN { print a / b }')"
done
echo "generate only, 2: $(run "$records" 2 none)"
echo "generate only, 1: $(run "$records" 1 none)"
echo "format only, 2:   $(run "$records" 2 format)"
# Issues 21 and 22: every scenario on (fraud-lab.yml), every kind of defect on (dirty-data.yml), each against a
# run of the default config just before it (CSV, 2 threads); cpu per record does not depend on other load.
for preset in fraud-lab dirty-data; do
  plain=$(run "$records" 2 "$out/plain.csv")
  rm -f "$out/plain.csv"
  with=$(CDRGEN_BENCH_CONFIG=$root/config/presets/$preset.yml run "$records" 2 "$out/with.csv")
  rm -f "$out/with.csv"
  echo "csv, 2 threads, default:         $plain"
  echo "csv, 2 threads, $preset.yml: $with"
  printf '%s cpu per record vs default: %.3f, records/s vs default: %.3f (target: within 10 %%)\n' "$preset" \
    "$(awk -v a="$(field cpu_ns_per_record "$with")" -v b="$(field cpu_ns_per_record "$plain")" 'BEGIN { print a / b }')" \
    "$(awk -v a="$(field records_per_s "$with")" -v b="$(field records_per_s "$plain")" 'BEGIN { print a / b }')"
done
echo "targets: >= 1,500,000 records/s with 2 threads, >= 1,000,000 with 1, peak RSS <= 300 MB"
