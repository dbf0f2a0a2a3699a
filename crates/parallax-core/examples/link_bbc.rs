//! Linking alone on the BBC corpus: every article extracted once, then
//! `entities::link` timed over all of them (best of three, wall and CPU time of this
//! thread, so a busy machine shows in the wall time only), single thread. Then the
//! linked corpus's sentence co-occurrences (`Analysis::co_occurrences`, what the
//! Network view and the GEXF export read), best of five, wall time.
//!
//! ```text
//! cargo run --release -p parallax-core --example link_bbc [../shared/data/news/bbc/bbc.jsonl]
//! ```

use parallax_core::entities::link;
use parallax_core::{extract, Analysis, Document};
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
    let extractions: Vec<_> = docs.iter().map(extract).collect();
    let mut best = f64::MAX;
    let mut best_cpu = f64::MAX;
    let mut linked = None;
    for _ in 0..3 {
        let mut ex = extractions.clone();
        let (t, c) = (Instant::now(), cpu_secs());
        let (entities, mention_entity) = link(&docs, &mut ex);
        best = best.min(t.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(cpu_secs() - c);
        linked = Some((ex, entities, mention_entity));
    }
    let Some((extractions, entities, mention_entity)) = linked else {
        return;
    };
    let articles = docs.len();
    let analysis = Analysis {
        documents: docs,
        extractions,
        entities,
        mention_entity,
    };
    let mut best_pairs = f64::MAX;
    let mut pairs = 0;
    for _ in 0..5 {
        let t = Instant::now();
        pairs = analysis.co_occurrences().len();
        best_pairs = best_pairs.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{{\"articles\": {articles}, \"entities\": {}, \"link_ms\": {:.1}, \"link_cpu_ms\": {:.1}, \"pairs\": {pairs}, \"co_occurrences_ms\": {:.1}}}",
        analysis.entities.len(),
        best * 1000.0,
        best_cpu * 1000.0,
        best_pairs * 1000.0
    );
}

/// CPU time of this thread in seconds (Linux; 0 elsewhere).
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}
