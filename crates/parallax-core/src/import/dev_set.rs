//! The HTML reader against the development set in `../shared/eval/html-pages/`:
//! 130 saved pages with Readability.js's article text as the reference, scored
//! with `score.py`'s metric (word 4-gram F1, per page, averaged). The pages are
//! other people's writing, so they are read from the shared folder at test time
//! and never copied here; a missing folder fails the test.
//!
//! `PARALLAX_PRED=path.json` also writes the predictions in `score.py`'s format,
//! so the figures here can be checked against the script.

use super::{html, import_file};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

/// What the reader must reach (see the report in the commit that set it).
const MIN_F1: f64 = 0.95;
const MIN_TITLE_RATE: f64 = 0.9;

fn dev_set() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/html-pages/pages")
}

/// `score.py`'s `\w+` runs: Python's `\w` is a letter, a digit or `_`.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

fn grams(text: &str) -> HashMap<Vec<&str>, usize> {
    let w = words(text);
    let mut out = HashMap::new();
    if w.is_empty() {
        return out;
    }
    let n = 4.min(w.len());
    for g in w.windows(n) {
        *out.entry(g.to_vec()).or_insert(0) += 1;
    }
    out
}

/// True positives, false positives and false negatives, normalised by their sum.
fn counts(reference: &str, predicted: &str) -> (f64, f64, f64) {
    let a = grams(reference);
    let b = grams(predicted);
    let mut tp = 0usize;
    let mut fp = 0usize;
    for (g, &nb) in &b {
        let na = a.get(g).copied().unwrap_or(0);
        tp += na.min(nb);
        fp += nb.saturating_sub(na);
    }
    let fn_: usize = a
        .iter()
        .map(|(g, &na)| na.saturating_sub(b.get(g).copied().unwrap_or(0)))
        .sum();
    let s = (tp + fp + fn_) as f64;
    if s == 0.0 {
        (0.0, 0.0, 0.0)
    } else {
        (tp as f64 / s, fp as f64 / s, fn_ as f64 / s)
    }
}

/// Lower-case words joined by spaces, for comparing titles and names.
fn norm(s: &str) -> String {
    words(&s.to_lowercase()).join(" ")
}

#[derive(Default)]
struct Rate {
    matched: usize,
    of: usize,
}

impl Rate {
    fn add(&mut self, ok: bool) {
        self.of += 1;
        self.matched += usize::from(ok);
    }
    fn value(&self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.matched as f64 / self.of as f64
        }
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{} ({:.3})", self.matched, self.of, self.value())
    }
}

