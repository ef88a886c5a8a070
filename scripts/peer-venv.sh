#!/usr/bin/env bash
# The virtual environment the Python peers that need Hugging Face transformers run in (never needed by the
# build or the tests): Debian's python3-torch (the same LibTorch version MemeScope builds against) plus
# transformers, pinned. Creates ./.venv-peers once; prints its python.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-peers
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import transformers" 2>/dev/null; then
  /usr/bin/python3 -m venv --system-site-packages "$venv"
  "$venv/bin/pip" install -q transformers==4.36.2
fi
echo "$venv/bin/python"
