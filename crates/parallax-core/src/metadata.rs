//! Article metadata read from bylines, wire tags and datelines: authors, outlet,
//! publication date, place. Everything is found on tokens of one line and
//! returned as spans into the document text.

use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::words::{self, is_weekday, month};
use serde::{Deserialize, Serialize};

/// A publication date the article states, with the parts that could be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PublicationDate {
    /// Where the date is written.
    pub span: Span,
    /// The year, as written in four digits.
    pub year: u16,
    /// 1–12, when stated.
    pub month: Option<u8>,
    /// 1–31, when stated.
    pub day: Option<u8>,
    /// Hour and minute as written (`2024-03-05T09:30:00Z` → 09:30), when stated;
    /// orders articles published on the same day.
    #[serde(default)]
    pub time: Option<(u8, u8)>,
}

/// What a byline line says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Byline {
    pub authors: Vec<Span>,
    pub outlet: Option<Span>,
    pub date: Option<PublicationDate>,
    pub place: Option<Span>,
}

/// A wire or outlet tag at the start of a line: "(MENAFN- Khaama Press)",
/// "MOSCOW (Reuters) -", "KABUL —".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SourceTag {
    /// The whole tag, from the line start to its closing bracket or dash.
    pub span: Span,
    pub syndicator: Option<Span>,
    pub outlet: Option<Span>,
    pub place: Option<Span>,
    /// A full date between the place and the bracket: "LONDON, March 3, 2025 (Reuters) -".
    pub date: Option<PublicationDate>,
}

fn number(word: &str) -> Option<u32> {
    // "15th", "1st": leading digits of an ordinal.
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &word[digits..];
    if digits == 0 || digits > 4 || !(rest.is_empty() || ["st", "nd", "rd", "th"].contains(&rest)) {
        return None;
    }
    word[..digits].parse().ok()
}

fn year(word: &str) -> Option<u16> {
    if word.len() != 4 {
        return None;
    }
    number(word)
        .and_then(|n| u16::try_from(n).ok())
        .filter(|y| (1900..=2100).contains(y))
}

fn valid_day(m: u8, d: u32) -> Option<u8> {
    let max = match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    u8::try_from(d).ok().filter(|&d| (1..=max).contains(&d))
}

/// `2024-01-15` or `2024/01/15` as one Number token.
fn iso_date(word: &str) -> Option<(u16, u8, u8)> {
    let mut parts = word.split(['-', '/']);
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || m.len() > 2 || d.len() > 2 {
        return None;
    }
    let y = year(y)?;
    let m = u8::try_from(number(m)?)
        .ok()
        .filter(|m| (1..=12).contains(m))?;
    let d = valid_day(m, number(d)?)?;
    Some((y, m, d))
}

/// The first calendar date written in `tokens`: `2024-01-15`, `January 15, 2024`,
/// `Jan. 15 2024`, `15 January 2024`, `March 2019`.
pub(crate) fn find_date(text: &str, tokens: &[Token]) -> Option<PublicationDate> {
    let word = |i: usize| tokens.get(i).map(|t| t.span.slice(text)).unwrap_or("");
    let skip_comma = |i: usize| if word(i) == "," { i + 1 } else { i };
    for (i, t) in tokens.iter().enumerate() {
        let w = t.span.slice(text);
        if t.kind == TokenKind::Number {
            if let Some((y, m, d)) = iso_date(w) {
                return Some(PublicationDate {
                    span: t.span,
                    year: y,
                    month: Some(m),
                    day: Some(d),
                    time: None,
                });
            }
        }
        // 15 January 2024, 3rd March 2022
        if let (Some(d), Some(m)) = (number(w), month(word(i + 1))) {
            let j = skip_comma(i + 2);
            if let (Some(day), Some(y)) = (valid_day(m, d), year(word(j))) {
                let span = Span::new(t.span.start, tokens[j].span.end);
                return Some(PublicationDate {
                    span,
                    year: y,
                    month: Some(m),
                    day: Some(day),
                    time: None,
                });
            }
        }
        if let Some(m) = month(w) {
            // January 15, 2024 / Jan. 15 2024
            if let Some(d) = number(word(i + 1)).and_then(|d| valid_day(m, d)) {
                let j = skip_comma(i + 2);
                if let Some(y) = year(word(j)) {
                    let span = Span::new(t.span.start, tokens[j].span.end);
                    return Some(PublicationDate {
                        span,
                        year: y,
                        month: Some(m),
                        day: Some(d),
                        time: None,
                    });
                }
            }
            // March 2019 (a month name must be capitalised here: "may 2019" is rare).
            if w.starts_with(|c: char| c.is_uppercase()) {
                if let Some(y) = year(word(i + 1)) {
                    let span = Span::new(t.span.start, tokens[i + 1].span.end);
                    return Some(PublicationDate {
                        span,
                        year: y,
                        month: Some(m),
                        day: None,
                        time: None,
                    });
                }
            }
        }
    }
    None
}

