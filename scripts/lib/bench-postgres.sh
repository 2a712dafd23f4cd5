# Sourced by the benchmarks that need PostgreSQL: makes $work (a temporary folder, removed on exit), starts a
# throw-away server with the tests' fixture (stopped on exit) and loads its facts (PG_HOST, PG_PORT, PG_USER,
# PG_PASSWORD, PG_DATABASE). Needs $root; usage: bench_start_postgres NAME [postgres -c setting...].
bench_start_postgres() {
  work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-bench-$1.XXXXXX")
  chmod 755 "$work"
  facts=$work/postgres.env
  trap 'bash "$root/tests/fixtures/postgres/stop.sh" "$facts" || true; rm -rf "$work"' EXIT
  bash "$root/tests/fixtures/postgres/start.sh" "$facts" "${@:2}" >/dev/null
  # shellcheck source=/dev/null
  source "$facts"
}
