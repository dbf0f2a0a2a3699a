#!/usr/bin/env bash
# Scores the tagger of any commit on the BBC fixtures of this checkout, to compare the code of
# two commits on the same gold (e.g. the commit an outside score was measured at against HEAD).
#   bash scripts/bbc-at-commit.sh COMMIT [FIXTURE[:DOCLIST] ...]
# Builds COMMIT in a throw-away worktree (release, its own target dir), writes every mention of
# the fixtures' articles as doc<TAB>Label<TAB>form, and scores them the way tests/news_genre.rs
# does (eval::score: doc-level sets of normalised form and label). At HEAD it prints the test's
# figures. A FIXTURE:DOCLIST argument scores only the articles listed (one path per line).
set -euo pipefail
commit="${1:?usage: bbc-at-commit.sh COMMIT [FIXTURE[:DOCLIST] ...]}"
shift
here="$(cd "$(dirname "$0")/.." && pwd)"
fixtures=("$@")
if [ ${#fixtures[@]} -eq 0 ]; then
  fixtures=("$here/crates/parallax-core/tests/fixtures/bbc-gold.tsv"
            "$here/crates/parallax-core/tests/fixtures/bbc-heldout.tsv")
fi
bbc="$(cd "$here/../shared/data/news/bbc" && pwd)"
work="$(mktemp -d)"
trap 'git -C "$here" worktree remove --force "$work/tree" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git -C "$here" worktree add --detach "$work/tree" "$commit" >/dev/null
cat > "$work/tree/crates/parallax-core/examples/bbc_mentions.rs" <<'RS'
//! Every mention of the named BBC articles, a line each: doc, label, form.
fn main() {
    let mut args = std::env::args().skip(1);
    let root = std::path::PathBuf::from(args.next().unwrap_or_default());
    for id in args {
        let bytes = std::fs::read(root.join(&id)).unwrap_or_default();
        let doc = parallax_core::Document::parse(id.clone(), &bytes);
        for m in &parallax_core::pipeline::extract(&doc).mentions {
            let form = m.span.slice(&doc.text).replace(['\t', '\n'], " ");
            println!("{id}\t{:?}\t{form}", m.label);
        }
    }
}
RS
(cd "$work/tree" && CARGO_TARGET_DIR="$work/target" cargo build -q --release -p parallax-core --example bbc_mentions)
docs=$(for f in "${fixtures[@]}"; do grep -v '^#' "${f%%:*}" | cut -f1; done | sort -u)
# shellcheck disable=SC2086
"$work/target/release/examples/bbc_mentions" "$bbc" $docs > "$work/mentions.tsv"
echo "commit $(git -C "$here" rev-parse --short "$commit")"
python3 - "$bbc" "$work/mentions.tsv" "${fixtures[@]}" <<'PY'
import sys
bbc, mentions, fixtures = sys.argv[1], sys.argv[2], sys.argv[3:]
LABELS = {"Person": "PERSON", "Org": "ORG", "Loc": "LOC"}

def norm(s):  # eval::normalize
    t = " ".join(s.split()).lower()
    t = t[4:] if t.startswith("the ") else t
    for suffix in ("'s", "\u2019s"):
        t = t[: -len(suffix)] if t.endswith(suffix) else t
    return t.strip()

def f1(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0

predicted = set()
for line in open(mentions, encoding="utf-8"):
    doc, label, form = line.rstrip("\n").split("\t")
    if label in LABELS and norm(form):
        predicted.add((doc, norm(form), LABELS[label]))
for arg in fixtures:
    path, _, keep_file = arg.partition(":")
    keep = set(open(keep_file).read().split()) if keep_file else None
    gold, texts = set(), {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        doc, label, start, end = line.rstrip("\n").split("\t")
        if keep is not None and doc not in keep:
            continue
        if doc not in texts:
            texts[doc] = open(f"{bbc}/{doc}", "rb").read()
        gold.add((doc, norm(texts[doc][int(start):int(end)].decode("utf-8")), label))
    pred = {p for p in predicted if p[0] in texts}
    row, totals = [], [0, 0, 0]
    for label in ("PERSON", "ORG", "LOC"):
        tp = len({p for p in pred if p[2] == label} & gold)
        fp = sum(1 for p in pred if p[2] == label) - tp
        fn = sum(1 for g in gold if g[2] == label) - tp
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        row.append(f"{label} {f1(tp, fp, fn):.3f}")
    print(f"{arg}: {len(texts)} articles, micro {f1(*totals):.3f}, " + ", ".join(row))
PY
