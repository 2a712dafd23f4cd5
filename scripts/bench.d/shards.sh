#!/usr/bin/env bash
# Scale-out on one machine: N records (default 1,000,000; CDRGEN_BENCH_RECORDS) as 1, 2 and 4 concurrent
# `cdrgen-cli --shard I/S` processes (CDRGEN_BENCH_SHARDS="1 2 4") loading one new PostgreSQL table through COPY, all
# started at once as a scheduler would. Per shard count: wall time, rows/s, the shards' CPU and peak RSS
# (/usr/bin/time) and the server's CPU (its processes' /proc counters). Each shard runs with
# --threads CDRGEN_BENCH_THREADS (default 0 = all cores) and the cdrgen-cli arguments in CDRGEN_BENCH_ARGS (e.g.
# "--batch-size 50000"). Starts its own PostgreSQL (scripts/lib/bench-postgres.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${CDRGEN_BUILD:-$root/build}
cli=$build/bin/cdrgen-cli
records=${CDRGEN_BENCH_RECORDS:-1000000}
threads=${CDRGEN_BENCH_THREADS:-0}
read -r -a extra <<<"${CDRGEN_BENCH_ARGS:-}"
[[ -x $cli ]] || cmake --build "$build" --target cdrgen-cli >/dev/null

# shellcheck source=../lib/bench-postgres.sh
source "$root/scripts/lib/bench-postgres.sh"
bench_start_postgres shards
export PGPASSWORD=$PG_PASSWORD
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE")
url="postgresql://$PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE"
postmaster=$(head -n 1 "$PG_DATADIR/postmaster.pid")

# CPU seconds the server has used so far: the postmaster, its live children, and the children it has reaped
# (every backend of a finished connection).
server_cpu() {
  local ticks
  ticks=$(getconf CLK_TCK)
  { cat "/proc/$postmaster/stat"; for child in $(pgrep -P "$postmaster"); do cat "/proc/$child/stat" 2>/dev/null; done; } |
    awk -v hz="$ticks" '{ sub(/^.*\) /, ""); total += $12 + $13; if (NR == 1) total += $14 + $15 }
      END { printf "%.2f", total / hz }'
}

echo "== Shards: $records records into one new PostgreSQL table (COPY), S concurrent cdrgen-cli --shard I/S --threads $threads ${extra[*]} =="
printf '%-7s %9s %8s %11s %11s %11s %13s\n' shards rows seconds rows/s "shards CPU" "server CPU" "max RSS/shard"
for shards in ${CDRGEN_BENCH_SHARDS:-1 2 4}; do
  table=cdr_shards_$shards
  cpu_before=$(server_cpu)
  start=$(date +%s.%N)
  pids=()
  for ((i = 1; i <= shards; i++)); do
    /usr/bin/time -f '%U %S %M' -o "$work/time.$shards.$i" "$cli" -n "$records" --shard "$i/$shards" \
      --output "$url" --table "$table" --threads "$threads" "${extra[@]}" --no-email --quiet >"$work/log.$shards.$i" 2>&1 &
    pids+=($!)
  done
  for ((i = 1; i <= shards; i++)); do
    wait "${pids[i - 1]}" || { echo "shard $i/$shards failed:" >&2; cat "$work/log.$shards.$i" >&2; exit 1; }
  done
  end=$(date +%s.%N)
  cpu_after=$(server_cpu)
  rows=$("${psql[@]}" -tAc "SELECT count(DISTINCT id) FROM $table")
  [[ $rows == "$records" ]] || { echo "$table holds $rows distinct ids, expected $records" >&2; exit 1; }
  cat "$work"/time."$shards".* | awk -v s="$shards" -v n="$rows" -v a="$start" -v b="$end" -v c0="$cpu_before" \
    -v c1="$cpu_after" '{ cpu += $1 + $2; if ($3 > rss) rss = $3 }
      END { printf "%-7d %9d %8.2f %11.0f %10.2fs %10.2fs %9.0f MiB\n", s, n, b - a, n / (b - a), cpu, c1 - c0, rss / 1024 }'
  "${psql[@]}" -c "DROP TABLE $table"
done
echo "Machine: $(nproc) cores shared by the shards and the server."