#[test]
fn import_dev_set_reads_articles_like_reader_view() {
    let dir = dev_set();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("the development set is missing at {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    pages.sort();
    assert!(
        pages.len() >= 100,
        "only {} pages in {}",
        pages.len(),
        dir.display()
    );

    let mut ps = Vec::new();
    let mut rs = Vec::new();
    let mut rows = Vec::new();
    let mut refused = Vec::new();
    let mut preds = serde_json::Map::new();
    let (mut title, mut byline, mut date, mut time) = (
        Rate::default(),
        Rate::default(),
        Rate::default(),
        Rate::default(),
    );
    let mut read_time = std::time::Duration::ZERO;
    for page in &pages {
        let name = page
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let read =
            |f: &str| std::fs::read(page.join(f)).unwrap_or_else(|e| panic!("{name}/{f}: {e}"));
        let source = read("source.html");
        let expected = String::from_utf8_lossy(&read("expected.html")).into_owned();
        let meta: serde_json::Value =
            serde_json::from_slice(&read("expected-metadata.json")).unwrap_or_default();
        let reference = html::reference_text(&expected);

        let started = Instant::now();
        let imported = import_file("source.html", &source);
        let doc = imported
            .as_ref()
            .ok()
            .and_then(|a| a.first())
            .map(|a| a.to_document());
        read_time += started.elapsed();
        let Some(doc) = doc else {
            refused.push(name.clone());
            rows.push((name, 0.0, 0.0, 1.0));
            continue;
        };
        let predicted = doc.body_paragraphs().collect::<Vec<_>>().join("\n");
        let (tp, fp, fn_) = counts(&reference, &predicted);
        if tp + fp > 0.0 {
            ps.push(if fp == 0.0 && fn_ == 0.0 {
                1.0
            } else {
                tp / (tp + fp)
            });
        }
        if tp + fn_ > 0.0 {
            rs.push(if fp == 0.0 && fn_ == 0.0 {
                1.0
            } else {
                tp / (tp + fn_)
            });
        }
        rows.push((name.clone(), tp, fp, fn_));

        let article = imported.ok().and_then(|mut a| a.pop()).unwrap_or_default();
        if std::env::var("PARALLAX_SHOW").is_ok_and(|s| s == name) {
            println!(
                "{:#?}",
                (
                    &article.title,
                    &article.outlet,
                    &article.date,
                    &article.url,
                    &article.authors
                )
            );
            for line in article.text.split("\n\n") {
                let start = line.as_ptr() as usize - article.text.as_ptr() as usize;
                let mark = article
                    .boilerplate
                    .iter()
                    .find(|b| b.span.start == start)
                    .map(|b| b.kind.as_str())
                    .unwrap_or("");
                println!("{mark:>10} | {line}");
            }
        }
        if let Some(want) = meta["title"].as_str().filter(|t| !t.trim().is_empty()) {
            let ok = doc.title().is_some_and(|t| norm(t) == norm(want));
            if !ok && std::env::var("PARALLAX_DEBUG").is_ok() {
                println!("  title {name}: {:?} want {want:?}", doc.title());
            }
            title.add(ok);
        }
        if let Some(want) = meta["byline"].as_str().filter(|t| !t.trim().is_empty()) {
            let want = norm(want);
            let names = doc.author_names();
            let ok = !names.is_empty() && names.iter().all(|n| want.contains(&norm(n)));
            if !ok && std::env::var("PARALLAX_DEBUG").is_ok() {
                println!("  byline {name}: {names:?} want {want:?}");
            }
            byline.add(ok);
        }
        if let Some(want) = meta["publishedTime"].as_str().filter(|t| t.len() >= 10) {
            let got = article.date.as_deref().unwrap_or("");
            if std::env::var("PARALLAX_DEBUG").is_ok() && got.get(..16) != want.get(..16) {
                println!("  date {name}: {got:?} want {want:?}");
            }
            date.add(got.get(..10) == want.get(..10));
            time.add(got.get(..16) == want.get(..16));
        }
        preds.insert(name, serde_json::Value::String(predicted));
    }
    if let Ok(path) = std::env::var("PARALLAX_PRED") {
        let json = serde_json::Value::Object(preds).to_string();
        std::fs::write(&path, json).unwrap_or_else(|e| panic!("{path}: {e}"));
    }
    let mean = |v: &[f64]| {
        if v.is_empty() {
            0.0
        } else {
            v.iter().sum::<f64>() / v.len() as f64
        }
    };
    let (p, r) = (mean(&ps), mean(&rs));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    rows.sort_by(|a, b| a.1.total_cmp(&b.1));
    for (name, tp, fp, fn_) in rows.iter().take(20) {
        println!("  worst: {name}  tp {tp:.2} fp {fp:.2} fn {fn_:.2}");
    }
    println!(
        "dev set: {} pages, F1 {f1:.3} (P {p:.3}, R {r:.3}), refused {}: {refused:?}",
        pages.len(),
        refused.len()
    );
    println!("metadata: title {title}, byline {byline}, published date {date}, time {time}");
    println!(
        "read and parsed in {:.2} s (this build)",
        read_time.as_secs_f64()
    );
    assert!(refused.is_empty(), "refused: {refused:?}");
    assert!(f1 >= MIN_F1, "F1 {f1:.3} below {MIN_F1}");
    assert!(title.value() >= MIN_TITLE_RATE, "title rate {title}");
}
