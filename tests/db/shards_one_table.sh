#!/usr/bin/env bash
# Shards of one run loading one PostgreSQL table at the same time, as a batch scheduler starts them: N concurrent
# `cdrgen-cli --shard I/N` processes (through COPY, or through QODBC + psqlODBC), one of them killed with SIGKILL
# mid-run and started again while the others still run. The table must then equal a single run of all the records
# (md5 of every row ordered by id), hold the three indexes, and `--if-exists replace` with a shard must be refused
# (exit 2) without touching it.
# Usage: shards_one_table.sh CDRGEN_CLI copy|odbc SHARDS   (PostgreSQL from the fixture facts in $CDRGEN_PG_FIXTURE)
set -euo pipefail
cli=$(realpath "$1")
mode=$2
shards=$3
records=100000
killed=2 # the shard that is killed and rerun
# shellcheck source=/dev/null
source "${CDRGEN_PG_FIXTURE:?the PostgreSQL fixture facts file}"
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-shards.XXXXXX")
pids=()
cleanup() { for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
cd "$work" # no config.yml or .env of the caller's folder

export PGPASSFILE=$PG_PASSFILE # the fixture's password file (0600): no password on any command line
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE" -tA)
table=cdr_shards_$mode
reference=cdr_single_$mode
"${psql[@]}" -c "DROP TABLE IF EXISTS $table, $reference"

# A clean environment for the CLI: only what the target needs. The password never goes on a command line (env's
# arguments included): COPY takes it from libpq's password file, ODBC from a 0600 .env in the working folder.
target=()
cli_env=(env -i "PATH=$PATH" "HOME=$work" "TZ=UTC")
if [[ $mode == copy ]]; then
  target=(-o "postgresql://$PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE")
  cli_env+=("PGPASSFILE=$PG_PASSFILE")
else
  target=(-o odbc)
  cli_env+=("DB_DRIVER=PostgreSQL Unicode" "DB_SERVER=$PG_HOST" "DB_PORT=$PG_PORT" "DB_NAME=$PG_DATABASE"
    "DB_USER=$PG_USER")
  (umask 077 && printf "DB_PASSWORD='%s'\n" "$PG_PASSWORD" >.env)
fi
run_cli() { "${cli_env[@]}" "$cli" -n "$records" --no-email "${target[@]}" "$@"; }

failures=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then echo "ok:   $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
digest() { "${psql[@]}" -c "SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, E'\n' ORDER BY id)), '') FROM $1 t"; }
rows_between() { "${psql[@]}" -c "SELECT count(*) FROM $table WHERE id BETWEEN $1 AND $2" 2>/dev/null || echo 0; }

# Shard I of N owns ids floor((I-1)*total/N)+1 .. floor(I*total/N) (run/idrange.cpp).
first=$(((killed - 1) * records / shards + 1))
last=$((killed * records / shards))

start=$(date +%s.%N)
declare -A pid_of
for ((i = 1; i <= shards; i++)); do
  # The shard to kill commits 10-row batches (thousands of transactions), so that it is surely caught mid-run.
  batch=1000
  [[ $i -ne $killed ]] || batch=10
  run_cli --shard "$i/$shards" --table "$table" --batch-size "$batch" >"shard$i.log" 2>&1 &
  pid_of[$i]=$!
  pids+=($!)
done
# Kill the shard once it has committed some rows, long before its end.
stored=0
for _ in $(seq 1 600); do
  stored=$(rows_between "$first" "$last")
  [[ $stored -lt 200 ]] || break
  sleep 0.01
done
kill -9 "${pid_of[$killed]}"
code=0
wait "${pid_of[$killed]}" || code=$?
stored=$(rows_between "$first" "$last")
echo "shard $killed killed (exit $code) with $stored of its $((last - first + 1)) rows stored"
check "shard $killed was killed mid-run" test "$stored" -gt 0 -a "$stored" -lt $((last - first + 1))
check "shard $killed ended by SIGKILL (exit 137, got $code)" test "$code" = 137

# The rerun, while the other shards may still be loading.
code=0
run_cli --shard "$killed/$shards" --table "$table" --batch-size 1000 >"rerun.log" 2>&1 || code=$?
check "the rerun of shard $killed exits 0 (got $code)" test "$code" = 0
grep -q "resuming at id" rerun.log && resumed=yes || resumed=no
check "the rerun resumed inside its own ids" test "$resumed" = yes
for ((i = 1; i <= shards; i++)); do
  [[ $i -ne $killed ]] || continue
  code=0
  wait "${pid_of[$i]}" || code=$?
  check "shard $i exits 0 (got $code)" test "$code" = 0
  [[ $code -eq 0 ]] || cat "shard$i.log"
done
pids=()
end=$(date +%s.%N)
echo "$shards shards (one killed and rerun): $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s"

code=0
run_cli --table "$reference" >single.log 2>&1 || code=$?
check "the single run exits 0 (got $code)" test "$code" = 0
sharded=$(digest "$table")
single=$(digest "$reference")
echo "shards: $sharded"
echo "single: $single"
check "the shared table equals the single run (rows and md5)" test "$sharded" = "$single"
check "the single run holds $records rows" test "${single%% *}" = "$records"
indexes=$("${psql[@]}" -c "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes
  WHERE tablename = '$table' AND indexname NOT LIKE '%_pkey'")
check "the three indexes exist ($indexes)" \
  test "$indexes" = "${table}_idx_caller,${table}_idx_operator_emission,${table}_idx_start_time"

code=0
run_cli --shard "1/$shards" --table "$table" --if-exists replace >replace.log 2>&1 || code=$?
cat replace.log
check "--if-exists replace with --shard exits 2 (got $code)" test "$code" = 2
check "the message says why" grep -q "replace cannot be combined with --shard 1/$shards" replace.log
check "the table is untouched" test "$(digest "$table")" = "$sharded"

if [[ $failures -ne 0 ]]; then
  for log in shard*.log rerun.log; do echo "--- $log"; cat "$log"; done
  echo "FAILED: $failures check(s)"
  exit 1
fi
echo "PASS: $shards shards into one table ($mode), one killed and rerun, equal a single run"
