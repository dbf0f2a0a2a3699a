//! Scale benchmark of the comparison on the BBC corpus: extract + analyze +
//! compare for 100, 500, 2,000 and all distinct articles, each size in its own
//! process so that peak memory (`VmHWM`) belongs to that size alone.
//!
//! ```text
//! CARGO_PROFILE_RELEASE_OPT_LEVEL=3 cargo run --release -p parallax-core \
//!     --example compare_scale -- [BBC.jsonl] [--discrepancies FILE]
//! ```
//!
//! With `--discrepancies FILE` the full run also writes every discrepancy found,
//! with the sentences its claims come from, for reading.

use parallax_core::{analyze, compare, Document};
use std::collections::HashSet;
use std::io::Write;
use std::time::Instant;

const DEFAULT: &str = "/work/shared/data/news/bbc/bbc.jsonl";

/// Distinct articles (by title and text), headline on the first line.
fn load(path: &str) -> Vec<Document> {
    let raw = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for line in raw.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let title = v["title"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let id = v["id"].as_str().unwrap_or_default().to_string();
        if seen.insert((title.clone(), text.clone())) {
            docs.push(Document::parse(id, format!("{title}\n\n{text}").as_bytes()));
        }
    }
    docs
}

/// CPU seconds (user + system) this process has used, from `/proc/self/stat`:
/// on a busy machine wall time measures the neighbours too.
fn cpu_secs() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 here; 100 ticks a second.
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse().ok())
        })
        .unwrap_or(0)
}

/// One size, in this process.
fn run(path: &str, size: usize, out: Option<&str>) {
    let mut docs = load(path);
    docs.truncate(size);
    let n = docs.len();
    let words: usize = docs.iter().map(|d| d.word_count()).sum();
    let (t, c) = (Instant::now(), cpu_secs());
    let analysis = analyze(docs);
    let t_analyze = t.elapsed().as_secs_f64();
    let c_analyze = cpu_secs() - c;
    let mem_analysis = peak_kib();
    let (t, c) = (Instant::now(), cpu_secs());
    let cmp = compare(&analysis);
    let t_compare = t.elapsed().as_secs_f64();
    let c_compare = cpu_secs() - c;
    let mem = peak_kib();
    println!(
        "{n:>5} docs {words:>8} words | extract+analyze {t_analyze:>6.2}s (cpu {c_analyze:.2}s) | \
         compare {t_compare:>6.3}s (cpu {c_compare:.2}s) | \
         peak {:>5.0} MiB (after analyze {:>5.0} MiB) | pairs {} clusters {} claims {} \
         discrepancies {} agreements {} timeline {} quotes {}",
        mem as f64 / 1024.0,
        mem_analysis as f64 / 1024.0,
        cmp.similarity.len(),
        cmp.clusters.len(),
        cmp.claims.len(),
        cmp.discrepancies.len(),
        cmp.agreements.len(),
        cmp.timeline.len(),
        cmp.quotes.len(),
    );
    if let Some(file) = out {
        let mut s = String::new();
        for (k, g) in cmp.discrepancies.iter().enumerate() {
            s.push_str(&format!(
                "## {k}: {} | {}{}\n",
                g.measure,
                g.event,
                if g.likely_update {
                    " (likely update)"
                } else {
                    ""
                }
            ));
            for c in &g.claims {
                let doc = &analysis.documents[c.doc];
                let cl = &cmp.claims[c.claim];
                let fmt = |x: Option<f64>| x.map_or("∞".to_string(), |v| v.to_string());
                s.push_str(&format!(
                    "- {} [{}, {}] \"{}\": {}\n",
                    doc.id,
                    fmt(c.low),
                    fmt(c.high),
                    c.text,
                    cl.sentence.slice(&doc.text).replace('\n', " ")
                ));
            }
            s.push('\n');
        }
        if let Err(e) = std::fs::File::create(file).and_then(|mut f| f.write_all(s.as_bytes())) {
            eprintln!("{file}: {e}");
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = DEFAULT.to_string();
    let mut size: Option<usize> = None;
    let mut out: Option<String> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--size" => size = it.next().and_then(|s| s.parse().ok()),
            "--discrepancies" => out = it.next().cloned(),
            _ => path = a.clone(),
        }
    }
    if let Some(size) = size {
        run(&path, size, out.as_deref());
        return;
    }
    let Ok(me) = std::env::current_exe() else {
        eprintln!("cannot find this program to run each size");
        return;
    };
    for size in [100, 500, 2000, usize::MAX] {
        let mut cmd = std::process::Command::new(&me);
        cmd.arg(&path).arg("--size").arg(size.to_string());
        if size == usize::MAX {
            if let Some(o) = &out {
                cmd.arg("--discrepancies").arg(o);
            }
        }
        if let Err(e) = cmd.status() {
            eprintln!("size {size}: {e}");
        }
    }
}
