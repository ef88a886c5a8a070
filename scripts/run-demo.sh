#!/usr/bin/env bash
# Builds MemeScope and opens it on the bundled demo project (generated on first use in ./demo-data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${MEMESCOPE_BUILD_DIR:-build}
project=demo-data/restore-demo.memescope
if [ ! -f "$project" ]; then
  echo "Generating the demo datasets and projects (first run only)…"
  rm -rf demo-data
  "$build_dir/app/memescope-cli" demo --out demo-data/datasets
  "$build_dir/app/memescope-cli" import demo-data/datasets/axiom --project demo-data/axiom-demo.memescope >/dev/null
  "$build_dir/app/memescope-cli" import demo-data/datasets/restore --project "$project" >/dev/null
  echo "Demo projects: demo-data/axiom-demo.memescope (AxiOM-style), $project (RESTORE-style)"
fi
exec "$build_dir/app/memescope" "$project" "$@"
