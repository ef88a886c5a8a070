#!/usr/bin/env bash
# Re-extracts every tr() string of the GUI (ui/, app/gui_main.cpp), the reports (core/engine/report) and the engines' progress
# stages (core/engine, core/ocr, core/dataset, core/demo) into
# translations/*.ts. New strings appear untranslated; tst_translations fails until German and Hindi have
# them. With --check, nothing is written: exits 1 when the .ts files lack a string of the sources.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=$(command -v lupdate6 || command -v /usr/lib/qt6/bin/lupdate || command -v lupdate)
sources=(ui app/gui_main.cpp core/engine core/ocr core/dataset core/demo core/duplicates core/store/Split.cpp core/analysis/EvaluationReport.cpp core/util/ReadableDuration.h)
if [[ "${1:-}" == "--check" ]]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cp translations/memescope_de.ts "$tmp/check.ts"
  out=$("$lupdate" -no-obsolete -locations none "${sources[@]}" -ts "$tmp/check.ts" 2>&1)
  if grep -q "Found [0-9]* source text(s) ([1-9][0-9]* new" <<<"$out"; then
    echo "translations/*.ts are out of date: run scripts/update-translations.sh" >&2
    grep "Found" <<<"$out" >&2
    exit 1
  fi
  echo "translations are up to date"
  exit 0
fi
for lang in en de hi; do
  "$lupdate" -no-obsolete -locations none -source-language en -target-language "$lang" "${sources[@]}" \
    -ts "translations/memescope_$lang.ts"
done
