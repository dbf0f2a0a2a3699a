//! Exact-mention evaluation on CoNLL files (`token … NER-tag` columns, IOB1 or
//! IOB2, documents split by `-DOCSTART-`): each document's tokens are joined with
//! spaces (one sentence per line), run through the full pipeline, and a predicted
//! PERSON/ORG/LOC mention counts only if it covers exactly the gold tokens.

use parallax_core::eval::Prf;
use parallax_core::{extract, Document, Label};
use std::collections::{BTreeMap, BTreeSet};

/// Whether `text` looks like a CoNLL file rather than an article.
pub fn looks_conll(text: &str) -> bool {
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .peekable();
    if lines.peek().is_some_and(|l| l.starts_with("-DOCSTART-")) {
        return true;
    }
    let sample: Vec<&str> = lines.take(8).collect();
    !sample.is_empty()
        && sample.iter().all(|l| {
            let cols: Vec<&str> = l.split_whitespace().collect();
            cols.len() >= 2 && cols.last().is_some_and(|t| is_tag(t))
        })
}

fn is_tag(t: &str) -> bool {
    t == "O"
        || t.split_once('-')
            .is_some_and(|(p, l)| matches!(p, "B" | "I" | "E" | "S") && !l.is_empty())
}

fn label(tag: &str) -> Option<Label> {
    match tag {
        "PER" | "PERSON" => Some(Label::Person),
        "ORG" => Some(Label::Org),
        "LOC" | "GPE" => Some(Label::Loc),
        _ => None,
    }
}

/// One CoNLL document rebuilt as text, with its tokens' byte spans and gold mentions.
struct ConllDoc {
    text: String,
    /// (start, end) byte offsets of each token in `text`.
    tokens: Vec<(usize, usize)>,
    /// (first token, end token, label) — PERSON/ORG/LOC only.
    gold: Vec<(usize, usize, Label)>,
}

fn read_docs(text: &str) -> Vec<ConllDoc> {
    let mut docs = Vec::new();
    let mut cur = ConllDoc {
        text: String::new(),
        tokens: Vec::new(),
        gold: Vec::new(),
    };
    // The open gold mention: (first token, type as written).
    let mut open: Option<(usize, String)> = None;
    let mut new_sentence = false;
    fn close(cur: &mut ConllDoc, open: &mut Option<(usize, String)>) {
        if let Some((s, t)) = open.take() {
            if let Some(l) = label(&t) {
                cur.gold.push((s, cur.tokens.len(), l));
            }
        }
    }
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            close(&mut cur, &mut open);
            if !cur.tokens.is_empty() {
                docs.push(std::mem::replace(
                    &mut cur,
                    ConllDoc {
                        text: String::new(),
                        tokens: Vec::new(),
                        gold: Vec::new(),
                    },
                ));
            }
            new_sentence = false;
            continue;
        }
        if cols.is_empty() {
            close(&mut cur, &mut open);
            new_sentence = true;
            continue;
        }
        let (word, tag) = (cols[0], cols[cols.len() - 1]);
        let (prefix, kind) = tag.split_once('-').unwrap_or(("O", ""));
        let continues =
            prefix == "I" && open.as_ref().is_some_and(|(_, t)| t == kind) && !new_sentence;
        if !continues {
            close(&mut cur, &mut open);
            if prefix != "O" {
                open = Some((cur.tokens.len(), kind.to_string()));
            }
        }
        if !cur.text.is_empty() {
            cur.text.push(if new_sentence { '\n' } else { ' ' });
        }
        new_sentence = false;
        let start = cur.text.len();
        cur.text.push_str(word);
        cur.tokens.push((start, cur.text.len()));
        if matches!(prefix, "E" | "S") {
            close(&mut cur, &mut open);
        }
    }
    close(&mut cur, &mut open);
    if !cur.tokens.is_empty() {
        docs.push(cur);
    }
    docs
}

/// Mention-level scores for one CoNLL file.
#[derive(serde::Serialize)]
pub struct ConllScores {
    pub documents: usize,
    pub tokens: usize,
    pub per_label: BTreeMap<Label, Prf>,
    pub micro: Prf,
}

pub fn evaluate(name: &str, text: &str) -> ConllScores {
    let docs = read_docs(text);
    let mut per_label: BTreeMap<Label, Prf> = [Label::Person, Label::Org, Label::Loc]
        .into_iter()
        .map(|l| (l, Prf::default()))
        .collect();
    let mut tokens = 0;
    for (d, cd) in docs.iter().enumerate() {
        tokens += cd.tokens.len();
        let doc = Document::parse(format!("{name}#{d}"), cd.text.as_bytes());
        let ex = extract(&doc);
        let token_at_start = |b: usize| cd.tokens.binary_search_by_key(&b, |t| t.0).ok();
        let token_at_end = |b: usize| {
            cd.tokens
                .binary_search_by_key(&b, |t| t.1)
                .ok()
                .map(|i| i + 1)
        };
        let mut pred: BTreeSet<(usize, usize, Label)> = BTreeSet::new();
        let mut unaligned: Vec<Label> = Vec::new();
        for m in ex
            .mentions
            .iter()
            .filter(|m| per_label.contains_key(&m.label))
        {
            match (token_at_start(m.span.start), token_at_end(m.span.end)) {
                (Some(s), Some(e)) => {
                    pred.insert((s, e, m.label));
                }
                _ => unaligned.push(m.label),
            }
        }
        let gold: BTreeSet<(usize, usize, Label)> = cd.gold.iter().copied().collect();
        for p in &pred {
            if let Some(prf) = per_label.get_mut(&p.2) {
                if gold.contains(p) {
                    prf.tp += 1;
                } else {
                    prf.fp += 1;
                }
            }
        }
        for l in unaligned {
            if let Some(prf) = per_label.get_mut(&l) {
                prf.fp += 1;
            }
        }
        for g in gold.difference(&pred) {
            if let Some(prf) = per_label.get_mut(&g.2) {
                prf.fn_ += 1;
            }
        }
    }
    let mut micro = Prf::default();
    for p in per_label.values() {
        micro.tp += p.tp;
        micro.fp += p.fp;
        micro.fn_ += p.fn_;
    }
    ConllScores {
        documents: docs.len(),
        tokens,
        per_label,
        micro,
    }
}

impl ConllScores {
    pub fn table(&self) -> String {
        let mut s = Prf::header(5);
        let row = |name: &str, p: &Prf| p.row(name, 5);
        for (l, p) in &self.per_label {
            s += &row(l.as_str(), p);
        }
        s += &row("micro3", &self.micro);
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iob1_and_iob2() {
        let text = "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\nGerman JJ B-NP I-MISC\ncall NN I-NP O\n\nPeter NNP B-NP B-PER\nBlackburn NNP I-NP I-PER\n";
        assert!(looks_conll(text));
        let docs = read_docs(text);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "EU rejects German call\nPeter Blackburn");
        assert_eq!(docs[0].gold, [(0, 1, Label::Org), (4, 6, Label::Person)]);
        assert!(!looks_conll(
            "Moscow terror attack showed growing reach\nof ISIS-K."
        ));
    }
}