/// Words that are capitalised in bylines but are not names.
const NOT_NAME: &[&str] = &[
    "By",
    "BY",
    "The",
    "And",
    "Date",
    "Published",
    "Updated",
    "Posted",
    "Written",
    "Author",
    "Authors",
    "Staff",
    "Writer",
    "Reporter",
    "Correspondent",
    "Editor",
    "Editing",
    "Reporting",
    "Last",
    "On",
    "In",
    "At",
    "From",
    "News",
    "Agency",
    "Press",
    "Report",
    "Reports",
    "Opinion",
    "Analysis",
    "Comment",
    "Contributor",
    "Senior",
    "Chief",
    "Special",
    "Political",
    "Foreign",
    "Share",
    "Follow",
    "Email",
    "Twitter",
    "Photo",
    "Video",
    "AM",
    "PM",
    "GMT",
    "UTC",
    "EST",
    "ET",
];

/// Words that mark an organisation rather than a person.
const ORG_WORDS: &[&str] = &[
    "University",
    "Institute",
    "College",
    "School",
    "Press",
    "News",
    "Times",
    "Post",
    "Conversation",
    "Agency",
    "Center",
    "Centre",
    "Foundation",
    "Council",
    "Department",
    "Ministry",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Review",
    "Magazine",
    "Media",
    "Network",
    "Group",
    "Company",
    "Corporation",
    "Associated",
    "Reuters",
    "Bloomberg",
    "Service",
    "Office",
    "Program",
    "Programme",
    "Project",
    "Society",
    "Association",
    "Academy",
    "Bureau",
    "Courier",
    "Chronicle",
    "Telegraph",
    "Observer",
    "Guardian",
    "Independent",
    "Dispatch",
    "Examiner",
    "Inquirer",
    "Bulletin",
    "Register",
    "Daily",
    "Weekly",
    "Online",
    "Radio",
    "Television",
    "TV",
    "Monitor",
    "Observer",
    "Telegraph",
    "Guardian",
    "Express",
    "Independent",
    "Wire",
];

/// Lowercase words allowed inside a personal name: "Osama bin Laden".
fn particle(w: &str) -> bool {
    words::is(w, words::NAME_PARTICLE)
}

fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || NOT_NAME.contains(&w) || month(w).is_some() || is_weekday(w) {
        return false;
    }
    // Initials "F." and hyphenated "Al-Hakim" are fine; "USA" is not a name word.
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() == 1 || letters.iter().skip(1).any(|c| c.is_lowercase())
}

