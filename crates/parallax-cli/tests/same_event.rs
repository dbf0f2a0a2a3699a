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
//! - the group's `likely_update` equals the story's kind (update or contradiction);
//! - names: alias groups whose found forms all land on one entity (`alias_merge`,
//!   ≥ 0.90 in every cluster), and people, organisations and places found with
//!   their type in the articles gold says name them (doc-level recall, floors).
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

/// The scorer's form of a name: case folded, spaces collapsed, "the " and a
/// possessive dropped.
fn norm(t: &str) -> String {
    let t = t
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let t = t.strip_prefix("the ").unwrap_or(&t);
    let t = t
        .strip_suffix("'s")
        .or_else(|| t.strip_suffix("’s"))
        .unwrap_or(t);
    t.to_string()
}

struct Names {
    alias_merge: f64,
    people: f64,
    orgs: f64,
    places: f64,
    split: Vec<String>,
    wrongly_merged: Vec<String>,
}

/// Names scored as `score.py` does.
fn score_names(cluster: &str, a: &Value) -> Names {
    let path = set_dir().join("gold.json");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the same-event set must be at {}: {e}", path.display()));
    let all: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("gold.json: {e}"));
    let g = &all["clusters"][cluster];
    let docs = a["documents"].as_array().cloned().unwrap_or_default();
    let entities = a["entities"].as_array().cloned().unwrap_or_default();
    let doc_of: HashMap<String, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let id = d["id"].as_str().unwrap_or_default();
            let stem = id.rsplit_once('.').map_or(id, |(s, _)| s);
            (stem.to_string(), i)
        })
        .collect();
    // (doc, form) → {(label, entity id)}
    let mut surface: HashMap<(usize, String), BTreeSet<(String, String)>> = HashMap::new();
    for (d, doc) in docs.iter().enumerate() {
        for m in doc["mentions"].as_array().into_iter().flatten() {
            let label = m["label"].as_str().unwrap_or_default().to_string();
            let id = m["entity"]
                .as_u64()
                .and_then(|e| entities.get(e as usize))
                .and_then(|e| e["id"].as_str())
                .unwrap_or_default()
                .to_string();
            surface
                .entry((d, norm(m["text"].as_str().unwrap_or_default())))
                .or_default()
                .insert((label, id));
        }
    }
    let strings = |v: &Value| -> Vec<String> {
        v.as_array()
            .into_iter()
            .flatten()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect()
    };
    let groups: Vec<Vec<String>> = g["aliases"]
        .as_array()
        .into_iter()
        .flatten()
        .map(strings)
        .collect();
    let (mut merged, mut total, mut split) = (0, 0, Vec::new());
    for grp in &groups {
        let mut ids = BTreeSet::new();
        for d in 0..docs.len() {
            for f in grp {
                for (l, e) in surface.get(&(d, norm(f))).into_iter().flatten() {
                    if l != "DATE" {
                        ids.insert(e.clone());
                    }
                }
            }
        }
        if ids.is_empty() {
            continue;
        }
        total += 1;
        if ids.len() == 1 {
            merged += 1;
        } else {
            split.push(format!("{grp:?} → {ids:?}"));
        }
    }
    let alias_of = |name: &str| -> Vec<String> {
        groups
            .iter()
            .find(|grp| grp.iter().any(|f| norm(f) == norm(name)))
            .map_or_else(
                || vec![norm(name)],
                |grp| grp.iter().map(|f| norm(f)).collect(),
            )
    };
    let recall = |key: &str, label: &str| -> f64 {
        let (mut hit, mut tot) = (0, 0);
        for name in strings(&g[key]) {
            for gid in strings(&g["entity_articles"][name.as_str()]) {
                tot += 1;
                let Some(&d) = doc_of.get(&gid) else { continue };
                let found = alias_of(&name).iter().any(|f| {
                    surface
                        .get(&(d, f.clone()))
                        .is_some_and(|s| s.iter().any(|(l, _)| l == label))
                });
                hit += usize::from(found);
            }
        }
        hit as f64 / tot.max(1) as f64
    };
    // Gold's people, bodies and places are different things: none may share an entity.
    let mut owner: HashMap<String, String> = HashMap::new();
    let mut wrongly_merged = Vec::new();
    for key in ["people", "orgs", "places"] {
        for name in strings(&g[key]) {
            for d in 0..docs.len() {
                for f in alias_of(&name) {
                    for (l, e) in surface.get(&(d, f)).into_iter().flatten() {
                        if l == "DATE" {
                            continue;
                        }
                        match owner.get(e) {
                            Some(o) if *o != name => {
                                wrongly_merged.push(format!("{o} and {name} are one entity {e}"))
                            }
                            _ => {
                                owner.insert(e.clone(), name.clone());
                            }
                        }
                    }
                }
            }
        }
    }
    wrongly_merged.sort();
    wrongly_merged.dedup();
    Names {
        wrongly_merged,
        alias_merge: f64::from(merged) / f64::from(total.max(1)),
        people: recall("people", "PERSON"),
        orgs: recall("orgs", "ORG"),
        places: recall("places", "LOC"),
        split,
    }
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
fn death_tolls_and_names_of_real_coverage_are_found_tracked_and_resolved() {
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
            let n = score_names(cluster, &a);
            println!(
                "{cluster:8} {format:4} alias merge {:.3}  people {:.3}  orgs {:.3}  places {:.3}",
                n.alias_merge, n.people, n.orgs, n.places
            );
            if n.alias_merge < 0.90 {
                failures.push(format!(
                    "{cluster} {format}: alias merge {:.3} < 0.90; split: {}",
                    n.alias_merge,
                    n.split.join("; ")
                ));
            }
            if !n.wrongly_merged.is_empty() {
                failures.push(format!(
                    "{cluster} {format}: different things merged: {}",
                    n.wrongly_merged.join("; ")
                ));
            }
            // The names issue's bars: people and places 0.95, organisations 0.90.
            for (what, got, floor) in [
                ("people", n.people, 0.95),
                ("orgs", n.orgs, 0.90),
                ("places", n.places, 0.95),
            ] {
                if got < floor {
                    failures.push(format!(
                        "{cluster} {format}: {what} recall {got:.3} < {floor}"
                    ));
                }
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
