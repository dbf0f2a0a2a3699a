//! DATE rules: absolute dates, months, weekdays, years, and relative expressions
//! ("last week", "five years ago", "the past decade", "earlier this month").

use crate::calendar::{days_from_civil, CalendarValue, Granularity};
use crate::mention::DateValue;
use crate::span::Span;
use crate::token::scan::{Tok, CAP, DIGIT, LINE_START};
use crate::words;

/// A date found by the rules: token range `[start, end)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct DateHit {
    pub start: usize,
    pub end: usize,
}

pub(crate) fn month(w: &str) -> bool {
    words::is(w, words::MONTH)
}

fn month_abbrev(w: &str) -> bool {
    words::is(w, words::MONTH_ABBREV)
}

/// Word classes that open or close a date, so are no part of a name around one.
const DATE_WORDS: u32 = words::MONTH | words::MONTH_ABBREV | words::WEEKDAY | words::FUNCTION_WORD;

pub(crate) fn weekday(w: &str) -> bool {
    words::is(w, words::WEEKDAY)
}

fn unit(w: &str) -> bool {
    words::is_folded(w, words::UNIT)
}

fn season(w: &str) -> bool {
    words::is(w, words::SEASON)
}

pub(crate) fn number_word(w: &str) -> bool {
    words::is_folded(w, words::NUMBER_WORD)
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.bytes().all(|b| b.is_ascii_digit())
        && (w.starts_with("19") || w.starts_with("20"))
}

fn is_decade(w: &str) -> bool {
    // 1990s, 2000s
    w.len() == 5 && w.ends_with('s') && is_year(&w[..4]) && w[..4].ends_with('0')
}

fn day_number(w: &str) -> bool {
    let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !d.is_empty()
        && d.len() <= 2
        && d.bytes().all(|b| b.is_ascii_digit())
        && d.parse::<u8>().is_ok_and(|n| (1..=31).contains(&n))
}

struct View<'a> {
    text: &'a str,
    toks: &'a [Tok],
}

impl<'a> View<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn lw(&self, i: usize) -> words::Lower<'a> {
        words::lower(self.w(i))
    }
    /// Token `i` exists and does not start a new line (so a match may extend onto it).
    fn joins(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.has(LINE_START))
    }
}

