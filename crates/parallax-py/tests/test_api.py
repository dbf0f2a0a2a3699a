"""The Python API against what a user of the app or the command line sees."""

import json
import os
import pickle
import shutil
import subprocess
from pathlib import Path

import pytest

import parallax

ROOT = Path(__file__).resolve().parents[3]

# Two reports of one (invented) event and one of another.
FERRY_A = (
    "Ferry runs aground near Tromsø\n\n"
    "A ferry carrying 212 passengers ran aground near Tromsø on Tuesday, the Norwegian "
    "coastguard said. Captain Ingrid Halvorsen told NRK that nobody was hurt."
)
FERRY_B = (
    "Passengers safe after Tromsø grounding\n\n"
    "All 212 passengers of a ferry that struck rocks near Tromsø on Tuesday are safe, "
    "according to the Norwegian coastguard. Ingrid Halvorsen, the captain, thanked the crew."
)
BUDGET = (
    "Lisbon council approves budget\n\n"
    "The city council of Lisbon approved a budget of 1.2 billion euros on Friday after "
    "Mayor Rui Costa won the support of two smaller parties."
)


@pytest.mark.parametrize(
    "data, name, message",
    [
        (b"", "empty.txt", "empty.txt is empty: there is no text to import"),
        (b" \n\t ", "blank.md", "blank.md is empty: there is no text to import"),
        (
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            "photo.png",
            "photo.png looks like a binary file (PNG image), not text",
        ),
        (b"%PDF-1.7 x", "report.txt", "report.txt looks like a binary file (PDF document), not text"),
        (b"[1, 2", "broken.json", "broken.json is not valid JSON (the error is at line 1, column 5)"),
        (
            b'{"text": "fine"}\nnot json\n',
            "feed.jsonl",
            "Line 2 of feed.jsonl is not an article: it is not valid JSON",
        ),
    ],
)
def test_read_refuses_what_the_app_refuses_with_its_sentence(data, name, message):
    with pytest.raises(ValueError) as e:
        parallax.read(data, name)
    assert str(e.value) == message


def test_read_formats_give_the_apps_documents():
    # Plain text: the file name is the id, the first line the title.
    (doc,) = parallax.read(FERRY_A.encode(), "ferry.txt")
    assert (doc.id, doc.title) == ("ferry.txt", "Ferry runs aground near Tromsø")
    # Latin-1 bytes are decoded as the app decodes them.
    (latin,) = parallax.read("Kaffee in München".encode("latin-1"), "cafe.txt")
    assert latin.text == "Kaffee in München"
    # A web page: the article is read, not the script.
    html = b"<html><head><title>Harbour reopens</title><script>var x = 1;</script></head><body><p>The harbour in Bergen reopened on Sunday.</p></body></html>"
    (page,) = parallax.read(html, "harbour.html")
    assert page.title == "Harbour reopens"
    assert "var x" not in page.text
    # JSON Lines: the ids and metadata the file holds; a repeated id gets -2.
    lines = "\n".join(
        json.dumps(a)
        for a in [
            {"id": "f1", "text": FERRY_A, "outlet": "Arctic Post", "date": "2024-05-14"},
            {"id": "f1", "text": FERRY_B},
        ]
    )
    docs = parallax.read(lines.encode(), "feed.jsonl")
    assert [d.id for d in docs] == ["f1", "f1-2"]
    assert (docs[0].outlet, docs[0].date) == ("Arctic Post", "2024-05-14")


def test_extract_finds_names_places_and_figures_with_char_offsets():
    doc = parallax.Document(FERRY_A, id="a")
    out = parallax.extract(doc)
    found = {(m["text"], m["label"]) for m in out["mentions"]}
    assert ("Tromsø", "LOC") in found
    assert ("Ingrid Halvorsen", "PERSON") in found
    assert ("Tuesday", "DATE") in found
    # Offsets count characters, so "ø" is one.
    for m in out["mentions"]:
        assert doc.text[m["start"] : m["end"]] == m["text"]
        assert m["entity"] is None
    assert any("212 passengers" in q["text"] for q in out["quantities"])


