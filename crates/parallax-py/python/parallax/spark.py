"""The Parallax engine on Spark: ``python -m parallax.spark IN OUT``.

IN is a folder of article files (what the app imports: ``.txt``, ``.md``,
``.html``, ``.mhtml``, ``.json``, ``.jsonl`` …; a file's documents are read as
:func:`parallax.read` reads them) or Parquet (a file or a folder of them) with
the columns ``id, text`` and optionally ``outlet, date, url, title``. OUT
receives two Parquet tables:

- ``OUT/stories``: one row per story: ``story`` (0, 1, … in the order of each
  story's smallest article id), ``ids`` (its article ids, sorted), ``size``, and
  ``analysis``: the ``parallax analyze`` JSON of the story's articles, as text;
- ``OUT/articles``: ``id, story``;
- with ``--shards``, ``OUT/shards``: the static shards the page opens with
  ``?corpus=URL`` (:func:`parallax.publish`), one per story and an index.

The job:

1. reads the articles and, per partition (``mapPartitions``: the engine and its
   model are loaded once per partition's Python worker), turns each into a
   :class:`parallax.Document` and its story features (:func:`parallax.features`:
   the distinct terms and entity ids the engine's story grouping reads);
2. finds the pairs whose term sets are alike with Spark ML's ``MinHashLSH``
   (every link needs some shared wording), measures their entity sets exactly,
   and keeps the links of the engine's rule (:func:`linked`);
3. takes stories as the connected components of the links (on the driver: the
   links are few, a handful per article);
4. groups the documents by story (the only shuffle of article text) and runs
   :func:`parallax.analyze` on each story's articles, sorted by id.

>>> from parallax.spark import linked
>>> linked(term_jaccard=0.3, entity_jaccard=0.0)
True
>>> linked(term_jaccard=0.12, entity_jaccard=0.2)
True
>>> linked(term_jaccard=0.12, entity_jaccard=0.0)
False
>>> linked(term_jaccard=0.05, entity_jaccard=0.9)
False
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

# The engine's story rule (parallax-core, compare/stories.rs) links two articles
# that share much of their wording (TF-IDF cosine ≥ 0.2), or some of it (≥ 0.08)
# and the names they mention (entity Jaccard ≥ 0.08), among each other's nearest,
# with average linkage. The job has no corpus-wide IDF and no nearest lists, so
# wording is the Jaccard index of the two term sets: ≥ 0.2 alone, or ≥ 0.10 with
# the engine's 0.08 on names. 0.10 is calibrated on 500 BBC articles against
# `parallax analyze`'s own stories (pairwise F1 0.65; BENCHMARKS.md): the engine's
# 0.08 read as a Jaccard index (0.042) joins 489 of the 500 into one story.
WORDING = 0.2
WORDING_WITH_NAMES = 0.10
NAMES = 0.08

# MinHashLSH: hash tables and the seed, fixed so runs repeat. Spark's tables are
# one MinHash each (OR-amplified), so a pair of Jaccard index j is found with
# probability 1 - (1 - j)^64: 0.9988 at the 0.10 threshold, more above it.
HASH_TABLES = 64
SEED = 17
# Sets are hashed into this many buckets before MinHash (2^22: collisions
# between a corpus's terms are rare and only ever add a link's overlap).
BUCKETS = 1 << 22


def linked(term_jaccard: float, entity_jaccard: float) -> bool:
    """Whether two articles with these Jaccard indexes are one story's link."""
    return term_jaccard >= WORDING or (
        term_jaccard >= WORDING_WITH_NAMES and entity_jaccard >= NAMES
    )


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    """Jaccard index of two sets; 0 when both are empty.

    >>> jaccard({"a", "b", "c"}, {"b", "c", "d"})
    0.5
    """
    a, b = set(a), set(b)
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def stories_of(ids: list[str], links: Iterable[tuple[str, str]]) -> dict[str, int]:
    """Each article's story: connected components of the links, numbered in
    the order of each story's smallest id.

    >>> stories_of(["c", "a", "b", "d"], [("d", "b")])
    {'a': 0, 'b': 1, 'c': 2, 'd': 1}
    """
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            # The smaller id is the root, so a story is named by its smallest id.
            parent[max(ra, rb)] = min(ra, rb)
    roots = sorted({find(i) for i in ids})
    number = {r: n for n, r in enumerate(roots)}
    return {i: number[find(i)] for i in sorted(ids)}


