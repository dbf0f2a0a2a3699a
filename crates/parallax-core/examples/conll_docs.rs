//! Document-level PERSON/ORG/LOC scores of the whole pipeline on a CoNLL file, each
//! `-DOCSTART-` block rebuilt as a text with one sentence per line. MISC gold names
//! are ignored (neither earn nor cost), like boilerplate in the seed gold.
//! `cargo run --release -p parallax-core --example conll_docs -- ../shared/data/ner/conll2003/conllpp_test.txt`
use parallax_core::eval::{predictions, score, GoldItem};
use parallax_core::{extract, Document, Label};

/// A document id and its tokens with their tags (`None` marks a sentence break).
type ConllDoc = (String, Vec<(String, Option<String>)>);

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/ner/conll2003/conllpp_test.txt".into());
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let mut gold = Vec::new();
    let mut preds = Vec::new();
    let mut sources = std::collections::HashMap::new();
    let mut docs: Vec<ConllDoc> = Vec::new();
    for line in data.lines() {
        let cols: Vec<&str> = line.split_whitespace().collect();
        if cols.first() == Some(&"-DOCSTART-") {
            docs.push((format!("d{}", docs.len()), Vec::new()));
            continue;
        }
        let Some(doc) = docs.last_mut() else { continue };
        if cols.is_empty() {
            doc.1.push(("\n".into(), None));
        } else {
            let tag = cols.last().copied().unwrap_or("O");
            doc.1.push((cols[0].to_string(), Some(tag.to_string())));
        }
    }
    for (id, toks) in &docs {
        let mut text = String::new();
        let mut cur: Option<(String, String)> = None;
        let flush = |cur: &mut Option<(String, String)>, gold: &mut Vec<GoldItem>| {
            if let Some((t, l)) = cur.take() {
                let label = match l.as_str() {
                    "PER" => Some(Label::Person),
                    "ORG" => Some(Label::Org),
                    "LOC" => Some(Label::Loc),
                    _ => None,
                };
                gold.push(GoldItem {
                    doc: id.clone(),
                    text: t,
                    label: label.unwrap_or(Label::Norp),
                    ignore: label.is_none(),
                });
            }
        };
        for (w, tag) in toks {
            match tag {
                None => {
                    flush(&mut cur, &mut gold);
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push('\n');
                    }
                }
                Some(tag) => {
                    if !text.is_empty() && !text.ends_with('\n') {
                        text.push(' ');
                    }
                    let (bio, ty) = tag.split_once('-').unwrap_or(("O", ""));
                    let cont = matches!(&cur, Some((_, l)) if l == ty) && bio == "I";
                    if !cont {
                        flush(&mut cur, &mut gold);
                    }
                    if bio != "O" {
                        match &mut cur {
                            Some((t, _)) if cont => {
                                t.push(' ');
                                t.push_str(w);
                            }
                            _ => cur = Some((w.clone(), ty.to_string())),
                        }
                    }
                    text.push_str(w);
                }
            }
        }
        flush(&mut cur, &mut gold);
        let doc = Document::parse(id.clone(), text.as_bytes());
        let ex = extract(&doc);
        for m in &ex.mentions {
            let key = (
                id.clone(),
                parallax_core::eval::normalize(m.span.slice(&doc.text)),
                m.label,
            );
            sources.entry(key).or_insert(m.source);
        }
        preds.extend(
            predictions(&doc, &ex)
                .into_iter()
                .filter(|p| matches!(p.label, Label::Person | Label::Org | Label::Loc)),
        );
    }
    let s = score(&gold, &preds);
    println!("{} documents\n{}", docs.len(), s.table());
    if std::env::var_os("SHOW").is_some() {
        for fp in &s.false_positives {
            println!("FP {:?} {fp:?}", sources.get(fp));
        }
        for fne in &s.false_negatives {
            println!("FN {fne:?}");
        }
    }
}
