"""Parallax: compare how news articles report the same story.

The engine of the Parallax app and the ``parallax`` command line, for Python.
Every function runs the same Rust code, so it gives the same answers:

>>> import parallax
>>> docs = parallax.read(b"Floods in Porto\\n\\nRiver waters rose in Porto on Monday.", "porto.txt")
>>> docs[0].id, docs[0].title
('porto.txt', 'Floods in Porto')
>>> [m["text"] for m in parallax.extract(docs[0])["mentions"]]  # the headline too
['Porto', 'Porto', 'Monday']
>>> result = parallax.analyze(docs)
>>> result["schema"]
'parallax-analysis/1'

A file the app refuses raises ``ValueError`` with the app's sentence:

>>> parallax.read(b"   ", "blank.txt")
Traceback (most recent call last):
...
ValueError: blank.txt is empty: there is no text to import

The Spark job over this package is ``python -m parallax.spark IN OUT``
(:mod:`parallax.spark`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

from ._parallax import Document, __version__
from ._parallax import analyze_json as _analyze_json
from ._parallax import extract_json as _extract_json
from ._parallax import features_json as _features_json
from ._parallax import publish_json as _publish_json
from ._parallax import read as _read

__all__ = ["Document", "read", "extract", "analyze", "features", "publish", "__version__"]


def read(data: bytes, name: str) -> list[Document]:
    """Import a file as the Parallax app does, by its name's extension.

    ``data`` is the file's bytes and ``name`` its file name: ``.txt``, ``.md``,
    ``.html``/``.htm``/``.xhtml``, ``.mhtml``/``.mht``, ``.json`` (a Parallax
    export or a list of articles) and ``.jsonl``/``.ndjson`` (one article a
    line); any other name is read as plain text. Returns the documents the file
    holds: one for a single-article file (its id is ``name``), the file's own
    for JSON (repeated ids get ``-2``, ``-3``, … as in the app).

    Raises ``ValueError`` with the app's message when the file is refused
    (binary, empty, over 20 MB, JSON that is not Parallax's, a bad ``.jsonl`` line).

    >>> [d.id for d in read(b'{"id": "a", "text": "One."}\\n{"id": "a", "text": "Two."}', "feed.jsonl")]
    ['a', 'a-2']
    >>> read(b"%PDF-1.7 ...", "report.pdf")
    Traceback (most recent call last):
    ...
    ValueError: report.pdf looks like a binary file (PDF document), not text
    """
    return _read(bytes(data), name)


def extract(doc: Document) -> dict[str, Any]:
    """One document's extraction: a document of ``parallax analyze``.

    The dict has the document's layout (``title``, ``date``, ``paragraphs``,
    ``sentences`` …), its ``mentions`` (``text``, ``start``, ``end``, ``label``,
    ``confidence``, ``source``; ``entity`` is ``None``: entities are linked by
    :func:`analyze`) and ``quantities``. Offsets count characters of ``doc.text``.

    >>> doc = Document("Anna Berg met the mayor of Bergen on Friday.", id="a")
    >>> [(m["text"], m["label"]) for m in extract(doc)["mentions"]]
    [('Anna Berg', 'PERSON'), ('Bergen', 'LOC'), ('Friday', 'DATE')]
    """
    return json.loads(_extract_json(doc))


def analyze(docs: Iterable[Document]) -> dict[str, Any]:
    """The ``parallax analyze`` JSON of the documents, as dicts and lists.

    The same keys as the command line's output (``schema``, ``documents``,
    ``entities``, ``matrix``, ``similarity``, ``stories``, ``claims``,
    ``timeline``, ``quotes`` …; see docs/analyze-schema.md), without the
    ``path`` of each document, which only the command line knows.

    >>> a = Document("Storm in Lisbon\\n\\nThe storm hit Lisbon on Monday.", id="a")
    >>> b = Document("Lisbon storm\\n\\nA storm struck Lisbon on Monday night.", id="b")
    >>> out = analyze([a, b])
    >>> [d["id"] for d in out["documents"]]
    ['a', 'b']
    >>> any(e["canonical"] == "Lisbon" and e["docs"] == [0, 1] for e in out["entities"])
    True
    """
    return json.loads(_analyze_json(list(docs)))


def features(doc: Document) -> dict[str, list[str]]:
    """The sets the engine's story grouping reads of one document, analysed alone.

    ``terms``: its distinct normalised body words (the terms of its TF-IDF
    vector); ``entities``: the ids of the people, organisations, places … it
    names (dates left out). Both sorted. The Spark job finds stories with them.

    >>> f = features(Document("Storm\\n\\nThe storms hit Lisbon. Lisbon said the storm was over.", id="a"))
    >>> f["entities"], "storm" in f["terms"]
    (['loc-lisbon'], True)
    """
    return json.loads(_features_json(doc))


def publish(out: str | os.PathLike[str], stories: Iterable[Iterable[Document]]) -> dict[str, Any]:
    """Write stories as the static shards the Parallax page opens (``?corpus=URL``).

    ``stories`` holds each story's documents (a story is a group the caller
    found: the Spark job's, or any other). Every story's articles are extracted,
    linked and compared on their own, exactly as ``parallax publish`` does for
    the stories it finds itself, and written to ``out`` as one shard per story
    under ``stories/`` and, last, ``index.json``. Returns the index as a dict:
    the stories' names, outlets, dates, sizes and shard paths (see
    docs/publish-format.md). An empty story is skipped. Raises ``OSError``
    naming the file that could not be written.

    >>> import tempfile, os
    >>> a = Document("Storm in Lisbon\\n\\nThe storm hit Lisbon on Monday.", id="a")
    >>> b = Document("Lisbon storm\\n\\nA storm struck Lisbon on Monday night.", id="b")
    >>> c = Document("Oslo budget\\n\\nThe council in Oslo passed its budget.", id="c")
    >>> out = tempfile.mkdtemp()
    >>> index = publish(out, [[a, b], [c]])
    >>> [s["articles"] for s in index["stories"]]
    [2, 1]
    >>> all(os.path.exists(os.path.join(out, s["shard"])) for s in index["stories"])
    True
    """
    groups = [list(story) for story in stories]
    return json.loads(_publish_json(os.fspath(out), groups))
