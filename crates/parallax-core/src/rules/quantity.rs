//! Counted quantities: "at least 143 people", "nearly 100 dead", "about 30 attacks",
//! "137 unarmed lives", "tens of thousands", "dozens", "more than two dozen", "up to 25".

use crate::mention::{Hedge, Quantity};
use crate::span::Span;
use crate::token::scan::{Tok, ALLCAPS, DIGIT, LINE_START, SPACE_BEFORE};
use crate::words;

/// "one" … "twenty", "thirty" … "ninety" as numbers.
pub(crate) fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

fn multiplier(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 100.0,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Whether a word is a number in words ("six", "hundred", "dozens").
pub(crate) fn is_number_word(w: &str) -> bool {
    small_number(w).is_some() || multiplier(w).is_some() || vague(w).is_some()
}

/// Vague plurals and the lower bound they imply: "dozens" → 24.
fn vague(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 24.0,
        "scores" => 40.0,
        "hundreds" => 200.0,
        "thousands" => 2000.0,
        "millions" => 2e6,
        _ => return None,
    })
}

/// Words that may stand between a number and its noun ("137 unarmed lives").
fn modifier(w: &str) -> bool {
    words::is(w, words::MODIFIER)
}

fn stop(w: &str) -> bool {
    words::is(w, words::STOP)
}

/// Nouns that are counts of time, not of things (durations are not quantities of a fact).
fn time_noun(w: &str) -> bool {
    words::is(w, words::TIME_NOUN)
}

/// Closing quotation marks, including the double prime some pages type for one.
fn is_closing_quote(t: &str) -> bool {
    matches!(t, "”" | "\"" | "″" | "’" | "'")
}

/// The shape of a plural nationality: "Palestinians", "Israelis", "Britons".
fn demonym_plural(w: &str) -> bool {
    w.chars().count() > 5
        && (w.ends_with("ans") || w.ends_with("is") || w.ends_with("ons") || w.ends_with("ese"))
}

