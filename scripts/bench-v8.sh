#!/usr/bin/env bash
# The helpers' extraction in V8 without a browser: the engine built as the worker is
# (the `worker` profile, wasm-opt -O1), driven from Node in one thread, so a change to
# the engine's speed in WebAssembly shows without Chromium's round-to-round spread.
# Usage: bash scripts/bench-v8.sh [JSONL] [ARTICLES] [RUNS]   (BBC, 1000, 5)
# WASM_OPT=-O3 (or any wasm-opt level, or "none") times another wasm-opt level than trunk's -O1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"
target="${CARGO_TARGET_DIR:-$PX_ROOT/target}"
out="$target/v8-speed"
cargo build -q --locked --profile worker --target wasm32-unknown-unknown -p parallax-worker --example v8_speed
wasm-bindgen --target nodejs --out-dir "$out" "$target/wasm32-unknown-unknown/worker/examples/v8_speed.wasm"
level="${WASM_OPT:--O1}"
if [ "$level" != none ]; then
  wasm-opt "$level" --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
    "$out/v8_speed_bg.wasm" -o "$out/v8_speed_bg.wasm"
fi
# The glue is CommonJS; the project's package.json says "module".
echo '{"type": "commonjs"}' > "$out/package.json"
node scripts/bench-v8.mjs "$out/v8_speed.js" "${1:-../shared/data/news/bbc/bbc.jsonl}" "${2:-1000}" "${3:-5}"
