# Sourced by the other scripts: puts the project's pinned tools on PATH.
# shellcheck shell=bash
PX_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$PX_ROOT/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export PX_ROOT
