#!/usr/bin/env bash
# The default run as a user types it: `cdrgen-cli -n N` (default 10,000,000; CDRGEN_BENCH_RECORDS) into the default
# SQLite file ./cdr.sqlite of an empty folder, three indexes included. Prints wall time, rows/s, CPU time and the
# process's peak RSS (getrusage of the child: the kB figure /usr/bin/time -v calls "Maximum resident set size").
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
records=${CDRGEN_BENCH_RECORDS:-10000000}
[[ -x $build/bin/cdrgen-cli ]] || cmake --build "$build" --target cdrgen-cli >/dev/null
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-bench-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"

echo "== cli sqlite: cdrgen-cli -n $records -q (default ./cdr.sqlite), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$build/bin/cdrgen-cli" "$records" <<'PY'
import resource, subprocess, sys, time
cli, records = sys.argv[1], int(sys.argv[2])
start = time.monotonic()
subprocess.run([cli, "-n", str(records), "-q", "--no-email"], check=True)
wall = time.monotonic() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"{records:,} rows  {wall:.1f} s  {records / wall:,.0f} rows/s  "
      f"CPU {usage.ru_utime + usage.ru_stime:.1f} s  peak RSS {usage.ru_maxrss / 1024:.0f} MiB ({usage.ru_maxrss:,} kB)")
PY
echo "database: $(du -h cdr.sqlite | cut -f1), rows $(sqlite3 cdr.sqlite 'SELECT count(*) FROM cdr')"
echo "target: peak RSS <= 300 MB; wall time depends on other load, CPU time does not"
