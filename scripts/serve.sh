#!/usr/bin/env bash
# Builds the app and serves it at http://127.0.0.1:8080/ (rebuilds on change).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"
bash scripts/setup.sh
exec trunk serve --offline --release "$@"
