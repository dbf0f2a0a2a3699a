//! Extraction throughput on a folder tree of `.txt` files (default: the BBC corpus).
//! `cargo run --release -p parallax-core --example extract_speed -- ../shared/data/news/bbc`
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

fn main() {
    let root = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data/news/bbc".into());
    let mut paths = Vec::new();
    collect(std::path::Path::new(&root), &mut paths);
    paths.sort();
    let docs: Vec<_> = paths
        .iter()
        .map(|p| {
            parallax_core::Document::parse(
                p.display().to_string(),
                &std::fs::read(p).unwrap_or_default(),
            )
        })
        .collect();
    let words: usize = docs.iter().map(|d| d.word_count()).sum();
    // Warm the embedded tables so one-time parsing is not counted.
    let _ = parallax_core::extract(&parallax_core::Document::parse(
        "warm",
        b"Warm up in Paris.",
    ));
    let cpu0 = cpu_seconds();
    let t = Instant::now();
    let mut mentions = 0;
    for d in &docs {
        mentions += parallax_core::extract(d).mentions.len();
    }
    let secs = t.elapsed().as_secs_f64();
    if let (Some(a), Some(b)) = (cpu0, cpu_seconds()) {
        // Wall time suffers when other jobs share the cores; CPU time does not.
        println!(
            "cpu {:.3}s, {:.0} words per cpu-second",
            b - a,
            words as f64 / (b - a)
        );
    }
    println!(
        "{} docs, {words} words, {mentions} mentions, {secs:.3}s, {:.0} words/s",
        docs.len(),
        words as f64 / secs
    );
}

/// User + system CPU time of this process from /proc (Linux only).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}
