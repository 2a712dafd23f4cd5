# shellcheck shell=bash
# Sourced by the Slurm tests: a throw-away one-node Slurm cluster on 127.0.0.1, run as root. munged with its own
# key and socket, slurmctld and slurmd on two free ports, state, spool and logs under one folder, a generated
# slurm.conf (exported as SLURM_CONF, so sbatch, squeue and sinfo talk to this cluster only).
#   slurm_cluster_start DIR CPUS MEMORY_MB   start it (the node declares CPUS and MEMORY_MB, whatever the machine has)
#   slurm_cluster_stop                       cancel its jobs, stop its daemons, remove DIR; safe to call twice
# Only keys that Slurm 22.05 (Debian 12) and 24.11 (Debian 13) both accept: no cons_res, no ControlMachine.

slurm_cluster_pids=()
slurm_cluster_dir=

slurm_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

slurm_write_conf() { # DIR CPUS MEMORY_MB
  local dir=$1 cpus=$2 memory=$3 ctld_port slurmd_port
  ctld_port=$(slurm_free_port)
  slurmd_port=$(slurm_free_port)
  while [[ $slurmd_port == "$ctld_port" ]]; do slurmd_port=$(slurm_free_port); done
  cat >"$dir/slurm.conf" <<EOF
ClusterName=cdrgentest
SlurmctldHost=$(uname -n | cut -d. -f1)(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
# No cgroups: works in a chroot and in a container.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
# The node offers what this file says, not what the hardware has: four tasks may share two cores.
SlurmdParameters=config_overrides
KillWait=5
NodeName=cdrgen1 NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=cdrgen Nodes=cdrgen1 Default=YES MaxTime=INFINITE State=UP
EOF
  # Slurm 24.05 and later (Debian 13) accept CgroupPlugin=disabled: no cgroup use at all, as a chroot or container
  # may have no usable cgroup tree. 22.05 (Debian 12) does not know the value and reads no cgroup.conf with the
  # plugins above.
  local major
  major=$(slurmd -V | grep -o '[0-9][0-9]*\.[0-9]' | head -n 1)
  if [[ ${major%%.*} -ge 24 ]]; then
    echo "CgroupPlugin=disabled" >"$dir/cgroup.conf"
  fi
}

# Waits up to SECONDS for COMMAND to succeed.
slurm_wait_for() { # SECONDS COMMAND...
  local deadline=$((SECONDS + $1))
  shift
  until "$@" 2>/dev/null; do
    ((SECONDS < deadline)) || return 1
    sleep 0.2
  done
}

slurm_node_idle() { [[ $(sinfo -h -n cdrgen1 -o %T) == idle ]]; }

slurm_cluster_fail() { # MESSAGE: print it and the daemons' logs
  echo "$1" >&2
  for log in "$slurm_cluster_dir"/log/*; do
    [[ -f $log ]] && { echo "--- $log" >&2; tail -n 30 "$log" >&2; }
  done
  return 1
}

slurm_cluster_start() { # DIR CPUS MEMORY_MB
  slurm_cluster_dir=$1
  mkdir -p "$slurm_cluster_dir"/{munge,state,spool,log}
  chmod 711 "$slurm_cluster_dir/munge"
  head -c 1024 /dev/urandom >"$slurm_cluster_dir/munge/munge.key"
  chmod 400 "$slurm_cluster_dir/munge/munge.key"
  slurm_write_conf "$@"
  export SLURM_CONF=$slurm_cluster_dir/slurm.conf

  munged --foreground --force --socket="$slurm_cluster_dir/munge/munge.socket" \
    --key-file="$slurm_cluster_dir/munge/munge.key" --pid-file="$slurm_cluster_dir/munge/munged.pid" \
    --seed-file="$slurm_cluster_dir/munge/munged.seed" >"$slurm_cluster_dir/log/munged.out" 2>&1 &
  slurm_cluster_pids+=($!)
  slurm_wait_for 10 test -S "$slurm_cluster_dir/munge/munge.socket" || slurm_cluster_fail "munged did not start" || return
  slurmctld -D -c >"$slurm_cluster_dir/log/slurmctld.out" 2>&1 &
  slurm_cluster_pids+=($!)
  slurmd -D -N cdrgen1 >"$slurm_cluster_dir/log/slurmd.out" 2>&1 &
  slurm_cluster_pids+=($!)
  slurm_wait_for 30 slurm_node_idle || slurm_cluster_fail "the Slurm node did not become idle within 30 s" || return
}

slurm_cluster_stop() {
  [[ -n $slurm_cluster_dir ]] || return 0
  if [[ -f ${SLURM_CONF:-} ]]; then
    scancel --full --quiet --partition=cdrgen 2>/dev/null
    slurm_wait_for 10 test -z "$(squeue -h 2>/dev/null)"
  fi
  local pid
  for pid in "${slurm_cluster_pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${slurm_cluster_pids[@]}"; do
    slurm_wait_for 10 bash -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null
  done
  wait 2>/dev/null
  slurm_cluster_pids=()
  rm -rf "$slurm_cluster_dir"
  slurm_cluster_dir=
}
