#!/usr/bin/env bash
# TLS to PostgreSQL with certificate and host name verification, through the COPY path (libpq parameters in the
# URL's query) and through QODBC + psqlODBC (DB_OPTIONS). The server (fixture `postgres_tls`, start.sh --tls)
# accepts TLS connections only, with a certificate for `localhost` signed by a CA made at fixture start.
# sslmode=verify-full must connect with that CA, and fail at once with a clear message (exit 2, nothing written)
# with an unrelated CA, or when the host is given as 127.0.0.1 (the certificate names only `localhost`).
# Usage: postgres_tls.sh CDRGEN_CLI   (facts from $CDRGEN_PG_FIXTURE)
set -euo pipefail
cli=$(realpath "$1")
# shellcheck source=/dev/null
source "${CDRGEN_PG_FIXTURE:?the PostgreSQL fixture facts file}"
[[ -n ${PG_TLS_CA:-} ]] || { echo "the fixture was not started with --tls" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-tls.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export PGPASSFILE=$PG_PASSFILE PGSSLMODE=require # the fixture's 0600 password file: no password on a command line
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$PG_DATABASE" -tA)

failures=0
check() { # description, command...
  local what=$1; shift
  if "$@"; then echo "ok:   $what"; else echo "FAIL: $what"; failures=$((failures + 1)); fi
}
# log name, extra environment..., -- cdrgen-cli arguments...; prints the exit code
run_cli() {
  local log=$1; shift
  local vars=()
  while [[ $1 != -- ]]; do vars+=("$1"); shift; done
  shift
  local code=0
  env -i "PATH=$PATH" "HOME=$work" TZ=UTC "${vars[@]}" "$cli" -n 2000 -q --no-email "$@" >"$log" 2>&1 || code=$?
  echo "$code"
}
says() { grep -qF -- "$2" "$1"; }
rows() { "${psql[@]}" -c "SELECT count(*) FROM $1" 2>/dev/null || echo none; }

check "a connection without TLS is refused by the server" \
  bash -c "! PGSSLMODE=disable ${psql[*]} -c 'SELECT 1' 2>/dev/null"

url() { # host, CA file
  echo "postgresql://$PG_USER@$1:$PG_PORT/$PG_DATABASE?sslmode=verify-full&sslrootcert=$2&application_name=cdrgen-tls"
}
echo "== COPY, postgresql://...?sslmode=verify-full"
code=$(run_cli copy-ok.log "PGPASSFILE=$PG_PASSFILE" -- -o "$(url localhost "$PG_TLS_CA")" --table cdr_tls_copy \
  --world-tables)
cat copy-ok.log
check "the right CA and host name: exit 0 (got $code)" test "$code" = 0
check "2000 rows arrived" test "$(rows cdr_tls_copy)" = 2000
check "the world tables arrived over the same verified TLS" test "$(rows cdr_tls_copy_runs)" = 1

code=$(run_cli copy-ca.log "PGPASSFILE=$PG_PASSFILE" -- -o "$(url localhost "$PG_TLS_OTHER_CA")" --table cdr_tls_ca)
cat copy-ca.log
check "an unrelated CA: exit 2 (got $code)" test "$code" = 2
check "the message says the certificate failed verification" says copy-ca.log "certificate verify failed"
check "the message says what to check" says copy-ca.log "sslrootcert"
check "nothing was created" test "$(rows cdr_tls_ca)" = none

code=$(run_cli copy-host.log "PGPASSFILE=$PG_PASSFILE" -- -o "$(url 127.0.0.1 "$PG_TLS_CA")" --table cdr_tls_host)
cat copy-host.log
check "host 127.0.0.1, certificate for localhost: exit 2 (got $code)" test "$code" = 2
check "the message says the host name does not match" says copy-host.log 'does not match host name "127.0.0.1"'
check "nothing was created" test "$(rows cdr_tls_host)" = none

echo "== QODBC + psqlODBC, DB_OPTIONS=SSLmode=verify-full;pqopt={sslrootcert=...}"
(umask 077 && printf "DB_PASSWORD='%s'\n" "$PG_PASSWORD" >.env) # read from the working folder
run_odbc() { # log, host, CA, table
  run_cli "$1" "DB_DRIVER=PostgreSQL Unicode" "DB_SERVER=$2" "DB_PORT=$PG_PORT" "DB_NAME=$PG_DATABASE" \
    "DB_USER=$PG_USER" "DB_OPTIONS=SSLmode=verify-full;pqopt={sslrootcert=$3}" \
    -- -o odbc --table "$4"
}
code=$(run_odbc odbc-ok.log localhost "$PG_TLS_CA" cdr_tls_odbc)
cat odbc-ok.log
check "ODBC, the right CA and host name: exit 0 (got $code)" test "$code" = 0
check "2000 rows arrived" test "$(rows cdr_tls_odbc)" = 2000

code=$(run_odbc odbc-ca.log localhost "$PG_TLS_OTHER_CA" cdr_tls_odbc_ca)
cat odbc-ca.log
check "ODBC, an unrelated CA: exit 2 (got $code)" test "$code" = 2
check "the message says the certificate failed verification" says odbc-ca.log "certificate verify failed"
check "nothing was created" test "$(rows cdr_tls_odbc_ca)" = none

code=$(run_odbc odbc-host.log 127.0.0.1 "$PG_TLS_CA" cdr_tls_odbc_host)
cat odbc-host.log
check "ODBC, host 127.0.0.1: exit 2 (got $code)" test "$code" = 2
check "the message says the host name does not match" says odbc-host.log "does not match host name"

if [[ $failures -ne 0 ]]; then
  echo "FAILED: $failures check(s)"
  exit 1
fi
echo "PASS: TLS with verify-full through COPY and psqlODBC"
