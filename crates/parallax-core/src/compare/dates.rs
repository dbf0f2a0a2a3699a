//! Dates and the timeline of events.
//!
//! Every DATE mention's calendar value comes from the date rule, which read it
//! once at extraction ([`crate::Extraction::dates`], relative ones against the
//! article's own publication date); nothing here parses a date again.
//!
//! A timeline point is an event: what happened (the shortest sentence or clause
//! that states it, with its actors and places), when, and which articles report
//! it. Dated sentences are joined into one point when their values are compatible
//! and they are about the same happening: the same kind of event ("fire",
//! "attack") with a shared name, place or rare word, or, without an event word,
//! enough shared rare words and names. Candidates come from an index keyed by
//! year and feature, and each sentence is compared with at most `PER_LIST` (24)
//! earlier ones per key, so the work grows with the number of dated sentences,
//! never with their pairs. Each story's main event is marked: the point of its
//! event word that the articles reporting the event date most, then the earliest.

use super::facts::in_mention;
use super::similarity::{TfIdf, UnionFind};
use super::text::{sentence_at, term, token_range};
use super::{DateMention, OtherDate, Statement, Story, TimelinePoint, TimingDisagreement, View};
pub use crate::calendar::{
    civil_from_days, date_words, days_from_civil, publication_value, CalendarValue, Granularity,
};
use crate::{Label, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Every DATE mention with the value the date rule read for it. A DATE mention the
/// rule did not find itself (one a person marked) is read by the same rule.
pub(crate) fn date_mentions(view: &View) -> Vec<DateMention> {
    let mut out = Vec::new();
    for d in 0..view.n {
        let doc = &view.analysis.documents[d];
        let ex = &view.analysis.extractions[d];
        for m in ex.mentions.iter().filter(|m| m.label == Label::Date) {
            let text = m.span.slice(&doc.text);
            if text.is_empty() {
                continue;
            }
            let i = ex.dates.partition_point(|x| x.span.start < m.span.start);
            let (value, relative) = match ex.dates.get(i).filter(|x| x.span == m.span) {
                Some(x) => (x.value, x.relative),
                None => crate::rules::date::read(text, view.publication[d]),
            };
            let sentence =
                sentence_at(&ex.sentences, m.span.start).map_or(m.span, |i| ex.sentences[i]);
            out.push(DateMention {
                doc: d,
                text: text.to_string(),
                start: m.span.start,
                end: m.span.end,
                resolved: value.is_some(),
                value,
                relative,
                sentence,
            });
        }
    }
    out
}

/// Words that name what happened, the heads of a story's name.
pub(crate) const EVENT_WORDS: &[&str] = &[
    "earthquake",
    "quake",
    "wildfire",
    "wildfires",
    "fire",
    "fires",
    "blaze",
    "crash",
    "collision",
    "derailment",
    "accident",
    "explosion",
    "blast",
    "bombing",
    "attack",
    "shooting",
    "stabbing",
    "flood",
    "floods",
    "flooding",
    "storm",
    "hurricane",
    "cyclone",
    "typhoon",
    "tornado",
    "landslide",
    "tsunami",
    "eruption",
    "war",
    "strike",
    "strikes",
    "protest",
    "protests",
    "election",
    "collapse",
    "stampede",
    "outbreak",
    "siege",
    "raid",
    "massacre",
    "hijacking",
    "kidnapping",
    "heatwave",
    "drought",
    "avalanche",
    "sinking",
    "shipwreck",
    "riot",
    "riots",
    "coup",
    "trial",
    "verdict",
    "merger",
    "takeover",
    "budget",
    "summit",
];

/// Event words folded to the kind of event they name. Words are compared after
/// [`term`] (lower case, plural folded).
const KINDS: &[(&str, &[&str])] = &[
    (
        "fire",
        &[
            "fire", "wildfire", "blaze", "flame", "burn", "burned", "burnt", "burning", "inferno",
        ],
    ),
    (
        "earthquake",
        &["earthquake", "quake", "tremor", "aftershock"],
    ),
    (
        "attack",
        &[
            "attack",
            "attacked",
            "attacker",
            "assault",
            "bombing",
            "bomb",
            "bombed",
            "bomber",
            "shooting",
            "gunman",
            "gunmen",
            "massacre",
            "stabbing",
            "raid",
            "airstrike",
            "shelling",
            "terror",
        ],
    ),
    (
        "crash",
        &[
            "crash",
            "crashed",
            "collision",
            "collided",
            "derailment",
            "derailed",
            "accident",
        ],
    ),
    (
        "explosion",
        &["explosion", "exploded", "blast", "detonated"],
    ),
    (
        "flood",
        &["flood", "flooded", "flooding", "landslide", "mudslide"],
    ),
    (
        "storm",
        &["storm", "hurricane", "cyclone", "typhoon", "tornado"],
    ),
    ("eruption", &["eruption", "erupted", "volcano"]),
    ("collapse", &["collapse", "collapsed"]),
    (
        "election",
        &["election", "vote", "voted", "ballot", "referendum"],
    ),
    (
        "protest",
        &[
            "protest",
            "protester",
            "demonstration",
            "demonstrator",
            "riot",
        ],
    ),
    ("invasion", &["invasion", "invaded", "war"]),
];

/// Words standing for an event named in the sentence before ("The incident …").
const ANAPHORS: &[&str] = &["incident", "tragedy", "disaster", "catastrophe"];

/// Verbs that say an event began (as written, lower case): the best statement of
/// when it happened.
const BEGAN: &[&str] = &[
    "struck",
    "hit",
    "broke",
    "erupted",
    "began",
    "started",
    "exploded",
    "collided",
    "derailed",
    "occurred",
    "happened",
    "attacked",
    "swept",
    "ripped",
    "tore",
    "engulfed",
    "sparked",
    "ignited",
    "stormed",
    "invaded",
    "detonated",
    "collapsed",
];

/// Verbs besides [`BEGAN`] that say something happened (as written, lower case). A
/// sentence with one states the event; one without mostly comments on it.
const HAPPENED: &[&str] = &[
    "killed",
    "claimed",
    "destroyed",
    "burned",
    "crashed",
    "died",
    "launched",
    "captured",
    "fell",
    "seized",
    "opened",
    "spread",
    "toppled",
    "razed",
    "evacuated",
    "declared",
    "signed",
    "won",
    "elected",
    "arrested",
    "charged",
    "defeated",
    "raged",
];

/// The kind of event a term names: its family in [`KINDS`], else the term itself
/// when it is one of the stories' event words.
pub(crate) fn kind_of(t: &str) -> Option<&'static str> {
    KINDS
        .iter()
        .find(|(_, words)| words.contains(&t))
        .map(|(k, _)| *k)
        .or_else(|| EVENT_WORDS.iter().find(|w| **w == t).copied())
}