def _documents_from_files(pairs: Iterator[tuple[str, bytes]]) -> Iterator[Any]:
    import parallax

    for path, data in pairs:
        name = os.path.basename(path)
        try:
            yield from parallax.read(data, name)
        except ValueError as e:
            print(f"parallax.spark: {e}", file=sys.stderr)


def _documents_from_rows(rows: Iterator[Any]) -> Iterator[Any]:
    import parallax

    for r in rows:
        d = r.asDict()
        yield parallax.Document(
            d.get("text") or "",
            id=str(d.get("id") or ""),
            title=d.get("title"),
            outlet=d.get("outlet"),
            date=None if d.get("date") is None else str(d.get("date")),
            url=d.get("url"),
        )


def _with_features(docs: Iterator[Any]) -> Iterator[tuple[str, Any, list[str], list[str]]]:
    import parallax

    for doc in docs:
        f = parallax.features(doc)
        yield doc.id, doc, f["terms"], f["entities"]


def _analyze_story(item: tuple[int, Iterable[Any]]) -> tuple[int, list[str], int, str]:
    import parallax

    story, docs = item
    docs = sorted(docs, key=lambda d: d.id)
    result = parallax.analyze(docs)
    return story, [d.id for d in docs], len(docs), json.dumps(result, ensure_ascii=False)


def _is_parquet(path: str) -> bool:
    if path.endswith(".parquet"):
        return True
    return os.path.isdir(path) and any(n.endswith(".parquet") for n in os.listdir(path))


def _lsh_links(spark: Any, table: list[tuple[str, list[str]]] | Any, threshold: float) -> Any:
    """Candidate pairs (a, b), a < b, for a Jaccard index of at least `threshold`,
    found with MinHashLSH (`table`: a DataFrame of `id, items`)."""
    from pyspark.ml.feature import HashingTF, MinHashLSH
    from pyspark.sql import functions as F

    nonempty = table.where(F.size("items") > 0)
    tf = HashingTF(inputCol="items", outputCol="vec", numFeatures=BUCKETS, binary=True)
    vectors = tf.transform(nonempty).select("id", "vec")
    model = MinHashLSH(
        inputCol="vec", outputCol="hashes", numHashTables=HASH_TABLES, seed=SEED
    ).fit(vectors)
    # The join keeps distances strictly below its bound: a little slack, so a
    # pair exactly at the threshold stays a candidate (the caller measures exactly).
    pairs = model.approxSimilarityJoin(vectors, vectors, 1.0 - threshold + 1e-6, distCol="distance")
    return pairs.select(
        F.col("datasetA.id").alias("a"),
        F.col("datasetB.id").alias("b"),
    ).where(F.col("a") < F.col("b"))