/// Runs of 2–4 name words (particles allowed inside), as spans. Tokens inside
/// brackets are skipped.
pub(crate) fn name_runs(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut depth = 0u32;
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<Span>| {
        while run
            .last()
            .is_some_and(|&j| particle(tokens[j].span.slice(text)))
        {
            run.pop();
        }
        if (2..=4).contains(&run.len()) {
            if let (Some(&a), Some(&b)) = (run.first(), run.last()) {
                out.push(Span::new(tokens[a].span.start, tokens[b].span.end));
            }
        }
        run.clear();
    };
    for (i, t) in tokens.iter().enumerate() {
        let w = t.span.slice(text);
        match w {
            "(" | "[" => {
                depth += 1;
                flush(&mut run, &mut out);
                continue;
            }
            ")" | "]" => {
                depth = depth.saturating_sub(1);
                flush(&mut run, &mut out);
                continue;
            }
            _ => {}
        }
        let name = t.kind == TokenKind::Word && is_name_word(w);
        let particle = !run.is_empty() && particle(w);
        if depth == 0 && (name || particle) {
            run.push(i);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Whether `tokens` are exactly one personal name: 2–4 name words, no org word.
fn is_person(text: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(text)).collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| is_name_word(w) || particle(w))
        && !words.iter().any(|w| ORG_WORDS.contains(w))
}

fn span_of(tokens: &[Token]) -> Option<Span> {
    Some(Span::new(
        tokens.first()?.span.start,
        tokens.last()?.span.end,
    ))
}

/// Content of the last bracket pair on the line, if it is capitalised words: "(London)".
fn bracket_place(text: &str, tokens: &[Token]) -> Option<Span> {
    let close = tokens.iter().rposition(|t| t.span.slice(text) == ")")?;
    let open = tokens[..close]
        .iter()
        .rposition(|t| t.span.slice(text) == "(")?;
    let inner = &tokens[open + 1..close];
    let capitalised = !inner.is_empty()
        && inner.len() <= 4
        && inner.iter().all(|t| {
            let w = t.span.slice(text);
            w == "," || w.starts_with(|c: char| c.is_uppercase())
        });
    capitalised.then(|| span_of(inner)).flatten()
}

/// A credit line with a date: "date 2024-01-15 Dina Mahmoud (London)",
/// "Published: January 15, 2024", "By Jane Doe | March 3, 2024".
pub(crate) fn dated_byline(text: &str, tokens: &[Token]) -> Option<Byline> {
    let words = tokens.iter().filter(|t| t.kind != TokenKind::Punct).count();
    if words == 0 || words > 14 {
        return None;
    }
    let date = find_date(text, tokens)?;
    // The rest of the line must not read like a sentence: few lowercase words.
    let lowercase = tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word && t.span.slice(text).starts_with(|c: char| c.is_lowercase())
        })
        .filter(|t| {
            !matches!(
                t.span.slice(text),
                "date" | "by" | "on" | "and" | "published" | "updated" | "posted"
            )
        })
        .count();
    if lowercase > 1 {
        return None;
    }
    let authors = name_runs(text, tokens)
        .into_iter()
        .filter(|s| !s.overlaps(&date.span))
        .collect();
    Some(Byline {
        authors,
        outlet: None,
        date: Some(date),
        place: bracket_place(text, tokens),
    })
}

/// "By Jane Doe and John Smith", "Written by Jane Doe", "Reporting by Jane Doe;
/// Editing by John Smith", "Author: Jane Doe".
pub(crate) fn by_byline(text: &str, tokens: &[Token]) -> Option<Byline> {
    let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(text)).collect();
    if words.is_empty() || words.len() > 20 {
        return None;
    }
    let start = match words.as_slice() {
        ["By" | "BY" | "by", ..] => 1,
        ["Written" | "Posted" | "Reporting" | "Reported", "by", ..] => 2,
        ["Author" | "Authors", ":", ..] => 2,
        _ => return None,
    };
    let rest = &tokens[start..];
    let mut authors = name_runs(text, rest);
    // "… | The Washington Post" is the outlet, not an author.
    authors.retain(|a| {
        let org = a
            .slice(text)
            .split_whitespace()
            .any(|w| ORG_WORDS.contains(&w));
        let after_the = rest
            .iter()
            .rev()
            .find(|t| t.span.end <= a.start)
            .is_some_and(|t| t.span.slice(text) == "The");
        !org && !after_the
    });
    if authors.is_empty() {
        // "By JANE DOE": names in capitals, allowed only right after the keyword.
        authors = caps_name_runs(text, rest);
    }
    let first = authors.first()?;
    // The first name must follow the keyword directly.
    if rest.first().map(|t| t.span.start) != Some(first.start) {
        return None;
    }
    let date = find_date(text, rest);
    let outlet = authors
        .last()
        .and_then(|last| outlet_after(text, rest, last.end));
    Some(Byline {
        authors,
        outlet,
        date,
        place: bracket_place(text, tokens),
    })
}

