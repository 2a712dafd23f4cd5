# Shared by scripts/run, scripts/test, scripts/bench: install missing Debian packages, configure and build.
# Idempotent: a second call with nothing changed installs nothing and rebuilds nothing.
set -euo pipefail

CDRGEN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CDRGEN_BUILD=${CDRGEN_BUILD:-$CDRGEN_ROOT/build}

CDRGEN_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev libgl-dev
  libqt6sql6-odbc libqt6sql6-psql libqt6sql6-sqlite
  libyaml-cpp-dev libspdlog-dev libfmt-dev libcurl4-openssl-dev libxxhash-dev
  unixodbc unixodbc-dev odbc-postgresql libsqliteodbc tdsodbc
  libsqlite3-dev sqlite3 libpq-dev postgresql postgresql-client
  python3 python3-aiosmtpd openssl ca-certificates
  xvfb xauth imagemagick desktop-file-utils appstream dpkg-dev file groff-base
)

cdrgen_install_packages() {
  local missing=()
  for package in "${CDRGEN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "cdrgen: installing missing packages: ${missing[*]}"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  # The PostgreSQL package would start a cluster service; tests start their own servers instead.
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

cdrgen_build() {
  if [[ ! -f $CDRGEN_BUILD/build.ninja ]]; then
    cmake -S "$CDRGEN_ROOT" -B "$CDRGEN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
  cmake --build "$CDRGEN_BUILD" --parallel "$(nproc)"
}
