"""The Spark job against the single machine, on 500 BBC articles (../shared/data).

Fails, not skips, when the data set is missing: the equivalence is the point.
"""

import json
from itertools import combinations
from pathlib import Path

import pytest

import parallax
from parallax import spark as job

ROOT = Path(__file__).resolve().parents[3]
BBC = ROOT.parent / "shared" / "data" / "news" / "bbc" / "bbc.jsonl"
PER_TOPIC = 100


def bbc_sample():
    assert BBC.exists(), f"the BBC articles are missing: {BBC} (see ../shared/data/README.md)"
    taken: dict[str, int] = {}
    rows = []
    with BBC.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            topic = a["category"]
            if taken.get(topic, 0) < PER_TOPIC:
                taken[topic] = taken.get(topic, 0) + 1
                rows.append((a["id"], a["text"], a.get("title"), a.get("outlet"), None, None))
    assert len(rows) == 5 * PER_TOPIC
    return rows


@pytest.fixture(scope="module")
def spark():
    session = job.session("local[2]", **{"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def single_machine_stories(docs):
    """The same story rule, exactly, on one machine: every pair measured, no LSH."""
    feats = {d.id: parallax.features(d) for d in docs}
    sets = {i: (set(f["terms"]), set(f["entities"])) for i, f in feats.items()}
    neighbours = {i: set() for i in sets}
    for a, b in combinations(sorted(sets), 2):
        if job.linked(job.jaccard(sets[a][0], sets[b][0]), job.jaccard(sets[a][1], sets[b][1])):
            neighbours[a].add(b)
            neighbours[b].add(a)
    groups, seen = [], set()
    for i in sorted(sets):
        if i in seen:
            continue
        group, todo = [], [i]
        seen.add(i)
        while todo:
            x = todo.pop()
            group.append(x)
            for y in neighbours[x] - seen:
                seen.add(y)
                todo.append(y)
        groups.append(sorted(group))
    return sorted(groups)


def test_spark_job_equals_the_single_machine_on_500_bbc_articles(spark, tmp_path):
    rows = bbc_sample()
    source = tmp_path / "articles.parquet"
    spark.createDataFrame(
        rows, "id string, text string, title string, outlet string, date string, url string"
    ).write.parquet(str(source))
    out = tmp_path / "out"

    stats = job.run(spark, str(source), str(out), partitions=2)
    assert stats["articles"] == len(rows)
    print(stats)

    stories = {r["story"]: r for r in spark.read.parquet(str(out / "stories")).collect()}
    articles = {r["id"]: r["story"] for r in spark.read.parquet(str(out / "articles")).collect()}
    assert sorted(articles) == sorted(r[0] for r in rows)

    # Same story partition as the exact single-machine grouping.
    docs = [parallax.Document(t, id=i, title=ti, outlet=o) for i, t, ti, o, _, _ in rows]
    expected = single_machine_stories(docs)
    found = sorted(sorted(r["ids"]) for r in stories.values())
    assert found == expected
    assert len(found) > 1 and any(len(g) > 1 for g in found), "a partition worth checking"
    for i, s in articles.items():
        assert i in stories[s]["ids"]

    # Same comparison of every story as `parallax analyze` of its articles on one machine.
    by_id = {d.id: d for d in docs}
    for s, row in stories.items():
        assert row["size"] == len(row["ids"])
        single = parallax.analyze([by_id[i] for i in sorted(row["ids"])])
        assert json.loads(row["analysis"]) == single, f"story {s} differs"


def test_spark_job_reads_a_folder_of_files(spark, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Ferry aground near Tromsø\n\nA ferry with 212 passengers ran aground near Tromsø on "
        "Tuesday. Captain Ingrid Halvorsen said nobody was hurt.",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "# Tromsø ferry passengers safe\n\nAll 212 passengers of the ferry that ran aground near "
        "Tromsø on Tuesday are safe, Captain Ingrid Halvorsen said.",
        encoding="utf-8",
    )
    (folder / "c.txt").write_text(
        "Lisbon budget passes\n\nLisbon's council passed a budget of 1.2 billion euros on Friday.",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    job.run(spark, str(folder), str(out), partitions=2, shards=True)
    groups = sorted(sorted(r["ids"]) for r in spark.read.parquet(str(out / "stories")).collect())
    assert groups == [["a.txt", "b.md"], ["c.txt"]]
    # The shards the page opens: one per story, each holding that story's articles.
    index = json.loads((out / "shards" / "index.json").read_text(encoding="utf-8"))
    assert sorted(s["articles"] for s in index["stories"]) == [1, 2]
    for entry in index["stories"]:
        shard = json.loads((out / "shards" / entry["shard"]).read_text(encoding="utf-8"))
        ids = sorted(d["id"] for d in shard["analysis"]["documents"])
        assert ids in groups
