#!/usr/bin/env bash
# Refreshes tests/data/fixtures from the reference fixtures (../shared/fixtures, or $1). The tests read only
# the copy, so `bash scripts/test.sh` passes from a plain clone; run this when the reference data changes
# and commit the result.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir=${1:-../shared/fixtures}
[ -d "$source_dir" ] || { echo "refresh-test-data: no fixtures at $source_dir" >&2; exit 1; }
rm -rf tests/data/fixtures
mkdir -p tests/data
cp -r "$source_dir" tests/data/fixtures
chmod -R u+w tests/data/fixtures
echo "refresh-test-data: copied $(find tests/data/fixtures -type f | wc -l) files from $source_dir"
