//! Facts: counted quantities read as claims (interval, measure, event, source),
//! grouped across articles by measure and event, and reconciled: a group whose
//! intervals share no value is a discrepancy, one whose intervals share a value is
//! an agreement.
//!
//! The measure is the counted noun and what happened to it: "nearly 100 dead" and
//! "killed about 100 people" are both "people killed". The event is the places,
//! names and words of the clause around the number (widened to the sentence, then
//! to the previous sentence, when the clause names no place or organisation).
//! Two claims are about the same event when they come from the same or aligned
//! articles, share the measure, name no two disjoint sets of places, and share a
//! place plus a name or a salient word (or, lacking places, several of those).

use super::similarity::{TfIdf, UnionFind};
use super::text::{is_stop, sentence_at, term, token_range};
use super::{Aligned, Claim, ClaimGroup, DateMention, Event, GroupClaim, Speaker, View};
use crate::mention::{Hedge, Quantity};
use crate::pipeline::Extraction;
use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::{Document, Label};
use std::collections::{BTreeMap, BTreeSet};

/// A closed interval with optional bounds (`None` = unbounded).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    pub low: Option<f64>,
    pub high: Option<f64>,
}

impl Interval {
    /// The interval a hedged number asserts: "at least 143" → [143, ∞),
    /// "nearly 100" → [90, 100], "about 100" → [90, 110], "more than 24" → [25, ∞),
    /// "up to 25" → [0, 25], "fewer than 10" → [0, 9]; a vague plural ("dozens")
    /// passes its implied lower bound as `value` and is open above.
    ///
    /// ```
    /// use parallax_core::compare::facts::Interval;
    /// use parallax_core::mention::Hedge;
    /// let i = Interval::from_hedge(Hedge::Nearly, 100.0);
    /// assert_eq!((i.low, i.high), (Some(90.0), Some(100.0)));
    /// ```
    pub fn from_hedge(hedge: Hedge, value: f64) -> Interval {
        let (low, high) = match hedge {
            Hedge::Exact => (Some(value), Some(value)),
            Hedge::AtLeast | Hedge::Vague => (Some(value), None),
            Hedge::MoreThan => (Some(value.floor() + 1.0), None),
            Hedge::Nearly => (Some((value * 0.9 + 1e-9).floor()), Some(value)),
            Hedge::About => (
                Some((value * 0.9 + 1e-9).floor()),
                Some((value * 1.1 - 1e-9).ceil()),
            ),
            Hedge::UpTo => (Some(0.0), Some(value)),
            Hedge::LessThan => (Some(0.0), Some((value.ceil() - 1.0).max(0.0))),
        };
        Interval { low, high }
    }

    /// A quantity's interval: its own bounds, or computed from hedge and value
    /// when the extraction left both bounds empty.
    pub fn of(q: &Quantity) -> Option<Interval> {
        if q.low.is_some() || q.high.is_some() {
            return Some(Interval {
                low: q.low,
                high: q.high,
            });
        }
        q.value.map(|v| Interval::from_hedge(q.hedge, v))
    }

    /// Whether the two intervals share at least one value.
    ///
    /// ```
    /// use parallax_core::compare::facts::Interval;
    /// let at_least_143 = Interval { low: Some(143.0), high: None };
    /// let exactly_137 = Interval { low: Some(137.0), high: Some(137.0) };
    /// assert!(!at_least_143.overlaps(&exactly_137));
    /// ```
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.intersect(other).is_some()
    }

    /// The common part, if any.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        let low = match (self.low, other.low) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (low, high) {
            (Some(l), Some(h)) if l > h => None,
            _ => Some(Interval { low, high }),
        }
    }
}

/// Nouns that count people whatever their role.
const PEOPLE: &[&str] = &[
    "people",
    "person",
    "persons",
    "civilians",
    "civilian",
    "lives",
    "victims",
    "individuals",
    "residents",
    "passengers",
    "men",
    "women",
    "children",
    "dead",
    "deaths",
    "fatalities",
    "injured",
    "wounded",
];

/// Words that make a clause a condition, forecast or wish rather than a report.
const HYPOTHETICAL: &[&str] = &[
    "if",
    "unless",
    "would",
    "could",
    "might",
    "should",
    "will",
    "'ll",
    "expected",
    "expect",
    "expects",
    "forecast",
    "forecasts",
    "predicted",
    "predicts",
    "plans",
    "plan",
    "planned",
    "threatening",
    "threatened",
    "target",
    "aims",
    "save",
    "saved",
    "hopes",
];

