#!/usr/bin/env bash
# The benchmark harness: Parallax natively on the BBC corpus (extraction and
# comparison at 100, 500, 2,000 and all articles) and npm compromise on the same
# texts in Node and headless Chromium, in one run; writes BENCHMARKS.md.
#   bash scripts/bench.sh               # everything
#   bash scripts/bench.sh --no-browser  # skip compromise in Chromium
# The corpus is read from ../shared (BBC_JSONL overrides); it is research-only
# and never copied into the repository. Not part of scripts/test.sh: speed is
# measured, never asserted by a timed test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"

BROWSER=1
for a in "$@"; do
  case "$a" in
    --no-browser) BROWSER=0 ;;
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

say "building the native benchmark (profile bench-native)"
cargo build --quiet --locked --profile bench-native -p parallax-core --example bench_bbc
TARGET="${CARGO_TARGET_DIR:-$PX_ROOT/target}"
say "Parallax natively: 100, 500, 2,000 and all articles"
"$TARGET/bench-native/examples/bench_bbc" "$BBC" | tee "$OUT/native.jsonl" >&2

say "compromise in Node (a few minutes)"
node scripts/bench-compromise.mjs "$BBC" | tee "$OUT/node.jsonl" >&2
: >"$OUT/chromium.jsonl"
if [ "$BROWSER" = 1 ]; then
  say "compromise in headless Chromium (a few minutes)"
  node scripts/bench-compromise.mjs "$BBC" --browser | tee "$OUT/chromium.jsonl" >&2
fi

if python3 -c 'import spacy; spacy.load("en_core_web_sm")' 2>/dev/null; then
  SPACY="installed, but this harness does not run it yet."
else
  SPACY="not measured: \`python3 -c 'import spacy'\` fails on this machine (spaCy and its models are not installed, and the harness does not download models)."
fi

BENCH_COMMAND="bash scripts/bench.sh${*:+ $*}" \
BENCH_CPU="$(lscpu | sed -n 's/^Model name: *//p' | head -n 1)" \
BENCH_NPROC="$(nproc)" \
BENCH_MEM="$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)" \
BENCH_LOAD_BEFORE="$LOAD_BEFORE" \
BENCH_LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)" \
BENCH_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')" \
BENCH_COMMIT="$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- crates/parallax-core || echo ' + uncommitted engine changes')" \
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

node scripts/bench-report.mjs "$OUT" >BENCHMARKS.md
say "wrote BENCHMARKS.md"
