//! The figures bar on real coverage: the same-event development set
//! (`../shared/eval/same-event/`, four stories, 80 real article excerpts, gold for
//! every death-toll claim) materialised as `.txt` files and as saved `.html` pages,
//! analysed by the `parallax` binary, and scored by the rules of the set's own
//! `score.py`:
//!
//! - claim recall: gold toll claims of role current/earlier that Parallax reports
//!   as a claim overlapping the gold words with the same lower bound (±1), the
//!   same upper bound (±1), or, for a gold "up to N", a reading of N;
//! - story share: of those found, the share in the one discrepancy/agreement group
//!   holding most of them;
//! - story purity: of that group's claims, the share that match some gold toll
//!   claim (any role);
//! - the group's `likely_update` equals the story's kind (update or contradiction).
//!
//! The set is read at test time and never copied into the repository. A missing
//! folder fails the test.

use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_parallax");
const CLUSTERS: [&str; 4] = ["odisha", "morocco", "ahli", "maui"];

fn set_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/same-event")
}

#[derive(Debug)]
struct Gold {
    id: String,
    text: String,
    low: Option<f64>,
    high: Option<f64>,
    role: String,
}

struct Scores {
    recall: f64,
    share: f64,
    purity: f64,
    likely_update: bool,
}

/// Materialise one cluster with the set's own script and analyse it.
fn analyse(cluster: &str, format: &str, scratch: &Path) -> Value {
    let dir = scratch.join(format!("{cluster}-{format}"));
    let status = Command::new("python3")
        .arg(set_dir().join("materialize.py"))
        .arg(&dir)
        .arg(cluster)
        .args(["--format", format])
        .output()
        .unwrap_or_else(|e| panic!("python3 materialize.py: {e}"));
    assert!(status.status.success(), "materialize.py failed: {status:?}");
    let out = dir.join("analysis.json");
    let run = Command::new(BIN)
        .arg("analyze")
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap_or_else(|e| panic!("parallax analyze: {e}"));
    assert!(
        run.status.success(),
        "parallax analyze {}: {run:?}",
        dir.display()
    );
    let text = std::fs::read_to_string(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("analysis JSON: {e}"))
}

fn num(v: &Value) -> Option<f64> {
    v.as_f64()
}

fn gold(cluster: &str) -> (Vec<Gold>, bool) {
    let path = set_dir().join("gold.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the same-event set must be at {}: {e}", path.display()));
    let all: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("gold.json: {e}"));
    let c = &all["clusters"][cluster];
    let claims = c["claims"]
        .as_array()
        .unwrap_or_else(|| panic!("{cluster}: no claims in gold"))
        .iter()
        .map(|g| Gold {
            id: g["id"].as_str().unwrap_or_default().to_string(),
            text: g["text"].as_str().unwrap_or_default().to_string(),
            low: num(&g["low"]),
            high: num(&g["high"]),
            role: g["role"].as_str().unwrap_or_default().to_string(),
        })
        .collect();
    (claims, c["story"].as_str() != Some("contradiction"))
}

/// Character offsets of every occurrence of `needle` in `hay`.
fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let n = needle.chars().count();
    hay.match_indices(needle)
        .map(|(b, _)| {
            let start = hay[..b].chars().count();
            (start, start + n)
        })
        .collect()
}