/// Runs of 2–4 words in capitals ("JANE DOE"), as spans.
fn caps_name_runs(text: &str, tokens: &[Token]) -> Vec<Span> {
    let is_caps = |t: &Token| {
        let w = t.span.slice(text);
        t.kind == TokenKind::Word
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
            && !NOT_NAME.contains(&w)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let run = tokens[i..].iter().take_while(|t| is_caps(t)).count();
        if (2..=4).contains(&run) {
            out.push(Span::new(
                tokens[i].span.start,
                tokens[i + run - 1].span.end,
            ));
        }
        i += run.max(1);
    }
    out
}

/// Job titles that follow a byline's names and are not outlets.
const ROLES: &[&str] = &[
    "Staff",
    "Writer",
    "Reporter",
    "Correspondent",
    "Editor",
    "Contributor",
    "Columnist",
    "Senior",
    "Chief",
    "Political",
    "Foreign",
    "Special",
    "Associate",
    "Business",
    "Sports",
    "Science",
    "Health",
    "Producer",
];

/// The outlet named after a byline's last author: "By Jane Doe, Reuters",
/// "By Jane Doe | The Washington Post". Not a job title ("Staff Writer").
fn outlet_after(text: &str, tokens: &[Token], after: usize) -> Option<Span> {
    let i = tokens.iter().position(|t| t.span.start >= after)?;
    if !matches!(
        tokens[i].span.slice(text),
        "," | "|" | "-" | "–" | "—" | "/"
    ) {
        return None;
    }
    let chunk: Vec<&Token> = tokens[i + 1..]
        .iter()
        .take_while(|t| {
            !matches!(
                t.span.slice(text),
                "," | "|" | "-" | "–" | "—" | "/" | "(" | "."
            )
        })
        .collect();
    let words: Vec<&str> = chunk.iter().map(|t| t.span.slice(text)).collect();
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_uppercase()) || matches!(*w, "of" | "the" | "and" | "&")
    });
    let org_like = words.len() == 1
        || words.first() == Some(&"The")
        || words.iter().any(|w| ORG_WORDS.contains(w));
    if chunk.is_empty()
        || words.len() > 5
        || !capitalised
        || !org_like
        || words.iter().any(|w| ROLES.contains(w))
        || find_date(text, &tokens[i + 1..]).is_some_and(|d| d.span.start <= chunk[0].span.start)
    {
        return None;
    }
    Some(Span::new(
        chunk[0].span.start,
        chunk[chunk.len() - 1].span.end,
    ))
}

/// "Sara Harmouch, American University, The Conversation on": a name, then
/// affiliations, the last of which is the outlet when there are three parts.
pub(crate) fn comma_byline(text: &str, tokens: &[Token]) -> Option<Byline> {
    if tokens.len() > 24
        || tokens
            .iter()
            .any(|t| matches!(t.span.slice(text), "." | "?" | "!" | ":"))
    {
        return None;
    }
    let mut parts: Vec<&[Token]> = tokens.split(|t| t.span.slice(text) == ",").collect();
    if parts.len() < 2 {
        return None;
    }
    // Drop trailing lowercase words of the last part ("… The Conversation on").
    if let Some(last) = parts.last_mut() {
        let keep = last
            .iter()
            .rposition(|t| t.span.slice(text).starts_with(|c: char| c.is_uppercase()))
            .map_or(0, |p| p + 1);
        *last = &last[..keep];
    }
    if parts.iter().any(|p| p.is_empty()) || !is_person(text, parts[0]) {
        return None;
    }
    // Every part must be a capitalised name, not a clause.
    let capitalised = parts.iter().all(|p| {
        p.iter().all(|t| {
            let w = t.span.slice(text);
            w.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
                || matches!(w, "of" | "for" | "and" | "the" | "&" | "-" | "de")
        })
    });
    if !capitalised {
        return None;
    }
    // "Lansdowne Road, Dublin" is a venue, not a byline: an affiliation or outlet
    // must look like one (an organisation word, a leading "The"), or there must be
    // name, affiliation and outlet.
    let org_like = |p: &&[Token]| {
        p.first().is_some_and(|t| t.span.slice(text) == "The")
            || p.iter().any(|t| ORG_WORDS.contains(&t.span.slice(text)))
    };
    if parts.len() < 3 && !parts[1..].iter().any(org_like) {
        return None;
    }
    let mut byline = Byline::default();
    let count = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        if is_person(text, part) {
            byline.authors.push(span_of(part)?);
        } else if i == count - 1 && count >= 3 {
            byline.outlet = span_of(part);
        }
    }
    Some(byline)
}

