#!/usr/bin/env bash
# No documented or shipped example puts a password where other users or the shell history see it: no
# postgresql://USER:PASSWORD@ URL, no PASSWORD=value typed before a command (PGPASSWORD=x cdrgen-cli ...) and no
# kubectl --from-literal=...PASSWORD=, in README.md, docs/, packaging/ or config/. The self-test first proves that the patterns catch such examples.
# Usage: check_no_passwords.sh SOURCE_DIR | --self-test
set -euo pipefail
url_with_password='postgresql://[^ ]*:[^ @]*@'
password_before_command='PASSWORD=[^ .][^ ]* +[^ ]*cdrgen'
password_as_argument='from-literal=[A-Z_]*PASSWORD='

scan() { # folder: prints every offending line, exit 1 when there is one
  local found=0
  (cd "$1" && grep -rnE "$url_with_password" README.md docs packaging config) && found=1
  (cd "$1" && grep -rnE "$password_before_command" README.md docs packaging config) && found=1
  (cd "$1" && grep -rnE "$password_as_argument" README.md docs packaging config) && found=1
  return "$found"
}

if [[ ${1:-} == --self-test ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  mkdir -p "$work"/{docs,packaging,config}
  printf 'clean\n' >"$work/README.md"
  status=0
  scan "$work" >/dev/null || status=1
  [[ $status == 0 ]] || { echo "FAIL: a clean tree was reported"; exit 1; }
  for planted in 'cdrgen-cli -o postgresql://cdr:s3cret@db/telecom' "-o 'postgresql://USER[:PASSWORD]@HOST/DB'" \
    'PGPASSWORD=secret cdrgen\-cli \-n 10' 'DB_PASSWORD=hunter2 cdrgen-cli -o odbc' \
    "kubectl create secret generic db --from-literal=DB_PASSWORD='...'"; do
    printf '%s\n' "$planted" >"$work/docs/example.md"
    if scan "$work" >/dev/null; then
      echo "FAIL: not caught: $planted"
      exit 1
    fi
  done
  printf '%s\n' 'cdrgen-cli -o postgresql://cdr@db.example.be:5432/telecom' 'DB_PASSWORD=...' \
    'kubectl create secret generic cdrgen-db --from-env-file=./db.env' >"$work/docs/example.md"
  scan "$work" >/dev/null || { echo "FAIL: a URL without a password or a placeholder was reported"; exit 1; }
  echo "PASS: the checker catches passwords in URLs and before commands"
  exit 0
fi

if ! scan "${1:?usage: check_no_passwords.sh SOURCE_DIR | --self-test}"; then
  echo "FAIL: the lines above show a password where ps or the shell history would keep it"
  exit 1
fi
echo "PASS: no documented example carries a password"
