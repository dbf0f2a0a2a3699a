//! Figure tracks: within each story, the claims about its main event, one track per
//! measure (people killed, injured, missing …), ordered by publication date.
//!
//! A story's claims of one measure are split by event first: claims naming no
//! common place (a past attack in another country) or only other years than the
//! story's own ("the 2018 fire") are other events, kept out of the track and left
//! to the ordinary grouping. The event named by most articles is the main one;
//! claims that name no place join it.
//!
//! The track then says what its figures do over time, from each article's own
//! figures (status `reported`):
//! - `conflicting` when articles themselves set one source's figure against
//!   another's that cannot both be true, in at least two articles and a fifth of
//!   the track's (the later, contrasted figure gets status `other_source`);
//! - otherwise, taking each day's highest figure, `revised` when a day brings a
//!   new, lower figure, `rising` when figures only grow, `stable` when they never
//!   change.
//!
//! A report is stale when its article was published after a different figure,
//! first reported later than its own, was already out.

use super::super::dates::date_words;
use super::super::text::term;
use super::super::{Claim, ClaimGroup, ClaimStatus, GroupClaim, Story, Track, TrackKind, View};
use super::group::{day_key, listed};
use super::Interval;
use crate::mention::Hedge;
use std::collections::BTreeMap;

/// Measures a track follows, with how a reader names them.
const MEASURES: &[(&str, &str)] = &[
    ("people killed", "Death toll"),
    ("people injured", "Injured"),
    ("people missing", "Missing"),
    ("people arrested", "Arrested"),
    ("people displaced", "Displaced"),
    ("people rescued", "Rescued"),
    ("people kidnapped", "Kidnapped"),
];

/// A day, as an ordering key.
type Day = (i32, u8, u8);

fn interval(c: &GroupClaim) -> Interval {
    Interval {
        low: c.low,
        high: c.high,
    }
}