/// Counted nouns that are themselves happenings (folded to the singular).
const EVENT_NOUNS: &[&str] = &[
    "attack",
    "bombing",
    "strike",
    "airstrike",
    "raid",
    "explosion",
    "blast",
    "shooting",
    "arrest",
    "casualty",
    "protest",
    "incident",
];

/// Action words and the action they name.
fn action(word: &str) -> Option<&'static str> {
    Some(match word {
        "killed" | "kill" | "kills" | "killing" | "dead" | "died" | "die" | "dies" | "dying"
        | "death" | "deaths" | "perished" | "slain" | "massacred" | "fatalities" | "toll"
        | "lives" | "murdered" | "executed" => "killed",
        "injured" | "injuring" | "wounded" | "wounding" | "hurt" | "injuries" | "hospitalised"
        | "hospitalized" => "injured",
        "arrested" | "arrests" | "detained" | "detaining" | "captured" | "apprehended" => {
            "arrested"
        }
        "missing" => "missing",
        "displaced" | "evacuated" | "fled" | "homeless" => "displaced",
        "rescued" => "rescued",
        "kidnapped" | "abducted" | "hostages" | "hostage" => "kidnapped",
        "cut" | "cuts" | "axed" | "axe" | "shed" | "shedding" | "slashed" | "lose" | "losing"
        | "lost" | "redundancies" => "cut",
        "created" | "create" | "creating" => "created",
        "sold" | "sell" | "selling" => "sold",
        // Not "win": "a 6-3 win" is a score, not a count of wins.
        "won" | "winning" => "won",
        "attended" | "attend" | "watched" => "attended",
        "charged" => "charged",
        "convicted" | "jailed" | "sentenced" => "convicted",
        _ => return None,
    })
}

/// Fold the counted noun to a measure name and whether it counts people.
fn noun_measure(noun: &str) -> (String, bool) {
    let n = noun.to_lowercase();
    if PEOPLE.contains(&n.as_str()) {
        return ("people".into(), true);
    }
    (term(&n).unwrap_or(n), false)
}

pub(crate) const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "telling",
    "stated",
    "stating",
    "reported",
    "announced",
    "added",
    "adding",
    "warned",
    "warning",
    "claimed",
    "confirmed",
    "insisted",
    "insisting",
    "estimated",
    "estimates",
    "estimate",
    "noted",
    "noting",
    "explained",
    "explaining",
    "argued",
    "arguing",
    "asked",
    "replied",
    "commented",
    "admitted",
    "acknowledged",
    "wrote",
    "writes",
    "declared",
    "tweeted",
    "posted",
];

/// Who states the sentence: "according to X", "X said", "said X", "officials said".
pub(crate) fn source_in(
    view: &View,
    d: usize,
    tokens: &[Token],
    (a, b): (usize, usize),
    skip: Span,
) -> Option<Speaker> {
    let doc = &view.analysis.documents[d];
    let ex = &view.analysis.extractions[d];
    let text = doc.text.as_str();
    let low = |k: usize| tokens.get(k).map(|t| t.text(text).to_lowercase());
    let mention_at = |span: Span| -> Option<Speaker> {
        let i = ex.mentions.partition_point(|m| m.span.end <= span.start);
        let m = ex.mentions.get(i).filter(|m| m.span.overlaps(&span))?;
        if !matches!(
            m.label,
            Label::Person | Label::Org | Label::Norp | Label::Loc
        ) {
            return None;
        }
        let e = view.entity(d, i);
        Some(Speaker {
            text: m.span.slice(text).to_string(),
            entity: e.map(|e| e.id.clone()),
            name: e.map(|e| e.canonical.clone()),
            start: m.span.start,
            end: m.span.end,
        })
    };
    let word = |k: usize| -> Option<Speaker> {
        let t = tokens.get(k)?;
        let w = t.text(text);
        let alpha = t.kind == TokenKind::Word && w.chars().all(|c| c.is_alphabetic());
        (alpha && !is_stop(&w.to_lowercase()) && w.len() > 2).then(|| Speaker {
            text: w.to_string(),
            entity: None,
            name: None,
            start: t.span.start,
            end: t.span.end,
        })
    };
    for k in a..b {
        if skip.contains(&tokens[k].span) {
            continue;
        }
        let w = low(k).unwrap_or_default();
        if w == "according" && low(k + 1).as_deref() == Some("to") {
            for t in tokens.iter().take((k + 5).min(b)).skip(k + 2) {
                if let Some(s) = mention_at(t.span) {
                    return Some(s);
                }
            }
            let j = if low(k + 2).as_deref() == Some("the") {
                k + 3
            } else {
                k + 2
            };
            if j < b {
                if let Some(s) = word(j) {
                    return Some(s);
                }
            }
        }
        if SPEECH.contains(&w.as_str()) {
            // "Ryder said", "Pentagon Spokesperson Ryder said"
            if k > a {
                if let Some(s) = mention_at(tokens[k - 1].span) {
                    return Some(s);
                }
            }
            // "said Ryder", "said the Pentagon"
            for t in tokens.iter().take((k + 3).min(b)).skip(k + 1) {
                if let Some(s) = mention_at(t.span) {
                    return Some(s);
                }
            }
            // "officials said", "police say"
            if k > a && w != "added" {
                if let Some(s) = word(k - 1) {
                    return Some(s);
                }
            }
        }
    }
    None
}

