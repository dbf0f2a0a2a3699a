#!/usr/bin/env bash
# Builds the Python wheel of the engine (crates/parallax-py, maturin) and
# installs it, with the pinned Python packages of crates/parallax-py/requirements.txt,
# into the project's virtualenv .venv. Prints the wheel's path last.
#   bash scripts/wheel.sh   (an optimised build: Cargo profile `py`)
# Then: .venv/bin/python -c 'import parallax'
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"

PY=${PYTHON:-python3}
REQ=crates/parallax-py/requirements.txt
TARGET=${CARGO_TARGET_DIR:-$PX_ROOT/target}
OUT="$TARGET/wheels"

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
# Reinstall the pins only when the requirements file changed.
stamp=.venv/.parallax-requirements
if ! cmp -s "$REQ" "$stamp"; then
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$REQ"
  cp "$REQ" "$stamp"
fi

rm -f "$OUT"/parallax_news-*.whl
.venv/bin/maturin build --quiet --locked --profile py --interpreter .venv/bin/python \
  --manifest-path crates/parallax-py/Cargo.toml --out "$OUT" >&2
wheel=$(ls "$OUT"/parallax_news-*.whl)
.venv/bin/pip install --quiet --disable-pip-version-check --force-reinstall --no-deps "$wheel"
echo "$wheel"