def session(master: str | None = None, **conf: str) -> Any:
    """A Spark session whose Python workers run this interpreter (so they find
    the installed ``parallax``), unless ``PYSPARK_PYTHON`` says otherwise."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("parallax")
    if master:
        builder = builder.master(master)
    for key, value in conf.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def run(
    spark: Any, source: str, out: str, partitions: int | None = None, shards: bool = False
) -> dict[str, Any]:
    """Run the job on `source` (a folder of files or Parquet) into `out`; with
    `shards`, also write the static shards the page opens into `out/shards`
    (:func:`parallax.publish`, on the driver). Returns counts and timings
    (seconds)."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import (
        ArrayType,
        IntegerType,
        StringType,
        StructField,
        StructType,
    )

    sc = spark.sparkContext
    started = time.perf_counter()
    parts = partitions or sc.defaultParallelism
    if _is_parquet(source):
        rows = spark.read.parquet(source).repartition(parts).rdd
        docs = rows.mapPartitions(_documents_from_rows)
    else:
        files = sc.binaryFiles(source, minPartitions=parts)
        docs = files.mapPartitions(_documents_from_files)
    featured = docs.mapPartitions(_with_features).cache()

    ids = featured.map(lambda x: x[0]).collect()
    if len(set(ids)) != len(ids):
        seen: set[str] = set()
        repeated = sorted({i for i in ids if i in seen or seen.add(i)})
        raise ValueError(f"article ids must be unique; repeated: {', '.join(repeated[:5])}")

    schema = StructType([StructField("id", StringType()), StructField("items", ArrayType(StringType()))])
    terms = spark.createDataFrame(featured.map(lambda x: (x[0], x[2])), schema)
    # Every link needs a term Jaccard of at least WORDING_WITH_NAMES: MinHashLSH
    # finds those pairs; their entity Jaccard is then measured exactly.
    by_terms = _lsh_links(spark, terms, WORDING_WITH_NAMES)
    sides = featured.map(lambda x: (x[0], x[2], x[3]))
    side_schema = "id string, terms array<string>, entities array<string>"
    sets = spark.createDataFrame(sides, side_schema)
    a_sets = sets.select(F.col("id").alias("a"), F.col("terms").alias("ta"), F.col("entities").alias("ea"))
    b_sets = sets.select(F.col("id").alias("b"), F.col("terms").alias("tb"), F.col("entities").alias("eb"))

    def exact(x: str, y: str) -> Any:
        both = F.size(F.array_intersect(x, y))
        either = F.size(F.array_union(x, y))
        return F.when(either > 0, both / either).otherwise(F.lit(0.0))

    candidates = (
        by_terms.join(a_sets, "a")
        .join(b_sets, "b")
        .withColumn("jaccard", exact("ta", "tb"))
        .withColumn("names", exact("ea", "eb"))
    )
    links = candidates.where(
        (F.col("jaccard") >= WORDING)
        | ((F.col("jaccard") >= WORDING_WITH_NAMES) & (F.col("names") >= NAMES))
    ).select("a", "b")
    link_list = [(r["a"], r["b"]) for r in links.collect()]
    story_of = stories_of(ids, link_list)
    found = time.perf_counter()

    lookup = sc.broadcast(story_of)
    # The one shuffle of article text: each document to its story's group.
    results = (
        featured.map(lambda x: (lookup.value[x[0]], x[1]))
        .groupByKey(numPartitions=parts)
        .map(_analyze_story)
    )
    story_schema = StructType(
        [
            StructField("story", IntegerType()),
            StructField("ids", ArrayType(StringType())),
            StructField("size", IntegerType()),
            StructField("analysis", StringType()),
        ]
    )
    stories = spark.createDataFrame(results, story_schema)
    stories.write.mode("overwrite").parquet(os.path.join(out, "stories"))
    spark.createDataFrame(
        sorted(story_of.items()), "id string, story int"
    ).write.mode("overwrite").parquet(os.path.join(out, "articles"))
    if shards:
        import parallax

        # The stories' documents come to the driver (in story order, each sorted
        # by id as the analysis above reads them) and are published there: the
        # corpus must fit the driver's memory (DESIGN.md says what a larger run needs).
        groups = (
            featured.map(lambda x: (lookup.value[x[0]], x[1]))
            .groupByKey(numPartitions=parts)
            .sortByKey()
            .map(lambda kv: sorted(kv[1], key=lambda d: d.id))
        )
        parallax.publish(os.path.join(out, "shards"), groups.toLocalIterator())
    featured.unpersist()
    done = time.perf_counter()
    return {
        "articles": len(ids),
        "links": len(link_list),
        "stories": len(set(story_of.values())),
        "seconds": done - started,
        "seconds_stories": found - started,
        "seconds_compare": done - found,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m parallax.spark",
        description="Group articles into stories and compare each story with the Parallax engine, on Spark.",
    )
    parser.add_argument("source", metavar="IN", help="a folder of article files, or Parquet (id, text, outlet, date, url)")
    parser.add_argument("out", metavar="OUT", help="output folder: OUT/stories and OUT/articles (Parquet)")
    parser.add_argument("--master", default=None, help="Spark master (default: the session's, e.g. local[*])")
    parser.add_argument("--partitions", type=int, default=None, help="input partitions (default: the cores)")
    parser.add_argument("--shards", action="store_true", help="also write OUT/shards with parallax.publish")
    args = parser.parse_args(argv)

    spark = session(args.master)
    try:
        stats = run(spark, args.source, args.out, args.partitions, shards=args.shards)
    except (ValueError, OSError) as e:
        print(f"parallax.spark: {e}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    rate = stats["articles"] / stats["seconds"] if stats["seconds"] else 0.0
    print(
        f"parallax.spark: {stats['articles']} articles, {stats['stories']} stories "
        f"in {stats['seconds']:.1f} s ({rate:.1f} articles/s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
