//! Grouping claims across aligned articles into agreements and discrepancies.

use super::super::similarity::{TfIdf, UnionFind};
use super::super::{Aligned, CalendarValue, Claim, ClaimGroup, GroupClaim, View};
use super::Interval;
use std::collections::{BTreeMap, HashMap};

/// Whether two claims (from different articles) are about the same event.
fn same_event(x: &Claim, y: &Claim, tf: &TfIdf, n_docs: usize) -> bool {
    let shared =
        |a: &[String], b: &[String]| a.iter().filter(|p| b.binary_search(p).is_ok()).count();
    let places = shared(&x.event.places, &y.event.places);
    if !x.event.places.is_empty() && !y.event.places.is_empty() && places == 0 {
        return false;
    }
    if !x.event.years.is_empty()
        && !y.event.years.is_empty()
        && shared_i32(&x.event.years, &y.event.years) == 0
    {
        return false;
    }
    let ents = shared(&x.event.entities, &y.event.entities);
    // Salient shared words: in sets of four or more, not found in every article.
    let floor = if n_docs >= 4 { 1.0 + 1e-6 } else { 0.0 };
    let words = x
        .event
        .keywords
        .iter()
        .filter(|k| y.event.keywords.binary_search(k).is_ok())
        .filter(|k| tf.idf(k).unwrap_or(1.0) > floor)
        .count();
    if places > 0 {
        ents + words >= 1
    } else {
        ents + words >= 3 && ents >= 1
    }
}

fn shared_i32(a: &[i32], b: &[i32]) -> usize {
    a.iter().filter(|x| b.binary_search(x).is_ok()).count()
}

/// The places and names of a claim's event: two claims [`same_event`] accepts
/// share at least one.
fn keys(c: &Claim) -> impl Iterator<Item = &str> {
    c.event
        .places
        .iter()
        .chain(&c.event.entities)
        .map(String::as_str)
}

/// At most this many claims of the other article are read per place or name,
/// and at most [`MAX_PAIRS`] compared per claim: two articles each listing
/// thousands of figures about one place cost bounded work per figure (a news
/// article stays far below both).
const PER_KEY: usize = 64;
const MAX_PAIRS: usize = 512;

/// Group claims across aligned articles and split the groups into discrepancies
/// and agreements.
pub(crate) fn group(
    view: &View,
    claims: &[Claim],
    aligned: &Aligned,
    tf: &TfIdf,
    in_track: &[bool],
) -> (Vec<ClaimGroup>, Vec<ClaimGroup>) {
    // Alignable claims by document and measure, leaving out those a track holds.
    let mut by_doc: Vec<BTreeMap<&str, Vec<usize>>> = vec![BTreeMap::new(); view.n];
    for (i, c) in claims.iter().enumerate() {
        if c.alignable && c.doc < view.n && !in_track.get(i).copied().unwrap_or(false) {
            by_doc[c.doc].entry(c.measure.as_str()).or_default().push(i);
        }
    }
    let mut uf = UnionFind::new(claims.len());
    for a in 0..view.n {
        for &b in aligned.of(a) {
            if b <= a {
                continue;
            }
            for (measure, xs) in &by_doc[a] {
                let Some(ys) = by_doc[b].get(measure) else {
                    continue;
                };
                // Claims about one event share a place or a name: each claim is
                // compared only with the other article's claims that share one.
                let mut by_key: HashMap<&str, Vec<usize>> = HashMap::new();
                for &y in ys {
                    for key in keys(&claims[y]) {
                        by_key.entry(key).or_default().push(y);
                    }
                }
                let mut others: Vec<usize> = Vec::new();
                for &x in xs {
                    others.clear();
                    for key in keys(&claims[x]) {
                        if let Some(list) = by_key.get(key) {
                            others.extend(list.iter().take(PER_KEY));
                        }
                    }
                    others.sort_unstable();
                    others.dedup();
                    for &y in others.iter().take(MAX_PAIRS) {
                        if claims[x].story == claims[y].story
                            && same_event(&claims[x], &claims[y], tf, view.n)
                        {
                            uf.union(x, y);
                        }
                    }
                }
            }
        }
    }
    let (mut disc, mut agree) = (Vec::new(), Vec::new());
    for members in uf.groups(2) {
        let mut docs: Vec<usize> = members.iter().map(|&i| claims[i].doc).collect();
        docs.sort_unstable();
        docs.dedup();
        if docs.len() < 2 || !self_consistent(claims, &members) {
            continue;
        }
        let g = claim_group(view, claims, &members);
        let common = members.iter().try_fold(
            Interval {
                low: None,
                high: None,
            },
            |acc, &i| {
                acc.intersect(&Interval {
                    low: claims[i].low,
                    high: claims[i].high,
                })
            },
        );
        if common.is_some() {
            agree.push(g);
        } else {
            disc.push(g);
        }
    }
    (disc, agree)
}

