#!/usr/bin/env bash
# The memory the scale-out examples ask for covers one shard of their billion-record run with a margin of two:
# `cdrgen-cli -n 1000000000 --shard 1/1000` (the world of a billion-record run: 341,530 subscribers by default;
# the peak does not grow with the shard's records, the batches are bounded) must peak at no more than half of the
# Slurm script's --mem and of the Kubernetes Job's memory request, and the request must not exceed the limit.
# docs/scale-out.md ("Memory per shard") gives the measured figures and the commands behind them.
# Usage: shard_memory.sh CDRGEN_CLI SOURCE_DIR
set -euo pipefail
cli=$(realpath "$1")
source_dir=$(realpath "$2")
sbatch=$source_dir/packaging/slurm/cdrgen-array.sbatch
job=$source_dir/packaging/kubernetes/job.yaml
expected_subscribers=341530

mebibytes() { # a Slurm (512M, 1G) or Kubernetes (768Mi, 1Gi) quantity in MiB, for the sizes these files use
  case $1 in
    *Gi | *G) echo $((${1%%G*} * 1024)) ;;
    *Mi | *M) echo "${1%%M*}" ;;
    *) echo "FAIL: unknown memory quantity '$1'" >&2; exit 1 ;;
  esac
}
slurm_mem=$(mebibytes "$(sed -n 's/^#SBATCH --mem=\(.*\)$/\1/p' "$sbatch")")
request=$(mebibytes "$(sed -n '/requests:/,/limits:/s/^ *memory: *\(.*\)$/\1/p' "$job")")
limit=$(mebibytes "$(sed -n '/limits:/,/volumeMounts:/s/^ *memory: *\(.*\)$/\1/p' "$job")")

work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-shard-memory.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
peak_kb=$(python3 - "$cli" "$work/run.log" <<'PY'
import resource, subprocess, sys
with open(sys.argv[2], "w") as log:
    subprocess.run([sys.argv[1], "-n", "1000000000", "--shard", "1/1000", "-o", "csv:/dev/null", "--threads", "2",
                    "--no-email"], check=True, stdout=log, stderr=subprocess.STDOUT)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
PY
)
world=$(grep -o 'World model: .*' run.log || true)
peak_mib=$((peak_kb / 1024))
echo "$world; peak RSS $peak_kb kB ($peak_mib MiB); Slurm --mem ${slurm_mem} MiB, Kubernetes request ${request} MiB," \
  "limit ${limit} MiB"
[[ $world == *" $expected_subscribers subscribers"* ]] ||
  { echo "FAIL: expected the world of $expected_subscribers subscribers"; cat run.log; exit 1; }
grep -q 'Done: 1000000 records inserted' run.log || { echo "FAIL: the shard did not write its 1000000 records"; exit 1; }
((peak_kb > 0)) || { echo "FAIL: no peak RSS measured"; exit 1; }
((2 * peak_kb <= slurm_mem * 1024)) || { echo "FAIL: twice the peak exceeds the Slurm script's --mem"; exit 1; }
((2 * peak_kb <= request * 1024)) || { echo "FAIL: twice the peak exceeds the Kubernetes memory request"; exit 1; }
((request <= limit)) || { echo "FAIL: the Kubernetes memory request exceeds its limit"; exit 1; }
echo "PASS: the Slurm and Kubernetes sizing holds one shard of a billion-record run twice over"