/// Find quantities; `taken[k]` marks tokens already claimed by a date or a name, and
/// `headline[k]` tokens on a title-case headline line.
pub(crate) fn find(text: &str, toks: &[Tok], taken: &[bool], headline: &[bool]) -> Vec<Quantity> {
    let w = |i: usize| toks.get(i).map_or("", |t| t.text(text));
    let free = |i: usize| i < toks.len() && !taken.get(i).copied().unwrap_or(false);
    let joins = |i: usize| toks.get(i).is_some_and(|t| !t.has(LINE_START));
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !toks[i].has(DIGIT) && toks[i].class & words::QUANT_START == 0 {
            i += 1;
            continue;
        }
        // Hedge words before the number.
        let (hedge, hlen) = {
            let a = words::lower(w(i));
            let b = words::lower(w(i + 1));
            match (a.as_str(), b.as_str()) {
                ("at", "least") | ("no", "fewer") | ("no", "less") => {
                    (Hedge::AtLeast, if a == "no" { 3 } else { 2 })
                }
                ("more", "than") => (Hedge::MoreThan, 2),
                ("over" | "surpassed" | "surpassing" | "exceeded" | "exceeding" | "topped", _) => {
                    (Hedge::MoreThan, 1)
                }
                ("upwards", "of") => (Hedge::MoreThan, 2),
                ("in", "excess") if words::lower(w(i + 2)) == "of" => (Hedge::MoreThan, 3),
                ("up", "to") => (Hedge::UpTo, 2),
                ("as", "many" | "much") if words::lower(w(i + 2)) == "as" => (Hedge::UpTo, 3),
                ("fewer", "than") | ("less", "than") => (Hedge::LessThan, 2),
                ("nearly" | "almost", _) => (Hedge::Nearly, 1),
                ("close", "to") => (Hedge::Nearly, 2),
                ("about" | "around" | "roughly" | "approximately" | "some", _) => (Hedge::About, 1),
                ("an", "estimated") => (Hedge::About, 2),
                ("between", _) => (Hedge::Range, 1),
                _ => (Hedge::Exact, 0),
            }
        };
        let n0 = i + hlen;
        if hlen > 0 && !(joins(n0) && free(n0)) {
            i += 1;
            continue;
        }
        let Some((value, vague_low, mut nend)) = number_at(text, toks, n0) else {
            i += 1;
            continue;
        };
        if (n0..nend).any(|k| !free(k)) {
            i += 1;
            continue;
        }
        if hlen == 0
            && nend == n0 + 1
            && (designator(text, toks, n0, headline) || clock_time(text, toks, n0))
        {
            // With what a hyphen joins to it: "the Boeing 737-800" is a model,
            // "Kiefer 6-7" a score.
            i = nend;
            if matches!(w(i), "-" | "–") && toks.get(i + 1).is_some_and(|t| t.has(DIGIT)) {
                i += 2;
            }
            continue;
        }
        // A range: "between 10 and 50", "200 to 300", "10-50" (not "from 200 to 300",
        // which is a change, read as two figures).
        let mut hedge = hedge;
        let mut upper = None;
        let from_before = i > 0 && words::lower(w(i - 1)) == "from";
        let joiner = words::lower(w(nend));
        let range_joiner = match joiner.as_str() {
            "and" => hedge == Hedge::Range,
            "to" => !from_before && matches!(hedge, Hedge::Exact | Hedge::Range),
            "-" | "–" => matches!(hedge, Hedge::Exact | Hedge::Range),
            _ => false,
        };
        if range_joiner && vague_low.is_none() && joins(nend + 1) && free(nend + 1) {
            if let Some((Some(m), None, mend)) = number_at(text, toks, nend + 1) {
                if value.is_some_and(|v| v < m) && (nend + 1..mend).all(free) {
                    upper = Some(m);
                    hedge = Hedge::Range;
                    nend = mend;
                }
            }
        }
        if hedge == Hedge::Range && upper.is_none() {
            i += 1;
            continue;
        }
        // The counted noun: skip "of" after vague plurals and a few modifiers.
        let mut j = nend;
        if vague_low.is_some() && w(j) == "of" && joins(j) {
            j += 1;
        }
        // A closing quotation mark may stand between ("“two hundred to 300″ people").
        if toks.get(j).is_some_and(|t| is_closing_quote(t.text(text))) {
            j += 1;
        }
        let mut noun = None;
        for k in j..(j + 3).min(toks.len()) {
            if !joins(k) || !free(k) {
                break;
            }
            let x = w(k);
            let lower_word = toks[k].is_word() && !toks[k].is_cap() && !toks[k].has(DIGIT);
            // "500 Palestinians", "1,400 Israelis": people counted by nationality.
            let people_of = toks[k].is_cap() && !toks[k].has(ALLCAPS) && demonym_plural(x);
            let alpha = lower_word || people_of;
            if !alpha || stop(x) {
                break;
            }
            if modifier(x)
                && k + 1 < j + 3
                && toks.get(k + 1).is_some_and(|t| t.is_word() && !t.is_cap())
                && !stop(w(k + 1))
            {
                continue;
            }
            noun = Some(k);
            break;
        }
        if noun.is_some_and(|k| time_noun(w(k)))
            || w(nend) == "%"
            || w(nend).eq_ignore_ascii_case("percent")
        {
            i = nend;
            continue;
        }
        // A bare four-digit number in the years' range is a year ("in 2021"); written
        // with a thousands separator it is a count ("rose to 2,012").
        let bare_year = hedge == Hedge::Exact
            && vague_low.is_none()
            && !w(n0).contains(',')
            && value.is_some_and(|v| (1900.0..2100.0).contains(&v) && v.fract() == 0.0);
        // An amount of money or a time of day is not a count.
        let unit_before = n0 > 0
            && !toks[n0].has(SPACE_BEFORE)
            && matches!(w(n0 - 1), "$" | "£" | "€" | "¥" | "#" | "№");
        if bare_year || unit_before {
            i = nend;
            continue;
        }
        let (low, high) = match upper {
            Some(m) => (value, Some(m)),
            None => interval(hedge, value, vague_low),
        };
        let first = toks[i].start as usize;
        let last = noun.map_or(toks[nend - 1].end, |k| toks[k].end) as usize;
        out.push(Quantity {
            span: Span::new(first, last),
            number: Span::new(toks[n0].start as usize, toks[nend - 1].end as usize),
            value,
            low,
            high,
            hedge: if vague_low.is_some() && hedge == Hedge::Exact {
                Hedge::Vague
            } else {
                hedge
            },
            noun: noun.map(|k| toks[k].span()),
            // A nationality keeps its capital, which tells it from other nouns.
            noun_text: noun.map(|k| {
                if toks[k].is_cap() {
                    w(k).to_string()
                } else {
                    w(k).to_lowercase()
                }
            }),
        });
        i = noun.map_or(nend, |k| k + 1);
    }
    out
}

