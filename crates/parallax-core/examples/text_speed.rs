//! Throughput of the text stages on a folder tree of `.txt` files (default: the
//! BBC corpus): `Document::parse` (decode, structure, metadata, boilerplate),
//! `tokenize`, `sentences`, against a `split_whitespace` baseline in the same run.
//!
//! `cargo run --release -p parallax-core --example text_speed -- ../shared/data/news/bbc`
use parallax_core::{sentences, tokenize, Document, Span};
use std::time::Instant;

fn collect(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "txt") && !p.ends_with("README.TXT") {
            out.push(p);
        }
    }
}

/// Best of `rounds` timings of `f`, in seconds.
fn best<T>(rounds: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..rounds {
        let t = Instant::now();
        let r = std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64());
        out = Some(r);
    }
    (best, out.expect("at least one round"))
}

fn main() {
    let root = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/news/bbc".into());
    let mut paths = Vec::new();
    collect(std::path::Path::new(&root), &mut paths);
    paths.sort();
    let files: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).unwrap_or_default())
        .collect();
    let bytes: usize = files.iter().map(Vec::len).sum();
    let rounds = 5;

    let (t_parse, docs) = best(rounds, || {
        files
            .iter()
            .map(|b| Document::parse("d", b))
            .collect::<Vec<_>>()
    });
    let words: usize = docs.iter().map(|d| d.word_count()).sum();
    let (t_ws, ws) = best(rounds, || {
        docs.iter()
            .map(|d| d.text.split_whitespace().count())
            .sum::<usize>()
    });
    let (t_tok, toks) = best(rounds, || {
        docs.iter()
            .map(|d| tokenize(&d.text, Span::new(0, d.text.len())).len())
            .sum::<usize>()
    });
    let (t_sent, sents) = best(rounds, || {
        docs.iter()
            .map(|d| sentences(&d.text, &d.paragraphs).len())
            .sum::<usize>()
    });

    println!(
        "{} files, {bytes} bytes, {words} words, {toks} tokens, {sents} sentences",
        docs.len()
    );
    let row = |name: &str, secs: f64| {
        println!(
            "{name:<22} {:>8.2} ms  {:>7.2} M words/s  {:>7.1} MB/s",
            secs * 1e3,
            words as f64 / secs / 1e6,
            bytes as f64 / secs / 1e6
        );
    };
    row("split_whitespace", t_ws);
    row("tokenize", t_tok);
    row("sentences (tokenizes)", t_sent);
    row("Document::parse", t_parse);
    assert_eq!(ws, words);
}
