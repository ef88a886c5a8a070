#!/usr/bin/env bash
# Configures (once) and builds MemeScope with Ninja + ccache into ./build (or $MEMESCOPE_BUILD_DIR).
# LIBTORCH=/path/to/libtorch builds against that LibTorch (e.g. a CUDA one, cxx11 ABI) instead of Debian's.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${MEMESCOPE_BUILD_DIR:-build}
if [ ! -f "$build_dir/build.ninja" ]; then
  extra=()
  [ -n "${LIBTORCH:-}" ] && extra+=("-DCMAKE_PREFIX_PATH=$LIBTORCH")
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" "$@" >/dev/null
fi
# Two cores, but torch TUs take ~1 GB each: the default -j3 of ninja is fine with 24 GiB.
cmake --build "$build_dir"
