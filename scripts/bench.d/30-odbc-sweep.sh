#!/usr/bin/env bash
# ODBC statement sizes: for each insert method, loads CDRGEN_SWEEP_RECORDS records (default 50,000) with a forced
# number of rows per statement and prints success and the insert rate, through psqlODBC (PostgreSQL 15 started
# here) and the SQLite ODBC driver. The sizes the product uses (OdbcBatchInserter::rowsPerStatement) must stay far
# below the first failing size; docs/databases.md keeps the figures. Each point runs in its own process, so a
# driver that crashes or hangs fails that point only.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
point=$build/bin/bench_odbc_statement
records=${CDRGEN_SWEEP_RECORDS:-50000}
[[ -x $point ]] || cmake --build "$build" --target bench_odbc_statement >/dev/null

# shellcheck source=../lib/bench-postgres.sh
source "$root/scripts/lib/bench-postgres.sh"
bench_start_postgres sweep
pg=(env DB_DRIVER="PostgreSQL Unicode" DB_SERVER="$PG_HOST" DB_PORT="$PG_PORT" DB_NAME="$PG_DATABASE"
  DB_USER="$PG_USER" DB_PASSWORD="$PG_PASSWORD")
lite=(env DB_DRIVER=SQLite3 DB_NAME="$work/sweep.sqlite")

sweep() { # label, method, sizes... (run with the connection environment before it)
  local -a connection=()
  while [[ $1 != -- ]]; do connection+=("$1"); shift; done
  shift
  local label=$1 method=$2
  shift 2
  for rows in "$@"; do
    timeout 120 "${connection[@]}" "$point" --method "$method" --rows-per-statement "$rows" --records "$records" \
      --label "$label" || [[ $? -ne 124 ]] || echo "TIMEOUT (hung for 120 s)"
  done
}

echo "== ODBC statement sizes: $records records per point, rows per statement vs success and insert rate =="
echo "psqlODBC $(dpkg-query -W -f='${Version}' odbc-postgresql 2>/dev/null), libpq $(dpkg-query -W -f='${Version}' libpq5 2>/dev/null), server $("$PG_BINDIR"/postgres --version 2>/dev/null | awk '{print $3}'), sqliteodbc $(dpkg-query -W -f='${Version}' libsqliteodbc 2>/dev/null)"
sweep "${pg[@]}" -- "psqlODBC multi-row" 1 10 43 100 200 300 326 327 400 500 1000
sweep "${pg[@]}" -- "psqlODBC arrays" 0 1 10 100 1000 5000 20000
sweep "${pg[@]}" -- "psqlODBC unnest" 2 100 1000 5000 20000
sweep "${lite[@]}" -- "SQLite ODBC multi-row" 1 10 43 100 500 1000 1424 1425 5000 10869 10870
sweep "${lite[@]}" -- "SQLite ODBC arrays" 0 10 100 1000 5000 20000
