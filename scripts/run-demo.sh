#!/usr/bin/env bash
# Builds MemeScope and opens it on the bundled demo project (generated on first use in ./demo-data: the two
# synthetic datasets imported, OCR'd, and a small `tiny` model trained on the RESTORE-style one, so the
# inspector has predictions and attention heatmaps from the start; a few minutes, once).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
build_dir=${MEMESCOPE_BUILD_DIR:-build}
cli="$build_dir/app/memescope-cli"
project=demo-data/restore-demo.memescope
# .complete holds the demo generator's version: a demo written by an older generator is made again.
if [ "$(cat demo-data/.complete 2>/dev/null)" != "$("$cli" demo --generator-version)" ]; then
  echo "Preparing the demo projects (first run only)…"
  rm -rf demo-data
  "$cli" demo --out demo-data/datasets
  "$cli" import demo-data/datasets/axiom --project demo-data/axiom-demo.memescope >/dev/null
  "$cli" import demo-data/datasets/restore --project "$project" >/dev/null
  echo "OCR of the demo memes…"
  "$cli" ocr --project "$project" >/dev/null
  echo "Training a first model (tiny preset, 4 epochs; Training dock in the app for more)…"
  "$cli" train --project "$project" --out demo-data/runs/restore-tiny --epochs 4 --config '{"tune_thresholds": true}' >/dev/null
  "$cli" demo --generator-version > demo-data/.complete
  echo "Demo projects: demo-data/axiom-demo.memescope (AxiOM-style), $project (RESTORE-style, with a trained run)"
fi
exec "$build_dir/app/memescope" "$project" --run latest "$@"
