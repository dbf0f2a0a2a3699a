//! DATE rules: absolute dates, months, weekdays, years, and relative expressions
//! ("last week", "five years ago", "the past decade", "earlier this month").

use super::scan::{Tok, CAP, DIGIT, LINE_START};
use super::words;

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
    fn lw(&self, i: usize) -> words::Lower {
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
        return Some(i + 1);
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
        const DATE_WORDS: u32 =
            words::MONTH | words::MONTH_ABBREV | words::WEEKDAY | words::FUNCTION_WORD;
        let named = i > 0
            && tok.has(super::scan::SPACE_BEFORE)
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
                "past" | "last" | "previous" | "coming" | "next"
            ) {
                let mut j = i + 2;
                if number_word(v.w(j)) || v.toks.get(j).is_some_and(|t| t.has(DIGIT)) {
                    j += 1;
                }
                if unit(v.w(j)) && v.joins(j) {
                    return Some(j + 1);
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
    // "five years ago", "a decade ago", "several years ago", "2 weeks ago"
    if (number_word(w) || t.has(DIGIT))
        && unit(v.w(i + 1))
        && v.lw(i + 2) == "ago"
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

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::*;

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
