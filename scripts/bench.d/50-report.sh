#!/usr/bin/env bash
# Issue 23's bound on profiling: the default run `cdrgen-cli -n N` (default 10,000,000; CDRGEN_BENCH_REPORT_RECORDS)
# into ./cdr.sqlite of an empty folder, then `cdrgen-cli --profile sqlite:cdr.sqlite --report r.html --report-json
# r.json`, both under /usr/bin/time -v. Prints wall time, CPU time and peak RSS of each and the ratio of the two wall
# times; fails when the profile's peak RSS reaches 500 MB (500,000,000 bytes) or it takes more than twice the
# generation's wall time. CDRGEN_BENCH_KEEP=1 keeps the folder (database, report, time logs) and prints its path.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
records=${CDRGEN_BENCH_REPORT_RECORDS:-10000000}
[[ -x $build/bin/cdrgen-cli ]] || cmake --build "$build" --target cdrgen-cli >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-bench-report.XXXXXX")
if [[ ${CDRGEN_BENCH_KEEP:-0} == 1 ]]; then echo "folder kept: $work"; else trap 'rm -rf "$work"' EXIT; fi
cd "$work"

# Prints "wall_seconds cpu_seconds peak_kB" from a /usr/bin/time -v log.
measured() {
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; ++i) wall = wall * 60 + p[i] }
    /User time \(seconds\)/ { cpu += $2 }
    /System time \(seconds\)/ { cpu += $2 }
    /Maximum resident set size/ { rss = $2 }
    END { printf "%.1f %.1f %d\n", wall, cpu, rss }' "$1"
}

echo "== report: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "\$ /usr/bin/time -v cdrgen-cli -n $records -q --no-email"
/usr/bin/time -v "$build/bin/cdrgen-cli" -n "$records" -q --no-email 2>generate.time >/dev/null
read -r gen_wall gen_cpu gen_rss < <(measured generate.time)
echo "generate: ${gen_wall} s wall, ${gen_cpu} s CPU, peak RSS $((gen_rss / 1024)) MiB (${gen_rss} kB)"

echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "\$ /usr/bin/time -v cdrgen-cli --profile sqlite:cdr.sqlite --report r.html --report-json r.json"
/usr/bin/time -v "$build/bin/cdrgen-cli" --profile sqlite:cdr.sqlite --report r.html --report-json r.json \
  2>profile.time >/dev/null
read -r prof_wall prof_cpu prof_rss < <(measured profile.time)
echo "profile:  ${prof_wall} s wall, ${prof_cpu} s CPU, peak RSS $((prof_rss / 1024)) MiB (${prof_rss} kB)"
echo "report: $(du -h r.html | cut -f1) HTML, $(du -h r.json | cut -f1) JSON; load $(cut -d' ' -f1-3 /proc/loadavg)"

awk -v pw="$prof_wall" -v gw="$gen_wall" -v pc="$prof_cpu" -v gc="$gen_cpu" -v rss="$prof_rss" 'BEGIN {
  printf "profile / generate: %.2f x wall, %.2f x CPU (target: wall <= 2 x)\n", pw / gw, pc / gc
  printf "profile peak RSS: %.0f MB (target: < 500 MB)\n", rss * 1024 / 1e6
  failed = 0
  if (rss * 1024 >= 500e6) { print "FAIL: peak RSS 500 MB or more"; failed = 1 }
  if (pw > 2 * gw) { print "FAIL: profiling took more than twice the generation time"; failed = 1 }
  exit failed }'
