//! Native benchmark on the BBC corpus for `scripts/bench.sh`: for 100, 500,
//! 2,000 and all distinct articles (deduplicated on title and text), the
//! throughput of `Document::parse`, `extract` per document, `analyze`
//! (extraction plus linking) and `compare`, single thread, with wall and CPU
//! time, and the peak resident memory (`VmHWM`), and the size of each export. Each size runs in its own
//! process so its peak memory belongs to that size alone; each prints one JSON
//! line.
//!
//! ```text
//! cargo run --profile bench-native -p parallax-core --example bench_bbc -- \
//!     ../shared/data/news/bbc/bbc.jsonl [--size N] [--min-secs S]
//! ```
//!
//! The corpus is research-only: it is read where it lies, never copied.

use parallax_core::{analyze, compare, extract, Document};
use std::collections::HashSet;
use std::hint::black_box;
use std::time::Instant;

const DEFAULT: &str = "../shared/data/news/bbc/bbc.jsonl";
const SIZES: [usize; 4] = [100, 500, 2000, usize::MAX];

/// The distinct articles (by title and text) as raw bytes, headline on the
/// first line, in corpus order.
fn load(path: &str) -> Vec<(String, Vec<u8>)> {
    let raw = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for line in raw.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let title = v["title"].as_str().unwrap_or_default().to_string();
        let text = v["text"].as_str().unwrap_or_default().to_string();
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let body = format!("{title}\n\n{text}").into_bytes();
        if seen.insert((title, text)) {
            out.push((id, body));
        }
    }
    out
}

/// CPU seconds this process has run: the scheduler's nanosecond count from
/// `/proc/self/schedstat` (the main thread; the benchmark is single-threaded),
/// else user + system ticks from `/proc/self/stat`. On a shared machine wall
/// time also measures the neighbours; CPU time does not.
fn cpu_secs() -> f64 {
    if let Some(ns) = std::fs::read_to_string("/proc/self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
    {
        return ns / 1e9;
    }
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // After the command name (in parentheses, may hold spaces) utime and stime
    // are the 12th and 13th fields; 100 ticks a second.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|x| x.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

/// A field of `/proc/self/status` in KiB (`VmHWM`, `VmRSS`).
fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|k| k.parse().ok())
        })
        .unwrap_or(0)
}

/// Wall and CPU seconds per round of `f`, repeated until `min_secs` of wall
/// time have passed (at least once, at most 50 rounds), and the last result.
fn timed<T>(min_secs: f64, mut f: impl FnMut() -> T) -> (f64, f64, usize, T) {
    let (t, c) = (Instant::now(), cpu_secs());
    let mut rounds = 0;
    loop {
        let r = black_box(f());
        rounds += 1;
        if t.elapsed().as_secs_f64() >= min_secs || rounds >= 50 {
            let wall = t.elapsed().as_secs_f64() / rounds as f64;
            let cpu = (cpu_secs() - c) / rounds as f64;
            return (wall, cpu, rounds, r);
        }
    }
}

