//! What the worker sends the page for a corpus: how many messages, how large, and
//! how long the largest takes to read natively.
//!
//! `cargo run --release -p parallax-worker --example payload -- ../shared/data/news/bbc/bbc.jsonl`
use parallax_worker::transfer::Assembler;
use parallax_worker::{Request, Response, Worker};
use std::time::{Duration, Instant};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("payload: cannot read {path:?}");
        std::process::exit(2);
    };
    let mut worker = Worker::default();
    let name = std::path::Path::new(&path)
        .file_name()
        .map_or("corpus.jsonl".into(), |n| n.to_string_lossy().into_owned());
    let mut messages = Vec::new();
    let start = Instant::now();
    worker.handle(Request::Import, vec![(name, bytes)], &mut |r| {
        messages.push(serde_json::to_string(&r).unwrap_or_default());
    });
    let worker_time = start.elapsed();
    let mut assembler = Assembler::default();
    let (mut slowest, mut total, mut documents) = (Duration::ZERO, Duration::ZERO, 0);
    for m in &messages {
        let t = Instant::now();
        if let Ok(Response::Analysis { part }) = serde_json::from_str::<Response>(m) {
            if let Some(done) = assembler.push(part) {
                documents = done.analysis.documents.len();
            }
        }
        slowest = slowest.max(t.elapsed());
        total += t.elapsed();
    }
    let largest = messages.iter().map(String::len).max().unwrap_or(0);
    if std::env::var_os("PAYLOAD_DEBUG").is_some() {
        let mut by_size: Vec<_> = messages
            .iter()
            .map(|m| (m.len(), &m[..m.len().min(90)]))
            .collect();
        by_size.sort();
        for (n, head) in by_size.iter().rev().take(6) {
            eprintln!("{n} {head}");
        }
    }
    let bytes: usize = messages.iter().map(String::len).sum();
    println!(
        "{{\"documents\":{documents},\"worker_ms\":{},\"messages\":{},\"bytes\":{bytes},\"largest\":{largest},\"read_ms\":{},\"slowest_read_ms\":{}}}",
        worker_time.as_millis(),
        messages.len(),
        total.as_millis(),
        slowest.as_millis()
    );
}
