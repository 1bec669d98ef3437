#!/usr/bin/env bash
# Create .venv and install Footnote with everything it needs, offline-safe.
# Installs the exact, hashed versions in requirements/lock.txt (runtime and dev tools; refresh it
# with scripts/lock.sh). torch there is 2.13.0+cpu from /opt/wheels: any other torch request pulls
# a multi-GB CUDA build. An extra outside the lock (e.g. `anthropic`) is installed after it, unpinned.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
python3 -m venv .venv
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -m pip install --quiet --require-hashes -r requirements/lock.txt
python -m pip install --quiet --no-deps -e .
case "$extras" in
  "" | dev | bench | dev,bench | bench,dev) ;;  # already in the lock
  *) python -m pip install --quiet -e ".[$extras]" ;;
esac
echo "footnote installed in $(pwd)/.venv" >&2