/// Read every quantity with a counted noun (or a toll) as a claim.
pub(crate) fn claims(view: &View, dates: &[DateMention], tf: &TfIdf) -> Vec<Claim> {
    let mut out = Vec::new();
    let mut date_at = 0;
    for d in 0..view.n {
        let doc = &view.analysis.documents[d];
        let ex = &view.analysis.extractions[d];
        while date_at < dates.len() && dates[date_at].doc < d {
            date_at += 1;
        }
        let doc_dates: Vec<&DateMention> =
            dates[date_at..].iter().take_while(|x| x.doc == d).collect();
        for (qi, q) in ex.quantities.iter().enumerate() {
            if let Some(c) = claim(view, d, doc, ex, qi, q, &doc_dates, tf) {
                out.push(c);
            }
        }
    }
    out
}

/// Words that start a new clause after a count.
fn clause_word(w: &str) -> bool {
    matches!(
        w,
        "and" | "but" | "while" | "whereas" | "which" | "who" | "that"
    )
}

/// Tokens that end a clause.
fn clause_break(w: &str) -> bool {
    matches!(w, "," | ";" | ":" | "—" | "–" | "(" | ")" | "." | "!" | "?")
}

#[allow(clippy::too_many_arguments)]
fn claim(
    view: &View,
    d: usize,
    doc: &Document,
    ex: &Extraction,
    qi: usize,
    q: &Quantity,
    dates: &[&DateMention],
    tf: &TfIdf,
) -> Option<Claim> {
    let text = doc.text.as_str();
    let interval = Interval::of(q)?;
    let si = sentence_at(&ex.sentences, q.span.start)?;
    let sentence = ex.sentences[si];
    let toks = &ex.tokens;
    let (sa, sb) = token_range(toks, sentence);
    let (qa, qb) = token_range(toks, q.span);
    if qa >= qb {
        return None;
    }
    let w = |k: usize| {
        toks.get(k)
            .map_or(String::new(), |t| t.text(text).to_lowercase())
    };
    // A neighbouring count of the same kind in the sentence bounds the clause
    // ("killed at least 143 people and ... left nearly 100 dead").
    let kind = |q: &Quantity| q.noun_text.as_deref().map(|n| noun_measure(n).0);
    let prev_q = qi
        .checked_sub(1)
        .and_then(|p| ex.quantities.get(p))
        .filter(|p| p.span.end > sentence.start && kind(p) == kind(q))
        .map(|p| token_range(toks, p.span).1);
    let next_q = ex
        .quantities
        .get(qi + 1)
        .filter(|p| p.span.start < sentence.end)
        .map(|p| token_range(toks, p.span).0);
    let left_limit = prev_q.unwrap_or(sa).max(sa);
    let right_limit = next_q.unwrap_or(sb).min(sb);
    let mut right = qb;
    while right < right_limit && !clause_break(&w(right)) && !clause_word(&w(right)) {
        right += 1;
    }
    let mut left = qa;
    while left > left_limit && !clause_break(&w(left - 1)) {
        left -= 1;
    }

    // Measure: the noun, and the nearest action word around the number.
    // A number glued to what precedes it ("6-3", "19-13") is part of a score or code.
    if text
        .get(..q.span.start)
        .unwrap_or("")
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || c == '-' || c == '/')
    {
        return None;
    }
    // The head of a two-word noun: "100,000 civil servants", "public bodies".
    let mut noun = q.noun_text.clone();
    if let Some(n) = q.noun {
        let (_, after) = token_range(toks, n);
        if let Some(t) = toks.get(after) {
            let next = t.text(text);
            let lower = next.to_lowercase();
            let glued = text.get(n.end..t.span.start).is_some_and(|g| g == " ");
            if glued
                && t.kind == TokenKind::Word
                && next.chars().all(|c| c.is_lowercase())
                && lower.len() > 3
                && lower.ends_with('s')
                && !lower.ends_with("ss")
                && !is_stop(&lower)
                && action(&lower).is_none()
                && !SPEECH.contains(&lower.as_str())
            {
                noun = Some(lower);
            }
        }
    }
    let toll = (qa.saturating_sub(5)..qa).any(|k| w(k) == "toll");
    let (noun_name, people) = match &noun {
        Some(n) => noun_measure(n),
        None if toll => ("people".into(), true),
        None => return None,
    };
    let mut act: Option<(usize, &'static str, usize)> = None; // (distance, action, token)
    if let Some(n) = &noun {
        if let Some(a) = action(n) {
            act = Some((0, a, qb.saturating_sub(1)));
        }
    }
    if act.is_none() {
        let before = (left.max(qa.saturating_sub(4))..qa).rev();
        let after = qb..right.min(qb + 4);
        for k in before.chain(after) {
            if let Some(a) = action(&w(k)) {
                let dist = if k < qa { qa - k } else { k + 1 - qb };
                if act.is_none_or(|(d0, _, _)| dist < d0) {
                    act = Some((dist, a, k));
                }
            }
        }
    }
    if toll && act.is_none() {
        act = Some((0, "killed", qa));
    }
    let measure = match (people, act) {
        (true, Some((_, a, _))) => format!("people {a}"),
        (true, None) => "people".to_string(),
        (false, Some((_, a, _))) if a != "killed" || noun_name != "people" => {
            format!("{noun_name} {a}")
        }
        _ => noun_name.clone(),
    };
    // Only counts of something that happened are compared across articles: an
    // action ("killed", "arrested", "cut", "sold") or a noun that is itself a
    // happening ("attacks", "deaths"). Prices, units, scores and bare counts
    // ("14 nominations", "32 cents", "5,000 people") describe different things
    // from one article to the next far more often than the same thing.
    // Conditions, forecasts and targets ("if the track sold 500,000 copies",
    // "could cut up to 45,000 jobs") are not facts to reconcile.
    let hypothetical = (left..right).any(|k| HYPOTHETICAL.contains(&w(k).as_str()));
    let alignable =
        !hypothetical && (act.is_some() || (!people && EVENT_NOUNS.contains(&noun_name.as_str())));

    // The claim's words: the quantity and an adjacent action word.
    let mut span = q.span;
    if let Some((dist, _, k)) = act {
        if dist > 0 && dist <= 3 {
            let t = toks[k].span;
            span = Span::new(span.start.min(t.start), span.end.max(t.end));
        }
    }

    // Event: the clause, widened while it names no place or organisation.
    let mut event = Event::default();
    let mut windows = vec![(left, right)];
    let has_anchor = |ev: &Event| !ev.places.is_empty() || !ev.entities.is_empty();
    collect_event(view, d, ex, toks, (left, right), q.span, &mut event, dates);
    if !has_anchor(&event) {
        let wide = (left_limit, right_limit);
        collect_event(view, d, ex, toks, wide, q.span, &mut event, dates);
        windows.push(wide);
    }
    if !has_anchor(&event) && si > 0 {
        let prev = token_range(toks, ex.sentences[si - 1]);
        collect_event(view, d, ex, toks, prev, q.span, &mut event, dates);
        windows.push(prev);
    }
    let measure_words: BTreeSet<String> = [noun_name.clone()]
        .into_iter()
        .chain(act.map(|(_, a, k)| {
            let _ = a;
            term(&w(k)).unwrap_or_default()
        }))
        .collect();
    let mut kw: BTreeSet<String> = BTreeSet::new();
    for &(a, b) in &windows {
        for t in &toks[a..b] {
            // Names are in places and entities already.
            if q.span.contains(&t.span) || in_mention(ex, t.span) {
                continue;
            }
            if let Some(x) = term(t.text(text)) {
                if !measure_words.contains(&x) && action(&x).is_none() {
                    kw.insert(x);
                }
            }
        }
    }
    event.keywords = kw.into_iter().collect();
    event.places.sort();
    event.places.dedup();
    event.entities.sort();
    event.entities.dedup();
    event.years.sort_unstable();
    event.years.dedup();
    event.description = describe_event(view, &event, tf);

    let source = source_in(view, d, toks, (sa, sb), q.span);
    Some(Claim {
        doc: d,
        text: span.slice(text).to_string(),
        low: interval.low,
        high: interval.high,
        start: span.start,
        end: span.end,
        value: q.value,
        hedge: q.hedge,
        measure,
        alignable,
        event,
        source,
        sentence,
        quantity: q.span,
    })
}

