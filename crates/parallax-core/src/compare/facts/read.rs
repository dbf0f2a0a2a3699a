//! Reading one counted quantity as a claim: its measure, its event, its status
//! and who states it.

use super::super::similarity::TfIdf;
use super::super::speaker::{source_in, SPEECH};
use super::super::text::{is_stop, sentence_at, term, token_range};
use super::super::{Claim, ClaimStatus, DateMention, Event, View};
use super::Interval;
use crate::mention::Quantity;
use crate::pipeline::Extraction;
use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::{Document, Label};
use std::collections::{BTreeSet, HashSet};

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
    "casualties",
    "martyrs",
    "bodies",
    "deceased",
    "souls",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "missing",
    "arrested",
    "displaced",
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
    "feared",
    "fear",
    "fears",
    "may",
    "likely",
    "probably",
    "surpass",
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
        | "lives" | "murdered" | "executed" | "martyrs" | "martyred" | "succumbed"
        | "casualties" | "deceased" => "killed",
        "injured" | "injuring" | "wounded" | "wounding" | "hurt" | "injuries" | "hospitalised"
        | "hospitalized" => "injured",
        "arrested" | "arrests" | "detained" | "detaining" | "captured" | "apprehended" => {
            "arrested"
        }
        "missing" | "unaccounted" => "missing",
        "identified" | "unidentified" => "identified",
        "handed" | "claimed" | "unclaimed" | "recovered" | "retrieved" => "recovered",
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

/// Actions done to people, which a bare figure after them counts ("kill 5").
const PEOPLE_ACTIONS: &[&str] = &["killed", "injured", "missing", "arrested", "displaced"];

/// Whether a death toll is the subject of the figure at token `at`: "toll",
/// "tally" or a word for the dead in the tokens `from..at`, with no other number
/// between.
fn toll_before(
    w: &impl Fn(usize) -> String,
    from: usize,
    at: usize,
    about_deaths: bool,
) -> Option<usize> {
    let digits = |k: usize| w(k).chars().next().is_some_and(|c| c.is_ascii_digit());
    let number = |k: usize| digits(k) || crate::rules::quantity::is_number_word(&w(k));
    for k in (from..at).rev() {
        let x = w(k);
        // "from 115 to 97": the old figure of the same toll.
        // "to 275 from 288" read back from 288: the new figure of the same toll.
        let old_figure = digits(k)
            && ((w(k + 1) == "to" && k > 0 && w(k - 1) == "from")
                || (w(k + 1) == "from" && k > 0 && w(k - 1) == "to"));
        if old_figure {
            continue;
        }
        // Another figure ends the look-back (number words do not: "in over two
        // decades", "the three-train crash").
        // A figure of something else ("magnitude 6.8 earthquake") does not end the
        // look-back; another count does.
        let of_thing = digits(k) && {
            let next = w(k + 1);
            !next.is_empty()
                && next.chars().all(char::is_alphabetic)
                && !PEOPLE.contains(&next.as_str())
                && !is_stop(&next)
                && action(&next).is_none()
        };
        if of_thing {
            continue;
        }
        // A decimal point ("6.8") does not end the sentence.
        let decimal = x == "." && k > 0 && digits(k - 1) && digits(k + 1);
        if decimal {
            continue;
        }
        if digits(k) || matches!(x.as_str(), "." | ";" | "?" | "!") {
            return None;
        }
        // "the number of victims is 261", "the count of casualties".
        let counted_people = matches!(x.as_str(), "victims" | "casualties" | "dead" | "deaths")
            && k >= 2
            && w(k - 1) == "of"
            && matches!(w(k - 2).as_str(), "number" | "count" | "tally" | "toll");
        if counted_people {
            return Some(k);
        }
        // "bringing the total to 45", "the previous figure of 61", when the
        // sentence (or the one before) is about deaths.
        if about_deaths && matches!(x.as_str(), "total" | "figure" | "count") {
            return Some(k);
        }
        if matches!(x.as_str(), "toll" | "tally") || action(&x) == Some("killed") {
            // A word for the dead that another figure counts ("115 lives, making it
            // one of …") is that figure's.
            let counted = (k.saturating_sub(3)..k).any(number);
            return (!counted || x == "toll" || x == "tally").then_some(k);
        }
    }
    None
}

/// Verbs a headline puts before a figure ("Toll Rises To 288", "Toll Hits 300").
const FIGURE_VERBS: &[&str] = &[
    "rises",
    "rose",
    "risen",
    "climbs",
    "climbed",
    "jumps",
    "jumped",
    "reaches",
    "reached",
    "hits",
    "hit",
    "tops",
    "passes",
    "nears",
    "stands",
    "stood",
    "increases",
    "increased",
    "soars",
    "soared",
    "mounts",
    "mounted",
    "surges",
    "surged",
    "exceeds",
    "crosses",
];

