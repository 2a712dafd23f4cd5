#!/usr/bin/env bash
# An out-of-tree build (cmake -S SOURCE -B elsewhere, as IDEs and packagers do) finds the shipped presets: configures
# a second build tree in a temporary folder outside the source tree, builds only the small cdrgen_preset_folders
# program (the preset lookup of src/core/config/datalocations.cpp, as <build>/bin/cdrgen sees it) and checks that
# it lists the source tree's config/presets. Usage: out_of_tree_build.sh SOURCE_DIR
set -euo pipefail
source_dir=$(realpath "$1")
work=$(mktemp -d "${TMPDIR:-/tmp}/cdrgen-out-of-tree.XXXXXX")
trap 'rm -rf "$work"' EXIT
build=$work/build
case $build/ in "$source_dir"/*) echo "FAIL: $build is inside the source tree $source_dir"; exit 1 ;; esac

cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug >"$work/configure.log" 2>&1 ||
  { tail -20 "$work/configure.log"; echo "FAIL: configuring $build"; exit 1; }
cmake --build "$build" --target cdrgen_preset_folders >"$work/build.log" 2>&1 ||
  { tail -20 "$work/build.log"; echo "FAIL: building cdrgen_preset_folders"; exit 1; }

# Its own settings folder, so a preset folder of the user running the test cannot stand in for the shipped one.
folders=$(HOME=$work/home XDG_CONFIG_HOME=$work/home/.config "$build/bin/cdrgen_preset_folders")
echo "preset folders seen from $build/bin:"
echo "$folders"
expected=$(realpath "$source_dir/config/presets")
if ! grep -qxF "$expected" <<<"$folders"; then
  echo "FAIL: $expected is not among them"
  exit 1
fi
ls "$build/share/cdrgen/presets/seed-example.yml" >/dev/null
echo "PASS: the out-of-tree build lists $expected"