/// Whether each article's own claims in a group agree with each other. An
/// article giving several disjoint figures ("lead of five points", later "four
/// points") is counting different things, so the group is not one fact.
/// Intervals on a line that overlap pairwise have a common part, so each
/// article's intervals are intersected in one pass.
fn self_consistent(claims: &[Claim], members: &[usize]) -> bool {
    let mut common: HashMap<usize, Interval> = HashMap::new();
    members.iter().all(|&i| {
        let Some(c) = claims.get(i) else { return true };
        let own = Interval {
            low: c.low,
            high: c.high,
        };
        let next = match common.get(&c.doc) {
            Some(acc) => acc.intersect(&own),
            None => Some(own),
        };
        next.map(|n| common.insert(c.doc, n)).is_some()
    })
}

/// The claims of a group or track as listed: ordered by publication date where
/// known (undated last), then by document and position.
pub(super) fn listed(view: &View, claims: &[Claim], members: &[usize]) -> Vec<GroupClaim> {
    let published = |d: usize| view.publication.get(d).copied().flatten();
    let mut list: Vec<GroupClaim> = members
        .iter()
        .filter_map(|&i| {
            let c = claims.get(i)?;
            Some(GroupClaim {
                doc: c.doc,
                text: c.text.clone(),
                low: c.low,
                high: c.high,
                start: c.start,
                end: c.end,
                claim: i,
                published: published(c.doc).map(|v| v.label()),
                status: c.status,
                source: c
                    .source
                    .as_ref()
                    .map(|s| s.name.clone().unwrap_or(s.text.clone())),
                stale: false,
            })
        })
        .collect();
    // Same day: by time of day where stated (an update at 18:00 after one at 09:30).
    let time = |d: usize| view.times.get(d).copied().flatten();
    let key = |g: &GroupClaim| published(g.doc).map(|v| (day_key(&v), time(g.doc)));
    list.sort_by(|a, b| match (key(a), key(b)) {
        (Some(x), Some(y)) => x.cmp(&y).then((a.doc, a.start).cmp(&(b.doc, b.start))),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => (a.doc, a.start).cmp(&(b.doc, b.start)),
    });
    list
}

/// A calendar value as an ordering key (year, month, day; 0 when not stated).
pub(super) fn day_key(v: &CalendarValue) -> (i32, u8, u8) {
    (v.year, v.month.unwrap_or(0), v.day.unwrap_or(0))
}

fn claim_group(view: &View, claims: &[Claim], members: &[usize]) -> ClaimGroup {
    let published = |d: usize| view.publication.get(d).copied().flatten();
    let list = listed(view, claims, members);
    let key = |g: &GroupClaim| published(g.doc).map(|v| day_key(&v));
    let dated = list.iter().all(|g| key(g).is_some());
    // A likely update: dated, more than one date, and every later figure at least
    // every earlier one (by lower bound), rising at least once.
    let mut likely_update = false;
    if dated {
        let points: Vec<((i32, u8, u8), f64)> = list
            .iter()
            .filter_map(|g| Some((key(g)?, g.low.or(g.high)?)))
            .collect();
        let distinct_dates = points.windows(2).filter(|w| w[0].0 != w[1].0).count();
        // Every figure at least the highest of every earlier date (the list is
        // in date order): one pass keeping the highest before the current date.
        let mut highest_before = f64::NEG_INFINITY;
        let mut highest_of_date = (None, f64::NEG_INFINITY);
        let never_falls = points.iter().all(|&(date, v)| {
            if highest_of_date.0 != Some(date) {
                highest_before = highest_before.max(highest_of_date.1);
                highest_of_date = (Some(date), f64::NEG_INFINITY);
            }
            highest_of_date.1 = highest_of_date.1.max(v);
            v >= highest_before
        });
        let rises = points
            .windows(2)
            .any(|w| w[0].0 < w[1].0 && w[1].1 > w[0].1);
        likely_update = distinct_dates > 0 && never_falls && rises;
    }
    let first = &claims[members[0]];
    let mut shared: Vec<String> = first
        .event
        .places
        .iter()
        .chain(&first.event.entities)
        .filter(|id| {
            members[1..].iter().all(|&i| {
                claims[i].event.places.contains(id) || claims[i].event.entities.contains(id)
            })
        })
        .cloned()
        .collect();
    shared.dedup();
    let names: Vec<String> = shared.iter().map(|id| view.name_of(id)).collect();
    let words: Vec<&String> = first
        .event
        .keywords
        .iter()
        .filter(|k| {
            members[1..]
                .iter()
                .any(|&i| claims[i].event.keywords.binary_search(k).is_ok())
        })
        .take(4)
        .collect();
    let mut event: Vec<String> = names;
    event.extend(words.into_iter().cloned());
    ClaimGroup {
        measure: first.measure.clone(),
        event: if event.is_empty() {
            first.event.description.clone()
        } else {
            event.join(", ")
        },
        entities: shared,
        claims: list,
        dated,
        likely_update,
        story: first.story,
        track: None,
    }
}
