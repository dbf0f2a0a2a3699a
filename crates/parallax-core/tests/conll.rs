//! The CoNLL++ bar: exact-mention micro F1 over PER/ORG/LOC of the embedded model
//! on `shared/data/ner/conll2003/conllpp_test.txt` must be at least 0.90 (the
//! organisations issue's bar). Each sentence is tagged in its document
//! (`-DOCSTART-` to `-DOCSTART-`), as the engine tags an article's sentences.
//!
//! A missing shared data folder fails the test.

use std::path::PathBuf;

use parallax_core::ner::features::DocContext;
use parallax_core::ner::{NerLabel, NerModel};

const BAR: f64 = 0.90;

struct Sentence {
    /// Its document's number in the file.
    doc: usize,
    tokens: Vec<String>,
    /// Gold `(start, end, label)` token spans, PER/ORG/LOC only.
    gold: Vec<(usize, usize, NerLabel)>,
}

/// Reads an IOB2 CoNLL file (`token POS chunk NER`).
fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut doc = 0;
    let mut cur = Sentence {
        doc,
        tokens: Vec::new(),
        gold: Vec::new(),
    };
    let mut open: Option<(usize, NerLabel)> = None;
    let close = |cur: &mut Sentence, open: &mut Option<(usize, NerLabel)>| {
        if let Some((s, l)) = open.take() {
            if l != NerLabel::Misc {
                cur.gold.push((s, cur.tokens.len(), l));
            }
        }
    };
    for line in text.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.is_empty() || cols[0] == "-DOCSTART-" {
            close(&mut cur, &mut open);
            if !cols.is_empty() {
                doc += 1;
            }
            if !cur.tokens.is_empty() {
                out.push(std::mem::replace(
                    &mut cur,
                    Sentence {
                        doc,
                        tokens: Vec::new(),
                        gold: Vec::new(),
                    },
                ));
            }
            cur.doc = doc;
            continue;
        }
        let tag = cols[cols.len() - 1];
        let parsed = tag
            .split_once('-')
            .and_then(|(p, t)| Some((p, NerLabel::from_conll(t)?)));
        match parsed {
            Some(("I", l)) if matches!(open, Some((_, o)) if o == l) => {}
            Some((_, l)) => {
                close(&mut cur, &mut open);
                open = Some((cur.tokens.len(), l));
            }
            None => close(&mut cur, &mut open),
        }
        cur.tokens.push(cols[0].to_string());
    }
    close(&mut cur, &mut open);
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

#[test]
fn conllpp_test_micro_f1_meets_bar() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/ner/conll2003/conllpp_test.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{} must be readable: {e}", path.display()));
    let sents = read_conll(&text);
    assert_eq!(sents.len(), 3453, "CoNLL++ test has 3,453 sentences");
    let model = NerModel::embedded();
    let labels = [NerLabel::Person, NerLabel::Org, NerLabel::Loc];
    let (mut tp, mut pred, mut gold) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    assert!(
        sents.last().is_some_and(|s| s.doc >= 200),
        "CoNLL++ test is read as its 231 documents"
    );
    for group in sents.chunk_by(|a, b| a.doc == b.doc) {
        let words: Vec<Vec<&str>> = group
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let mut b = DocContext::builder();
        for toks in &words {
            b.sentence(toks);
        }
        let doc = b.build();
        for (s, toks) in group.iter().zip(&words) {
            for &(_, _, l) in &s.gold {
                gold[l.index()] += 1;
            }
            for p in model.tag_in(toks, &doc) {
                assert_ne!(p.label, NerLabel::Misc, "tag() never reports MISC");
                pred[p.label.index()] += 1;
                if s.gold.contains(&(p.start, p.end, p.label)) {
                    tp[p.label.index()] += 1;
                }
            }
        }
    }
    let prf = |tp: usize, pred: usize, gold: usize| {
        let p = tp as f64 / pred.max(1) as f64;
        let r = tp as f64 / gold.max(1) as f64;
        (
            p,
            r,
            if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            },
        )
    };
    for l in labels {
        let i = l.index();
        let (p, r, f) = prf(tp[i], pred[i], gold[i]);
        eprintln!(
            "{:<4} P {p:.4} R {r:.4} F1 {f:.4} (gold {})",
            l.conll(),
            gold[i]
        );
    }
    let sum = |a: [usize; 3]| a.iter().sum::<usize>();
    let (p, r, f) = prf(sum(tp), sum(pred), sum(gold));
    eprintln!("micro P {p:.4} R {r:.4} F1 {f:.4}");
    assert_eq!(sum(gold), 1618 + 1715 + 1646, "gold PER+ORG+LOC mentions");
    assert!(f >= BAR, "CoNLL++ micro F1 {f:.4} is below the bar {BAR}");
}