/// A wire tag at the start of `line`: "(MENAFN- Khaama Press)", "(AP) —",
/// "MOSCOW (Reuters) -", "KABUL, Afghanistan —".
pub(crate) fn source_tag(text: &str, line: Span, tokens: &[Token]) -> Option<SourceTag> {
    let word = |i: usize| tokens.get(i).map(|t| t.span.slice(text)).unwrap_or("");
    let is_dash = |w: &str| matches!(w, "-" | "--" | "–" | "—" | ":");
    let first = tokens.first()?;
    if first.span.start != line.start {
        return None;
    }
    // Leading place in capitals: "MOSCOW", "WASHINGTON, D.C.", "KABUL, Afghanistan".
    let mut i = 0;
    let mut place_end = 0;
    while i < tokens.len() && i < 6 {
        let w = word(i);
        let caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars().all(|c| !c.is_lowercase())
            && tokens[i].kind == TokenKind::Word;
        let cont = i > 0
            && month(w).is_none()
            && (w == "," || (word(i - 1) == "," && w.starts_with(|c: char| c.is_uppercase())));
        if caps || (place_end > 0 && cont) {
            i += 1;
            if w != "," {
                place_end = i;
            }
        } else {
            break;
        }
    }
    let place = (place_end > 0)
        .then(|| span_of(&tokens[..place_end]))
        .flatten();
    let mut i = place_end;
    // "LONDON, March 3, 2025 (Reuters) -": a full date between place and bracket.
    let mut date = None;
    if place.is_some() {
        let j = if word(i) == "," { i + 1 } else { i };
        if let Some(d) = tokens
            .get(j..)
            .and_then(|rest| find_date(text, rest))
            .filter(|d| tokens.get(j).is_some_and(|t| t.span.start == d.span.start))
        {
            let after = tokens[j..]
                .iter()
                .position(|t| t.span.start >= d.span.end)
                .map_or(tokens.len(), |p| p + j);
            if word(after) == "(" {
                date = Some(d);
                i = after;
            }
        }
    }
    if word(i) == "(" {
        let close = tokens[i..]
            .iter()
            .position(|t| t.span.slice(text) == ")")
            .map(|p| p + i)?;
        let inner = &tokens[i + 1..close];
        if inner.is_empty() || inner.len() > 8 {
            return None;
        }
        let dash = inner.iter().position(|t| is_dash(t.span.slice(text)));
        let after_dash = is_dash(word(close + 1));
        let (syndicator, outlet) = match dash {
            Some(d) if d > 0 && d + 1 < inner.len() => {
                (span_of(&inner[..d]), span_of(&inner[d + 1..]))
            }
            _ if after_dash => (None, span_of(inner)),
            _ => return None,
        };
        // Outlet names are capitalised.
        let capitalised = |s: Option<Span>| {
            s.is_none_or(|s| {
                s.slice(text)
                    .starts_with(|c: char| c.is_uppercase() || c.is_numeric())
            })
        };
        if !capitalised(syndicator) || !capitalised(outlet) {
            return None;
        }
        let end = if after_dash {
            tokens[close + 1].span.end
        } else {
            tokens[close].span.end
        };
        return Some(SourceTag {
            span: Span::new(line.start, end),
            syndicator,
            outlet,
            place,
            date,
        });
    }
    if place.is_some() && is_dash(word(i)) && word(i) != ":" {
        // "KABUL —": only with a dash right after the capitals.
        return Some(SourceTag {
            span: Span::new(line.start, tokens[i].span.end),
            syndicator: None,
            outlet: None,
            place,
            date,
        });
    }
    None
}