/// Whether the number at token `k` is part of the name before it, a model or a
/// designator rather than a count: "the Boeing 737", "the new Model 3", "Windows 11",
/// "Apollo 13", "Route 66", "Covid-19", "F-16". Only a plain number of up to four
/// digits, glued by a hyphen to a word with a capital, or right after a word of three
/// letters or more with a capital inside the sentence; not after a month or a weekday
/// ("on Sunday 300 marched"), a sentence's first word ("Only 12 survived"), a place's
/// name ("in Lahaina 97 died") or on a title-case headline, where every word has its
/// capital ("Quake Kills 296").
fn designator(text: &str, toks: &[Tok], k: usize, headline: &[bool]) -> bool {
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let (t, prev) = (&toks[k], &toks[p]);
    let digits = t.text(text);
    let word = prev.text(text);
    let plain = digits.len() <= 4 && digits.bytes().all(|b| b.is_ascii_digit());
    // Glued by a hyphen to a word with a capital: "Covid-19 deaths", "F-16 jets",
    // "MiG-29", "Under-21" (a range's numbers are both digits: "10-50").
    let glued = |k: usize| toks.get(k).is_some_and(|t| !t.has(SPACE_BEFORE));
    if glued(k) && matches!(word, "-" | "–") && glued(p) {
        return plain
            && p.checked_sub(1).and_then(|q| toks.get(q)).is_some_and(|q| {
                q.is_word() && q.text(text).bytes().any(|b| b.is_ascii_uppercase())
            });
    }
    let named = word.len() >= 3
        && word.bytes().any(|b| b.is_ascii_uppercase())
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && !prev.has(ALLCAPS)
        && prev.class & (words::MONTH | words::WEEKDAY | words::MONTH_ABBREV) == 0;
    let before = p
        .checked_sub(1)
        .and_then(|q| toks.get(q))
        .map(|q| q.text(text));
    let opens = crate::token::scan::opens_sentence(text, toks, p)
        || before.is_some_and(|q| matches!(q, ":" | "\"" | "“" | "‘" | "'"));
    let place = before.is_some_and(|q| {
        matches!(
            words::lower(q).as_str(),
            "in" | "at" | "across" | "near" | "throughout"
        )
    });
    plain
        && named
        && t.has(SPACE_BEFORE)
        && !t.has(LINE_START)
        && !opens
        && !place
        && !headline.get(k).copied().unwrap_or(false)
}

/// Whether the number at token `k` is a time of day on the 24-hour clock before its
/// zone: "at 2300 GMT", "by 0400 UTC".
fn clock_time(text: &str, toks: &[Tok], k: usize) -> bool {
    let digits = toks[k].text(text);
    digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
        && toks.get(k + 1).is_some_and(|z| {
            matches!(
                z.text(text),
                "GMT"
                    | "BST"
                    | "UTC"
                    | "CET"
                    | "CEST"
                    | "EST"
                    | "EDT"
                    | "CST"
                    | "CDT"
                    | "PST"
                    | "PDT"
            )
        })
}

/// The number starting at token `i`: (value, lower bound if vague, end token).
fn number_at(text: &str, toks: &[Tok], i: usize) -> Option<(Option<f64>, Option<f64>, usize)> {
    let w = |k: usize| {
        toks.get(k)
            .map_or(words::Lower::default(), |t| words::lower(t.text(text)))
    };
    let t = toks.get(i)?;
    let first = w(i);
    // "tens of thousands", "hundreds of thousands"
    if (first == "tens" || first == "hundreds") && w(i + 1) == "of" {
        if let Some(m) =
            multiplier(w(i + 2).trim_end_matches('s')).filter(|_| w(i + 2).ends_with('s'))
        {
            let base = if first == "tens" { 10.0 } else { 100.0 };
            return Some((None, Some(2.0 * base * m), i + 3));
        }
    }
    if let Some(low) = vague(&first) {
        return Some((None, Some(low), i + 1));
    }
    let mut value;
    let mut j;
    if t.has(DIGIT) {
        let digits: String = first.chars().filter(|c| *c != ',').collect();
        value = digits.parse::<f64>().ok()?;
        j = i + 1;
    } else if let Some(v) = small_number(&first) {
        value = v;
        j = i + 1;
        // "twenty - five"
        if w(j) == "-" {
            if let Some(u) = small_number(&w(j + 1)).filter(|u| *u < 10.0 && v >= 20.0) {
                value += u;
                j += 2;
            }
        }
    } else if first == "a"
        && (w(i + 1) == "dozen" || w(i + 1) == "hundred" || w(i + 1) == "thousand")
    {
        value = 1.0;
        j = i + 1;
    } else {
        return None;
    }
    // Reject numbers glued to other tokens: "P320", "19-year-old", "2024-01", "5:20";
    // a hyphen between two numbers is a range ("10-50") and is read by the caller.
    let glued = |k: usize| toks.get(k).is_some_and(|n| !n.has(SPACE_BEFORE));
    let digit_after = |k: usize| glued(k) && toks.get(k).is_some_and(|n| n.has(DIGIT));
    if glued(j) && matches!(w(j).as_str(), "/" | ":" | "." | ",") && digit_after(j + 1) {
        return None;
    }
    if glued(j) && matches!(w(j).as_str(), "-" | "–") {
        let numeric_after = toks.get(j + 1).is_some_and(|n| n.has(DIGIT)) && glued(j + 1);
        if !numeric_after || !t.has(DIGIT) {
            return None;
        }
    }
    if glued(j) && toks.get(j).is_some_and(|n| n.is_word()) {
        return None;
    }
    while let Some(m) = multiplier(&w(j)) {
        value *= m;
        j += 1;
    }
    Some((Some(value), None, j))
}