/// All date expressions in `toks`, left to right, non-overlapping.
pub(crate) fn find(text: &str, toks: &[Tok]) -> Vec<DateHit> {
    let v = View { text, toks };
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if let Some(end) = at(&v, i) {
            let mut start = i;
            // "the summer of this year", "the end of March", "the spring of 2019"
            if start >= 3
                && v.w(start - 1) == "of"
                && (season(v.w(start - 2))
                    || matches!(v.w(start - 2), "end" | "beginning" | "start" | "middle"))
                && v.lw(start - 3) == "the"
            {
                start -= 3;
            }
            // "early 2019", "late March", "mid-March": the part of the period counts.
            let absolute = v.toks[i].has(DIGIT) || month(v.w(i)) || month_abbrev(v.w(i));
            if absolute && start == i {
                if start >= 2 && v.w(start - 1) == "-" && v.lw(start - 2) == "mid" {
                    start -= 2;
                } else if start >= 1 && matches!(v.lw(start - 1).as_str(), "early" | "late" | "mid")
                {
                    start -= 1;
                }
            }
            out.push(DateHit { start, end });
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// A date starting at token `i`: its end token (exclusive).
fn at(v: &View, i: usize) -> Option<usize> {
    // Most tokens can start no date; one bit test rules them out.
    const STARTS: u32 = words::MONTH
        | words::MONTH_ABBREV
        | words::WEEKDAY
        | words::NUMBER_WORD
        | words::DATE_TRIGGER;
    let tok = v.toks.get(i)?;
    if !tok.has(DIGIT) && tok.class & STARTS == 0 {
        return None;
    }
    let w = v.w(i);
    let lw = v.lw(i);
    let t = v.toks.get(i)?;
    // ISO: 2024-01-15
    if is_year(w)
        && v.w(i + 1) == "-"
        && v.w(i + 2).len() == 2
        && v.w(i + 3) == "-"
        && day_number(v.w(i + 4))
        && v.joins(i + 4)
    {
        return Some(i + 5);
    }
    // Month forms: "March", "March 2019", "March 21", "March 21, 2019", "Sept. 11, 2001"
    if month(w) || (month_abbrev(w) && (v.w(i + 1) == "." || day_number(v.w(i + 1)))) {
        // "May" alone is usually the verb; require a number or a date-ish preposition.
        let mut j = i + 1;
        if month_abbrev(w) && v.w(j) == "." {
            j += 1;
        }
        let mut end = if month_abbrev(w) { None } else { Some(i + 1) };
        if v.joins(j) && day_number(v.w(j)) && !v.toks[j].has(CAP) {
            end = Some(j + 1);
            j += 1;
            if v.w(j) == "," && is_year(v.w(j + 1)) {
                end = Some(j + 2);
            } else if is_year(v.w(j)) {
                end = Some(j + 1);
            }
        } else if v.joins(j) && is_year(v.w(j)) {
            end = Some(j + 1);
        }
        if w == "May" && end == Some(i + 1) {
            let prev = if i > 0 {
                v.lw(i - 1)
            } else {
                words::Lower::default()
            };
            if !matches!(
                prev.as_str(),
                "in" | "since"
                    | "until"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "by"
                    | "through"
            ) {
                return None;
            }
        }
        return end;
    }
    // Day-first: "21 March 2019"
    if day_number(w) && !t.has(CAP) && month(v.w(i + 1)) && v.joins(i + 1) {
        return Some(if is_year(v.w(i + 2)) { i + 3 } else { i + 2 });
    }
    if weekday(w) {
        // Inside a name, between "the" or a name word and a name word after it: "the
        // Sunday Mirror", "the Good Friday Agreement" ("on Friday Ana Gil said" and "Good
        // Friday" alone are days).
        let name_word = |k: usize| {
            v.toks.get(k).is_some_and(|t| {
                t.is_word()
                    && t.has(CAP)
                    && t.has(crate::token::scan::SPACE_BEFORE)
                    && !t.has(LINE_START)
                    && t.class & (DATE_WORDS | words::TITLE) == 0
            })
        };
        let inside = i > 0
            && !tok.has(LINE_START)
            && (v.lw(i - 1).as_str() == "the" || name_word(i - 1))
            && name_word(i + 1);
        return (!inside).then_some(i + 1);
    }
    // Years and decades: "2021", "1990s", "the 1990s"
    if is_year(w) || is_decade(w) {
        // Not a count ("2019 people") and not part of a bigger number ("$2019", "2019.5").
        let next = v.w(i + 1);
        let prev = if i > 0 { v.w(i - 1) } else { "" };
        if matches!(prev, "$" | "£" | "€" | "#" | "No") || matches!(next, "%" | "percent") {
            return None;
        }
        // A year right after a capitalised name is part of it: "Euro 2004", "Windows 2000".
        let named = i > 0
            && tok.has(crate::token::scan::SPACE_BEFORE)
            && !tok.has(LINE_START)
            && v.toks[i - 1].is_word()
            && v.toks[i - 1].has(CAP)
            && v.toks[i - 1].class & DATE_WORDS == 0;
        if named {
            return None;
        }
        return Some(i + 1);
    }
    if lw == "the" && is_decade(v.w(i + 1)) {
        return Some(i + 2);
    }
    match lw.as_str() {
        // "Today" mid-sentence is usually a title ("BBC Radio 4's Today programme").
        "today" | "yesterday" | "tomorrow" => {
            let starts_sentence = tok.has(LINE_START)
                || i == 0
                || matches!(
                    v.w(i - 1),
                    "." | "!" | "?" | "\"" | "“" | "‘" | "'" | ":" | "("
                );
            if tok.has(CAP) && !starts_sentence {
                return None;
            }
            return Some(i + 1);
        }
        // "last week", "next month", "this year", "last Thursday"
        "last" | "next" | "this" | "past" | "previous" | "coming" if v.joins(i + 1) => {
            let n = v.w(i + 1);
            if (unit(n) && !n.ends_with('s')) || weekday(n) || month(n) || season(n) {
                // "the past week" takes its article; "past" alone is an adjective elsewhere.
                return Some(i + 2);
            }
        }
        // "the past decade", "the last two years", "the coming months"
        "the" if v.joins(i + 1) => {
            let n1 = v.lw(i + 1);
            if matches!(
                n1.as_str(),
                "past" | "last" | "previous" | "coming" | "next" | "following"
            ) {
                let mut j = i + 2;
                if number_word(v.w(j)) || v.toks.get(j).is_some_and(|t| t.has(DIGIT)) {
                    j += 1;
                }
                if unit(v.w(j)) && v.joins(j) {
                    return Some(j + 1);
                }
            }
            // "the day before", "the week before" at the end of a clause (not
            // "the day before the vote", which counts from the vote).
            if n1 == "day" || n1 == "week" {
                let after = v.w(i + 3);
                if v.lw(i + 2) == "before"
                    && v.joins(i + 2)
                    && (after.is_empty() || matches!(after, "." | "," | ";" | ")" | "!" | "?"))
                {
                    return Some(i + 3);
                }
            }
            // "the 20th century", "the nineteenth century"
            let ord = v.lw(i + 1);
            if (ord.ends_with("th") || ord.ends_with("st"))
                && v.lw(i + 2) == "century"
                && v.joins(i + 2)
            {
                return Some(i + 3);
            }
            // "the five-year anniversary", "the 10th anniversary"
            let mut j = i + 1;
            while j < i + 5 && v.joins(j) && v.w(j) != "anniversary" && !v.w(j).is_empty() {
                let x = v.lw(j);
                if !(number_word(&x)
                    || x == "-"
                    || unit(&x)
                    || x.ends_with("th")
                    || x.ends_with("st")
                    || x.ends_with("nd")
                    || x.ends_with("rd")
                    || x.bytes().all(|b| b.is_ascii_digit()))
                {
                    break;
                }
                j += 1;
            }
            if j > i + 1 && v.w(j) == "anniversary" {
                return Some(j + 1);
            }
        }
        // "earlier this month", "later this year", "early next week"
        "earlier" | "later" | "early" | "late"
            if v.joins(i + 2)
                && matches!(v.lw(i + 1).as_str(), "this" | "last" | "next")
                && unit(v.w(i + 2)) =>
        {
            return Some(i + 3);
        }
        // "recent years", "recent months"
        "recent"
            if v.joins(i + 1)
                && matches!(
                    v.lw(i + 1).as_str(),
                    "years" | "months" | "weeks" | "days" | "decades"
                ) =>
        {
            return Some(i + 2);
        }
        _ => {}
    }
    // "five years ago", "a decade ago", "several years ago", "2 weeks ago",
    // "a day earlier", "two days later"
    if (number_word(w) || t.has(DIGIT))
        && unit(v.w(i + 1))
        && matches!(v.lw(i + 2).as_str(), "ago" | "earlier" | "later")
        && v.joins(i + 2)
    {
        return Some(i + 3);
    }
    if (lw == "a" || lw == "few")
        && v.lw(i + 1) == "few"
        && unit(v.w(i + 2))
        && v.lw(i + 3) == "ago"
    {
        return Some(i + 4);
    }
    None
}

fn number(w: &str) -> Option<i64> {
    // Number words as the quantity rule reads them, up to fifty.
    if let Some(v) = super::quantity::small_number(w).filter(|v| *v <= 50.0) {
        return Some(v as i64);
    }
    match w {
        "zero" => Some(0),
        "a" | "an" => Some(1),
        "several" | "few" | "couple" => None,
        _ => w
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=1000).contains(n)),
    }
}

