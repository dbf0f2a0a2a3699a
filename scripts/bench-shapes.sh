#!/usr/bin/env bash
# Scaling of `parallax analyze` on the hostile shapes of issue 16 and on real prose:
# each shape (scripts/gen_shapes.py) at sizes doubling up to 5 MB, plus 10 MB of
# BBC prose; writes the doubling table into BENCHMARKS.md (the part from the
# "<!-- shapes -->" line on; scripts/bench.sh keeps that part when it rewrites the
# rest). Near-linear means each doubling of the input roughly doubles the time
# (ratio 2 ± 30%).
#   bash scripts/bench-shapes.sh                  # every shape, writes BENCHMARKS.md
#   bash scripts/bench-shapes.sh quotes dates     # only these shapes, table on stdout
# Inputs are generated in a temporary folder and deleted; the BBC corpus is read
# from ../shared (BBC_JSONL overrides) and never copied into the repository.
# Not part of scripts/test.sh: speed is measured, never asserted by a timed test.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$PX_ROOT"

ALL=(quotes figures dates timeline claims markdown prose)
SHAPES=("$@")
WRITE=0
if [ ${#SHAPES[@]} -eq 0 ]; then
  SHAPES=("${ALL[@]}")
  WRITE=1
fi
# 78 KB, 156 KB, … 5 MB.
SIZES=(78125 156250 312500 625000 1250000 2500000 5000000)
LIMIT="${SHAPES_TIMEOUT:-120}"
say() { printf 'bench-shapes: %s\n' "$*" >&2; }

say "building the CLI (profile bench-native)"
cargo build --quiet --locked --profile bench-native -p parallax-cli
BIN="${CARGO_TARGET_DIR:-$PX_ROOT/target}/bench-native/parallax"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

# One run: prints "wall cpu peak_kib" or "timeout".
run() {
  local files=("$@")
  if ! timeout "$LIMIT" /usr/bin/time -o "$OUT/time" -f '%e %U %S %M' \
      "$BIN" analyze --out "$OUT/out.json" "${files[@]}" 2>"$OUT/err" >/dev/null; then
    if grep -q 'Command terminated by signal\|Command exited' "$OUT/time" 2>/dev/null || [ ! -s "$OUT/time" ]; then
      echo timeout
      return
    fi
  fi
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$OUT/time"
}

# The rows whose CPU ratio is outside 1.4–2.6, or "none".
outside() {
  local found
  found=$(awk -F'|' 'NR > 2 && $6 ~ /[0-9]/ { gsub(/ /, "", $2); gsub(/ /, "", $3); r = $6 + 0; if (r < 1.4 || r > 2.6) printf "%s%s at %s (%.2f)", sep, $2, $3, r; if (r < 1.4 || r > 2.6) sep = "; " }' "$1")
  echo "${found:-none}"
}

table="$OUT/table.md"
{
  echo '| Shape | Input | Wall s | CPU s | CPU ratio to half the input | Peak memory |'
  echo '|---|---:|---:|---:|---:|---:|'
} >"$table"
for shape in "${SHAPES[@]}"; do
  prev=""
  for size in "${SIZES[@]}"; do
    rm -rf "$OUT/in"
    mapfile -t files < <(python3 scripts/gen_shapes.py "$shape" "$size" "$OUT/in")
    bytes=$(cat "${files[@]}" | wc -c)
    r=$(run "${files[@]}")
    if [ "$r" = timeout ]; then
      say "$shape $bytes bytes: over ${LIMIT} s"
      printf '| %s | %s | > %s | | | |\n' "$shape" "$(numfmt --to=si --round=nearest "$bytes")B" "$LIMIT" >>"$table"
      break
    fi
    read -r wall cpu kib <<<"$r"
    ratio=""
    if [ -n "$prev" ]; then
      ratio=$(awk -v a="$cpu" -v b="$prev" 'BEGIN { if (b > 0.05) printf "%.2f", a / b; else print "—" }')
    fi
    prev="$cpu"
    say "$shape $bytes bytes: wall $wall s, cpu $cpu s, ratio ${ratio:-—}, $((kib / 1024)) MiB"
    printf '| %s | %s | %s | %s | %s | %s MiB |\n' "$shape" "$(numfmt --to=si --round=nearest "$bytes")B" "$wall" "$cpu" \
      "${ratio:-—}" "$((kib / 1024))" >>"$table"
  done
done

prose=""
exports=""
if [ "$WRITE" = 1 ]; then
  rm -rf "$OUT/in"
  mapfile -t files < <(python3 scripts/gen_shapes.py prose 10000000 "$OUT/in")
  r=$(run "${files[@]}")
  if [ "$r" = timeout ]; then
    prose="10 MB of BBC prose (one file): over ${LIMIT} s."
  else
    read -r wall cpu kib <<<"$r"
    prose="10 MB of BBC prose (one file, $(cat "${files[@]}" | wc -c) bytes): **${wall} s** wall, ${cpu} s CPU, peak $((kib / 1024)) MiB (target < 8 s)."
  fi
  say "$prose"

  BBC="${BBC_JSONL:-$PX_ROOT/../shared/data/news/bbc/bbc.jsonl}"
  say "export sizes at every BBC article"
  cargo build --quiet --locked --profile bench-native -p parallax-core --example bench_bbc
  "${CARGO_TARGET_DIR:-$PX_ROOT/target}/bench-native/examples/bench_bbc" "$BBC" \
    --size 18446744073709551615 --min-secs 0 >"$OUT/bbc.json"
  exports=$(python3 - "$OUT/bbc.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
e = r["export_bytes"]
mb = lambda b: f"{b / 1e6:.2f} MB"
print(f"Exports at all {r['docs']:,} distinct BBC articles ({r['entities']:,} entities): HTML report **{mb(e['report'])}** "
      f"(target ≤ 5 MB), presence matrix CSV {mb(e['matrix_csv'])}, entities CSV {mb(e['entities_csv'])}, "
      f"JSON analysis {mb(e['json'])} (written and sent to the page in parts of at most 1 MB).")
PY
)
  say "$exports"
fi

if [ "$WRITE" = 0 ]; then
  cat "$table"
  exit 0
fi
{
  sed '/^<!-- shapes -->$/,$d' BENCHMARKS.md
  echo '<!-- shapes -->'
  echo '## Scaling on hostile shapes (issue 16)'
  echo
  echo "Produced by \`bash scripts/bench-shapes.sh\` on $(date -u '+%Y-%m-%d %H:%M') UTC, from commit \`$(git rev-parse --short HEAD)\`;"
  echo "load average before the run $(cut -d' ' -f1-3 /proc/loadavg). Each row is \`parallax analyze\` (profile \`bench-native\`) on"
  echo "the input \`python3 scripts/gen_shapes.py SHAPE BYTES\` makes (see its header for each shape). CPU is user + system"
  echo "time; near-linear means a ratio of 2 ± 30% (1.4 to 2.6) from one size to the next."
  echo
  cat "$table"
  echo
  echo "Doubling steps outside 2 ± 30%: $(outside "$table")."
  echo
  echo "$prose"
  echo
  echo "$exports"
} >"$OUT/bench.md"
cp "$OUT/bench.md" BENCHMARKS.md
say "wrote BENCHMARKS.md"
