#!/usr/bin/env bash
# Create .venv and install Footnote with everything it needs, offline-safe.
# torch is pinned and installed first: any other torch request pulls a multi-GB CUDA build.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet "torch==2.13.0"
if [ -n "$extras" ]; then
  python -m pip install --quiet -e ".[$extras]"
else
  python -m pip install --quiet -e .
fi
echo "footnote installed in $(pwd)/.venv" >&2
