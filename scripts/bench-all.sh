#!/usr/bin/env bash
# The performance dashboard: builds and runs every benchmark in tests/bench one after another (they are
# noisy when run side by side) and writes their tables, with the machine and the commit, to
# docs/benchmarks.md (or the file given). Takes roughly 15-20 minutes on the 2-core machine (bench_checkpoints
# alone: ~5 minutes and ~19 GB of memory for two `seed` steps at 512 tokens).
#   bash scripts/bench-all.sh [OUT.md]
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/benchmarks.md}
build_dir=${MEMESCOPE_BUILD_DIR:-build}
bash scripts/install-deps.sh
bash scripts/build.sh >/dev/null
bench="$build_dir/tests/bench"
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
"$build_dir/app/memescope-cli" demo --out "$demo/datasets" >/dev/null 2>&1
"$build_dir/app/memescope-cli" import "$demo/datasets/axiom" --project "$demo/axiom.memescope" >/dev/null 2>&1
{
  echo "# MemeScope benchmarks"
  echo
  echo "Commit $(git rev-parse --short HEAD), $(date -u +%Y-%m-%d), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)."
  echo "Each table compares against a peer measured in the same run; ratios > 1 favour MemeScope."
  for b in "bench_import" "bench_gallery" "bench_ocr" "bench_tokenizer" "bench_model --no-seed" \
           "bench_training $demo/axiom.memescope" "bench_baseline $demo/datasets" \
           "bench_run_outputs" "bench_checkpoints"; do
    name=${b%% *}
    echo
    echo "## $name"
    echo
    # The benchmarks print Markdown tables with a few lines of context: kept as they are so the tables render.
    # shellcheck disable=SC2086
    (cd "$bench" && ./$b 2>&1) | grep -v '^QStandardPaths\|propagateSizeHints\|^\[' || echo "($name failed)"
  done
} > "$out"
echo "wrote $out"
