#!/usr/bin/env bash
# Prints the raw, gzip and brotli size of every file in a bundle and the total.
set -euo pipefail
dir="${1:-dist}"
python3 - "$dir" <<'PY'
import gzip, sys, zlib
from pathlib import Path
try:
    import brotli  # optional
except ImportError:
    brotli = None
root = Path(sys.argv[1])
rows, tot = [], [0, 0, 0]
for p in sorted(root.rglob("*")):
    if not p.is_file():
        continue
    data = p.read_bytes()
    g = len(gzip.compress(data, 9))
    b = len(brotli.compress(data)) if brotli else 0
    rows.append((p.relative_to(root).as_posix(), len(data), g, b))
    tot = [tot[0] + len(data), tot[1] + g, tot[2] + b]
w = max(len(r[0]) for r in rows) if rows else 10
print(f"{'file':<{w}} {'raw':>10} {'gzip':>10}" + (f" {'brotli':>10}" if brotli else ""))
for name, raw, g, b in rows + [("total", *tot)]:
    print(f"{name:<{w}} {raw:>10,} {g:>10,}" + (f" {b:>10,}" if brotli else ""))
PY