/// A header line naming the outlet and the date, in either order, split by a bar,
/// dot or dash: "Valley Post | March 3, 2025", "REUTERS · 3 March 2025",
/// "2025-03-03 | The Bay Herald". The outlet part is 1–5 capitalised words.
pub(crate) fn outlet_date_line(text: &str, tokens: &[Token]) -> Option<Byline> {
    if tokens.len() > 16 {
        return None;
    }
    let sep = tokens
        .iter()
        .position(|t| matches!(t.span.slice(text), "|" | "·" | "•" | "—" | "–" | "-"))?;
    let (left, right) = (&tokens[..sep], &tokens[sep + 1..]);
    let whole_date = |part: &[Token]| {
        let d = find_date(text, part)?;
        let (first, last) = (part.first()?, part.last()?);
        (d.span.start == first.span.start && d.span.end == last.span.end && d.day.is_some())
            .then_some(d)
    };
    let outlet_part = |part: &[Token]| {
        let words: Vec<&str> = part.iter().map(|t| t.span.slice(text)).collect();
        let ok = (1..=5).contains(&words.len())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase())
                    || matches!(*w, "of" | "the" | "and" | "&" | "." | "'s")
            })
            && words
                .first()
                .is_some_and(|w| month(w).is_none() && !is_weekday(w))
            && !words.iter().any(|w| ROLES.contains(w));
        ok.then(|| span_of(part)).flatten()
    };
    let (outlet, date) = match (whole_date(right), whole_date(left)) {
        (Some(d), _) => (outlet_part(left)?, d),
        (None, Some(d)) => (outlet_part(right)?, d),
        _ => return None,
    };
    Some(Byline {
        authors: Vec::new(),
        outlet: Some(outlet),
        date: Some(date),
        place: None,
    })
}

/// Wire agencies whose name alone on a line credits the story to them: "PTI", "AP",
/// "Reuters" above an article.
const AGENCIES: &[&str] = &[
    "AP",
    "AFP",
    "Reuters",
    "PTI",
    "ANI",
    "IANS",
    "UNI",
    "UPI",
    "TASS",
    "Xinhua",
    "dpa",
    "DPA",
    "EFE",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "Bernama",
    "Anadolu",
    "WAM",
    "SPA",
    "MAP",
    "IRNA",
    "AAP",
    "PA",
    "CP",
    "Bloomberg",
    "NNA",
    "APP",
];

/// Whether a header line is only a wire agency's name, its credit: "PTI", "(AP)",
/// "Reuters".
pub(crate) fn is_agency_line(text: &str, tokens: &[Token]) -> bool {
    let mut words = tokens
        .iter()
        .map(|t| t.span.slice(text))
        .filter(|w| !matches!(*w, "(" | ")"));
    matches!((words.next(), words.next()), (Some(w), None) if AGENCIES.contains(&w))
}

/// A dateline on a line of its own: a place, a comma and a day of the month, as wire
/// copy opens ("Tarsa, June 4", "New Delhi, 3 Jun"). The place's span.
pub(crate) fn place_date_line(text: &str, tokens: &[Token]) -> Option<Span> {
    let comma = tokens.iter().position(|t| t.span.slice(text) == ",")?;
    let (place, date) = (tokens.get(..comma)?, tokens.get(comma + 1..)?);
    let capitalised = (1..=3).contains(&place.len())
        && place.iter().all(|t| {
            t.kind == TokenKind::Word && t.span.slice(text).starts_with(|c: char| c.is_uppercase())
        })
        && place.iter().all(|t| {
            let w = t.span.slice(text);
            month(w).is_none() && !is_weekday(w)
        });
    let words: Vec<&str> = date
        .iter()
        .map(|t| t.span.slice(text))
        .filter(|w| *w != ".")
        .collect();
    let day = |w: &str| w.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d));
    let dated = match words.as_slice() {
        [a, b] => (month(a).is_some() && day(b)) || (day(a) && month(b).is_some()),
        _ => false,
    };
    (capitalised && dated).then(|| span_of(place)).flatten()
}

/// Time zones a stamp names: "18.40 EDT", "09:15 GMT".
const TIME_ZONES: &[&str] = &[
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "EST", "EDT", "CST", "CDT", "MST", "MDT",
    "PST", "PDT", "HST", "AKST", "AKDT", "IST", "JST", "KST", "AEST", "AEDT", "NZST", "NZDT", "ET",
    "PT", "CT",
];

