#!/usr/bin/env bash
# A full disk, as a user meets it: cdrgen-cli writes 400,000 records into SQLite and into CSV on a 32 MB tmpfs.
# Each run must exit 1 with "No space left on device" and the file's path, leave no half batch (SQLite) or partial
# file (CSV), and the same command rerun after the disk has grown must complete to exactly the rows of a run that
# never failed. The tmpfs lives in a private mount namespace (as root: unshare --mount; otherwise in a user
# namespace), so nothing outside the test sees it.
# Usage: full_disk.sh CDRGEN_CLI
set -euo pipefail
cli=$(realpath "$1")
records=400000

if [[ ${CDRGEN_IN_NAMESPACE:-} != 1 ]]; then
  if [[ $(id -u) -eq 0 ]]; then namespace=(unshare --mount); else namespace=(unshare --user --map-root-user --mount); fi
  CDRGEN_IN_NAMESPACE=1 exec "${namespace[@]}" bash "${BASH_SOURCE[0]}" "$@"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-full-disk.XXXXXX")
disk=$work/disk
mkdir "$disk"
cleanup() { umount "$disk" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
mount -t tmpfs -o size=32m cdrgen-full-disk "$disk"
cd "$work" # no config.yml or .env of the caller's folder

failures=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then echo "ok:   $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
run_cli() { # log file, cdrgen-cli arguments...; prints the exit code
  local log=$1; shift
  local code=0
  "$cli" -n "$records" -q --no-email "$@" >"$log.out" 2>"$log" || code=$?
  echo "$code"
}
says() { grep -qF -- "$2" "$1"; }
table_dump() { sqlite3 "$1" "SELECT * FROM cdr ORDER BY id" | sha256sum | cut -d' ' -f1; }

echo "== SQLite on a full disk"
code=$(run_cli "$work/sqlite-full.log" -o "sqlite:$disk/cdr.sqlite")
cat "$work/sqlite-full.log"
check "SQLite: exit code 1 (got $code)" test "$code" = 1
check "SQLite: the message says No space left on device" says "$work/sqlite-full.log" "No space left on device"
check "SQLite: the message names $disk/cdr.sqlite" says "$work/sqlite-full.log" "SQLite $disk/cdr.sqlite"
check "SQLite: no 'cannot rollback' in the message" bash -c "! grep -qF 'cannot rollback' '$work/sqlite-full.log'"
partial=$(sqlite3 "$disk/cdr.sqlite" "SELECT count(*) || ' ' || coalesce(max(id), 0) FROM cdr")
read -r partial_count partial_max <<<"$partial"
echo "rows after the failure: $partial_count, max id $partial_max"
check "SQLite: some rows were written before the disk filled" test "$partial_count" -gt 0
check "SQLite: only whole batches, ids 1..$partial_max without a gap" test "$partial_count" = "$partial_max"
check "SQLite: the run stopped before the end" test "$partial_count" -lt "$records"

mount -o remount,size=1g "$disk"
code=$(run_cli "$work/sqlite-rerun.log" -o "sqlite:$disk/cdr.sqlite")
check "SQLite: the rerun with space exits 0 (got $code)" test "$code" = 0
cat "$work/sqlite-rerun.log"
code=$(run_cli "$work/sqlite-ref.log" -o "sqlite:$work/reference.sqlite")
check "SQLite: the reference run on a roomy disk exits 0 (got $code)" test "$code" = 0
check "SQLite: the resumed table holds exactly the reference rows" \
  test "$(table_dump "$disk/cdr.sqlite")" = "$(table_dump "$work/reference.sqlite")"
rm -f "$disk"/cdr.sqlite* "$work"/reference.sqlite*

echo "== CSV on a full disk"
mount -o remount,size=32m "$disk"
code=$(run_cli "$work/csv-full.log" -o "csv:$disk/cdr.csv")
cat "$work/csv-full.log"
check "CSV: exit code 1 (got $code)" test "$code" = 1
check "CSV: the message says cannot write $disk/cdr.csv: No space left on device" \
  says "$work/csv-full.log" "cannot write $disk/cdr.csv: No space left on device"
check "CSV: no partial file is left on the disk" test -z "$(ls -A "$disk")"

mount -o remount,size=1g "$disk"
code=$(run_cli "$work/csv-rerun.log" -o "csv:$disk/cdr.csv")
check "CSV: the rerun with space exits 0 (got $code)" test "$code" = 0
reference=$("$cli" -n "$records" -q --no-email -o csv:- | sha256sum | cut -d' ' -f1)
check "CSV: the file holds exactly the reference rows" test "$(sha256sum <"$disk/cdr.csv" | cut -d' ' -f1)" = "$reference"
check "CSV: $records rows and a header" test "$(wc -l <"$disk/cdr.csv")" = $((records + 1))

if ((failures > 0)); then echo "FAIL: $failures checks failed"; exit 1; fi
echo "PASS: full disk reported as such, reruns complete exactly"
