#!/usr/bin/env bash
# Guards the SQLite sink's memory: `cdrgen-cli -n 1000000` into the default ./cdr.sqlite (load, then the three
# indexes) must peak below 120 MB RSS. With the 128 MB page cache it had before issue 10 it peaked at 223 MB, now at
# about 57 MB; the 10 M-record figure (about 105 MB, bound 300 MB) is measured by `scripts/bench cli-sqlite`.
# Usage: sqlite_memory.sh CDRGEN_CLI
set -euo pipefail
cli=$(realpath "$1")
records=1000000
limit_kb=120000
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-sqlite-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
peak_kb=$(python3 - "$cli" "$records" <<'PY'
import resource, subprocess, sys
subprocess.run([sys.argv[1], "-n", sys.argv[2], "-q", "--no-email"], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)
rows=$(sqlite3 cdr.sqlite "SELECT count(*) FROM cdr")
indexes=$(sqlite3 cdr.sqlite "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'cdr'")
echo "cdrgen-cli -n $records: $rows rows, $indexes indexes, peak RSS $peak_kb kB (limit $limit_kb kB)"
[[ $rows == "$records" ]] || { echo "FAIL: $rows rows, expected $records"; exit 1; }
[[ $indexes == 3 ]] || { echo "FAIL: $indexes indexes, expected 3"; exit 1; }
((peak_kb > 0 && peak_kb < limit_kb)) || { echo "FAIL: peak RSS $peak_kb kB is not below $limit_kb kB"; exit 1; }
echo "PASS: the default SQLite run stays in its memory budget"