/// One size, in this process: prints one JSON line.
fn run(path: &str, size: usize, min_secs: f64) {
    let mut raw = load(path);
    raw.truncate(size);
    let docs: Vec<Document> = raw.iter().map(|(id, b)| Document::parse(id, b)).collect();
    let words: usize = docs.iter().map(Document::word_count).sum();
    let bytes: usize = raw.iter().map(|(_, b)| b.len()).sum();
    // Warm the embedded model, gazetteers and lexicon so their one-time parsing
    // is not counted against the first article.
    let _ = extract(&Document::parse(
        "warm",
        b"Warm up in Paris with Lloyd Austin.",
    ));
    let rss_base = status_kib("VmRSS:");

    let (parse_wall, parse_cpu, parse_rounds, _) = timed(min_secs, || {
        raw.iter()
            .map(|(id, b)| Document::parse(id, b).paragraphs.len())
            .sum::<usize>()
    });
    let (ext_wall, ext_cpu, ext_rounds, mentions) = timed(min_secs, || {
        docs.iter()
            .map(|d| extract(d).mentions.len())
            .sum::<usize>()
    });
    let mem_extract = status_kib("VmHWM:");

    // analyze takes the documents; clone them outside the timed part, once per round.
    let (an_wall, an_cpu, an_rounds, analysis) = {
        let (mut wall, mut cpu, mut rounds) = (0.0, 0.0, 0);
        loop {
            let input = docs.clone();
            let (t, c) = (Instant::now(), cpu_secs());
            let a = analyze(input);
            wall += t.elapsed().as_secs_f64();
            cpu += cpu_secs() - c;
            rounds += 1;
            if wall >= min_secs || rounds >= 50 {
                break (wall / rounds as f64, cpu / rounds as f64, rounds, a);
            }
        }
    };
    let mem_analyze = status_kib("VmHWM:");
    let (cmp_wall, cmp_cpu, cmp_rounds, cmp) = timed(min_secs, || compare(&analysis));
    let mem_peak = status_kib("VmHWM:");
    // The size of each export a user can download (not timed).
    let report = parallax_core::export::html_report(&analysis, &cmp).len();
    let matrix_csv = parallax_core::export::matrix_csv(&analysis, &cmp).len();
    let entities_csv = parallax_core::export::entities_csv(&analysis).len();
    let json = parallax_core::export::json::to_string(&analysis, &cmp).len();

    println!(
        "{{\"size\":{},\"docs\":{},\"words\":{words},\"bytes\":{bytes},\"mentions\":{mentions},\
         \"entities\":{},\"pairs\":{},\"claims\":{},\"discrepancies\":{},\
         \"parse\":{{\"wall\":{parse_wall:.6},\"cpu\":{parse_cpu:.6},\"rounds\":{parse_rounds}}},\
         \"extract\":{{\"wall\":{ext_wall:.6},\"cpu\":{ext_cpu:.6},\"rounds\":{ext_rounds}}},\
         \"analyze\":{{\"wall\":{an_wall:.6},\"cpu\":{an_cpu:.6},\"rounds\":{an_rounds}}},\
         \"compare\":{{\"wall\":{cmp_wall:.6},\"cpu\":{cmp_cpu:.6},\"rounds\":{cmp_rounds}}},\
         \"rss_base_kib\":{rss_base},\"hwm_extract_kib\":{mem_extract},\
         \"hwm_analyze_kib\":{mem_analyze},\"hwm_kib\":{mem_peak},\
         \"export_bytes\":{{\"report\":{report},\"matrix_csv\":{matrix_csv},\"entities_csv\":{entities_csv},\"json\":{json}}}}}",
        if size == usize::MAX { 0 } else { size },
        docs.len(),
        analysis.entities.len(),
        cmp.similarity.len(),
        cmp.claims.len(),
        cmp.discrepancies.len(),
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut path = DEFAULT.to_string();
    let mut size: Option<usize> = None;
    let mut min_secs = 1.0;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--size" => size = it.next().and_then(|s| s.parse().ok()),
            "--min-secs" => min_secs = it.next().and_then(|s| s.parse().ok()).unwrap_or(1.0),
            _ => path = a.clone(),
        }
    }
    if let Some(size) = size {
        run(&path, size, min_secs);
        return;
    }
    let Ok(me) = std::env::current_exe() else {
        eprintln!("cannot find this program to run each size");
        std::process::exit(1);
    };
    for size in SIZES {
        let status = std::process::Command::new(&me)
            .arg(&path)
            .arg("--size")
            .arg(size.to_string())
            .arg("--min-secs")
            .arg(min_secs.to_string())
            .status();
        if !status.is_ok_and(|s| s.success()) {
            eprintln!("size {size}: failed");
            std::process::exit(1);
        }
    }
}
