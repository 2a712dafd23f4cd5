#!/usr/bin/env bash
# Engine throughput: 10 M records through BatchProducer -> CsvSink to a file, with 2 threads and 1 thread, and
# generation alone. Prints one result block. Wall-clock rates need an otherwise idle machine; cpu_ns_per_record
# (user + system time of the process per record) is the figure that does not depend on other load.
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

run() { "$build/bin/bench_engine" "$@" 2>&1 | tr '\n' ' '; echo; }
echo "== engine: $records records, Belgian config (7,300 antennas), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "csv, 2 threads:   $(run "$records" 2 "$out/cdr.csv")"
echo "csv size:         $(du -h "$out/cdr.csv" | cut -f1)"
rm -f "$out/cdr.csv"
echo "csv, 1 thread:    $(run "$records" 1 "$out/cdr.csv")"
rm -f "$out/cdr.csv"
echo "generate only, 2: $(run "$records" 2 none)"
echo "generate only, 1: $(run "$records" 1 none)"
echo "targets: >= 1,500,000 records/s with 2 threads, >= 1,000,000 with 1, peak RSS <= 300 MB"
