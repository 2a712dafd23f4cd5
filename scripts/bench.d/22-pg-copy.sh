#!/usr/bin/env bash
# PostgreSQL load, ours against psql's best, in rounds on one server (`scripts/bench pg-copy`): each round loads N
# records (default 1,000,000; CDRGEN_BENCH_RECORDS) into a NEW table with cdrgen's COPY path (bench_load, end to
# end through RunController, the three indexes included), then the same rows with psql from a CSV file in the two
# ways psql can: `\copy` into the indexed table, and `\copy` into a bare table followed by the three CREATE INDEX.
# Prints every round, the medians (CDRGEN_BENCH_ROUNDS rounds, default 3) and ours against the better psql median.
# CDRGEN_BENCH_OTHER=/path/to/bench_load adds another build's COPY path to every round (before/after comparisons).
# Each round also loads the records with cdrgen's COPY path into an empty table of the seed's own shape (INT id,
# VARCHAR(20), TIMESTAMP, INT, FLOAT) created beforehand, as a DBA would (docs/databases.md, "Loading into an
# existing table"), and prints that speed against the speed into cdrgen's own table (target >= 0.8x).
# Starts its own PostgreSQL (tests/fixtures/postgres/start.sh, autovacuum off) and removes it afterwards.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
bench=$build/bin/bench_load
records=${CDRGEN_BENCH_RECORDS:-1000000}
rounds=${CDRGEN_BENCH_ROUNDS:-3}
[[ -x $bench ]] || cmake --build "$build" --target bench_load >/dev/null

# shellcheck source=../lib/bench-postgres.sh
source "$root/scripts/lib/bench-postgres.sh"
# Autovacuum off: its ANALYZE of a table just loaded would otherwise run during the next path's load.
bench_start_postgres pg-copy autovacuum=off
export PGPASSWORD=$PG_PASSWORD PGOPTIONS="-c client_min_messages=warning"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE")
url="postgresql://$PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE"
indexes=(idx_start_time:start_time idx_caller:caller idx_operator_emission:operator_code_emission)

seconds_of() { # command...; prints the wall time of the command in seconds
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }'
}
load_seconds() { # bench_load binary, table; prints the seconds of its end-to-end load
  "$1" --records "$records" --output "$url" --table "$2" --label x |
    awk '{ for (i = 1; i <= NF; i++) if ($i == "s") print $(i - 1) }'
}
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
rate() { awk -v n="$records" -v s="$1" 'BEGIN { printf "%.0f", n / s }'; }

# The rows psql loads: exactly those cdrgen writes, exported once as CSV.
"$bench" --records "$records" --output "$url" --table cdr_rows >/dev/null
"${psql[@]}" -c "\\copy cdr_rows TO '$work/cdr.csv' WITH (FORMAT csv)"

# The seed's table translated column for column: INT id, VARCHAR(20) texts, TIMESTAMP, INT numbers, FLOAT coordinates.
seed_columns=$("${psql[@]}" -tAc "SELECT string_agg(attname || ' ' || CASE
    WHEN attname = 'id' THEN 'INT PRIMARY KEY'
    WHEN format_type(atttypid, atttypmod) = 'double precision' THEN 'FLOAT'
    ELSE format_type(atttypid, atttypmod) END, ', ' ORDER BY attnum)
  FROM pg_attribute WHERE attrelid = 'cdr_rows'::regclass AND attnum > 0 AND NOT attisdropped")

other=${CDRGEN_BENCH_OTHER:-}
ours=() theirs=() indexed=() bare=() seed=()
for ((round = 1; round <= rounds; round++)); do
  "${psql[@]}" -c "DROP TABLE IF EXISTS cdr_ours, cdr_other, cdr_indexed, cdr_bare, cdr_seed"
  ours+=("$(load_seconds "$bench" cdr_ours)")
  [[ -z $other ]] || theirs+=("$(load_seconds "$other" cdr_other)")
  "${psql[@]}" -c "CREATE TABLE cdr_seed ($seed_columns)"
  seed+=("$(load_seconds "$bench" cdr_seed)")

  "${psql[@]}" -c "CREATE TABLE cdr_indexed (LIKE cdr_rows INCLUDING ALL)"
  indexed+=("$(seconds_of "${psql[@]}" -c "\\copy cdr_indexed FROM '$work/cdr.csv' WITH (FORMAT csv)")")

  "${psql[@]}" -c "CREATE TABLE cdr_bare (LIKE cdr_rows INCLUDING DEFAULTS INCLUDING CONSTRAINTS)" \
    -c "ALTER TABLE cdr_bare ADD PRIMARY KEY (id)"
  echo "\\copy cdr_bare FROM '$work/cdr.csv' WITH (FORMAT csv)" >"$work/bare.sql"
  for index in "${indexes[@]}"; do
    echo "CREATE INDEX cdr_bare_${index%%:*} ON cdr_bare (${index#*:});" >>"$work/bare.sql"
  done
  bare+=("$(seconds_of "${psql[@]}" -f "$work/bare.sql")")
  for table in cdr_ours cdr_indexed cdr_bare cdr_seed ${other:+cdr_other}; do
    count=$("${psql[@]}" -tAc "SELECT count(*) FROM $table")
    [[ $count == "$records" ]] || { echo "$table holds $count rows, not $records" >&2; exit 1; }
  done
  printf 'round %d: cdrgen COPY %6.2f s | psql \\copy indexed %6.2f s | psql \\copy bare + 3 CREATE INDEX %6.2f s\n' \
    "$round" "${ours[-1]}" "${indexed[-1]}" "${bare[-1]}"
  printf '         cdrgen COPY into the seed'"'"'s shape %6.2f s\n' "${seed[-1]}"
  [[ -z $other ]] || printf '         other build COPY %6.2f s\n' "${theirs[-1]}"
done

m_ours=$(median "${ours[@]}")
m_indexed=$(median "${indexed[@]}")
m_bare=$(median "${bare[@]}")
best=$(printf '%s\n' "$m_indexed" "$m_bare" | sort -g | head -n 1)
echo "== PostgreSQL: $records records into a new table, medians of $rounds rounds (one server, one run) =="
printf '%-46s %7.2f s %9d rows/s\n' "cdrgen COPY (postgresql://, end to end)" "$m_ours" "$(rate "$m_ours")"
if [[ -n $other ]]; then
  m_other=$(median "${theirs[@]}")
  printf '%-46s %7.2f s %9d rows/s\n' "other build COPY ($other)" "$m_other" "$(rate "$m_other")"
fi
m_seed=$(median "${seed[@]}")
printf '%-46s %7.2f s %9d rows/s\n' "cdrgen COPY into the seed's shape (INT id, ...)" "$m_seed" "$(rate "$m_seed")"
printf '%-46s %7.2f s %9d rows/s\n' "psql \\copy into the indexed table" "$m_indexed" "$(rate "$m_indexed")"
printf '%-46s %7.2f s %9d rows/s\n' "psql \\copy into a bare table + CREATE INDEX x3" "$m_bare" "$(rate "$m_bare")"
awk -v b="$best" -v o="$m_ours" 'BEGIN { printf "cdrgen against psql'"'"'s best: %.2fx (target >= 1.1x)\n", b / o }'
awk -v s="$m_seed" -v o="$m_ours" 'BEGIN { printf "cdrgen into the seed'"'"'s shape against its own table: %.2fx (target >= 0.8x)\n", o / s }'