fn interval(
    hedge: Hedge,
    value: Option<f64>,
    vague_low: Option<f64>,
) -> (Option<f64>, Option<f64>) {
    if let Some(low) = vague_low {
        return match hedge {
            Hedge::UpTo | Hedge::LessThan => (Some(0.0), Some(low)),
            _ => (Some(low), None),
        };
    }
    let Some(v) = value else { return (None, None) };
    match hedge {
        Hedge::Exact => (Some(v), Some(v)),
        Hedge::AtLeast => (Some(v), None),
        Hedge::MoreThan => (Some(v + 1.0), None),
        Hedge::Nearly => (Some((v * 0.9 + 1e-9).floor()), Some(v)),
        Hedge::About => (
            Some((v * 0.9 + 1e-9).floor()),
            Some((v * 1.1 - 1e-9).ceil()),
        ),
        Hedge::UpTo => (Some(0.0), Some(v)),
        Hedge::LessThan => (Some(0.0), Some((v - 1.0).max(0.0))),
        Hedge::Vague => (Some(v), None),
        Hedge::Range => (Some(v), Some(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::scan::scan;

    #[test]
    fn quantities() {
        type Case = (
            &'static str,
            &'static str,
            Option<f64>,
            Option<f64>,
            Hedge,
            Option<&'static str>,
        );
        let cases: &[Case] = &[
            (
                "that killed at least 143 people and",
                "at least 143 people",
                Some(143.0),
                None,
                Hedge::AtLeast,
                Some("people"),
            ),
            (
                "left nearly 100 dead.",
                "nearly 100 dead",
                Some(90.0),
                Some(100.0),
                Hedge::Nearly,
                Some("dead"),
            ),
            (
                "launching about 30 attacks in",
                "about 30 attacks",
                Some(27.0),
                Some(33.0),
                Hedge::About,
                Some("attacks"),
            ),
            (
                "killed about 100 people",
                "about 100 people",
                Some(90.0),
                Some(110.0),
                Hedge::About,
                Some("people"),
            ),
            (
                "loss of 137 unarmed lives and",
                "137 unarmed lives",
                Some(137.0),
                Some(137.0),
                Hedge::Exact,
                Some("lives"),
            ),
            (
                "had tens of thousands of and",
                "tens of thousands",
                Some(20000.0),
                None,
                Hedge::Vague,
                None,
            ),
            (
                "dozens of people died",
                "dozens of people",
                Some(24.0),
                None,
                Hedge::Vague,
                Some("people"),
            ),
            (
                "more than two dozen soldiers",
                "more than two dozen soldiers",
                Some(25.0),
                None,
                Hedge::MoreThan,
                Some("soldiers"),
            ),
            (
                "up to 25 suspects",
                "up to 25 suspects",
                Some(0.0),
                Some(25.0),
                Hedge::UpTo,
                Some("suspects"),
            ),
            (
                "twenty-five people",
                "twenty-five people",
                Some(25.0),
                Some(25.0),
                Hedge::Exact,
                Some("people"),
            ),
        ];
        for (text, want, low, high, hedge, noun) in cases {
            let toks = scan(text);
            let q = find(text, &toks, &vec![false; toks.len()], &[]);
            assert_eq!(q.len(), 1, "{text}: {q:?}");
            let q = &q[0];
            assert_eq!(q.span.slice(text), *want, "{text}");
            assert_eq!((q.low, q.high, q.hedge), (*low, *high, *hedge), "{text}");
            assert_eq!(q.noun_text.as_deref(), *noun, "{text}");
        }
        for text in [
            "in 2021 the",
            "for 24 hours",
            "a 19-year-old man",
            "5 percent",
            "over the course of only 24 hours",
        ] {
            let toks = scan(text);
            assert!(
                find(text, &toks, &vec![false; toks.len()], &[]).is_empty(),
                "{text}"
            );
        }
    }
}