/// A word or name in at most a twentieth of the documents is salient, but never
/// in more than this many: in a large corpus a word in a hundred articles
/// ("growth", "economy") names no one happening.
const RARE_MAX: usize = 10;

/// Each sentence compared with at most this many earlier ones per index key.
const PER_LIST: usize = 24;

/// Weight shared items must reach for two dated sentences without an event word
/// to be the same event.
const SAME_EVENT: f32 = 1.2;

/// What a dated sentence is about.
struct Happening {
    /// Content terms and entity indexes (`@12`).
    items: BTreeSet<String>,
    /// Kinds of event named ([`KINDS`]).
    kinds: Vec<&'static str>,
    /// The strongest verb of what happened: 2 an event began, 1 something happened.
    verb: u8,
    /// Whether the sentence opens on the event it is about, named by a definite
    /// description ("The incident marked …", "The fire spread …"): in a news
    /// article, the story's own event.
    definite: bool,
    /// Entity indexes of places, and of people, organisations and groups.
    places: Vec<usize>,
    actors: Vec<usize>,
}

/// Kinds of event in the tokens of `span`, the strongest verb of what happened
/// there (2 an event began, 1 something happened, 0 none), and whether it opens
/// on a definite event ("The incident", "The blaze").
fn kinds_in(view: &View, d: usize, span: Span) -> (Vec<&'static str>, u8, bool) {
    let doc = &view.analysis.documents[d];
    let ex = &view.analysis.extractions[d];
    let (a, b) = token_range(&ex.tokens, span);
    let mut kinds = Vec::new();
    let (mut verb, mut definite) = (0u8, false);
    for (k, t) in ex.tokens.get(a..b).unwrap_or(&[]).iter().enumerate() {
        let w = t.text(&doc.text);
        let lower = w.to_lowercase();
        let level = if BEGAN.contains(&lower.as_str()) {
            2
        } else {
            u8::from(HAPPENED.contains(&lower.as_str()))
        };
        verb = verb.max(level);
        let kind = term(w).as_deref().and_then(kind_of);
        if k == 1 && (kind.is_some() || ANAPHORS.contains(&lower.as_str())) {
            definite = ex
                .tokens
                .get(a)
                .is_some_and(|t0| matches!(t0.text(&doc.text), "The" | "This"));
        }
        if let Some(k) = kind {
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    (kinds, verb, definite)
}

fn happening(view: &View, dm: &DateMention) -> Happening {
    let doc = &view.analysis.documents[dm.doc];
    let ex = &view.analysis.extractions[dm.doc];
    let mut items = BTreeSet::new();
    let (a, b) = token_range(&ex.tokens, dm.sentence);
    for t in ex.tokens.get(a..b).unwrap_or(&[]) {
        // Names count once, as entities, not again as words.
        if t.span.overlaps(&Span::new(dm.start, dm.end)) || in_mention(ex, t.span) {
            continue;
        }
        if let Some(w) = term(t.text(&doc.text)) {
            items.insert(w);
        }
    }
    let (mut places, mut actors) = (Vec::new(), Vec::new());
    let from = ex
        .mentions
        .partition_point(|m| m.span.start < dm.sentence.start);
    for (i, m) in ex.mentions.iter().enumerate().skip(from) {
        if m.span.start >= dm.sentence.end {
            break;
        }
        if m.label == Label::Date || !dm.sentence.contains(&m.span) {
            continue;
        }
        if let Some(&e) = view.analysis.mention_entity[dm.doc].get(i) {
            items.insert(format!("@{e}"));
            let list = if m.label == Label::Loc {
                &mut places
            } else {
                &mut actors
            };
            if !list.contains(&e) {
                list.push(e);
            }
        }
    }
    let (kinds, verb, definite) = kinds_in(view, dm.doc, dm.sentence);
    // A definite opening is the subject of the sentence's first date; later ones
    // date something it mentions ("… the fall of the caliphate in March 2019").
    let first = ex
        .dates
        .iter()
        .find(|x| dm.sentence.contains(&x.span))
        .is_none_or(|x| x.span.start >= dm.start);
    Happening {
        items,
        kinds,
        verb,
        definite: definite && first,
        places,
        actors,
    }
}

/// What two dated sentences share: the summed idf of shared items, how many are
/// salient (in at most a twentieth of the documents, at least three and at most
/// [`RARE_MAX`]), and how many are entities. Entities weigh by their own document count.
struct Shared {
    weight: f32,
    salient: usize,
    entities: usize,
    /// Shared entities and words, however common.
    names: usize,
    words: usize,
}

fn shared(view: &View, tf: &TfIdf, a: &Happening, b: &Happening) -> Shared {
    let n = view.n as f32;
    let rare = (view.n / 20).clamp(3, RARE_MAX);
    let mut out = Shared {
        weight: 0.0,
        salient: 0,
        entities: 0,
        names: 0,
        words: 0,
    };
    for x in a.items.intersection(&b.items) {
        let (df, entity) = item_df(view, tf, x);
        if entity {
            out.names += 1;
        } else {
            out.words += 1;
        }
        // Words found in every article of a set of four or more tell nothing
        // about which event this is (with two or three, every shared word is).
        if df >= view.n && view.n >= 4 {
            continue;
        }
        out.weight += ((1.0 + n) / (1.0 + df as f32)).ln() + 1.0;
        out.salient += usize::from(df <= rare);
        out.entities += usize::from(entity);
    }
    out
}

/// Documents an item is found in, and whether it is an entity.
fn item_df(view: &View, tf: &TfIdf, x: &str) -> (usize, bool) {
    match x.strip_prefix('@') {
        Some(e) => (
            e.parse::<usize>()
                .ok()
                .and_then(|e| view.analysis.entities.get(e))
                .map_or(1, |e| e.docs.len()),
            true,
        ),
        None => (tf.df(x).map_or(1, |d| d as usize), false),
    }
}

/// Whether two compatible dated sentences report the same happening.
fn same_happening(
    view: &View,
    tf: &TfIdf,
    a: &Happening,
    b: &Happening,
    same_day: bool,
    fine: bool,
) -> bool {
    let s = shared(view, tf, a, b);
    if a.kinds.iter().any(|k| b.kinds.contains(k)) {
        // On one day the kind and a shared name or rare word are enough; over a
        // month or a year ("attacks in 2004") it takes more.
        return same_day
            || (fine && (s.names >= 1 || s.salient >= 1))
            || (s.names >= 1 && s.salient >= 1)
            || s.salient >= 2;
    }
    if !a.kinds.is_empty() && !b.kinds.is_empty() {
        // A fire and an election on one day are two events.
        return false;
    }
    s.weight >= SAME_EVENT && s.salient >= 1
}

/// Whether two dated sentences clearly report one happening (for disagreements on
/// its date): the same kind of event, a verb saying it began in both ("struck",
/// "broke out"), a shared name and at least four shared names and words.
fn clearly_same(view: &View, tf: &TfIdf, a: &Happening, b: &Happening) -> bool {
    if !(a.verb == 2 && b.verb == 2 && a.kinds.iter().any(|k| b.kinds.contains(k))) {
        return false;
    }
    let s = shared(view, tf, a, b);
    s.names >= 1 && s.names + s.words >= 4
}

/// Index keys of a dated sentence: (date bucket, feature). Buckets are years (a
/// week across new year sits in both) and, for days, the day itself.
fn keys(v: &CalendarValue, h: &Happening, salient: impl Fn(&str) -> bool) -> Vec<(i64, String)> {
    let (first, last) = v.range();
    let mut buckets = vec![i64::from(civil_from_days(first).0)];
    let y1 = i64::from(civil_from_days(last).0);
    if y1 != buckets[0] && v.granularity == Granularity::Week {
        buckets.push(y1);
    }
    if v.granularity == Granularity::Day {
        // Day numbers, far from any year number.
        buckets.push(1_000_000 + first);
    }
    let features: Vec<String> = h
        .kinds
        .iter()
        .map(|k| format!("#{k}"))
        .chain(h.items.iter().filter(|x| salient(x)).cloned())
        .collect();
    let mut out = Vec::with_capacity(buckets.len() * features.len());
    for b in &buckets {
        for f in &features {
            out.push((*b, f.clone()));
        }
    }
    out
}

/// Build the timeline of events and the list of timing disagreements.
pub(crate) fn timeline(
    view: &View,
    dates: &[DateMention],
    tf: &TfIdf,
    stories: &[Story],
    story_of: &[usize],
) -> (Vec<TimelinePoint>, Vec<TimingDisagreement>) {
    let story = |d: usize| story_of.get(d).copied().unwrap_or(0);
    // Dates of the article's own text only: a byline's publication date is not an event.
    let in_body = |m: &DateMention| {
        let body = &view.analysis.documents[m.doc].body;
        let b = body.partition_point(|b| b.end <= m.start);
        body.get(b)
            .is_some_and(|b| b.contains(&Span::new(m.start, m.end)))
    };
    let usable: Vec<usize> = (0..dates.len())
        .filter(|&i| {
            dates[i]
                .value
                .is_some_and(|v| v.granularity != Granularity::Decade)
                && in_body(&dates[i])
        })
        .collect();
    let happenings: Vec<Happening> = usable.iter().map(|&i| happening(view, &dates[i])).collect();
    let rare = (view.n / 20).clamp(3, RARE_MAX);
    let salient = |x: &str| {
        let (df, entity) = item_df(view, tf, x);
        df <= rare || (entity && df < view.n)
    };
    let mut by_doc: Vec<Vec<usize>> = vec![Vec::new(); view.n];
    for (k, &i) in usable.iter().enumerate() {
        if let Some(list) = by_doc.get_mut(dates[i].doc) {
            list.push(k);
        }
    }
    // Union-find whose sets keep their distinct values, so that "March 2004" and
    // "May 2004" never join through a bare "2004".
    let mut uf = UnionFind::new(usable.len());
    let mut values: Vec<Vec<CalendarValue>> = usable
        .iter()
        .map(|&i| dates[i].value.into_iter().collect())
        .collect();
    let mut index: HashMap<(i64, String), Vec<usize>> = HashMap::new();
    let mut candidates: Vec<usize> = Vec::new();
    for (x, &i) in usable.iter().enumerate() {
        let Some(vi) = dates[i].value else { continue };
        let my_keys = keys(&vi, &happenings[x], salient);
        candidates.clear();
        for key in &my_keys {
            if let Some(list) = index.get(key) {
                candidates.extend(list.iter().rev().take(PER_LIST));
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for &y in candidates.iter() {
            let j = usable[y];
            let Some(vj) = dates[j].value else { continue };
            let (di, dj) = (&dates[i], &dates[j]);
            if (di.doc == dj.doc && di.sentence == dj.sentence)
                || story(di.doc) != story(dj.doc)
                || !vi.compatible(&vj)
            {
                continue;
            }
            let (rx, ry) = (uf.find(x), uf.find(y));
            if rx == ry {
                continue;
            }
            let same_day = vi.granularity == Granularity::Day && vi == vj;
            let fine = vi.granularity.min(vj.granularity) <= Granularity::Week;
            if !same_happening(view, tf, &happenings[x], &happenings[y], same_day, fine) {
                continue;
            }
            if values[rx]
                .iter()
                .all(|a| values[ry].iter().all(|b| a.compatible(b)))
            {
                uf.union(rx, ry);
                let r = uf.find(rx);
                let mut merged = std::mem::take(&mut values[rx]);
                merged.append(&mut values[ry]);
                merged.sort_by_key(|v| (v.year, v.month, v.day, v.granularity));
                merged.dedup();
                values[r] = merged;
            }
        }
        for key in my_keys {
            index.entry(key).or_default().push(x);
        }
    }
    let disagreeing = timing_pairs(view, dates, tf, &usable, &happenings, &by_doc, &story);

    let groups = uf.groups(1);
    let mut point_of = vec![usize::MAX; usable.len()];
    let mut points: Vec<TimelinePoint> = Vec::with_capacity(groups.len());
    let mut infos: Vec<PointInfo> = Vec::with_capacity(groups.len());
    for members in &groups {
        let Some(p) = point(view, dates, &usable, &happenings, members, &story) else {
            continue;
        };
        for &k in members {
            point_of[k] = points.len();
        }
        let hs = || members.iter().map(|&k| &happenings[k]);
        let mut kinds: Vec<&'static str> = hs().flat_map(|h| h.kinds.iter().copied()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let mut places: Vec<usize> = hs().flat_map(|h| h.places.iter().copied()).collect();
        places.sort_unstable();
        places.dedup();
        infos.push(PointInfo {
            kinds,
            places,
            definite: hs().any(|h| h.definite),
            relative: members.iter().any(|&k| dates[usable[k]].relative),
        });
        points.push(p);
    }
    // Disagreements, shown on both points and listed.
    let mut timing = Vec::new();
    let mut listed: BTreeSet<(usize, usize, usize, usize)> = BTreeSet::new();
    for &(x, y) in &disagreeing {
        let (px, py) = (point_of[x], point_of[y]);
        if px == py || px >= points.len() || py >= points.len() {
            continue;
        }
        let (i, j) = (usable[x], usable[y]);
        for (p, q, m) in [(px, py, j), (py, px, i)] {
            let (date, label) = (points[q].date, points[q].label.clone());
            let doc = dates[m].doc;
            let list = &mut points[p].disagreements;
            match list.iter_mut().find(|o| o.label == label) {
                Some(o) => {
                    if !o.docs.contains(&doc) {
                        o.docs.push(doc);
                        o.docs.sort_unstable();
                    }
                    if !o.mentions.contains(&m) {
                        o.mentions.push(m);
                    }
                }
                None => list.push(OtherDate {
                    date,
                    label,
                    docs: vec![doc],
                    mentions: vec![m],
                }),
            }
        }
        let (si, sj) = (&dates[i], &dates[j]);
        if !listed.insert((si.doc, si.sentence.start, sj.doc, sj.sentence.start)) {
            continue;
        }
        timing.push(TimingDisagreement {
            event: points[px].what.clone(),
            values: [i, j]
                .iter()
                .filter_map(|&k| dates[k].value.map(|v| v.label()))
                .collect(),
            mentions: vec![i, j],
        });
    }
    // After the disagreements: an article that dates the main event otherwise
    // does not join its sources.
    for (s, st) in stories.iter().enumerate() {
        main_event(view, dates, &infos, &mut points, s, st);
    }
    points.sort_by(|a, b| {
        a.date
            .range()
            .0
            .cmp(&b.date.range().0)
            .then(b.docs.len().cmp(&a.docs.len()))
            .then(a.mentions.cmp(&b.mentions))
    });
    (points, timing)
}

/// Pairs of dated sentences (indexes into `usable`) in different articles of one
/// story that clearly report one happening with incompatible dates, where neither
/// article also gives the other's date for it (an article naming both 2000 and
/// 2010 for a plan is not contradicted by one naming only 2010). Candidates come
/// from an index keyed by (kind of event, entity), at most [`PER_LIST`] per key.
fn timing_pairs(
    view: &View,
    dates: &[DateMention],
    tf: &TfIdf,
    usable: &[usize],
    happenings: &[Happening],
    by_doc: &[Vec<usize>],
    story: &impl Fn(usize) -> usize,
) -> Vec<(usize, usize)> {
    let precise = |v: &CalendarValue| v.granularity <= Granularity::Month;
    let mut index: HashMap<(&'static str, usize), Vec<usize>> = HashMap::new();
    let mut out = Vec::new();
    let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
    for (x, &i) in usable.iter().enumerate() {
        let h = &happenings[x];
        let Some(vi) = dates[i].value.filter(precise) else {
            continue;
        };
        if h.verb < 2 || h.kinds.is_empty() {
            continue;
        }
        let entities: Vec<usize> = h.places.iter().chain(&h.actors).copied().collect();
        let mut candidates: Vec<usize> = Vec::new();
        for &k in &h.kinds {
            for &e in &entities {
                if let Some(list) = index.get(&(k, e)) {
                    candidates.extend(list.iter().rev().take(PER_LIST));
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        for y in candidates {
            let j = usable[y];
            let Some(vj) = dates[j].value else { continue };
            let (di, dj) = (dates[i].doc, dates[j].doc);
            if di == dj
                || story(di) != story(dj)
                || vi.compatible(&vj)
                || vi.granularity != vj.granularity
            {
                continue;
            }
            if !clearly_same(view, tf, h, &happenings[y]) {
                continue;
            }
            let gives = |doc: usize, v: CalendarValue, other: &Happening| {
                by_doc.get(doc).is_some_and(|list| {
                    list.iter().any(|&z| {
                        dates[usable[z]].value.is_some_and(|w| w.compatible(&v))
                            && same_happening(view, tf, &happenings[z], other, false, true)
                    })
                })
            };
            if gives(di, vj, &happenings[y]) || gives(dj, vi, h) {
                continue;
            }
            if seen.insert((y.min(x), y.max(x))) {
                out.push((y, x));
            }
        }
        for &k in &h.kinds {
            for &e in &entities {
                index.entry((k, e)).or_default().push(x);
            }
        }
    }
    out
}

/// The entities most often named among some happenings, most first.
fn most_named(view: &View, lists: &[&[usize]], k: usize) -> Vec<usize> {
    let mut count: BTreeMap<usize, usize> = BTreeMap::new();
    for list in lists {
        for &e in *list {
            *count.entry(e).or_insert(0) += 1;
        }
    }
    let mut ranked: Vec<(usize, usize)> = count.into_iter().collect();
    let docs = |e: usize| view.analysis.entities.get(e).map_or(0, |x| x.docs.len());
    ranked.sort_by(|a, b| {
        b.1.cmp(&a.1)
            .then(docs(b.0).cmp(&docs(a.0)))
            .then(a.0.cmp(&b.0))
    });
    ranked.into_iter().take(k).map(|(e, _)| e).collect()
}

fn names(view: &View, ids: &[usize]) -> Vec<String> {
    ids.iter()
        .filter_map(|&e| view.analysis.entities.get(e))
        .map(|e| e.canonical.clone())
        .collect()
}

/// A sentence that may state a point, and how well.
struct Candidate {
    doc: usize,
    sentence: Span,
    /// Where in it the point is (the date, or the event's place).
    anchor: Span,
    kind: bool,
    /// The sentence is one of the point's dated ones.
    dated: bool,
    verb: u8,
    /// The sentence holds other dates too: state only the clause of this one.
    cut: bool,
}

/// The best statement among candidates: naming the event, with a verb that it
/// began (else that something happened), holding no other date, then the
/// shortest; cut to its clause when long.
fn statement(view: &View, cands: &[Candidate]) -> Option<(String, Statement)> {
    let words = |c: &Candidate| {
        let ex = &view.analysis.extractions[c.doc];
        let (a, b) = token_range(&ex.tokens, c.sentence);
        b - a
    };
    let best = cands.iter().min_by_key(|c| {
        (
            !c.kind,
            !c.dated,
            c.cut,
            std::cmp::Reverse(c.verb),
            words(c) < 5,
            c.sentence.len(),
            c.doc,
            c.sentence.start,
        )
    })?;
    let text = &view.analysis.documents[best.doc].text;
    let span = clause(text, best.sentence, best.anchor, best.cut);
    Some((
        span.slice(text).trim().to_string(),
        Statement {
            doc: best.doc,
            start: span.start,
            end: span.end,
        },
    ))
}

/// Longest sentence length kept whole; a longer one is cut to the clause around
/// the anchor, grown to at least [`CLAUSE_MIN`] bytes.
const SENTENCE_MAX: usize = 220;
const CLAUSE_MIN: usize = 90;

/// The clause of `sentence` around `anchor`: cut at ", ", "; ", " – ", " — ", and
/// grown a piece at a time while shorter than [`CLAUSE_MIN`].
fn clause(text: &str, sentence: Span, anchor: Span, cut: bool) -> Span {
    if sentence.len() <= SENTENCE_MAX && !cut {
        return sentence;
    }
    let s = sentence.slice(text);
    let mut cuts: Vec<usize> = [", ", "; ", " – ", " — "]
        .iter()
        .flat_map(|p| s.match_indices(p).map(|(i, m)| (i, m.len())))
        .flat_map(|(i, len)| [sentence.start + i, sentence.start + i + len])
        .collect();
    cuts.push(sentence.start);
    cuts.push(sentence.end);
    cuts.sort_unstable();
    cuts.dedup();
    // Pieces are the gaps between a cut's end and the next cut's start: keep it
    // simple, take boundaries as the cut positions themselves.
    let a = anchor.start.clamp(sentence.start, sentence.end);
    let b = anchor.end.clamp(a, sentence.end);
    let mut lo = cuts.partition_point(|&c| c <= a).saturating_sub(1);
    let mut hi = cuts.partition_point(|&c| c < b).min(cuts.len() - 1);
    while cuts[hi] - cuts[lo] < CLAUSE_MIN && (lo > 0 || hi + 1 < cuts.len()) {
        if hi + 1 < cuts.len() {
            hi += 1;
        } else {
            lo -= 1;
        }
    }
    let (start, end) = (cuts[lo], cuts[hi]);
    let piece = Span::new(start, end);
    // Drop the punctuation a cut leaves at either edge.
    let t = piece.slice(text);
    let trimmed =
        t.trim_matches(|c: char| c == ',' || c == ';' || c == '–' || c == '—' || c.is_whitespace());
    let off = t.find(trimmed).unwrap_or(0);
    Span::new(start + off, start + off + trimmed.len())
}

/// How many date mentions share mention `i`'s sentence (mentions are in order).
fn dates_in_sentence(dates: &[DateMention], i: usize) -> usize {
    let Some(m) = dates.get(i) else { return 0 };
    let same = |x: &DateMention| x.doc == m.doc && x.sentence == m.sentence;
    let before = dates[..i].iter().rev().take_while(|x| same(x)).count();
    let after = dates[i..].iter().take_while(|x| same(x)).count();
    before + after
}

/// A point from a group of dated sentences (indexes into `usable`).
fn point(
    view: &View,
    dates: &[DateMention],
    usable: &[usize],
    happenings: &[Happening],
    members: &[usize],
    story: &impl Fn(usize) -> usize,
) -> Option<TimelinePoint> {
    let idx: Vec<usize> = members.iter().map(|&k| usable[k]).collect();
    let values: Vec<CalendarValue> = idx.iter().filter_map(|&i| dates[i].value).collect();
    let date = *values.iter().min_by_key(|v| (v.granularity, v.range().0))?;
    let mut docs: Vec<usize> = idx.iter().map(|&i| dates[i].doc).collect();
    docs.sort_unstable();
    docs.dedup();
    let mut coarser: Vec<String> = values
        .iter()
        .filter(|v| **v != date)
        .map(CalendarValue::label)
        .collect();
    coarser.sort();
    coarser.dedup();
    let hs: Vec<&Happening> = members.iter().map(|&k| &happenings[k]).collect();
    let mut kind_count: BTreeMap<&str, usize> = BTreeMap::new();
    for h in &hs {
        for k in &h.kinds {
            *kind_count.entry(k).or_insert(0) += 1;
        }
    }
    let kind = kind_count
        .iter()
        .max_by_key(|(k, c)| (**c, std::cmp::Reverse(**k)))
        .map(|(k, _)| k.to_string());
    let places = most_named(
        view,
        &hs.iter().map(|h| h.places.as_slice()).collect::<Vec<_>>(),
        3,
    );
    let actors = most_named(
        view,
        &hs.iter().map(|h| h.actors.as_slice()).collect::<Vec<_>>(),
        4,
    );
    let cands: Vec<Candidate> = members
        .iter()
        .map(|&k| {
            let dm = &dates[usable[k]];
            Candidate {
                doc: dm.doc,
                sentence: dm.sentence,
                anchor: Span::new(dm.start, dm.end),
                kind: !happenings[k].kinds.is_empty(),
                dated: true,
                verb: happenings[k].verb,
                cut: dates_in_sentence(dates, usable[k]) > 1,
            }
        })
        .collect();
    let (what, statement) = statement(view, &cands)?;
    let mut story_count: BTreeMap<usize, usize> = BTreeMap::new();
    for &i in &idx {
        *story_count.entry(story(dates[i].doc)).or_insert(0) += 1;
    }
    let story = story_count
        .iter()
        .max_by_key(|(s, c)| (**c, std::cmp::Reverse(**s)))
        .map_or(0, |(s, _)| *s);
    Some(TimelinePoint {
        label: date.label(),
        date,
        what,
        statement,
        actors: names(view, &actors),
        places: names(view, &places),
        kind,
        docs,
        mentions: idx,
        values: coarser,
        story,
        main: false,
        disagreements: Vec::new(),
    })
}

/// A sentence (or headline) of a story naming its event with a place: (doc,
/// sentence, places, happened-verb, headline).
pub(crate) type EventSentence = (usize, Span, Vec<usize>, u8, bool);

/// The sentences and headlines of `docs` that name an event of `kind` and a place.
pub(crate) fn event_sentences(view: &View, docs: &[usize], kind: &str) -> Vec<EventSentence> {
    let mut with_event: Vec<EventSentence> = Vec::new();
    for &d in docs {
        let (Some(doc), Some(ex), Some(links)) = (
            view.analysis.documents.get(d),
            view.analysis.extractions.get(d),
            view.analysis.mention_entity.get(d),
        ) else {
            continue;
        };
        if d >= view.n {
            continue;
        }
        let mut m = 0;
        for &sentence in &ex.sentences {
            let headline = doc.title.is_some_and(|t| t.contains(&sentence));
            let b = doc.body.partition_point(|b| b.end <= sentence.start);
            let in_body = doc.body.get(b).is_some_and(|b| b.contains(&sentence));
            let mut places = Vec::new();
            while let Some(men) = ex.mentions.get(m).filter(|x| x.span.start < sentence.end) {
                if men.label == Label::Loc && sentence.contains(&men.span) {
                    if let Some(&e) = links.get(m) {
                        places.push(e);
                    }
                }
                m += 1;
            }
            if places.is_empty() || (!headline && !in_body) {
                continue;
            }
            let (kinds, verb, _) = kinds_in(view, d, sentence);
            if kinds.contains(&kind) {
                with_event.push((d, sentence, places, verb, headline));
            }
        }
    }
    with_event
}

/// The place of the event: the one named with it by the most headlines, then the
/// most articles, then the most sentences ("attack" in Moscow, not in every country
/// an analysis of it mentions once).
pub(crate) fn event_place(with_event: &[EventSentence]) -> Option<usize> {
    // Per place: (headlines, articles, sentences) naming it with the event.
    let mut place_docs: BTreeMap<usize, (BTreeSet<usize>, BTreeSet<usize>, usize)> =
        BTreeMap::new();
    for (d, _, places, _, headline) in with_event {
        let mut seen: Vec<usize> = Vec::new();
        for &e in places {
            if seen.contains(&e) {
                continue;
            }
            seen.push(e);
            let entry = place_docs.entry(e).or_default();
            entry.1.insert(*d);
            entry.2 += 1;
            if *headline {
                entry.0.insert(*d);
            }
        }
    }
    place_docs
        .iter()
        .max_by_key(|(e, (h, a, n))| (h.len(), a.len(), *n, std::cmp::Reverse(**e)))
        .map(|(e, _)| *e)
}

/// What the main event is chosen by, per point.
struct PointInfo {
    kinds: Vec<&'static str>,
    /// Entity indexes of the places its sentences name.
    places: Vec<usize>,
    /// Some sentence opens on a definite event ("The incident …").
    definite: bool,
    /// Some date of it is relative ("last week", "the fifth anniversary").
    relative: bool,
}

/// Mark story `s`'s main event among the points. The event is the kind of the
/// story's event word at the place named with it by the most headlines, then the
/// most articles ("attack" in Moscow). Its point is the one of that kind (or opening
/// on a definite event) dated by the most articles that report the event, then
/// about that place, then with the most articles, a relative date (news of the
/// day), the earliest. The articles that report the event without dating it join
/// its sources.
fn main_event(
    view: &View,
    dates: &[DateMention],
    infos: &[PointInfo],
    points: &mut [TimelinePoint],
    s: usize,
    st: &Story,
) {
    let Some(kind) = st.event.as_deref().and_then(kind_of) else {
        return;
    };
    let with_event = event_sentences(view, &st.docs, kind);
    let top = event_place(&with_event);
    let reporting: BTreeSet<usize> = with_event
        .iter()
        .filter(|(_, _, places, _, _)| top.is_some_and(|t| places.contains(&t)))
        .map(|(d, _, _, _, _)| *d)
        .collect();
    let best = points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| Some((i, p, infos.get(i)?)))
        .filter(|(_, p, info)| p.story == s && (info.kinds.contains(&kind) || info.definite))
        .max_by_key(|(_, p, info)| {
            (
                p.docs.iter().filter(|d| reporting.contains(d)).count(),
                info.definite || top.is_some_and(|t| info.places.contains(&t)),
                p.docs.len(),
                info.relative,
                std::cmp::Reverse(p.date.range().0),
            )
        })
        .map(|(i, _, _)| i);
    let Some(p) = best.and_then(|b| points.get_mut(b)) else {
        return;
    };
    p.main = true;
    p.kind = Some(kind.to_string());
    let elsewhere: BTreeSet<usize> = p
        .disagreements
        .iter()
        .flat_map(|o| o.docs.iter().copied())
        .collect();
    for &d in reporting.difference(&elsewhere) {
        if !p.docs.contains(&d) {
            p.docs.push(d);
        }
    }
    p.docs.sort_unstable();
    let top_name = top
        .and_then(|t| view.analysis.entities.get(t))
        .map(|e| e.canonical.clone());
    // Its statement names the event (and its place when one of its sources does,
    // a sentence that dates it first).
    let stated = Span::new(p.statement.start, p.statement.end);
    if !kinds_in(view, p.statement.doc, stated).0.contains(&kind) {
        let dated: BTreeMap<(usize, usize), Span> = p
            .mentions
            .iter()
            .filter_map(|&i| dates.get(i))
            .map(|m| ((m.doc, m.sentence.start), Span::new(m.start, m.end)))
            .collect();
        let cands: Vec<Candidate> = with_event
            .iter()
            .filter(|(d, _, places, _, headline)| {
                !headline && p.docs.contains(d) && top.is_some_and(|t| places.contains(&t))
            })
            .map(|(d, sentence, _, verb, _)| {
                let ex = &view.analysis.extractions[*d];
                let from = ex.dates.partition_point(|x| x.span.start < sentence.start);
                let within = ex.dates[from..]
                    .iter()
                    .take_while(|x| x.span.start < sentence.end)
                    .count();
                let anchor = dated.get(&(*d, sentence.start));
                Candidate {
                    doc: *d,
                    sentence: *sentence,
                    anchor: anchor.copied().unwrap_or(*sentence),
                    kind: true,
                    dated: anchor.is_some(),
                    verb: *verb,
                    cut: within > 1,
                }
            })
            .collect();
        if let Some((what, statement)) = statement(view, &cands) {
            p.what = what;
            p.statement = statement;
            let place_of = |e: &usize| view.analysis.entities.get(*e).map(|x| x.canonical.clone());
            let mut places: Vec<String> = top_name.iter().cloned().collect();
            let more = with_event
                .iter()
                .filter(|(d, sentence, _, _, _)| {
                    *d == statement.doc
                        && sentence.start <= statement.start
                        && statement.end <= sentence.end
                })
                .flat_map(|(_, _, places, _, _)| places.iter().filter_map(place_of));
            for x in more {
                if !places.contains(&x) {
                    places.push(x);
                }
            }
            places.truncate(3);
            p.places = places;
            // Its actors are the ones that statement names.
            let ex = &view.analysis.extractions[statement.doc];
            let from = ex
                .mentions
                .partition_point(|m| m.span.start < statement.start);
            let mut actors: Vec<usize> = Vec::new();
            for (i, m) in ex.mentions.iter().enumerate().skip(from) {
                if m.span.start >= statement.end {
                    break;
                }
                if matches!(m.label, Label::Loc | Label::Date) {
                    continue;
                }
                if let Some(&e) = view.analysis.mention_entity[statement.doc].get(i) {
                    if !actors.contains(&e) {
                        actors.push(e);
                    }
                }
            }
            p.actors = names(view, &actors);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::{analyze, compare, Document};

    /// An article with a headline, a dated credit line and `body`.
    fn article(id: &str, published: &str, body: &str) -> Document {
        let text = format!("Report {id}\nPublished: {published}\n\n{body}\n");
        Document::parse(format!("{id}.txt"), text.as_bytes())
    }

    /// The one point whose statement contains `words`.
    fn point_with<'a>(c: &'a crate::Comparison, words: &str) -> &'a TimelinePoint {
        let found: Vec<&TimelinePoint> = c
            .timeline
            .iter()
            .filter(|p| p.what.contains(words))
            .collect();
        assert_eq!(
            found.len(),
            1,
            "one point says {words:?}: {:#?}",
            c.timeline
        );
        found[0]
    }

    /// Each relative form is placed against the article's own date.
    #[test]
    fn relative_forms_are_placed_against_the_article_date() {
        // (publication, body, date text, value)
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "February 27, 2026",
                "Crowds gathered in Kyiv to mark the fourth anniversary of the invasion.",
                "the fourth anniversary",
                "2026",
            ),
            (
                "May 10, 2025",
                "Police in Porto said the old footbridge collapsed the previous day.",
                "the previous day",
                "2025-05-09",
            ),
            (
                "May 10, 2025",
                "A day earlier, the transport minister of Portugal resigned.",
                "A day earlier",
                "2025-05-09",
            ),
            // 10 May 2025 was a Saturday.
            (
                "May 10, 2025",
                "On Friday, a storm hit the coast of Galicia and cut power to thousands.",
                "Friday",
                "2025-05-09",
            ),
            (
                "May 10, 2025",
                "Two days later, rescuers reached the flooded village of Ourense.",
                "Two days later",
                "2025-05-12",
            ),
            // A date in its own sentence anchors an anniversary better.
            (
                "May 10, 2025",
                "The strike marked the tenth anniversary of the flood in Dresden in June 2013.",
                "the tenth anniversary",
                "2023-06",
            ),
        ];
        for (published, body, text, want) in cases {
            let c = compare(&analyze(vec![article("a", published, body)]));
            let m = c
                .dates
                .iter()
                .find(|m| m.text == *text)
                .unwrap_or_else(|| panic!("{text:?} is a date in {body:?}: {:?}", c.dates));
            assert!(m.relative, "{text}");
            assert_eq!(m.value.map(|v| v.label()).as_deref(), Some(*want), "{text}");
            assert!(
                c.timeline
                    .iter()
                    .any(|p| p.label == *want || p.values.iter().any(|v| v == want)),
                "{text} is placed on the timeline: {:#?}",
                c.timeline
            );
        }
    }

    /// One happening reported by five outlets in their own words is one point with
    /// five sources; a different happening the same day is a point of its own; an
    /// outlet giving another day for the first is shown on it.
    #[test]
    fn one_event_many_outlets_two_events_one_day() {
        let blast = [
            "An explosion tore through a chemical plant in Ludwigshafen on 3 March 2025, killing four workers.",
            "Four workers died when a blast struck the chemical plant in Ludwigshafen on 3 March 2025, the company said.",
            "The explosion at the Ludwigshafen chemical plant on 3 March 2025 killed four workers and injured nine.",
            "Firefighters said the blast that hit the plant in Ludwigshafen on 3 March 2025 was the worst in decades.",
            "A huge explosion rocked a chemical plant in Ludwigshafen on 3 March 2025, and four workers were killed.",
        ];
        let election =
            "On 3 March 2025, voters in Bavaria also elected a new regional parliament in Munich.";
        let mut docs: Vec<Document> = blast
            .iter()
            .enumerate()
            .map(|(i, b)| {
                let body = if i == 0 {
                    format!("{b} {election}")
                } else {
                    b.to_string()
                };
                article(&format!("{i}"), "March 5, 2025", &body)
            })
            .collect();
        docs.push(article(
            "late",
            "March 6, 2025",
            "An explosion struck a chemical plant in Ludwigshafen on 4 March 2025, killing four workers.",
        ));
        let c = compare(&analyze(docs));
        let p = point_with(&c, "Ludwigshafen on 3 March");
        assert_eq!(p.label, "2025-03-03");
        assert_eq!(p.docs, vec![0, 1, 2, 3, 4], "{p:#?}");
        assert!(
            p.places.iter().any(|x| x == "Ludwigshafen"),
            "{:?}",
            p.places
        );
        let vote = point_with(&c, "Bavaria");
        assert_eq!(vote.label, "2025-03-03");
        assert_eq!(vote.docs, vec![0]);
        assert!(!vote.mentions.iter().any(|m| p.mentions.contains(m)));
        // The sixth outlet's 4 March is a disagreement shown on the point.
        let other: Vec<(&str, &[usize])> = p
            .disagreements
            .iter()
            .map(|o| (o.label.as_str(), o.docs.as_slice()))
            .collect();
        assert_eq!(other, vec![("2025-03-04", &[5][..])], "{p:#?}");
        assert!(p.main, "the story's explosion is its main event");
    }

    #[test]
    fn civil_round_trip() {
        for (y, m, d) in [
            (1970, 1, 1),
            (2000, 2, 29),
            (2024, 1, 15),
            (1900, 12, 31),
            (2100, 3, 1),
        ] {
            assert_eq!(civil_from_days(days_from_civil(y, m, d)), (y, m, d));
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }

    #[test]
    fn compatibility_table() {
        let v = |s: &str| crate::rules::date::read(s, None).0.expect(s);
        let cases = [
            ("2019", "March 2019", true),
            ("March 2019", "March 21, 2019", true),
            ("March 2019", "April 2019", false),
            ("2019", "2018", false),
            ("the 2010s", "2019", true),
            ("March 21, 2019", "March 22, 2019", false),
        ];
        for (a, b, want) in cases {
            assert_eq!(v(a).compatible(&v(b)), want, "{a} / {b}");
            assert_eq!(v(b).compatible(&v(a)), want, "{b} / {a}");
        }
    }
}
