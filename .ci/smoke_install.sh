#!/usr/bin/env bash
# Packaging smoke test: a fresh venv, torch pinned first, then a plain `pip install .` (no extras, not
# editable), and the installed readers read one file of every supported type (tests/data/smoke/).
# Catches a runtime dependency that only the dev extras happened to bring (trafilatura's lxml_html_clean).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PY=${PY:-python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "smoke: fresh venv in $WORK"
"$PY" -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install -q --upgrade pip
# torch first and pinned: any other torch request pulls GBs of CUDA packages.
"$WORK/venv/bin/pip" install -q torch==2.13.0
# Built from a copy of the tree, so the install leaves nothing (build/, *.egg-info) in the checkout.
mkdir "$WORK/src"
tar -C "$ROOT" --exclude=./.venv --exclude=./.git --exclude=./var --exclude=./models --exclude=./test-artifacts \
    --exclude=__pycache__ --exclude='*.egg-info' --exclude=./build -cf - . | tar -C "$WORK/src" -xf -
"$WORK/venv/bin/pip" install -q "$WORK/src"
# Run outside the checkout so `kg` is imported from the installed package, not from the source tree.
cd "$WORK"
"$WORK/venv/bin/python" -I "$ROOT/.ci/smoke_read.py" "$ROOT/tests/data/smoke"
