#!/usr/bin/env bash
# The Slurm array job of packaging/slurm on a real one-node Slurm cluster (tests/slurm/minicluster.sh): four tasks,
# each `cdrgen-cli --shard I/4`, load one PostgreSQL table through COPY. The table must then hold exactly what one
# unsharded run writes: the same rows by content digest (ordered by id), ids 1..N once each, and the four indexes.
# Needs root (slurmd starts jobs as their submitter). Environment (set by tests/slurm/CMakeLists.txt):
# CDRGEN_PG_FIXTURE (the PostgreSQL fixture's facts), CDRGEN_CLI, CDRGEN_SOURCE_DIR.
set -euo pipefail
if [[ $(id -u) -ne 0 ]]; then
  echo "SKIPPED: the Slurm test starts slurmd, which must run as root; run ctest -L slurm as root"
  exit 77
fi
for tool in munged slurmctld slurmd sbatch squeue sinfo scancel psql; do
  command -v "$tool" >/dev/null ||
    { echo "FAIL: $tool is missing (scripts/lib/setup.sh installs munge, slurmctld, slurmd, slurm-client)" >&2; exit 1; }
done
cli=${CDRGEN_CLI:?}
array_script=${CDRGEN_SOURCE_DIR:?}/packaging/slurm/cdrgen-array.sbatch
# shellcheck source=/dev/null
source "${CDRGEN_PG_FIXTURE:?}"
# shellcheck source=minicluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/minicluster.sh"

records=40000
table=cdr_slurm_$$
reference=${table}_single
export PGPASSWORD=$PG_PASSWORD
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE")
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-slurm.XXXXXX")
cleanup() {
  slurm_cluster_stop
  "${psql[@]}" -c "DROP TABLE IF EXISTS $table, $reference" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  for log in "$work"/submit/cdrgen-*.log; do [[ -f $log ]] && { echo "--- $log" >&2; cat "$log" >&2; }; done
  exit 1
}

# What an analyst keeps in the submit folder: a config and a .env with the password.
mkdir "$work/submit"
cd "$work/submit"
printf 'logging:\n  file: ""\ngeneration:\n  records: %d\n  seed: 4242\n  batch_size: 2000\n' "$records" >config.yml
(umask 077 && printf "DB_PASSWORD='%s'\n" "$PG_PASSWORD" >.env) # owner-only, as packaging/slurm/README.md says
unset PGPASSWORD # the shards must get the password from .env

started=$SECONDS
slurm_cluster_start "$work/slurm" 8 4096
echo "Slurm cluster up in $((SECONDS - started)) s"
job_started=$SECONDS
CDRGEN_CLI=$cli CDRGEN_OUTPUT="postgresql://$PG_USER@$PG_HOST:$PG_PORT/$PG_DATABASE" CDRGEN_TABLE=$table \
  sbatch --wait --quiet "$array_script" || fail "the array job failed"
echo "array job of 4 tasks done in $((SECONDS - job_started)) s"

for shard in 1 2 3 4; do
  grep -q "shard $shard/4 " cdrgen-*_"$shard".log || fail "no log line of task $shard saying it ran shard $shard/4"
done

"$cli" --config config.yml --env .env --output "csv:$work/single.csv" --quiet --no-email ||
  fail "the single reference run failed"
export PGPASSWORD=$PG_PASSWORD
"${psql[@]}" -c "CREATE TABLE $reference (LIKE $table)"
"${psql[@]}" -c "\\copy $reference FROM '$work/single.csv' WITH (FORMAT csv, HEADER true)"

digest() { "${psql[@]}" -c "COPY (SELECT * FROM $1 ORDER BY id) TO STDOUT" | md5sum | cut -d' ' -f1; }
ids=$("${psql[@]}" -tAc "SELECT count(*), count(DISTINCT id), min(id), max(id) FROM $table")
[[ $ids == "$records|$records|1|$records" ]] || fail "ids in $table (count|distinct|min|max): $ids, expected 1..$records once each"
sharded=$(digest "$table")
single=$(digest "$reference")
[[ $sharded == "$single" ]] || fail "the sharded table's digest $sharded differs from the single run's $single"
indexes=$("${psql[@]}" -tAc "SELECT count(*) FROM pg_indexes WHERE tablename = '$table'")
[[ $indexes == 4 ]] || fail "$table has $indexes indexes, expected the primary key and the seed's three"
echo "PASS: 4 Slurm array tasks wrote $records rows equal to one run (md5 $sharded) in $((SECONDS - started)) s"
