#!/usr/bin/env python3
"""Hostile and large inputs for the scaling benchmark (scripts/bench-shapes.sh).

    python3 scripts/gen_shapes.py SHAPE BYTES OUTDIR

writes the files of one shape, about BYTES bytes in all, into OUTDIR and prints
their paths, one a line. The shapes are the ones issue 16 found super-linear:

  quotes    one paragraph without a full stop: He said "…" and He said "…" and …
  figures   one paragraph: gunmen killed N people in Kabul and …
  dates     one paragraph: on March 3, 2020 officials in Leeds announced the budget and …
  timeline  one dated sentence a line, every line a different day
  claims    two articles reporting the same figures (jobs cut), sentence for sentence
  markdown  a .md file of "[a](" repeated
  prose     BBC News articles (read from ../shared at run time, repeated to size),
            one file; needs BBC_JSONL or ../shared/data/news/bbc/bbc.jsonl

The text is made here at run time; none of it is kept in the repository.
"""

import json
import os
import sys

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
]


def repeat(unit, size):
    """`unit(i)` for i = 0, 1, … joined until `size` bytes."""
    parts, total, i = [], 0, 0
    while total < size:
        s = unit(i)
        parts.append(s)
        total += len(s.encode("utf-8"))
        i += 1
    return "".join(parts)


def day(i):
    return MONTHS[i % 12], 1 + (i // 12) % 28, 1950 + (i // 336) % 70


def shape_text(shape, size):
    """[(file name, text)] for one shape."""
    if shape == "quotes":
        return [("quotes.txt", repeat(
            lambda i: 'He said "the army will win the war soon enough" and ', size))]
    if shape == "figures":
        return [("figures.txt", repeat(
            lambda i: f"gunmen killed {i + 2} people in Kabul and ", size))]
    if shape == "dates":
        return [("dates.txt", repeat(
            lambda i: "on March 3, 2020 officials in Leeds announced the budget and ", size))]
    if shape == "timeline":
        def line(i):
            m, d, y = day(i)
            return f"On {m} {d}, {y} officials in Leeds announced the budget.\n"
        return [("timeline.txt", repeat(line, size))]
    if shape == "claims":
        def sentence(i):
            # Jobs cut, not people killed: a death toll becomes a track, and the
            # figures that are not tracked are the ones grouped pair by pair.
            return f"The council in Leeds cut {i + 2} jobs on {MONTHS[i % 12]} {1 + i % 28}. "
        half = repeat(sentence, size // 2)
        return [("claims-a.txt", "Leeds council cuts\n\n" + half),
                ("claims-b.txt", "Cuts at Leeds council\n\n" + half)]
    if shape == "markdown":
        return [("links.md", repeat(lambda i: "[a](", size))]
    if shape == "prose":
        path = os.environ.get("BBC_JSONL") or os.path.join(
            os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "data", "news",
            "bbc", "bbc.jsonl")
        with open(path, encoding="utf-8") as f:
            articles = []
            for line in f:
                a = json.loads(line)
                articles.append(f"{a.get('title', '')}\n\n{a.get('text', '')}\n\n")
        return [("prose.txt", repeat(lambda i: articles[i % len(articles)], size))]
    raise SystemExit(f"gen_shapes: unknown shape {shape}")


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    shape, size, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    os.makedirs(out, exist_ok=True)
    for name, text in shape_text(shape, size):
        path = os.path.join(out, name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(path)


if __name__ == "__main__":
    main()
