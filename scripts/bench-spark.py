"""Throughput of the Spark job (python -m parallax.spark) on all BBC articles.

    bash scripts/wheel.sh && .venv/bin/python scripts/bench-spark.py [CORES...]

Writes the 2,225 articles of ../shared/data/news/bbc/bbc.jsonl as Parquet
(id, text, title, outlet, date, url) once, then for each core count (default 1
and 2) runs the job in a fresh local[N] Spark and prints articles/s: wall time
of parallax.spark.run (read, features, MinHashLSH, stories, per-story
comparison, Parquet out; the Python workers' start included, the JVM's not).
Prints Markdown rows.
"""

import json
import sys
import tempfile
from pathlib import Path

from parallax import spark as job

ROOT = Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "news" / "bbc" / "bbc.jsonl"


def main() -> int:
    cores = [int(c) for c in sys.argv[1:]] or [1, 2]
    rows = []
    with BBC.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            rows.append((a["id"], a["text"], a.get("title"), a.get("outlet"), None, None))
    with tempfile.TemporaryDirectory() as tmp:
        source = str(Path(tmp) / "bbc.parquet")
        print("| Cores | Articles | Links | Stories | Stories found s | Compared s | Total s | Articles/s |")
        print("|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n in cores:
            spark = job.session(
                f"local[{n}]", **{"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": str(2 * n)}
            )
            spark.sparkContext.setLogLevel("ERROR")
            if not Path(source).exists():
                spark.createDataFrame(
                    rows, "id string, text string, title string, outlet string, date string, url string"
                ).write.parquet(source)
            s = job.run(spark, source, str(Path(tmp) / f"out{n}"), partitions=n)
            spark.stop()
            print(
                f"| {n} | {s['articles']:,} | {s['links']:,} | {s['stories']:,} | {s['seconds_stories']:.1f} "
                f"| {s['seconds_compare']:.1f} | {s['seconds']:.1f} | **{s['articles'] / s['seconds']:.0f}** |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