fn score(cluster: &str, a: &Value) -> Scores {
    let (gold, update) = gold(cluster);
    let docs = a["documents"].as_array().cloned().unwrap_or_default();
    let index: HashMap<String, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let id = d["id"].as_str().unwrap_or_default();
            let stem = id
                .strip_suffix(".txt")
                .or_else(|| id.strip_suffix(".html"))
                .unwrap_or(id);
            (stem.to_string(), i)
        })
        .collect();
    let claims = a["claims"].as_array().cloned().unwrap_or_default();
    let same_figure = |c: &Value, g: &Gold| {
        let (lo, hi) = (num(&c["low"]), num(&c["high"]));
        let near = |x: Option<f64>, y: Option<f64>| matches!((x, y), (Some(x), Some(y)) if (x - y).abs() <= 1.0);
        near(lo, g.low) || near(hi, g.high) || (g.low.is_none() && near(lo, g.high))
    };
    let matched = |g: &Gold| -> Option<usize> {
        let d = *index.get(&g.id)?;
        let text = docs[d]["text"].as_str().unwrap_or_default();
        let mut spans = occurrences(text, &g.text);
        if spans.is_empty() {
            spans = occurrences(text, g.text.trim());
        }
        spans.into_iter().find_map(|(s, e)| {
            claims.iter().position(|c| {
                c["doc"].as_u64() == Some(d as u64)
                    && c["end"].as_u64().is_some_and(|x| x as usize > s)
                    && c["start"].as_u64().is_some_and(|x| (x as usize) < e)
                    && same_figure(c, g)
            })
        })
    };
    let toll_ok: BTreeSet<usize> = gold.iter().filter_map(matched).collect();
    let must: Vec<&Gold> = gold
        .iter()
        .filter(|g| g.role == "current" || g.role == "earlier")
        .collect();
    let found: BTreeSet<usize> = must.iter().filter_map(|g| matched(g)).collect();
    let found_n = must.iter().filter(|g| matched(g).is_some()).count();
    let groups: Vec<&Value> = ["discrepancies", "agreements"]
        .iter()
        .flat_map(|k| a[*k].as_array().into_iter().flatten())
        .collect();
    let members = |g: &Value| -> Vec<usize> {
        g["claims"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|c| c["claim"].as_u64().map(|x| x as usize))
            .collect()
    };
    let best = groups
        .iter()
        .map(|g| {
            let m: BTreeSet<usize> = members(g).into_iter().collect();
            (m.intersection(&found).count(), *g)
        })
        .fold(None::<(usize, &Value)>, |acc, (n, g)| match acc {
            Some((b, _)) if b >= n => acc,
            _ => Some((n, g)),
        });
    let (best_n, group) = best.unwrap_or((0, &Value::Null));
    let ids = members(group);
    Scores {
        recall: found_n as f64 / must.len().max(1) as f64,
        share: best_n as f64 / found.len().max(1) as f64,
        purity: ids.iter().filter(|i| toll_ok.contains(i)).count() as f64 / ids.len().max(1) as f64,
        likely_update: group["likely_update"].as_bool() == Some(true) && update
            || group["likely_update"].as_bool() == Some(false) && !update,
    }
}

#[test]
fn death_tolls_of_real_coverage_are_found_tracked_and_told_apart() {
    assert!(
        set_dir().join("articles.jsonl").is_file(),
        "the same-event development set must be at {}",
        set_dir().display()
    );
    let scratch = std::env::temp_dir().join(format!("parallax-same-event-{}", std::process::id()));
    let mut failures = Vec::new();
    for format in ["txt", "html"] {
        for cluster in CLUSTERS {
            let a = analyse(cluster, format, &scratch);
            let s = score(cluster, &a);
            println!(
                "{cluster:8} {format:4} claim recall {:.3}  largest group share {:.3}  purity {:.3}  likely_update right: {}",
                s.recall, s.share, s.purity, s.likely_update
            );
            if s.recall < 0.90 {
                failures.push(format!(
                    "{cluster} {format}: claim recall {:.3} < 0.90",
                    s.recall
                ));
            }
            if s.share < 0.80 {
                failures.push(format!(
                    "{cluster} {format}: largest group share {:.3} < 0.80",
                    s.share
                ));
            }
            if s.purity < 0.90 {
                failures.push(format!("{cluster} {format}: purity {:.3} < 0.90", s.purity));
            }
            if !s.likely_update {
                failures.push(format!(
                    "{cluster} {format}: likely_update does not match the story"
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The timeline of real coverage: in the Maui set the fire's outbreak on 8 August
/// 2023 is one event point reported by several outlets, the story's main event,
/// stated by a sentence that names the fire.
#[test]
fn the_maui_fire_outbreak_is_one_timeline_point_with_several_outlets() {
    assert!(
        set_dir().join("articles.jsonl").is_file(),
        "the same-event development set must be at {}",
        set_dir().display()
    );
    let scratch = std::env::temp_dir().join(format!("parallax-timeline-{}", std::process::id()));
    let a = analyse("maui", "txt", &scratch);
    let _ = std::fs::remove_dir_all(&scratch);
    let points = a["timeline"].as_array().cloned().unwrap_or_default();
    let outbreak: Vec<&Value> = points
        .iter()
        .filter(|p| p["label"].as_str() == Some("2023-08-08"))
        .collect();
    let docs = |p: &Value| p["docs"].as_array().map_or(0, Vec::len);
    let biggest = outbreak.iter().map(|p| docs(p)).max().unwrap_or(0);
    assert!(
        biggest >= 3,
        "8 Aug 2023 is reported by ≥ 3 outlets in one point: {outbreak:#?}"
    );
    // The other points of that day are other happenings, each smaller.
    let big: Vec<&&Value> = outbreak.iter().filter(|p| docs(p) >= 3).collect();
    assert_eq!(big.len(), 1, "one point for the outbreak: {big:#?}");
    let p = big[0];
    assert_eq!(p["main"].as_bool(), Some(true), "{p:#?}");
    let what = p["what"].as_str().unwrap_or_default().to_lowercase();
    assert!(what.contains("fire") || what.contains("blaze"), "{what}");
}