/// Whether a token lies in a non-date mention.
pub(crate) fn in_mention(ex: &Extraction, span: Span) -> bool {
    let i = ex.mentions.partition_point(|m| m.span.end <= span.start);
    ex.mentions
        .get(i)
        .is_some_and(|m| m.span.overlaps(&span) && m.label != Label::Date)
}

#[allow(clippy::too_many_arguments)]
fn collect_event(
    view: &View,
    d: usize,
    ex: &Extraction,
    toks: &[Token],
    (a, b): (usize, usize),
    skip: Span,
    event: &mut Event,
    dates: &[&DateMention],
) {
    let (Some(first), Some(last)) = (toks.get(a), b.checked_sub(1).and_then(|k| toks.get(k)))
    else {
        return;
    };
    let window = Span::new(first.span.start, last.span.end);
    let from = ex.mentions.partition_point(|m| m.span.end <= window.start);
    for (i, m) in ex.mentions.iter().enumerate().skip(from) {
        if m.span.start >= window.end {
            break;
        }
        if m.span.overlaps(&skip) || !window.contains(&m.span) {
            continue;
        }
        let Some(e) = view.entity(d, i) else { continue };
        match m.label {
            Label::Loc => {
                event.places.push(e.id.clone());
                if let Some(c) = e.geo.as_ref().and_then(|g| g.country_name.as_ref()) {
                    event.places.push(crate::entities::entity_id(Label::Loc, c));
                }
            }
            Label::Norp => match &e.country {
                Some(c) => event.places.push(c.clone()),
                None => event.entities.push(e.id.clone()),
            },
            Label::Org | Label::Person => event.entities.push(e.id.clone()),
            Label::Date => {
                if let Some(v) = dates
                    .iter()
                    .find(|x| x.start == m.span.start)
                    .and_then(|x| x.value)
                {
                    event.years.push(v.year);
                }
            }
        }
    }
}

