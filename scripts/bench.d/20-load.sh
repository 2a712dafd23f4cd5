#!/usr/bin/env bash
# Load speed, side by side in one run: N records (default 1,000,000; CDRGEN_BENCH_RECORDS) end to end with the
# three indexes into the default SQLite file, into PostgreSQL through QODBC + psqlODBC, through the QPSQL COPY path,
# and `psql \copy` of the same rows from CSV into a table with the same indexes as the reference.
# Starts its own PostgreSQL (tests/fixtures/postgres/start.sh) and removes it afterwards.
# CDRGEN_BENCH_METHODS=1 also compares the ODBC insert methods (arrays, multi-row, unnest) on 100,000 rows.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
bench=$build/bin/bench_load
records=${CDRGEN_BENCH_RECORDS:-1000000}
[[ -x $bench ]] || cmake --build "$build" --target bench_load >/dev/null

# shellcheck source=../lib/bench-postgres.sh
source "$root/scripts/lib/bench-postgres.sh"
bench_start_postgres load
export PGPASSWORD=$PG_PASSWORD
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE")
url="postgresql://$PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE"
export DB_DRIVER="PostgreSQL Unicode" DB_SERVER=$PG_HOST DB_PORT=$PG_PORT DB_NAME=$PG_DATABASE DB_USER=$PG_USER \
  DB_PASSWORD=$PG_PASSWORD

rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }
cputime() { awk '/^(user|sys)/ { split($2, t, "m"); sub("s", "", t[2]); total += t[1] * 60 + t[2] } END { printf "%.2f", total }' "$1"; }

results=()
run() { # label, bench_load arguments...
  local label=$1; shift
  { time "$bench" --records "$records" --label "$label" "$@" >"$work/out" ; } 2>"$work/time"
  results+=("$(cat "$work/out")   (CPU $(cputime "$work/time") s)")
}

run "SQLite (default path)" --output "sqlite:$work/cdr.sqlite"
run "PostgreSQL COPY (QPSQL)" --output "$url" --table cdr_copy
run "PostgreSQL QODBC + psqlODBC" --output odbc --table cdr_odbc

# Reference: the same rows as CSV, \copy into a table with the same indexes.
"${psql[@]}" -c "\\copy cdr_copy TO '$work/cdr.csv' WITH (FORMAT csv)"
"${psql[@]}" -c "CREATE TABLE cdr_ref (LIKE cdr_copy INCLUDING ALL)"
start=$(date +%s.%N)
"${psql[@]}" -c "\\copy cdr_ref FROM '$work/cdr.csv' WITH (FORMAT csv)"
end=$(date +%s.%N)
copy_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
copy_rate=$(rate "$records" "$copy_seconds")
rows_ref=$("${psql[@]}" -tAc "SELECT count(*) FROM cdr_ref")
results+=("$(printf '%-34s %9d rows %8.2f s %10d rows/s' 'psql \copy (reference)' "$rows_ref" "$copy_seconds" "$copy_rate")")

if [[ ${CDRGEN_BENCH_METHODS:-0} == 1 ]]; then
  for m in 0 1 2; do
    names=("parameter arrays" "multi-row INSERT" "unnest arrays")
    "$bench" --records 100000 --output odbc --table "cdr_m$m" --odbc-method "$m" --label "psqlODBC ${names[$m]}" \
      >>"$work/methods"
  done
  for m in 0 1; do
    names=("parameter arrays" "multi-row INSERT")
    DB_DRIVER=SQLite3 DB_NAME=$work/odbc$m.sqlite "$bench" --records 100000 --output odbc --odbc-method "$m" \
      --label "SQLite ODBC ${names[$m]}" >>"$work/methods"
  done
fi

echo "== Load: $records records end to end, three indexes (one run, side by side) =="
printf '%s\n' "${results[@]}"
awk -v ref="$copy_rate" '/rows\/s/ && !/reference/ {
  for (i = 1; i <= NF; i++) if ($i == "rows/s") r = $(i - 1)
  label = $0; sub(/ +[0-9]+ rows .*/, "", label)
  printf "  %-32s %5.0f %% of \\copy\n", label, 100 * r / ref }' < <(printf '%s\n' "${results[@]}")
if [[ -f $work/methods ]]; then
  echo "-- ODBC insert methods, 100,000 rows --"
  cat "$work/methods"
fi
echo "Targets: SQLite >= 120,000 rows/s; QODBC >= 75 % and COPY >= 80 % of \\copy."