/// Mark other-event claims, build the tracks, and return them with the groups
/// that stand for them in `discrepancies`/`agreements` and the claims left for
/// the ordinary grouping.
pub(crate) fn tracks(
    view: &View,
    claims: &mut [Claim],
    stories: &mut [Story],
) -> (Vec<Track>, Vec<ClaimGroup>, Vec<bool>) {
    let mut in_track = vec![false; claims.len()];
    let mut tracks = Vec::new();
    let mut groups = Vec::new();
    // Claims by (story, measure).
    let mut by: BTreeMap<(usize, &'static str), Vec<usize>> = BTreeMap::new();
    for (i, c) in claims.iter().enumerate() {
        // "Hundreds", "dozens": not a figure to follow.
        if c.hedge == Hedge::Vague {
            continue;
        }
        if let Some((m, _)) = MEASURES.iter().find(|(m, _)| *m == c.measure) {
            by.entry((c.story, m)).or_default().push(i);
        }
    }
    for ((s, measure), members) in by {
        let Some(story) = stories.get(s) else {
            continue;
        };
        let years: Vec<i32> = story
            .docs
            .iter()
            .filter_map(|&d| view.publication.get(d).copied().flatten())
            .map(|v| v.year)
            .collect();
        let main = main_event(view, claims, &members, &years, story);
        for &i in &members {
            if !main.contains(&i) {
                claims[i].other_event = true;
            }
        }
        let mut docs: Vec<usize> = main.iter().map(|&i| claims[i].doc).collect();
        docs.sort_unstable();
        docs.dedup();
        if docs.len() < 2 {
            continue;
        }
        let label = MEASURES
            .iter()
            .find(|(m, _)| *m == measure)
            .map_or(measure, |(_, l)| l);
        let t = track(view, claims, &main, s, measure, label);
        for &i in &main {
            in_track[i] = true;
        }
        // The claims' statuses as the track settled them.
        for c in &t.claims {
            if let Some(x) = claims.get_mut(c.claim) {
                x.status = c.status;
            }
        }
        let index = tracks.len();
        groups.push(group_of(&t, index));
        tracks.push(t);
    }
    // Each story lists its tracks, most claims first, and is summed up by the first.
    for (i, t) in tracks.iter().enumerate() {
        if let Some(s) = stories.get_mut(t.story) {
            s.tracks.push(i);
        }
    }
    for s in stories.iter_mut() {
        s.tracks
            .sort_by_key(|&i| (tracks.get(i).map_or(0, |t| usize::MAX - t.claims.len()), i));
        s.summary = s
            .tracks
            .first()
            .and_then(|&i| tracks.get(i))
            .map(|t| t.summary.clone())
            .unwrap_or_default();
    }
    (tracks, groups, in_track)
}

/// The claims about the story's main event. Left out: claims dated only to other
/// years than the story's ("the 2018 fire"), and claims that name only places in
/// other countries than the story's main one (the country its claims name in most
/// articles). Claims naming no place, or places of unknown country, stay.
fn main_event(
    view: &View,
    claims: &[Claim],
    members: &[usize],
    years: &[i32],
    story: &Story,
) -> Vec<usize> {
    let story_docs = &story.docs;
    // A sentence naming the story's own event ("the earthquake's toll") is about it
    // whatever the sentence before it named.
    let names_event = |c: &Claim| {
        let Some(event) = &story.event else {
            return false;
        };
        let text = view
            .analysis
            .documents
            .get(c.doc)
            .map_or("", |d| c.sentence.slice(&d.text));
        let event = term(event);
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| term(w).is_some() && term(w) == event)
    };
    let other_year = |c: &Claim| {
        !years.is_empty()
            && !c.event.years.is_empty()
            && c.event.years.iter().all(|y| !years.contains(y))
    };
    let countries = |c: &Claim| -> Vec<&str> {
        if c.places_from_before && names_event(c) {
            return Vec::new();
        }
        let mut out: Vec<&str> = c
            .event
            .places
            .iter()
            .filter_map(|p| view.ids.get(p.as_str()))
            .filter_map(|&e| view.analysis.entities.get(e))
            .filter_map(|e| e.geo.as_ref())
            .map(|g| g.country.as_str())
            .filter(|c| !c.is_empty())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    };
    // Articles naming each country in these claims.
    let mut docs_of: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in members {
        for c in countries(&claims[i]) {
            docs_of.entry(c).or_default().push(claims[i].doc);
        }
    }
    let counts: Vec<(usize, &str)> = docs_of
        .iter_mut()
        .map(|(c, d)| {
            d.sort_unstable();
            d.dedup();
            (d.len(), *c)
        })
        .collect();
    // Ties go to the country the story's articles name most, anywhere in them.
    let named_in = |code: &str| {
        view.analysis
            .entities
            .iter()
            .filter(|e| e.geo.as_ref().is_some_and(|g| g.country == code))
            .flat_map(|e| e.docs.iter())
            .filter(|d| story_docs.binary_search(d).is_ok())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    let tied = counts.first().map_or(0, |c| c.0);
    let mut counts: Vec<(usize, usize, &str)> = counts
        .into_iter()
        .map(|(n, c)| (n, if n == tied { named_in(c) } else { 0 }, c))
        .collect();
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    let counts: Vec<(usize, &str)> = counts.into_iter().map(|(n, _, c)| (n, c)).collect();
    // The main country, and those its claims name with it ("Gaza" and "Israel").
    let mut main: Vec<&str> = counts.first().map(|c| c.1).into_iter().collect();
    for &i in members {
        let cs = countries(&claims[i]);
        if cs.iter().any(|c| main.first() == Some(c)) {
            for c in cs {
                if !main.contains(&c) {
                    main.push(c);
                }
            }
        }
    }
    members
        .iter()
        .copied()
        .filter(|&i| {
            let c = &claims[i];
            let cs = countries(c);
            !c.other_event
                && !other_year(c)
                && (cs.is_empty() || cs.iter().any(|x| main.contains(x)))
        })
        .collect()
}

fn track(
    view: &View,
    claims: &[Claim],
    members: &[usize],
    story: usize,
    measure: &str,
    label: &str,
) -> Track {
    let published = |d: usize| view.publication.get(d).copied().flatten();
    let mut list = listed(view, claims, members);
    let key = |g: &GroupClaim| published(g.doc).map(|v| day_key(&v));
    let contrasted = mark_other_sources(&mut list);
    let docs = {
        let mut d: Vec<usize> = list.iter().map(|c| c.doc).collect();
        d.dedup();
        d.sort_unstable();
        d.dedup();
        d.len()
    };
    let reported = |c: &GroupClaim| c.status == ClaimStatus::Reported;
    // Each day's highest reported figure, in day order: a toll updated during the
    // day ends the day at its highest.
    let mut by_day: BTreeMap<Day, Vec<f64>> = BTreeMap::new();
    for c in list.iter().filter(|c| reported(c)) {
        if let (Some(k), Some(v)) = (key(c), c.point()) {
            by_day.entry(k).or_default().push(v);
        }
    }
    let days: BTreeMap<Day, f64> = by_day
        .into_iter()
        .filter_map(|(k, mut v)| {
            v.sort_by(f64::total_cmp);
            v.last().map(|m| (k, *m))
        })
        .collect();
    // When each figure was first reported.
    let mut first_day: BTreeMap<u64, Day> = BTreeMap::new();
    for c in list.iter().filter(|c| reported(c)) {
        if let (Some(k), Some(v)) = (key(c), c.point()) {
            first_day.entry(v.to_bits()).or_insert(k);
        }
    }
    let first_of = |v: f64| first_day.get(&v.to_bits()).copied();
    // The same, by day: each figure at the day it first appeared.
    let mut by_first: Vec<(Day, f64)> = first_day
        .iter()
        .map(|(&v, &k)| (k, f64::from_bits(v)))
        .collect();
    by_first.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let conflicting = contrasted >= 2 && contrasted * 10 >= docs;
    let mut rises = false;
    let mut revised = false; // a day brought a new, lower figure
                             // The figure's course: each day that moved it (a lower figure counts only when
                             // new; an old one repeated is a stale report, not a revision).
    let mut course: Vec<(Day, f64)> = Vec::new();
    for (&k, &v) in &days {
        match course.last() {
            None => course.push((k, v)),
            Some(&(_, p)) if v > p => {
                rises = true;
                course.push((k, v));
            }
            Some(&(_, p)) if v < p && first_of(v) == Some(k) => {
                revised = true;
                course.push((k, v));
            }
            _ => {}
        }
    }
    // An article that says its figure came down from a higher one ("revised down
    // from 288 to 275") tells of a revision even when no day's figure fell.
    let mut lowest_reported: BTreeMap<usize, f64> = BTreeMap::new();
    for c in list.iter().filter(|c| reported(c)) {
        if let Some(v) = c.point() {
            let e = lowest_reported.entry(c.doc).or_insert(v);
            *e = e.min(v);
        }
    }
    let said_down = list.iter().any(|e| {
        e.status == ClaimStatus::Earlier
            && e.point()
                .zip(lowest_reported.get(&e.doc))
                .is_some_and(|(e, r)| *r < e)
    });
    let revised = revised || said_down;
    // Stable only when every report can be true at once; reports that differ with
    // no date to order them are sources that disagree.
    let agree = list
        .iter()
        .filter(|c| reported(c))
        .map(interval)
        .try_fold(
            Interval {
                low: None,
                high: None,
            },
            |a, i| a.intersect(&i),
        )
        .is_some();
    let kind = if conflicting {
        TrackKind::Conflicting
    } else if revised {
        TrackKind::Revised
    } else if rises {
        TrackKind::Rising
    } else if agree {
        TrackKind::Stable
    } else {
        TrackKind::Conflicting
    };
    // Stale reports: a figure given after a newer, different one was out.
    let mut stale = Vec::new();
    if kind != TrackKind::Conflicting {
        for (ci, c) in list.iter_mut().enumerate() {
            let (Some(k), Some(v)) = (key(c), c.point()) else {
                continue;
            };
            if !reported(c) {
                continue;
            }
            let Some(mine) = first_of(v) else { continue };
            // Figures that first appeared after this one and before this article.
            let from = by_first.partition_point(|x| x.0 <= mine);
            let to = by_first.partition_point(|x| x.0 < k);
            let newer_out = by_first.get(from..to).unwrap_or(&[]).iter().any(|&(_, g)| {
                !interval(c).overlaps(&Interval {
                    low: Some(g),
                    high: Some(g),
                })
            });
            if newer_out {
                c.stale = true;
                stale.push(ci);
            }
        }
    }
    // The latest figure: the highest non-stale reported figure of the last day
    // that has one.
    let last_day = list
        .iter()
        .filter(|c| reported(c) && !c.stale)
        .filter_map(key)
        .max();
    let latest = list
        .iter()
        .enumerate()
        .filter(|(_, c)| reported(c) && !c.stale && key(c) == last_day && last_day.is_some())
        .max_by(|a, b| {
            a.1.point()
                .unwrap_or(0.0)
                .total_cmp(&b.1.point().unwrap_or(0.0))
                .then(b.0.cmp(&a.0))
        })
        .map(|(i, _)| i);
    let summary = summary(label, kind, &list, &days, &course, &stale);
    Track {
        story,
        measure: measure.to_string(),
        label: label.to_string(),
        kind,
        likely_update: matches!(kind, TrackKind::Rising | TrackKind::Revised),
        claims: list,
        latest,
        stale,
        summary,
    }
}

/// Within each article, a reported figure whose source differs from the one of
/// the article's first figure and that cannot be true with it is the other
/// source's. Returns the number of articles that set sources against each other.
fn mark_other_sources(list: &mut [GroupClaim]) -> usize {
    let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for (i, c) in list.iter().enumerate() {
        if c.status == ClaimStatus::Reported {
            by_doc.entry(c.doc).or_default().push(i);
        }
    }
    let mut contrasted = 0;
    for idx in by_doc.values_mut() {
        idx.sort_by_key(|&i| list[i].start);
        let Some(&first) = idx.first() else { continue };
        let mut any = false;
        for &i in &idx[1..] {
            let differ = match (&list[i].source, &list[first].source) {
                (Some(a), Some(b)) => !same_source(a, b),
                _ => false,
            };
            if differ && far_apart(&interval(&list[i]), &interval(&list[first])) {
                list[i].status = ClaimStatus::OtherSource;
                any = true;
            }
        }
        if any {
            contrasted += 1;
        }
    }
    contrasted
}

/// Whether two sources are one: equal, or one names the other's head word
/// ("ministry" and "Interior Ministry").
fn same_source(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let head = |s: &str| s.split_whitespace().last().map(str::to_string);
    a == b || head(&a) == head(&b) || a.contains(&b) || b.contains(&a)
}

/// Whether two figures cannot both be true and differ by more than a correction
/// would: the higher's lower bound at least 1.3 times the lower's upper bound.
fn far_apart(x: &Interval, y: &Interval) -> bool {
    if x.overlaps(y) {
        return false;
    }
    let (lo_x, hi_x) = (x.low.unwrap_or(0.0), x.high.unwrap_or(f64::INFINITY));
    let (lo_y, hi_y) = (y.low.unwrap_or(0.0), y.high.unwrap_or(f64::INFINITY));
    let (low_top, high_of_lower) = if lo_x >= hi_y {
        (lo_x, hi_y)
    } else {
        (lo_y, hi_x)
    };
    high_of_lower > 0.0 && low_top >= 1.3 * high_of_lower
}

/// "N", "about N", "at least N", "up to N", "N–M".
fn figure(c: &GroupClaim) -> String {
    interval(c).text()
}

/// "9 Aug 2023", "Aug 2023", "2023".
fn day_text((y, m, d): Day) -> String {
    date_words(
        y,
        Some(m).filter(|m| *m > 0),
        Some(d).filter(|d| *d > 0 && m > 0),
    )
}

/// The track in a sentence: first report, peak, revision, latest, stale reports.
fn summary(
    label: &str,
    kind: TrackKind,
    list: &[GroupClaim],
    days: &BTreeMap<Day, f64>,
    course: &[(Day, f64)],
    stale: &[usize],
) -> String {
    let reported: Vec<&GroupClaim> = list
        .iter()
        .filter(|c| c.status == ClaimStatus::Reported)
        .collect();
    let outlets = |n: usize| {
        if n == 1 {
            "1 article".to_string()
        } else {
            format!("{n} articles")
        }
    };
    let at = |v: f64| {
        reported
            .iter()
            .find(|c| c.point() == Some(v))
            .map_or(v.to_string(), |c| figure(c))
    };
    let mut s = format!("{label}: ");
    match kind {
        TrackKind::Conflicting => {
            let lo = list
                .iter()
                .filter(|c| matches!(c.status, ClaimStatus::Reported | ClaimStatus::OtherSource))
                .min_by(|a, b| {
                    a.high
                        .or(a.low)
                        .unwrap_or(0.0)
                        .total_cmp(&b.high.or(b.low).unwrap_or(0.0))
                });
            let hi = reported.iter().max_by(|a, b| {
                a.point()
                    .unwrap_or(0.0)
                    .total_cmp(&b.point().unwrap_or(0.0))
            });
            let who = |c: &GroupClaim| {
                c.source
                    .as_ref()
                    .map_or(String::new(), |x| format!(" ({x})"))
            };
            match (lo, hi) {
                (Some(a), Some(b)) => s.push_str(&format!(
                    "sources disagree, from {}{} to {}{}",
                    figure(a),
                    who(a),
                    figure(b),
                    who(b)
                )),
                _ => s.push_str("sources disagree"),
            }
            if let (Some((&f, _)), Some((&l, _))) = (days.iter().next(), days.iter().next_back()) {
                if f != l {
                    s.push_str(&format!(" between {} and {}", day_text(f), day_text(l)));
                }
            }
        }
        TrackKind::Stable => {
            let docs = {
                let mut d: Vec<usize> = reported.iter().map(|c| c.doc).collect();
                d.sort_unstable();
                d.dedup();
                d.len()
            };
            s.push_str(&format!(
                "{}, the same in all {} that give it",
                reported.first().map_or("?".into(), |c| figure(c)),
                outlets(docs)
            ));
            if let Some((&k0, _)) = days.iter().next() {
                s.push_str(&format!(" (first on {})", day_text(k0)));
            }
        }
        _ => {
            let Some(&(k0, v0)) = course.first() else {
                let n = reported.len();
                s.push_str(&format!(
                    "{} in {}",
                    reported.first().map_or("?".into(), |c| figure(c)),
                    outlets(n)
                ));
                return s;
            };
            // The first report is the lowest figure of the first day that two
            // articles give (a toll updated during that day ends it higher; one
            // article's village count is not the first report).
            let first_label = match k0 {
                (y, 0, _) => format!("{y:04}"),
                (y, m, 0) => format!("{y:04}-{m:02}"),
                (y, m, d) => format!("{y:04}-{m:02}-{d:02}"),
            };
            let that_day: Vec<&GroupClaim> = reported
                .iter()
                .copied()
                .filter(|c| c.published.as_deref() == Some(first_label.as_str()))
                .collect();
            let shared = |c: &GroupClaim| {
                that_day
                    .iter()
                    .any(|o| o.doc != c.doc && o.point() == c.point())
            };
            let first = that_day
                .iter()
                .filter(|c| shared(c))
                .filter_map(|c| c.point().map(|v| (v, *c)))
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map_or_else(|| at(v0), |(_, c)| figure(c));
            s.push_str(&format!("{first} on {} (first report)", day_text(k0)));
            // Turning points: the last day of each run up, and each revision down.
            let mut parts: Vec<String> = Vec::new();
            for (i, &(k, v)) in course.iter().enumerate().skip(1) {
                let prev = course[i - 1].1;
                let next = course.get(i + 1).map(|x| x.1);
                if v > prev && next.is_none_or(|n| n < v) {
                    parts.push(format!("rising to {} by {}", at(v), day_text(k)));
                } else if v < prev {
                    parts.push(format!("revised to {} on {}", at(v), day_text(k)));
                }
            }
            if !parts.is_empty() {
                s.push(' ');
                s.push_str(&parts.join(", "));
            }
        }
    }
    if !stale.is_empty() {
        let olds: Vec<String> =
            stale
                .iter()
                .filter_map(|&i| list.get(i))
                .map(figure)
                .fold(Vec::new(), |mut acc, f| {
                    if !acc.contains(&f) {
                        acc.push(f);
                    }
                    acc
                });
        s.push_str(&format!(
            "; {} still gave {} after a newer figure was out",
            outlets(stale.len()),
            olds.join(" or ")
        ));
    }
    s.push('.');
    s
}

/// The track as a claim group, for readers of `discrepancies`/`agreements`.
fn group_of(t: &Track, index: usize) -> ClaimGroup {
    ClaimGroup {
        measure: t.measure.clone(),
        event: t.label.clone(),
        entities: Vec::new(),
        claims: t.claims.clone(),
        dated: t.claims.iter().all(|c| c.published.is_some()),
        likely_update: t.likely_update,
        story: t.story,
        track: Some(index),
    }
}

#[cfg(test)]
mod tests {
    use crate::compare::{ClaimStatus, TrackKind};
    use crate::{analyze, compare, Document};

    /// Articles as (outlet, date, text), written for these tests.
    fn run(articles: &[(&str, &str, &str)]) -> crate::compare::Comparison {
        let docs = articles
            .iter()
            .enumerate()
            .map(|(i, (outlet, date, text))| {
                let headline = format!("Report {i}");
                Document::parse(
                    format!("{i}.txt"),
                    format!("{headline}\n{outlet} | {date}\n\n{text}").as_bytes(),
                )
            })
            .collect();
        compare(&analyze(docs))
    }

    fn toll(cmp: &crate::compare::Comparison) -> &crate::compare::Track {
        let t = cmp.tracks.iter().find(|t| t.measure == "people killed");
        t.unwrap_or_else(|| panic!("no death-toll track: {:#?}", cmp.tracks))
    }

    const FLOOD: &str = "The flood in Porto Alegre, Brazil, swept through the riverside districts";

    #[test]
    fn a_rising_toll_is_an_update_with_its_latest_figure_and_stale_reports() {
        let cmp = run(&[
            ("Daily Post", "2024-05-02", &format!("{FLOOD} on Wednesday and killed 12 people, the civil defence said.")),
            ("River Times", "2024-05-03", &format!("{FLOOD} this week. The death toll has risen to 30, the civil defence said.")),
            ("Evening Star", "2024-05-05", &format!("{FLOOD} this week. The death toll climbed to 45, the civil defence said on Sunday.")),
            ("Weekly Echo", "2024-05-06", &format!("{FLOOD} this week and killed 30 people, the civil defence said.")),
        ]);
        assert_eq!(cmp.stories.len(), 1, "{:#?}", cmp.stories);
        let t = toll(&cmp);
        assert_eq!(t.kind, TrackKind::Rising, "{t:#?}");
        assert!(t.likely_update);
        let latest = t.latest.and_then(|i| t.claims.get(i));
        assert_eq!(latest.and_then(|c| c.low), Some(45.0), "{t:#?}");
        let stale: Vec<usize> = t
            .stale
            .iter()
            .filter_map(|&i| t.claims.get(i))
            .map(|c| c.doc)
            .collect();
        assert_eq!(stale, vec![3], "{t:#?}");
        assert!(
            t.summary
                .starts_with("Death toll: 12 on 2 May 2024 (first report) rising to 45"),
            "{}",
            t.summary
        );
        assert!(t.summary.contains("still gave 30"), "{}", t.summary);
        assert_eq!(cmp.stories[0].summary, t.summary);
    }

    #[test]
    fn a_toll_revised_down_is_revised_not_rising() {
        let cmp = run(&[
            ("Daily Post", "2024-05-02", &format!("{FLOOD} and killed 80 people, the civil defence said.")),
            ("River Times", "2024-05-04", &format!("{FLOOD}. The death toll rose to 115, the civil defence said.")),
            ("Evening Star", "2024-05-09", &format!("{FLOOD}. The death toll was revised down to 97 after some victims were counted twice, the civil defence said.")),
        ]);
        let t = toll(&cmp);
        assert_eq!(t.kind, TrackKind::Revised, "{t:#?}");
        assert!(t.likely_update);
        assert!(t.summary.contains("revised to 97"), "{}", t.summary);
    }

    #[test]
    fn named_sources_far_apart_at_once_are_a_conflict() {
        const BLAST: &str = "The explosion at the Al Noor hospital in Khartoum, Sudan";
        let cmp = run(&[
            ("Daily Post", "2024-05-02", &format!("{BLAST} killed 500 people, according to the health ministry. But the army said 40 people were killed.")),
            ("River Times", "2024-05-02", &format!("{BLAST} killed at least 500 people, the health ministry said.")),
            ("Evening Star", "2024-05-03", &format!("{BLAST} killed 500 people, according to the health ministry, while the army said 40 were killed.")),
            ("Weekly Echo", "2024-05-04", &format!("{BLAST} killed between 100 and 300 people, according to Western intelligence. The health ministry said 500 were killed.")),
        ]);
        let t = toll(&cmp);
        assert_eq!(t.kind, TrackKind::Conflicting, "{t:#?}");
        assert!(!t.likely_update);
        assert!(
            t.claims
                .iter()
                .any(|c| c.status == ClaimStatus::OtherSource),
            "{t:#?}"
        );
        assert!(t.summary.contains("sources disagree"), "{}", t.summary);
    }

    #[test]
    fn figures_of_other_events_stay_out_of_the_track() {
        let cmp = run(&[
            ("Daily Post", "2024-05-02", &format!("{FLOOD} and killed 40 people. A flood in 1941 killed 12 people in the city.")),
            ("River Times", "2024-05-03", &format!("{FLOOD} and killed 44 people. Prior to this week, storms in Manila, Philippines, had killed 300 people.")),
        ]);
        let t = toll(&cmp);
        let figures: Vec<Option<f64>> = t.claims.iter().map(|c| c.low).collect();
        assert_eq!(figures, vec![Some(40.0), Some(44.0)], "{t:#?}");
        let other: Vec<Option<f64>> = cmp
            .claims
            .iter()
            .filter(|c| c.other_event)
            .map(|c| c.low)
            .collect();
        assert!(
            other.contains(&Some(12.0)) && other.contains(&Some(300.0)),
            "{:#?}",
            cmp.claims
        );
    }

    #[test]
    fn a_follow_up_about_last_months_event_stays_in_the_track() {
        let cmp = run(&[
            ("Daily Post", "2024-05-02", &format!("{FLOOD} and killed 40 people, the civil defence said.")),
            ("River Times", "2024-06-10", "Police revised the number of deaths from last month's flood in Porto Alegre, Brazil, to 38, the civil defence said."),
        ]);
        let t = toll(&cmp);
        let figures: Vec<Option<f64>> = t.claims.iter().map(|c| c.low).collect();
        assert_eq!(figures, vec![Some(40.0), Some(38.0)], "{t:#?}");
        assert_eq!(t.kind, TrackKind::Revised);
    }

    #[test]
    fn every_report_agreeing_is_stable() {
        let cmp = run(&[
            (
                "Daily Post",
                "2024-05-02",
                &format!("{FLOOD} and killed 21 people."),
            ),
            (
                "River Times",
                "2024-05-03",
                &format!("{FLOOD}, and 21 people were killed."),
            ),
        ]);
        let t = toll(&cmp);
        assert_eq!(t.kind, TrackKind::Stable, "{t:#?}");
        assert!(!t.likely_update);
        assert_eq!(cmp.agreements.first().and_then(|g| g.track), Some(0));
    }
}