def test_analyze_links_entities_across_documents_and_finds_the_stories():
    docs = [
        parallax.Document(FERRY_A, id="a"),
        parallax.Document(FERRY_B, id="b"),
        parallax.Document(BUDGET, id="c"),
    ]
    out = parallax.analyze(docs)
    assert out["schema"] == "parallax-analysis/1"
    assert [d["id"] for d in out["documents"]] == ["a", "b", "c"]
    halvorsen = [e for e in out["entities"] if e["canonical"] == "Ingrid Halvorsen"]
    assert len(halvorsen) == 1 and halvorsen[0]["docs"] == [0, 1]
    groups = sorted(sorted(s["docs"]) for s in out["stories"])
    assert groups == [[0, 1], [2]]


def test_analyze_equals_the_command_line(tmp_path):
    """parallax.analyze gives what `parallax analyze` prints, but for the file paths."""
    cli = os.environ.get("PARALLAX_CLI") or shutil.which("parallax")
    if not cli:
        target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
        cli = str(target / "debug" / "parallax")
    assert Path(cli).exists(), f"the parallax command line is not built: {cli}"
    files = {"a.txt": FERRY_A, "b.txt": FERRY_B, "c.txt": BUDGET}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    printed = subprocess.run([cli, "analyze", str(tmp_path)], capture_output=True, check=True)
    expected = json.loads(printed.stdout)
    for d in expected["documents"]:
        del d["path"]
    docs = [parallax.read(text.encode(), name)[0] for name, text in files.items()]
    assert parallax.analyze(docs) == expected


def test_publish_writes_the_shards_the_page_opens(tmp_path):
    """Stories given by the caller become an index and one shard per story, each
    the engine's analysis of that story's articles alone."""
    stories = [
        [parallax.Document(FERRY_A, id="a"), parallax.Document(FERRY_B, id="b")],
        [parallax.Document(BUDGET, id="c")],
        [],
    ]
    index = parallax.publish(tmp_path / "corpus", stories)
    on_disk = json.loads((tmp_path / "corpus" / "index.json").read_text(encoding="utf-8"))
    assert on_disk == index
    assert [s["articles"] for s in index["stories"]] == [2, 1]
    first = json.loads((tmp_path / "corpus" / index["stories"][0]["shard"]).read_text(encoding="utf-8"))
    assert [d["id"] for d in first["analysis"]["documents"]] == ["a", "b"]
    names = {e["canonical"] for e in first["analysis"]["entities"]}
    assert "Ingrid Halvorsen" in names


def test_publish_names_the_file_it_cannot_write(tmp_path):
    blocker = tmp_path / "taken"
    blocker.write_text("a file where the folder should go", encoding="utf-8")
    with pytest.raises(OSError, match="cannot write"):
        parallax.publish(blocker, [[parallax.Document(BUDGET, id="c")]])


def test_features_are_the_sets_the_story_grouping_reads():
    f = parallax.features(parallax.Document(FERRY_A, id="a"))
    assert "loc-tromsø" in f["entities"] or any(e.startswith("loc-troms") for e in f["entities"])
    assert "person-ingrid-halvorsen" in f["entities"]
    assert not any(e.startswith("date-") for e in f["entities"])
    assert "ferry" in f["terms"] and "passenger" in f["terms"]
    assert "the" not in f["terms"]
    assert f["terms"] == sorted(set(f["terms"]))


def test_documents_survive_pickling_as_spark_ships_them():
    doc = parallax.Document(FERRY_B, id="b", outlet="Arctic Post", date="2024-05-14", url="https://example.org/b")
    back = pickle.loads(pickle.dumps(doc))
    assert (back.id, back.text, back.outlet, back.date) == (doc.id, doc.text, doc.outlet, doc.date)
    assert parallax.analyze([back]) == parallax.analyze([doc])


def test_the_doc_examples_run():
    import doctest

    from parallax import spark

    for module in (parallax, spark):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.attempted > 0 and result.failed == 0, module.__name__
