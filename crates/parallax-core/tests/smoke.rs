//! The whole pipeline on generated articles for a time budget: import (every
//! format the app reads) → analyze → compare → JSON export → import of that
//! export. Every object of the export that carries `start`, `end` and `text`
//! (mentions, titles, paragraphs, claims, dates, quotes…) must hold exactly the
//! characters `text[start..end]` of its document, counted in Unicode scalar values.
//!
//! `PX_SMOKE_SECS` sets the budget (default 2 s; `scripts/test.sh` runs 60 s).
//! Each case's seed is printed when it fails, and `PX_SMOKE_SEED` replays one.

mod xorshift;

use parallax_core::export::json;
use parallax_core::import::import_file;
use parallax_core::{analyze, compare};
use serde_json::Value;
use std::time::{Duration, Instant};
use xorshift::Rng;

const WORDS: &[&str] = &[
    "Mayor",
    "Léa",
    "Dupré",
    "said",
    "told",
    "reporters",
    "in",
    "Zürich",
    "Kraków",
    "São Paulo",
    "on",
    "Monday",
    "March 3, 2021",
    "12 January",
    "at least",
    "143",
    "nearly 2,000",
    "people",
    "were",
    "killed",
    "injured",
    "officials",
    "the",
    "council",
    "Ministry of Health",
    "Prime Minister",
    "Anaïs Øberg",
    "😀",
    "—",
    "“",
    "”",
    "\"",
    "'",
    "’s",
    ",",
    ".",
    "and",
    "according to",
    "police",
    "in Kabul",
    "Reuters",
    "BBC News",
    "ß",
    "中文",
    "&",
    "<b>",
    "*",
    "[a](",
    "#",
];

/// A paragraph of 3 to 60 pieces.
fn paragraph(rng: &mut Rng) -> String {
    let n = 3 + rng.below(58);
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(WORDS));
    }
    if rng.below(3) > 0 {
        out.push('.');
    }
    out
}

/// One generated article as (file name, bytes) in one of the formats the app imports.
fn article(rng: &mut Rng, k: usize) -> (String, Vec<u8>) {
    let title = paragraph(rng);
    let paras: Vec<String> = (0..1 + rng.below(6)).map(|_| paragraph(rng)).collect();
    let body = paras.join(if rng.below(2) == 0 { "\n\n" } else { "\n" });
    let escape = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    match rng.below(5) {
        0 => (
            format!("a{k}.txt"),
            format!("{title}\n\n{body}").into_bytes(),
        ),
        1 => (
            format!("a{k}.md"),
            format!("# {title}\n\n{body}").into_bytes(),
        ),
        2 => {
            let ps: String = paras
                .iter()
                .map(|p| format!("<p>{}</p>", escape(p)))
                .collect();
            let html = format!(
                "<!doctype html><html><head><title>{}</title><meta property=\"og:site_name\" content=\"The Courier\"></head><body><article><h1>{}</h1>{ps}</article></body></html>",
                escape(&title),
                escape(&title)
            );
            (format!("a{k}.html"), html.into_bytes())
        }
        3 => {
            let value = serde_json::json!([{
                "id": format!("j{k}"),
                "title": title,
                "outlet": "The Courier",
                "date": "2024-03-04",
                "text": body,
            }]);
            (format!("a{k}.json"), value.to_string().into_bytes())
        }
        _ => {
            let line = serde_json::json!({ "title": title, "text": body });
            (format!("a{k}.jsonl"), format!("{line}\n").into_bytes())
        }
    }
}

/// Every `{start, end, text}` object under `v` (with `doc` naming its document
/// when the object says so) is the slice of its document's characters.
fn check_offsets(v: &Value, doc: Option<usize>, texts: &[Vec<char>], seed: u64, path: &str) {
    match v {
        Value::Object(map) => {
            let doc = map
                .get("doc")
                .and_then(Value::as_u64)
                .map_or(doc, |d| Some(d as usize));
            if let (Some(s), Some(e), Some(t), Some(d)) = (
                map.get("start").and_then(Value::as_u64),
                map.get("end").and_then(Value::as_u64),
                map.get("text").and_then(Value::as_str),
                doc,
            ) {
                let chars = &texts[d];
                let (s, e) = (s as usize, e as usize);
                assert!(
                    s <= e && e <= chars.len(),
                    "seed {seed}: {path} [{s}, {e}) outside document {d} of {} chars",
                    chars.len()
                );
                let got: String = chars[s..e].iter().collect();
                assert_eq!(got, t, "seed {seed}: {path} in document {d}");
            }
            for (k, x) in map {
                check_offsets(x, doc, texts, seed, &format!("{path}.{k}"));
            }
        }
        Value::Array(xs) => {
            for (i, x) in xs.iter().enumerate() {
                check_offsets(x, doc, texts, seed, &format!("{path}[{i}]"));
            }
        }
        _ => {}
    }
}

/// One case: a few articles through the whole pipeline and back.
fn case(seed: u64) -> usize {
    let mut rng = Rng(seed.max(1));
    let files: Vec<(String, Vec<u8>)> = (0..1 + rng.below(4))
        .map(|k| article(&mut rng, k))
        .collect();
    let docs: Vec<_> = files
        .iter()
        .filter_map(|(name, bytes)| import_file(name, bytes).ok())
        .flatten()
        .map(|a| a.to_document())
        .collect();
    let analysis = analyze(docs);
    let out = json::to_string(&analysis, &compare(&analysis));
    let value: Value = serde_json::from_str(&out).expect("the export is JSON");
    let texts: Vec<Vec<char>> = value["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .map(|d| d["text"].as_str().unwrap_or("").chars().collect())
        .collect();
    assert_eq!(texts.len(), analysis.documents.len(), "seed {seed}");
    for (d, doc) in value["documents"]
        .as_array()
        .expect("documents")
        .iter()
        .enumerate()
    {
        check_offsets(doc, Some(d), &texts, seed, &format!("documents[{d}]"));
    }
    check_offsets(&value["comparison"], None, &texts, seed, "comparison");

    // The export imports again, to the same texts.
    if !analysis.documents.is_empty() {
        let again = import_file("export.json", out.as_bytes())
            .unwrap_or_else(|e| panic!("seed {seed}: the export does not import: {e}"));
        let back: Vec<String> = again.iter().map(|a| a.to_document().text).collect();
        let before: Vec<String> = analysis.documents.iter().map(|d| d.text.clone()).collect();
        assert_eq!(back, before, "seed {seed}: texts after export → import");
    }
    texts.iter().map(Vec::len).sum()
}

#[test]
fn whole_pipeline_keeps_char_offsets_for_a_time_budget() {
    if let Some(seed) = std::env::var("PX_SMOKE_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
    {
        case(seed);
        return;
    }
    let secs: u64 = std::env::var("PX_SMOKE_SECS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    let budget = Duration::from_secs(secs);
    let start = Instant::now();
    let (mut cases, mut chars) = (0u64, 0usize);
    // Seeds from the clock explore new cases on every run; each is printed on failure.
    let base = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    while cases < 20 || start.elapsed() < budget {
        chars += case(base.wrapping_add(cases.wrapping_mul(0x9E37_79B9_7F4A_7C15)));
        cases += 1;
    }
    eprintln!(
        "smoke: {cases} cases, {chars} characters in {:.1} s",
        start.elapsed().as_secs_f64()
    );
}
