//! Linking alone on the BBC corpus: every article extracted once, then
//! `entities::link` timed over all of them (best of three, wall and CPU time of this
//! thread, so a busy machine shows in the wall time only), single thread.
//!
//! ```text
//! cargo run --release -p parallax-core --example link_bbc [../shared/data/news/bbc/bbc.jsonl]
//! ```

use parallax_core::entities::link;
use parallax_core::{extract, Document};
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
    let mut entities = 0;
    for _ in 0..3 {
        let mut ex = extractions.clone();
        let (t, c) = (Instant::now(), cpu_secs());
        let (e, _) = link(&docs, &mut ex);
        best = best.min(t.elapsed().as_secs_f64());
        best_cpu = best_cpu.min(cpu_secs() - c);
        entities = e.len();
    }
    println!(
        "{{\"articles\": {}, \"entities\": {entities}, \"link_ms\": {:.1}, \"link_cpu_ms\": {:.1}}}",
        docs.len(),
        best * 1000.0,
        best_cpu * 1000.0
    );
}

/// CPU time of this thread in seconds (Linux; 0 elsewhere).
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}