/// What the figure is in its article, from the words around it: an earlier
/// figure ("from 288 to 275", "earlier put at 30", "the previous toll of 115"), a
/// projection ("could reach", "feared", "will likely surpass"), a part ("three
/// more", "another 40", "of them"), or the article's own.
fn status(
    w: &impl Fn(usize) -> String,
    (left, qa): (usize, usize),
    (qb, right): (usize, usize),
    hypothetical: bool,
) -> ClaimStatus {
    let before: Vec<String> = (left.max(qa.saturating_sub(6))..qa).map(w).collect();
    let after: Vec<String> = (qb..right.min(qb + 4)).map(w).collect();
    let near_before = |words: &[&str], within: usize| {
        before
            .iter()
            .rev()
            .take(within)
            .any(|x| words.contains(&x.as_str()))
    };
    // "from 288 to 275", "down from 115", "up from 30": the figure after "from".
    // Not "apart from 278 deaths", which adds to the figure.
    let aside = before.len() >= 2
        && before.last().is_some_and(|x| x == "from")
        && matches!(
            before[before.len() - 2].as_str(),
            "apart" | "aside" | "away"
        );
    let from = (before.last().is_some_and(|x| x == "from") && !aside)
        || (before.len() >= 2
            && before[before.len() - 2] == "from"
            && HEDGE_WORDS.contains(&before[before.len() - 1].as_str()));
    let earlier_words = [
        "earlier",
        "previous",
        "previously",
        "initial",
        "initially",
        "originally",
        "former",
        "prior",
    ];
    if from
        || near_before(&earlier_words, 6)
        || after.iter().take(2).any(|x| {
            matches!(
                x.as_str(),
                "earlier" | "previously" | "initially" | "before"
            )
        })
        || earlier_words.contains(&w(left).as_str())
        || ((left..qa).any(|k| w(k) == "had")
            && (left..qa).any(|k| matches!(w(k).as_str(), "put" | "stood" | "been" | "reported")))
    {
        return ClaimStatus::Earlier;
    }
    if hypothetical {
        return ClaimStatus::Projected;
    }
    if after.first().is_some_and(|x| x == "more")
        || near_before(&["another", "including", "among"], 2)
        || (after.first().is_some_and(|x| x == "of") && after.get(1).is_some_and(|x| x == "them"))
    {
        return ClaimStatus::Partial;
    }
    ClaimStatus::Reported
}

/// Whether the words before a figure set it in an earlier time than the story's
/// own event: "Prior to Tuesday's blast, … had killed 3,000", a sentence opening
/// "Before the blast", "whose attack last week killed 1,400", "earlier this year".
fn earlier_time(w: &impl Fn(usize) -> String, (sa, qa): (usize, usize), clause: usize) -> bool {
    if w(sa) == "before" || (sa..qa).any(|k| w(k) == "prior" && w(k + 1) == "to") {
        return true;
    }
    (clause.max(sa)..qa).any(|k| {
        let next = w(k + 1);
        // Not "last month's wildfire", which may well be the story's own event.
        (w(k) == "last"
            && matches!(next.as_str(), "week" | "month" | "year")
            && !matches!(w(k + 2).as_str(), "'" | "’" | "'s" | "’s"))
            || (w(k) == "earlier"
                && next == "this"
                && matches!(w(k + 2).as_str(), "week" | "month" | "year"))
    })
}

/// Hedge words that may stand between "from" and the figure.
const HEDGE_WORDS: &[&str] = &["about", "around", "nearly", "almost", "over", "some"];