/// Places and names first, then the rarest words.
fn describe_event(view: &View, ev: &Event, tf: &TfIdf) -> String {
    let name = |id: &String| view.name_of(id);
    let mut parts: Vec<String> = Vec::new();
    for id in ev.places.iter().chain(&ev.entities) {
        let n = name(id);
        if !parts.contains(&n) && parts.len() < 4 {
            parts.push(n);
        }
    }
    let mut words: Vec<(&String, f32)> = ev
        .keywords
        .iter()
        .map(|k| (k, tf.idf(k).unwrap_or(1.0)))
        .collect();
    words.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(b.0)));
    parts.extend(words.iter().take(4).map(|(k, _)| (*k).clone()));
    parts.join(", ")
}

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

/// Group claims across aligned articles and split the groups into discrepancies
/// and agreements.
pub(crate) fn group(
    view: &View,
    claims: &[Claim],
    aligned: &Aligned,
    tf: &TfIdf,
) -> (Vec<ClaimGroup>, Vec<ClaimGroup>) {
    // Alignable claims by document and measure.
    let mut by_doc: Vec<BTreeMap<&str, Vec<usize>>> = vec![BTreeMap::new(); view.n];
    for (i, c) in claims.iter().enumerate() {
        if c.alignable && c.doc < view.n {
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
                for &x in xs {
                    for &y in ys {
                        if same_event(&claims[x], &claims[y], tf, view.n) {
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
fn self_consistent(claims: &[Claim], members: &[usize]) -> bool {
    members.iter().enumerate().all(|(k, &x)| {
        members[k + 1..].iter().all(|&y| {
            claims[x].doc != claims[y].doc
                || Interval {
                    low: claims[x].low,
                    high: claims[x].high,
                }
                .overlaps(&Interval {
                    low: claims[y].low,
                    high: claims[y].high,
                })
        })
    })
}

fn claim_group(view: &View, claims: &[Claim], members: &[usize]) -> ClaimGroup {
    let published = |d: usize| view.publication.get(d).copied().flatten();
    let mut list: Vec<GroupClaim> = members
        .iter()
        .map(|&i| {
            let c = &claims[i];
            GroupClaim {
                doc: c.doc,
                text: c.text.clone(),
                low: c.low,
                high: c.high,
                start: c.start,
                end: c.end,
                claim: i,
                published: published(c.doc).map(|v| v.label()),
            }
        })
        .collect();
    let key = |g: &GroupClaim| {
        published(g.doc).map(|v| (v.year, v.month.unwrap_or(0), v.day.unwrap_or(0)))
    };
    list.sort_by(|a, b| match (key(a), key(b)) {
        (Some(x), Some(y)) => x.cmp(&y).then((a.doc, a.start).cmp(&(b.doc, b.start))),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => (a.doc, a.start).cmp(&(b.doc, b.start)),
    });
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
        let never_falls = points
            .iter()
            .enumerate()
            .all(|(i, a)| points[i + 1..].iter().all(|b| b.0 == a.0 || b.1 >= a.1));
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
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{extract, Document};

    #[test]
    fn intervals_from_text() {
        // (sentence, low, high) read by the real extraction and this module.
        let cases: &[(&str, Option<f64>, Option<f64>)] = &[
            ("The attack killed at least 143 people.", Some(143.0), None),
            (
                "The bombings left nearly 100 dead.",
                Some(90.0),
                Some(100.0),
            ),
            (
                "The blasts killed about 100 people.",
                Some(90.0),
                Some(110.0),
            ),
            ("Police arrested dozens of people.", Some(24.0), None),
            ("It freed more than two dozen hostages.", Some(25.0), None),
            (
                "Officials detained up to 25 suspects.",
                Some(0.0),
                Some(25.0),
            ),
            ("The blast killed 137 people.", Some(137.0), Some(137.0)),
        ];
        for (s, low, high) in cases {
            let doc = Document::parse("t", s.as_bytes());
            let ex = extract(&doc);
            let q = ex
                .quantities
                .first()
                .unwrap_or_else(|| panic!("{s}: no quantity"));
            let i = Interval::of(q).unwrap_or_else(|| panic!("{s}: no interval"));
            assert_eq!((i.low, i.high), (*low, *high), "{s}");
        }
    }

    #[test]
    fn hedge_table() {
        let cases = [
            (Hedge::Exact, 137.0, Some(137.0), Some(137.0)),
            (Hedge::AtLeast, 143.0, Some(143.0), None),
            (Hedge::Nearly, 100.0, Some(90.0), Some(100.0)),
            (Hedge::About, 100.0, Some(90.0), Some(110.0)),
            (Hedge::MoreThan, 24.0, Some(25.0), None),
            (Hedge::UpTo, 25.0, Some(0.0), Some(25.0)),
            (Hedge::LessThan, 10.0, Some(0.0), Some(9.0)),
            (Hedge::Vague, 24.0, Some(24.0), None),
        ];
        for (h, v, low, high) in cases {
            let i = Interval::from_hedge(h, v);
            assert_eq!((i.low, i.high), (low, high), "{h:?} {v}");
        }
    }

    #[test]
    fn overlap_table() {
        let iv = |low: Option<f64>, high: Option<f64>| Interval { low, high };
        let cases = [
            (iv(Some(143.0), None), iv(Some(137.0), Some(137.0)), false),
            (
                iv(Some(90.0), Some(100.0)),
                iv(Some(90.0), Some(110.0)),
                true,
            ),
            (iv(Some(24.0), None), iv(Some(30.0), Some(30.0)), true),
            (iv(Some(0.0), Some(25.0)), iv(Some(26.0), None), false),
            (iv(None, None), iv(Some(5.0), Some(5.0)), true),
            (iv(Some(5.0), Some(5.0)), iv(Some(5.0), Some(5.0)), true),
            (iv(Some(100.0), Some(100.0)), iv(Some(101.0), None), false),
        ];
        for (a, b, want) in cases {
            assert_eq!(a.overlaps(&b), want, "{a:?} {b:?}");
            assert_eq!(b.overlaps(&a), want, "{b:?} {a:?}");
        }
    }
}