/// Read the words of one date expression into a calendar value. `publication`
/// anchors relative expressions. Returns the value (`None` when relative without
/// an anchor or too vague) and whether the text is relative. This is the one
/// place dates are parsed; the comparison reads what it returns.
pub(crate) fn read(
    text: &str,
    publication: Option<CalendarValue>,
) -> (Option<CalendarValue>, bool) {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = words::month;
    if words.contains(&"anniversary") {
        // "the fourth anniversary" with no date of its own falls in the year of
        // the article (a date in its sentence anchors it better, see `read_all`).
        return (publication.map(|p| CalendarValue::year(p.year)), true);
    }
    let year_of = |w: &str| {
        (w.len() == 4)
            .then(|| w.parse::<i32>().ok())
            .flatten()
            .filter(|y| (1000..=2200).contains(y))
    };
    // ISO dates: 2024-01-15.
    for w in &words {
        let parts: Vec<&str> = w.split('-').collect();
        if parts.len() == 3 {
            if let (Some(y), Ok(m), Ok(d)) = (year_of(parts[0]), parts[1].parse(), parts[2].parse())
            {
                if (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return (
                        Some(CalendarValue::day(
                            days_from_civil(y, m, d),
                            Granularity::Day,
                        )),
                        false,
                    );
                }
            }
        }
    }
    let year = words.iter().find_map(|w| year_of(w));
    let decade = words.iter().find_map(|w| {
        let y = w.strip_suffix('s').and_then(year_of)?;
        (y % 10 == 0).then_some(y)
    });
    let month = words.iter().find_map(|w| month_of(w));
    let day = words.iter().find_map(|w| {
        let d = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (d.len() <= 2 && !d.is_empty())
            .then(|| d.parse::<u8>().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    });
    if let Some(y) = decade {
        return (
            Some(CalendarValue {
                year: y,
                month: None,
                day: None,
                granularity: Granularity::Decade,
            }),
            false,
        );
    }
    if let Some(y) = year {
        let has = |w: &str| words.contains(&w);
        // "the summer of 2019", "the end of 2019" are inside the year.
        return match (month, day) {
            (Some(m), Some(d)) if !has("of") || has(&format!("{d}")) => (
                Some(CalendarValue::day(
                    days_from_civil(y, m, d),
                    Granularity::Day,
                )),
                false,
            ),
            (Some(m), _) => (Some(CalendarValue::month(y, m)), false),
            _ => (Some(CalendarValue::year(y)), false),
        };
    }
    // Everything below is relative to the publication date.
    let has = |w: &str| words.contains(&w);
    let unit = words.iter().find_map(|w| match *w {
        "day" | "days" => Some(Granularity::Day),
        "week" | "weeks" | "weekend" => Some(Granularity::Week),
        "month" | "months" => Some(Granularity::Month),
        "year" | "years" => Some(Granularity::Year),
        "decade" | "decades" => Some(Granularity::Decade),
        _ => None,
    });
    let vague = [
        "recent", "several", "few", "coming", "couple", "many", "decades",
    ]
    .iter()
    .any(|w| has(w));
    let Some(p) = publication else {
        return (None, true);
    };
    if vague {
        return (None, true);
    }
    let pday = days_from_civil(p.year, p.month.unwrap_or(1), p.day.unwrap_or(1));
    let has_day = p.day.is_some() && p.month.is_some();
    let has_month = p.month.is_some();
    // Month names without a year: the latest such month not after publication.
    if let Some(m) = month {
        if !has_month {
            return (None, true);
        }
        let y = if m <= p.month.unwrap_or(12) {
            p.year
        } else {
            p.year - 1
        };
        return match day {
            Some(d) => (
                Some(CalendarValue::day(
                    days_from_civil(y, m, d),
                    Granularity::Day,
                )),
                true,
            ),
            None => (Some(CalendarValue::month(y, m)), true),
        };
    }
    if let Some(wd) = words.iter().find_map(|w| words::weekday(w)) {
        if !has_day {
            return (None, true);
        }
        // 1970-01-01 was a Thursday (index 3 from Monday).
        let today = (pday + 3).rem_euclid(7);
        let back = (today - wd as i64).rem_euclid(7);
        let x = if has("next") {
            pday + (wd as i64 - today).rem_euclid(7).max(1)
        } else if has("last") && back == 0 {
            pday - 7
        } else {
            pday - back
        };
        return (Some(CalendarValue::day(x, Granularity::Day)), true);
    }
    for (w, off) in [
        ("yesterday", -1),
        ("today", 0),
        ("tonight", 0),
        ("tomorrow", 1),
    ] {
        if has(w) {
            if !has_day {
                return (None, true);
            }
            return (Some(CalendarValue::day(pday + off, Granularity::Day)), true);
        }
    }
    let Some(unit) = unit else {
        return (None, true);
    };
    let count = words.iter().find_map(|w| number(w));
    let offset: i64 = if has("ago") {
        -count.unwrap_or(1)
    } else if has("this") || has("current") {
        // "earlier this month", "later this year"
        0
    } else if has("earlier") || has("before") {
        // "a day earlier", "two weeks earlier", "the day before"
        -count.unwrap_or(1)
    } else if has("later") || has("following") {
        count.unwrap_or(1)
    } else if has("last") || has("past") || has("previous") {
        -1
    } else if has("next") {
        1
    } else {
        return (None, true);
    };
    let shift = |years: i64, months: i64| -> (i32, u8) {
        let total =
            i64::from(p.year) * 12 + i64::from(p.month.unwrap_or(1)) - 1 + years * 12 + months;
        (
            (total.div_euclid(12)) as i32,
            (total.rem_euclid(12) + 1) as u8,
        )
    };
    let v = match unit {
        Granularity::Day if has_day => CalendarValue::day(pday + offset, Granularity::Day),
        Granularity::Week if has_day => {
            let monday = pday - (pday + 3).rem_euclid(7);
            CalendarValue::day(monday + 7 * offset, Granularity::Week)
        }
        Granularity::Month if has_month => {
            let (y, m) = shift(0, offset);
            CalendarValue::month(y, m)
        }
        Granularity::Year => CalendarValue::year(shift(offset, 0).0),
        // "a decade ago" is a year; "the past decade" is the ten years before publication.
        Granularity::Decade if has("ago") => CalendarValue::year(p.year + 10 * offset as i32),
        Granularity::Decade if offset < 0 => CalendarValue {
            year: p.year - 10,
            month: None,
            day: None,
            granularity: Granularity::Decade,
        },
        _ => return (None, true),
    };
    (Some(v), true)
}

const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// How many years an anniversary counts: "the fourth anniversary" 4, "the
/// five-year anniversary" 5, "the 10th anniversary" 10.
fn anniversary_years(text: &str) -> Option<i32> {
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .find_map(|w| {
            if let Some(i) = ORDINALS.iter().position(|o| *o == w) {
                return Some(i as i32 + 1);
            }
            let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
            if !digits.is_empty() && digits.len() < w.len() {
                return digits.parse().ok();
            }
            (w != "a" && w != "an")
                .then(|| number(w))
                .flatten()
                .map(|n| n as i32)
        })
        .filter(|n| (1..=500).contains(n))
}

/// A value moved by whole years, keeping its month and day.
fn plus_years(v: CalendarValue, years: i32) -> CalendarValue {
    match (v.month, v.day) {
        (Some(m), Some(d)) => {
            CalendarValue::day(days_from_civil(v.year + years, m, d), v.granularity)
        }
        (Some(m), None) => CalendarValue::month(v.year + years, m),
        _ => CalendarValue::year(v.year + years),
    }
}

/// Read every date `find` returned, once: each hit's words against the article's
/// publication date, and an anniversary against a date stated in its own
/// sentence when there is one ("marked the five-year anniversary of the fall …
/// in March 2019" is March 2024).
pub(crate) fn read_all(
    text: &str,
    toks: &[Tok],
    hits: &[DateHit],
    publication: Option<CalendarValue>,
) -> Vec<DateValue> {
    let span = |h: &DateHit| {
        let start = toks.get(h.start).map_or(0, |t| t.start as usize);
        let end = toks
            .get(h.end.saturating_sub(1))
            .map_or(start, |t| t.end as usize);
        Span::new(start, end.max(start))
    };
    let mut out: Vec<DateValue> = hits
        .iter()
        .map(|h| {
            let sp = span(h);
            let (value, relative) = read(sp.slice(text), publication);
            DateValue {
                span: sp,
                value,
                relative,
            }
        })
        .collect();
    // Sentence ends between two hits: ". ", "! ", "? " tokens.
    let ends_between = |a: &DateHit, b: &DateHit| {
        let (from, to) = if a.end <= b.start {
            (a.end, b.start)
        } else {
            (b.end, a.start)
        };
        toks.get(from..to).is_none_or(|ts| {
            ts.iter()
                .any(|t| matches!(t.text(text), "." | "!" | "?") || t.has(LINE_START))
        })
    };
    for (k, h) in hits.iter().enumerate() {
        let sp = out[k].span;
        let Some(years) = sp
            .slice(text)
            .contains("anniversary")
            .then(|| anniversary_years(sp.slice(text)))
            .flatten()
        else {
            continue;
        };
        // The nearest absolute date of the same sentence, within 40 tokens.
        let anchor = hits
            .iter()
            .enumerate()
            .filter(|&(j, o)| {
                j != k && !out[j].relative && o.start.abs_diff(h.start) <= 40 && !ends_between(h, o)
            })
            .filter_map(|(j, o)| Some((o.start.abs_diff(h.start), out[j].value?)))
            .filter(|(_, v)| v.granularity <= Granularity::Year)
            .min_by_key(|&(d, _)| d);
        if let Some((_, v)) = anchor {
            out[k].value = Some(plus_years(v, years));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::scan::scan;

    #[test]
    fn normalisation_table() {
        let jan15 = read("2024-01-15", None).0;
        let year_only = Some(CalendarValue::year(2024));
        // (text, publication, label or None, relative)
        let cases: &[(&str, Option<CalendarValue>, Option<&str>, bool)] = &[
            ("2019", None, Some("2019"), false),
            ("March 2019", None, Some("2019-03"), false),
            ("Sept. 11, 2001", None, Some("2001-09-11"), false),
            ("15 January 2024", None, Some("2024-01-15"), false),
            ("the 1990s", None, Some("1990s"), false),
            ("the summer of 2019", None, Some("2019"), false),
            ("five years ago", jan15, Some("2019"), true),
            ("five years ago", None, None, true),
            ("a decade ago", jan15, Some("2014"), true),
            ("seven years ago", year_only, Some("2017"), true),
            ("earlier this month", jan15, Some("2024-01"), true),
            ("earlier this month", year_only, None, true),
            ("last month", jan15, Some("2023-12"), true),
            ("last year", jan15, Some("2023"), true),
            ("this year", year_only, Some("2024"), true),
            ("the past decade", jan15, Some("2014–2023"), true),
            ("in March", jan15, Some("2023-03"), true),
            ("January", jan15, Some("2024-01"), true),
            ("March", None, None, true),
            // 2024-01-15 was a Monday.
            ("Thursday", jan15, Some("2024-01-11"), true),
            ("Monday", jan15, Some("2024-01-15"), true),
            ("last Monday", jan15, Some("2024-01-08"), true),
            ("yesterday", jan15, Some("2024-01-14"), true),
            ("last week", jan15, Some("week of 2024-01-08"), true),
            ("in recent years", jan15, None, true),
            ("several years ago", jan15, None, true),
        ];
        for (text, p, want, rel) in cases {
            let (v, r) = read(text, *p);
            assert_eq!(v.map(|v| v.label()).as_deref(), *want, "{text}");
            assert_eq!(r, *rel, "{text}");
        }
    }

    #[test]
    fn dates() {
        let cases: &[(&str, &[&str])] = &[
            ("On Thursday, the minister spoke.", &["Thursday"]),
            ("During Thursday's NATO meeting", &["Thursday"]),
            ("A decade ago, when the coalition began", &["A decade ago"]),
            ("since the takeover of Afghanistan in 2021 and", &["2021"]),
            (
                "In the summer of this year, Niger expelled",
                &["the summer of this year"],
            ),
            (
                "defeated in Syria five years ago and in Iraq seven years ago",
                &["five years ago", "seven years ago"],
            ),
            (
                "attacks in recent years, including one in March",
                &["recent years", "March"],
            ),
            ("Recent months have seen", &["Recent months"]),
            ("date 2024-01-15 Dina Mahmoud", &["2024-01-15"]),
            (
                "earlier this month rang alarm bells",
                &["earlier this month"],
            ),
            (
                "In Iraq and Syria several years ago",
                &["several years ago"],
            ),
            ("disintegrated over the past decade.", &["the past decade"]),
            (
                "The aftermath of the Sept. 11, 2001 terrorist attacks",
                &["Sept. 11, 2001"],
            ),
            ("captured by the SDF in March 2019.", &["March 2019"]),
            ("which occurred last week, resulted", &["last week"]),
            (
                "marked the five-year anniversary since the fall",
                &["the five-year anniversary"],
            ),
            (
                "It may rain. May 5 was hot. In May they met.",
                &["May 5", "May"],
            ),
            ("over the course of only 24 hours", &[]),
            ("for three years, 2,019 people and $2019", &[]),
            ("a 19-year-old Austrian", &[]),
            (
                "the 1990s and 21 March 2019",
                &["the 1990s", "21 March 2019"],
            ),
            (
                "in early 2019 and mid-March, late last year",
                &["early 2019", "mid-March", "late last year"],
            ),
            (
                "since the 20th century, over the past few years",
                &["the 20th century", "the past few years"],
            ),
            ("early voting began", &[]),
            (
                "at Euro 2004 and in Windows 2000, not Since 2001 or In 2003",
                &["2001", "2003"],
            ),
        ];
        for (text, want) in cases {
            let toks = scan(text);
            let got: Vec<&str> = find(text, &toks)
                .iter()
                .map(|h| &text[toks[h.start].start as usize..toks[h.end - 1].end as usize])
                .collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