/// Whether a line opens with a time stamp, as the entries of a live blog do ("6m ago",
/// "2h ago", "18.40 EDT", "9.05am", "10:32 pm BST"): such a line heads an entry, with
/// its author, and is never the article's headline.
pub(crate) fn opens_with_stamp(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    let second = second.unwrap_or("");
    // "6m ago", "2h ago", "45 mins ago".
    let digits = first.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let unit = &first[digits.len()..];
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if matches!(unit, "m" | "h" | "min" | "mins" | "hr" | "hrs") && second == "ago" {
            return true;
        }
        if unit.is_empty() && matches!(second, "min" | "mins" | "minutes" | "hours") {
            return words.next() == Some("ago");
        }
    }
    // "18.40 EDT", "9.05am", "10:32 pm BST": a clock time with a zone or am/pm.
    let (clock, suffix) = first.split_at(
        first
            .find(|c: char| c.is_ascii_alphabetic())
            .unwrap_or(first.len()),
    );
    let clock_like = clock.split_once(['.', ':']).is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    let meridian = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "am" | "pm" | "a.m." | "p.m."
        )
    };
    clock_like
        && (meridian(suffix)
            || (suffix.is_empty() && (meridian(second) || TIME_ZONES.contains(&second))))
}

/// Whether a line states only a date or a time ("16 Sep 2023, 18:48 GMT+10",
/// "Monday 3 March 2025"): a page whose `<title>` is that has no headline there.
pub(crate) fn is_date_stamp(line: &str) -> bool {
    let mut digits = false;
    let all = line.split_whitespace().all(|w| {
        let w = w.trim_matches(|c: char| matches!(c, ',' | '|' | '-' | '–' | '·' | ':'));
        let zone = w.trim_end_matches(|c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | ':'));
        if !w.is_empty()
            && w.bytes()
                .all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.' | b'/'))
        {
            digits = true;
            return true;
        }
        w.is_empty()
            || month(w).is_some()
            || is_weekday(w.trim_end_matches('.'))
            || matches!(
                w.to_ascii_lowercase().as_str(),
                "am" | "pm" | "a.m." | "p.m." | "at" | "updated" | "published"
            )
            || TIME_ZONES.contains(&zone)
    });
    all && digits
}

