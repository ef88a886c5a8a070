#!/usr/bin/env bash
# Builds MemeScope and runs every test (Qt Test suites registered with CTest). No display needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${MEMESCOPE_BUILD_DIR:-build}
export QT_QPA_PLATFORM=offscreen OMP_THREAD_LIMIT=1
ctest --test-dir "$build_dir" --output-on-failure -j2 --timeout 900
# The Debian package: built with cpack, its contents and dependencies checked, run from a scratch root.
bash scripts/package-test.sh "$build_dir"