/// Fold the counted noun to a measure name and whether it counts people.
fn noun_measure(noun: &str) -> (String, bool) {
    // The quantity rule lets a capitalised noun through only as a nationality.
    if noun.chars().next().is_some_and(char::is_uppercase) {
        return ("people".into(), true);
    }
    let n = noun.to_lowercase();
    if PEOPLE.contains(&n.as_str()) {
        return ("people".into(), true);
    }
    (term(&n).unwrap_or(n), false)
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
        // A statement the article repeats (a headline above a lead that opens with
        // the same words, a dateline added in front) gives its figure once: the
        // same figure after the same four words is the same statement.
        let mut said: HashSet<String> = HashSet::new();
        for (qi, q) in ex.quantities.iter().enumerate() {
            if let Some(c) = claim(view, d, doc, ex, qi, q, &doc_dates, tf) {
                let (qa, _) = token_range(&ex.tokens, c.quantity);
                let (sa, _) = token_range(&ex.tokens, c.sentence);
                let mut key: String = ex.tokens[qa.saturating_sub(4).max(sa).min(qa)..qa]
                    .iter()
                    .map(|t| t.text(&doc.text).to_string() + " ")
                    .collect();
                key.push_str(c.quantity.slice(&doc.text));
                if said.insert(key) {
                    out.push(c);
                }
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
    let sentences = view.sentences.get(d)?;
    let si = sentence_at(sentences, q.span.start)?;
    let sentence = *sentences.get(si)?;
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
    // A figure stated of a death toll: "the toll rose to 288", "the number of
    // deaths is 288", "martyrs has increased to 500" (no other figure between).
    // "one of the worst", "74 of the 97 victims": a part, not a figure of its own.
    if noun.is_none() && w(qb) == "of" {
        return None;
    }
    // An age is not a count: "died aged 92", "at the age of 87", "has died in
    // Germany at 50"; nor is a number that ends a name ("Shrek 2", "Apollo 11").
    let before_word = |k: usize| w(qa.saturating_sub(k));
    let age = qa > 0
        && (matches!(before_word(1).as_str(), "aged" | "age" | "ages")
            || (before_word(1) == "of" && before_word(2) == "age")
            || (noun.is_none()
                && before_word(1) == "at"
                && (qa.saturating_sub(8)..qa)
                    .any(|k| matches!(w(k).as_str(), "died" | "dies" | "dead" | "death"))
                && !(qa.saturating_sub(8)..qa).any(|k| {
                    matches!(
                        w(k).as_str(),
                        "toll" | "tally" | "stood" | "stands" | "put" | "figure"
                    )
                })));
    let after_name = noun.is_none()
        && qa > sa
        && toks.get(qa - 1).is_some_and(|t| {
            let lower = w(qa - 1);
            t.kind == TokenKind::Word
                && t.text(text).starts_with(char::is_uppercase)
                && !is_stop(&lower)
                && action(&lower).is_none()
                && !FIGURE_VERBS.contains(&lower.as_str())
        })
        && text.get(..q.span.start).is_some_and(|b| b.ends_with(' '))
        && qa - 1 > sa;
    if age || after_name {
        return None;
    }
    let toll_at = if noun.is_none() {
        // Deaths named in this sentence or the one before.
        let from = si
            .checked_sub(1)
            .and_then(|p| sentences.get(p))
            .map_or(sa, |p| token_range(toks, *p).0);
        let about_deaths = (from..sb).any(|k| {
            let x = w(k);
            x == "toll" || action(&x) == Some("killed")
        });
        toll_before(&w, sa.max(qa.saturating_sub(24)), qa, about_deaths)
    } else {
        None
    };
    // A number in words with nothing counted ("one of", "as one") is a toll only
    // right after the toll's own word.
    let spelled = !q
        .number
        .slice(text)
        .starts_with(|c: char| c.is_ascii_digit());
    let toll_at = toll_at.filter(|&t| !spelled || qa - t <= 4);
    let toll = toll_at.is_some();
    // A bare figure after a verb about people, or before one in the passive:
    // "Gunmen kill 5", "killing over 2,000", "said 500 were killed".
    let people_word = |k: usize| action(&w(k)).is_some_and(|a| PEOPLE_ACTIONS.contains(&a));
    let passive = matches!(
        w(qb).as_str(),
        "were" | "have" | "had" | "are" | "was" | "has"
    ) && (qb + 1..(qb + 3).min(right)).any(people_word);
    let people_act =
        noun.is_none() && ((qa.saturating_sub(3).max(left)..qa).any(people_word) || passive);
    let (noun_name, people) = match &noun {
        Some(n) => noun_measure(n),
        None if toll || people_act => ("people".into(), true),
        None => return None,
    };
    let mut act: Option<(usize, &'static str, usize)> = None; // (distance, action, token)
    if let Some(n) = &noun {
        if let Some(a) = action(n) {
            act = Some((0, a, qb.saturating_sub(1)));
        }
    }
    if act.is_none() {
        // Not across "and": in "died and more than two dozen were injured" the
        // second figure is the injured.
        let mut from = left.max(qa.saturating_sub(4));
        if let Some(k) = (from..qa).rev().find(|&k| clause_word(&w(k))) {
            from = k + 1;
        }
        let before = (from..qa).rev();
        let after = qb..right.min(qb + 4);
        for k in before.chain(after) {
            // "lost their lives" is a death, not a cut.
            let lives = matches!(w(k).as_str(), "lost" | "lose" | "losing")
                && (w(k + 1) == "their" && w(k + 2) == "lives" || w(k + 1) == "lives");
            let found = if lives { Some("killed") } else { action(&w(k)) };
            if let Some(a) = found {
                let dist = if k < qa { qa - k } else { k + 1 - qb };
                if act.is_none_or(|(d0, _, _)| dist < d0) {
                    act = Some((dist, a, k));
                }
            }
        }
    }
    // The toll decides unless another action stands closer to the figure than
    // the toll's own word ("the number of injured at 2,562").
    if let Some(t) = toll_at {
        if act.is_none_or(|(dist, a, k)| a != "killed" && (k < t || dist > qa - t)) {
            act = Some((0, "killed", qa));
        }
    }
    // "five Iraqis did not die": a denial is not a count.
    if let Some((_, _, k)) = act {
        let denied =
            (k.saturating_sub(3)..k).any(|j| matches!(w(j).as_str(), "not" | "never" | "n't"));
        if denied {
            return None;
        }
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
    let mut places_from_before = false;
    if !has_anchor(&event) && si > 0 {
        let prev = token_range(toks, sentences[si - 1]);
        collect_event(view, d, ex, toks, prev, q.span, &mut event, dates);
        windows.push(prev);
        places_from_before = !event.places.is_empty();
    }
    let measure_words: BTreeSet<String> = [noun_name.clone()]
        .into_iter()
        .chain(act.map(|(_, _, k)| term(&w(k)).unwrap_or_default()))
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
    // A year later in the sentence dates the figure too ("more than 10,000 were
    // killed, when a quake struck in 1960"), unless it is a comparison ("the
    // deadliest since 1960").
    let from = dates.partition_point(|x| x.start < q.span.end);
    for x in dates
        .iter()
        .skip(from)
        .take_while(|x| x.start < sentence.end)
        .filter(|x| x.end <= sentence.end)
    {
        let (k, _) = token_range(toks, Span::new(x.start, x.end));
        let since = (k.saturating_sub(3)..k).any(|j| w(j) == "since");
        if let Some(v) = x.value.filter(|v| v.year > 0 && !since && !x.relative) {
            event.years.push(v.year);
        }
    }
    event.years.sort_unstable();
    event.years.dedup();
    event.description = describe_event(view, &event, tf);

    let mut status = status(&w, (left_limit, qa), (qb, right_limit), hypothetical);
    // "three more people", "1,293 deaths in Al Haouz, 452 in Taroudant",
    // "Al Haouz (1,684), Taroudant (980)": parts of the toll.
    let more_inside = (qa + 1..qb).any(|k| w(k) == "more");
    if status == ClaimStatus::Reported && (more_inside || place_list(view, d, ex, qi, sentence)) {
        status = ClaimStatus::Partial;
    }
    let other_event = earlier_time(&w, (sa, qa), left);
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
        status,
        other_event,
        story: 0,
        places_from_before,
    })
}

/// Whether a token lies in a non-date mention.
pub(crate) fn in_mention(ex: &Extraction, span: Span) -> bool {
    let i = ex.mentions.partition_point(|m| m.span.end <= span.start);
    ex.mentions
        .get(i)
        .is_some_and(|m| m.span.overlaps(&span) && m.label != Label::Date)
}

/// Whether the quantity is one of a list of figures by place in its sentence: it
/// and a neighbouring quantity each stand right before "in PLACE" or right after
/// "PLACE (".
fn place_list(view: &View, d: usize, ex: &Extraction, qi: usize, sentence: Span) -> bool {
    let text = view
        .analysis
        .documents
        .get(d)
        .map_or("", |x| x.text.as_str());
    let toks = &ex.tokens;
    let is_place = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let i = ex.mentions.partition_point(|m| m.span.end <= t.span.start);
            ex.mentions
                .get(i)
                .is_some_and(|m| m.span.overlaps(&t.span) && m.label == Label::Loc)
        })
    };
    let word = |k: usize| toks.get(k).map_or("", |t| t.text(text));
    let by_place = |q: &Quantity| {
        let (a, b) = token_range(toks, q.span);
        let after = matches!(word(b), "in" | "at") && (is_place(b + 1) || is_place(b + 2));
        let paren = a >= 2 && word(a - 1) == "(" && is_place(a - 2);
        after || paren
    };
    let Some(q) = ex.quantities.get(qi) else {
        return false;
    };
    let neighbour = |j: Option<usize>| {
        j.and_then(|j| ex.quantities.get(j))
            .is_some_and(|p| sentence.contains(&p.span) && by_place(p))
    };
    by_place(q) && (neighbour(qi.checked_sub(1)) || neighbour(qi.checked_add(1)))
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
                if let Some(c) = &e.country {
                    event.places.push(c.clone());
                }
            }
            Label::Norp => match &e.country {
                Some(c) => event.places.push(c.clone()),
                None => event.entities.push(e.id.clone()),
            },
            Label::Org | Label::Person => event.entities.push(e.id.clone()),
            Label::Date => {
                // The document's dates are in text order.
                let at = dates.partition_point(|x| x.start < m.span.start);
                if let Some(v) = dates
                    .get(at)
                    .filter(|x| x.start == m.span.start)
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
