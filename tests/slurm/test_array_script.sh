#!/usr/bin/env bash
# The argument mapping of packaging/slurm/cdrgen-array.sbatch without Slurm: the script runs with the SLURM_* variables
# that sbatch would set and a stand-in cdrgen-cli that prints its arguments. Checks the shard of each task, the
# config, .env, target and table options, and the refusals (no array, an array that is not 1..N, a target URL with a
# password).
set -euo pipefail
script=${CDRGEN_SOURCE_DIR:?}/packaging/slurm/cdrgen-array.sbatch
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-sbatch.XXXXXX")
trap 'rm -rf "$work"' EXIT
printf '#!/bin/sh\necho "$*"\n' >"$work/cdrgen-cli"
chmod +x "$work/cdrgen-cli"
cd "$work"
failures=0

# expect_args DESCRIPTION EXPECTED_ARGUMENTS VAR=VALUE...: the script must exec cdrgen-cli with exactly these.
expect_args() {
  local description=$1 expected=$2 actual
  shift 2
  actual=$(env -i PATH=/usr/bin:/bin CDRGEN_CLI="$work/cdrgen-cli" "$@" bash "$script" 2>/dev/null | tail -n 1)
  if [[ $actual != "$expected" ]]; then
    echo "FAIL: $description: cdrgen-cli got '$actual', expected '$expected'"
    failures=$((failures + 1))
  fi
}

# expect_refusal DESCRIPTION MESSAGE_PART VAR=VALUE...: the script must exit 2 naming the problem, running nothing.
expect_refusal() {
  local description=$1 message=$2 output status=0
  shift 2
  output=$(env -i PATH=/usr/bin:/bin CDRGEN_CLI="$work/cdrgen-cli" "$@" bash "$script" 2>&1) || status=$?
  if [[ $status != 2 || $output != *"$message"* || $output == *--shard* ]]; then
    echo "FAIL: $description: exit $status, output '$output'; expected exit 2 with '$message'"
    failures=$((failures + 1))
  fi
}

array=(SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=4 SLURM_ARRAY_TASK_COUNT=4 SLURM_CPUS_PER_TASK=2)
for task in 1 2 3 4; do
  expect_args "task $task of 4" "--shard $task/4 --config config.yml --threads 2 --no-email" \
    SLURM_ARRAY_TASK_ID=$task "${array[@]}"
done
expect_args "target, table, config and extra arguments" \
  "--shard 2/4 --config /etc/run.yml --threads 2 --no-email --env /etc/run.env --output odbc --table cdr_big --batch-size 50000 -q" \
  SLURM_ARRAY_TASK_ID=2 "${array[@]}" CDRGEN_CONFIG=/etc/run.yml CDRGEN_ENV=/etc/run.env CDRGEN_OUTPUT=odbc \
  CDRGEN_TABLE=cdr_big "CDRGEN_ARGS=--batch-size 50000 -q"
touch .env
expect_args "the submit folder's .env" "--shard 4/4 --config config.yml --threads 2 --no-email --env .env" \
  SLURM_ARRAY_TASK_ID=4 "${array[@]}"
expect_args "a rerun of task 3 of 16" "--shard 3/16 --config config.yml --threads 0 --no-email --env .env" \
  SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_MAX=3 SLURM_ARRAY_TASK_COUNT=1 CDRGEN_SHARDS=16

expect_refusal "no array" "SLURM_ARRAY_TASK_ID is not set"
expect_refusal "a rerun without CDRGEN_SHARDS" "set CDRGEN_SHARDS" \
  SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_MIN=3 SLURM_ARRAY_TASK_MAX=3 SLURM_ARRAY_TASK_COUNT=1
expect_refusal "an array with a step" "submit --array=1-N" \
  SLURM_ARRAY_TASK_ID=3 SLURM_ARRAY_TASK_MIN=1 SLURM_ARRAY_TASK_MAX=7 SLURM_ARRAY_TASK_COUNT=4
expect_args "a PostgreSQL URL without a password" \
  "--shard 1/4 --config config.yml --threads 2 --no-email --env .env --output postgresql://cdr@db.example.org:5432/cdr" \
  SLURM_ARRAY_TASK_ID=1 "${array[@]}" CDRGEN_OUTPUT=postgresql://cdr@db.example.org:5432/cdr
for url in postgresql://cdr:Fake-S3cret@db.example.org/cdr 'postgres://cdr:Fake-S3cret@db.example.org:5432/cdr?sslmode=require'; do
  expect_refusal "a password in CDRGEN_OUTPUT ($url)" "CDRGEN_OUTPUT carries a password" \
    SLURM_ARRAY_TASK_ID=1 "${array[@]}" CDRGEN_OUTPUT="$url"
  if env -i PATH=/usr/bin:/bin CDRGEN_CLI="$work/cdrgen-cli" SLURM_ARRAY_TASK_ID=1 "${array[@]}" CDRGEN_OUTPUT="$url" \
    bash "$script" 2>&1 | grep -q Fake-S3cret; then
    echo "FAIL: the refusal echoes the password"
    failures=$((failures + 1))
  fi
done

if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "PASS: the array script maps tasks to shards and refuses arrays that are not 1..N"
