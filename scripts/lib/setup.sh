# Shared by scripts/run, scripts/test, scripts/bench: install missing Debian packages, configure and build.
# Idempotent: a second call with nothing changed installs nothing and rebuilds nothing.
set -euo pipefail

CDRGEN_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CDRGEN_BUILD=${CDRGEN_BUILD:-$CDRGEN_ROOT/build}

# "a|b": the first of these that the release's archive has as a real package, for names that differ between Debian
# releases: the SVG image plugin has its own package since Qt 6.6 (Debian 13), and Qt OpenGL's CMake files, which
# Qt Charts needs, moved into qt6-base-dev.
CDRGEN_PACKAGES=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev "libqt6opengl6-dev|qt6-base-dev" libgl-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  "qt6-svg-plugins|libqt6svg6"
  libqt6sql6-odbc libqt6sql6-psql libqt6sql6-sqlite
  libyaml-cpp-dev libspdlog-dev libfmt-dev libcurl4-openssl-dev libxxhash-dev libisal-dev zlib1g-dev
  unixodbc unixodbc-dev odbc-postgresql libsqliteodbc tdsodbc
  libsqlite3-dev sqlite3 libpq-dev postgresql postgresql-client
  python3 python3-aiosmtpd openssl ca-certificates
  nodejs npm # tests/delivery: node-sql-parser, an outside T-SQL parser, checks the tsql: script
  munge slurmctld slurmd slurm-client time
  xvfb xauth imagemagick desktop-file-utils appstream dpkg-dev file groff-base
  chromium
)
# Only for the fuzz pass of scripts/test and `scripts/bench fuzz` (they add these to CDRGEN_PACKAGES): clang, its
# runtime libraries with libFuzzer (libclang-rt-dev names Debian's default clang's: 14 on Debian 12, 19 on 13) and
# llvm-symbolizer for readable sanitizer stack traces.
CDRGEN_FUZZ_PACKAGES=(clang "libclang-rt-dev|libclang-rt-19-dev|libclang-rt-14-dev" llvm)

# The first of "a|b|c" that apt knows as a real package (a purely virtual one has no Package: stanza); empty if none.
# A compiler cache when the machine has one: a second build of the same sources in another folder (a new clone,
# CI) then compiles only what changed. Paths are taken relative to the checkout so the folder's name does not matter.
if [[ -z ${CMAKE_CXX_COMPILER_LAUNCHER:-} ]] && command -v ccache >/dev/null; then
  export CMAKE_C_COMPILER_LAUNCHER=ccache CMAKE_CXX_COMPILER_LAUNCHER=ccache
  export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$CDRGEN_ROOT} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
fi

cdrgen_first_known_package() {
  local choices choice known
  IFS='|' read -ra choices <<<"$1"
  # One apt-cache call (each one loads the whole cache), then the first choice in the order given.
  known=$(apt-cache show --no-all-versions "${choices[@]}" 2>/dev/null | sed -n 's/^Package: //p')
  for choice in "${choices[@]}"; do
    if grep -qx -- "$choice" <<<"$known"; then
      echo "$choice"
      return 0
    fi
  done
}

# True when an installed package provides $1 as a virtual package (NodeSource's nodejs provides and conflicts with
# npm: installing Debian's npm next to it would fail).
cdrgen_provided_package() {
  dpkg-query -W -f='${Status}\t${Provides}\n' 2>/dev/null | grep '^install ok installed' | cut -f2 | tr ',' '\n' |
    sed 's/ *(.*//; s/^ *//' | grep -x -- "$1" >/dev/null # not -q: an early exit would fail the pipe (pipefail)
}

cdrgen_install_packages() {
  local missing=() entry package updated=0 sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  for entry in "${CDRGEN_PACKAGES[@]}"; do
    package=$entry
    if [[ $entry == *'|'* ]]; then
      package=$(cdrgen_first_known_package "$entry")
      if [[ -z $package ]] && ((!updated)); then # a fresh machine may have no package lists yet
        "${sudo[@]}" apt-get update -qq
        updated=1
        package=$(cdrgen_first_known_package "$entry")
      fi
      [[ -n $package ]] || { echo "cdrgen: the Debian archive has none of the packages ${entry//|/, }" >&2; return 1; }
    fi
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
      cdrgen_provided_package "$package" || missing+=("$package")
  done
  ((${#missing[@]} == 0)) && return 0
  echo "cdrgen: installing missing packages: ${missing[*]}"
  ((updated)) || "${sudo[@]}" apt-get update -qq
  # The PostgreSQL, munge and Slurm packages would start services; tests start their own servers instead.
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The clang build of core and the libFuzzer targets (fuzz/, docs/fuzzing.md), in build-fuzz.
CDRGEN_FUZZ_BUILD=${CDRGEN_FUZZ_BUILD:-$CDRGEN_ROOT/build-fuzz}
cdrgen_build_fuzz() {
  if [[ ! -f $CDRGEN_FUZZ_BUILD/build.ninja ]]; then
    cmake -S "$CDRGEN_ROOT" -B "$CDRGEN_FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCDRGEN_FUZZ=ON
  fi
  cmake --build "$CDRGEN_FUZZ_BUILD" --parallel "$(nproc)"
}

cdrgen_build() {
  if [[ ! -f $CDRGEN_BUILD/build.ninja ]]; then
    cmake -S "$CDRGEN_ROOT" -B "$CDRGEN_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
  fi
  cmake --build "$CDRGEN_BUILD" --parallel "$(nproc)"
}
