//! Sentence co-occurrence counts (`Analysis::co_occurrences`, what the Network view
//! and the GEXF export read) on the BBC corpus: every article analysed once, then
//! the count timed (best of five, wall time), single thread.
//!
//! ```text
//! cargo run --release -p parallax-core --example cooccur_bbc [../shared/data/news/bbc/bbc.jsonl]
//! ```

use parallax_core::{analyze, Document};
use std::time::Instant;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/news/bbc/bbc.jsonl".to_string());
    let raw = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        std::process::exit(2)
    });
    let mut seen = std::collections::HashSet::new();
    let docs: Vec<Document> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let title = v["title"].as_str()?.to_string();
            let text = v["text"].as_str()?.to_string();
            let id = v["id"].as_str()?.to_string();
            seen.insert((title.clone(), text.clone()))
                .then(|| Document::parse(&id, format!("{title}\n\n{text}").as_bytes()))
        })
        .collect();
    let analysis = analyze(docs);
    let mut best = f64::MAX;
    let mut pairs = 0;
    for _ in 0..5 {
        let t = Instant::now();
        pairs = analysis.co_occurrences().len();
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{{\"articles\": {}, \"entities\": {}, \"pairs\": {pairs}, \"co_occurrences_ms\": {:.1}}}",
        analysis.documents.len(),
        analysis.entities.len(),
        best * 1000.0
    );
}
