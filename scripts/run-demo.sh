#!/usr/bin/env bash
# Builds MemeScope and opens it on the bundled demo project (generated on first use in ./demo-data: the two
# synthetic datasets, imported in ~20 s). On the first start the window opens at once and OCR and a small
# `tiny` model (trained on the RESTORE-style project, for predictions and heatmaps in the inspector) run as
# background jobs in the Jobs panel; later starts open the trained run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${MEMESCOPE_BUILD_DIR:-build}
cli="$build_dir/app/memescope-cli"
project=demo-data/restore-demo.memescope
first_run=demo-data/runs/restore-tiny
# .complete holds the demo generator's version: a demo written by an older generator is made again.
if [ "$(cat demo-data/.complete 2>/dev/null)" != "$("$cli" demo --generator-version)" ]; then
  echo "Preparing the demo projects (first run only, about 20 s)…"
  rm -rf demo-data
  "$cli" demo --out demo-data/datasets
  "$cli" import demo-data/datasets/axiom --project demo-data/axiom-demo.memescope >/dev/null
  "$cli" import demo-data/datasets/restore --project "$project" >/dev/null
  "$cli" demo --generator-version > demo-data/.complete
  echo "Demo projects: demo-data/axiom-demo.memescope (AxiOM-style), $project (RESTORE-style)"
fi
if [ -f "$first_run/result.json" ]; then
  exec "$build_dir/app/memescope" "$project" --run latest "$@"
fi
echo "OCR and a first model run in the background (the Jobs panel shows them; a few minutes on 2 cores)."
exec "$build_dir/app/memescope" "$project" --train-first "$first_run" "$@"
