#!/usr/bin/env bash
# Refresh requirements/lock.txt from pyproject.toml: exact versions and sha256 hashes of every
# runtime and dev dependency (the dev extra includes bench's), for Python 3.11 on Linux x86-64.
# torch resolves to the local CPU wheel (torch==2.13.0+cpu from /opt/wheels), never a CUDA build.
# Existing pins are kept where they still fit; pass --upgrade (or --upgrade-package NAME) to move.
set -euo pipefail
cd "$(dirname "$0")/.."
tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/python" -m pip install --quiet "pip==26.3" "pip-tools==7.6.2"
mkdir -p requirements
CUSTOM_COMPILE_COMMAND="bash scripts/lock.sh" "$tools/bin/pip-compile" --quiet \
  --extra dev --generate-hashes --allow-unsafe --strip-extras \
  --no-emit-index-url --find-links /opt/wheels \
  --output-file requirements/lock.txt "$@" pyproject.toml
if ! grep -q '^torch==2\.13\.0+cpu ' requirements/lock.txt; then
  echo "lock.sh: torch did not resolve to the local CPU wheel (torch-2.13.0+cpu in /opt/wheels)" >&2
  exit 1
fi
echo "requirements/lock.txt refreshed; run bash scripts/setup.sh to install it" >&2