/// A site name standing alone on a header line: "ArcaMax", "HuffPost", "Foo.com".
pub(crate) fn is_brand(text: &str, tokens: &[Token]) -> bool {
    let [t] = tokens else {
        return false;
    };
    let w = t.span.slice(text);
    if t.kind != TokenKind::Word || w.len() < 3 {
        return false;
    }
    let bytes = w.as_bytes();
    let camel = bytes
        .windows(2)
        .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
        && bytes[0].is_ascii_uppercase();
    let domain = [".com", ".org", ".net", ".co.uk", ".news", ".info"]
        .iter()
        .any(|d| w.to_ascii_lowercase().ends_with(d));
    camel || domain
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, Span::new(0, s.len()))
    }

    #[test]
    fn dates() {
        let cases = [
            (
                "date 2024-01-15 Dina",
                Some(("2024-01-15", 2024, Some(1), Some(15))),
            ),
            (
                "Published: January 15, 2024",
                Some(("January 15, 2024", 2024, Some(1), Some(15))),
            ),
            (
                "Jan. 5 2023 by",
                Some(("Jan. 5 2023", 2023, Some(1), Some(5))),
            ),
            (
                "on 3rd March 2022",
                Some(("3rd March 2022", 2022, Some(3), Some(3))),
            ),
            ("in March 2019", Some(("March 2019", 2019, Some(3), None))),
            ("2024-02-30", None),
            ("may 2019", None),
            ("the 19-year-old", None),
        ];
        for (s, want) in cases {
            let got = find_date(s, &toks(s)).map(|d| (d.span.slice(s), d.year, d.month, d.day));
            assert_eq!(got, want, "{s:?}");
        }
    }

    #[test]
    fn bylines() {
        let s = " date 2024-01-15 Dina Mahmoud (London)";
        let b = dated_byline(s, &toks(s)).expect("dated byline");
        assert_eq!(
            b.authors.iter().map(|a| a.slice(s)).collect::<Vec<_>>(),
            ["Dina Mahmoud"]
        );
        assert_eq!(b.place.map(|p| p.slice(s)), Some("London"));

        let s = "Sara Harmouch, American University, The Conversation on";
        let b = comma_byline(s, &toks(s)).expect("comma byline");
        assert_eq!(
            b.authors.iter().map(|a| a.slice(s)).collect::<Vec<_>>(),
            ["Sara Harmouch"]
        );
        assert_eq!(b.outlet.map(|p| p.slice(s)), Some("The Conversation"));

        let cases: [(&str, &[&str], Option<&str>); 6] = [
            (
                "By Jane Doe and John bin Smith, Reuters",
                &["Jane Doe", "John bin Smith"],
                Some("Reuters"),
            ),
            ("By JANE DOE", &["JANE DOE"], None),
            ("By Jane Doe, Staff Writer", &["Jane Doe"], None),
            (
                "By Jane Doe | The Washington Post",
                &["Jane Doe"],
                Some("The Washington Post"),
            ),
            (
                "Written by Jane Doe, Associated Press",
                &["Jane Doe"],
                Some("Associated Press"),
            ),
            ("By Jane Doe, March 3, 2024", &["Jane Doe"], None),
        ];
        for (s, authors, outlet) in cases {
            let b = by_byline(s, &toks(s)).expect("by byline");
            assert_eq!(
                b.authors.iter().map(|a| a.slice(s)).collect::<Vec<_>>(),
                authors,
                "{s}"
            );
            assert_eq!(b.outlet.map(|o| o.slice(s)), outlet, "{s}");
        }

        for not in [
            "Lloyd Austin warned that ISIS remains a threat, officials said",
            "By the end of the year",
        ] {
            assert!(comma_byline(not, &toks(not)).is_none(), "{not}");
            assert!(by_byline(not, &toks(not)).is_none(), "{not}");
        }
    }

    #[test]
    fn outlet_and_date_lines() {
        for (line, outlet, date) in [
            (
                "Valley Post | March 3, 2025",
                Some("Valley Post"),
                Some((2025, 3, 3)),
            ),
            (
                "REUTERS · 3 March 2025",
                Some("REUTERS"),
                Some((2025, 3, 3)),
            ),
            (
                "2025-03-03 | The Bay Herald",
                Some("The Bay Herald"),
                Some((2025, 3, 3)),
            ),
            ("Bay Herald - Monday", None, None),
            ("March 3, 2025 | updated 4 March 2025", None, None),
            ("Staff Writer | March 3, 2025", None, None),
            ("the storm hit | March 3, 2025", None, None),
        ] {
            let t = toks(line);
            let got = outlet_date_line(line, &t);
            assert_eq!(
                got.as_ref().and_then(|b| b.outlet).map(|s| s.slice(line)),
                outlet,
                "{line}"
            );
            assert_eq!(
                got.and_then(|b| b.date).map(|d| (
                    d.year,
                    d.month.unwrap_or(0),
                    d.day.unwrap_or(0)
                )),
                date,
                "{line}"
            );
        }
    }

    #[test]
    fn source_tags() {
        let cases = [
            (
                "(MENAFN- Khaama Press) defense ministers",
                Some((
                    "(MENAFN- Khaama Press)",
                    Some("MENAFN"),
                    Some("Khaama Press"),
                    None,
                )),
            ),
            (
                "MOSCOW (Reuters) - Russia said",
                Some(("MOSCOW (Reuters) -", None, Some("Reuters"), Some("MOSCOW"))),
            ),
            ("(AP) — The group", Some(("(AP) —", None, Some("AP"), None))),
            (
                "KABUL, Afghanistan — The Taliban",
                Some((
                    "KABUL, Afghanistan —",
                    None,
                    None,
                    Some("KABUL, Afghanistan"),
                )),
            ),
            ("(SDF) in March", None),
            ("ISIS-K claimed", None),
            ("NATO allies met", None),
        ];
        for (s, want) in cases {
            let line = Span::new(0, s.len());
            let got = source_tag(s, line, &toks(s)).map(|t| {
                (
                    t.span.slice(s),
                    t.syndicator.map(|x| x.slice(s)),
                    t.outlet.map(|x| x.slice(s)),
                    t.place.map(|x| x.slice(s)),
                )
            });
            assert_eq!(got, want, "{s:?}");
        }
    }
}
