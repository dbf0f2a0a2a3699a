//! Dates: DATE mentions normalised to calendar values with a granularity, relative
//! ones resolved against the article's own publication date; and the timeline of
//! dated events with the articles supporting each point.

use super::facts::in_mention;
use super::similarity::{TfIdf, UnionFind};
use super::text::{sentence_at, term, token_range};
use super::{Aligned, DateMention, TimelinePoint, TimingDisagreement, View};
use crate::metadata::PublicationDate;
use crate::Label;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// How precise a calendar value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Granularity {
    Day,
    /// The seven days starting at the value's day.
    Week,
    Month,
    Year,
    /// The ten years starting at the value's year.
    Decade,
}

/// A calendar value: a day, week, month, year or decade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CalendarValue {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub granularity: Granularity,
}

impl CalendarValue {
    fn year(year: i32) -> Self {
        CalendarValue {
            year,
            month: None,
            day: None,
            granularity: Granularity::Year,
        }
    }

    fn month(year: i32, month: u8) -> Self {
        CalendarValue {
            year,
            month: Some(month),
            day: None,
            granularity: Granularity::Month,
        }
    }

    fn day(days: i64, granularity: Granularity) -> Self {
        let (y, m, d) = civil_from_days(days);
        CalendarValue {
            year: y,
            month: Some(m),
            day: Some(d),
            granularity,
        }
    }

    /// The value as text: "2019", "2019-03", "2019-03-22", "week of 2019-03-18", "2010s".
    ///
    /// ```
    /// use parallax_core::compare::dates::normalize;
    /// let v = normalize("March 2019", None).0.unwrap();
    /// assert_eq!(v.label(), "2019-03");
    /// ```
    pub fn label(&self) -> String {
        match (self.granularity, self.month, self.day) {
            (Granularity::Decade, _, _) if self.year % 10 == 0 => format!("{}s", self.year),
            (Granularity::Decade, _, _) => format!("{}–{}", self.year, self.year + 9),
            (Granularity::Year, _, _) | (_, None, _) => format!("{}", self.year),
            (Granularity::Month, Some(m), _) | (_, Some(m), None) => {
                format!("{}-{m:02}", self.year)
            }
            (Granularity::Week, Some(m), Some(d)) => format!("week of {}-{m:02}-{d:02}", self.year),
            (Granularity::Day, Some(m), Some(d)) => format!("{}-{m:02}-{d:02}", self.year),
        }
    }

    /// First and last day covered, as day numbers.
    fn range(&self) -> (i64, i64) {
        let m = self.month.unwrap_or(1);
        let d = self.day.unwrap_or(1);
        match self.granularity {
            Granularity::Day => {
                let x = days_from_civil(self.year, m, d);
                (x, x)
            }
            Granularity::Week => {
                let x = days_from_civil(self.year, m, d);
                (x, x + 6)
            }
            Granularity::Month => {
                let (ny, nm) = if m >= 12 {
                    (self.year + 1, 1)
                } else {
                    (self.year, m + 1)
                };
                (
                    days_from_civil(self.year, m, 1),
                    days_from_civil(ny, nm, 1) - 1,
                )
            }
            Granularity::Year => (
                days_from_civil(self.year, 1, 1),
                days_from_civil(self.year + 1, 1, 1) - 1,
            ),
            Granularity::Decade => (
                days_from_civil(self.year, 1, 1),
                days_from_civil(self.year + 10, 1, 1) - 1,
            ),
        }
    }

    /// Whether one value lies inside the other ("March 2019" and "2019" are compatible;
    /// "March 2019" and "April 2019" are not).
    ///
    /// ```
    /// use parallax_core::compare::dates::normalize;
    /// let y = normalize("2019", None).0.unwrap();
    /// let m = normalize("March 2019", None).0.unwrap();
    /// let a = normalize("April 2019", None).0.unwrap();
    /// assert!(y.compatible(&m) && m.compatible(&y));
    /// assert!(!m.compatible(&a));
    /// ```
    pub fn compatible(&self, other: &CalendarValue) -> bool {
        let (a0, a1) = self.range();
        let (b0, b1) = other.range();
        (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1)
    }
}

/// A publication date as a calendar value.
pub(crate) fn publication_value(p: PublicationDate) -> CalendarValue {
    match (p.month, p.day) {
        (Some(m), Some(d)) => {
            CalendarValue::day(days_from_civil(i32::from(p.year), m, d), Granularity::Day)
        }
        (Some(m), None) => CalendarValue::month(i32::from(p.year), m),
        _ => CalendarValue::year(i32::from(p.year)),
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
///
/// ```
/// use parallax_core::compare::dates::days_from_civil;
/// assert_eq!(days_from_civil(1970, 1, 1), 0);
/// assert_eq!(days_from_civil(2024, 3, 1) - days_from_civil(2024, 2, 28), 2);
/// ```
pub fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let (m, d) = (i64::from(m.clamp(1, 12)), i64::from(d.clamp(1, 31)));
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

const MONTH_ABBR: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date as people read it, to the precision known: "2 May 2024", "May 2024", "2024".
///
/// ```
/// use parallax_core::compare::dates::date_words;
/// assert_eq!(date_words(2024, Some(5), Some(2)), "2 May 2024");
/// assert_eq!(date_words(2024, Some(5), None), "May 2024");
/// assert_eq!(date_words(2024, None, None), "2024");
/// ```
pub fn date_words(year: i32, month: Option<u8>, day: Option<u8>) -> String {
    let name = |m: u8| MONTH_ABBR[usize::from(m.clamp(1, 12) - 1)];
    match (month, day) {
        (Some(m), Some(d)) => format!("{d} {} {year}", name(m)),
        (Some(m), None) => format!("{} {year}", name(m)),
        _ => year.to_string(),
    }
}

/// The date of a day number (inverse of [`days_from_civil`]).
fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y.clamp(-9999, 9999) as i32, m, d)
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn number(w: &str) -> Option<i64> {
    let small = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    if let Some(i) = small.iter().position(|x| *x == w) {
        return Some(i as i64);
    }
    match w {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "fifty" => Some(50),
        "several" | "few" | "couple" => None,
        _ => w
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .parse::<i64>()
            .ok()
            .filter(|n| (0..=1000).contains(n)),
    }
}

/// Normalise the text of a DATE mention. `publication` anchors relative
/// expressions. Returns the value (`None` when relative without an anchor or too
/// vague) and whether the text is relative.
///
/// ```
/// use parallax_core::compare::dates::{normalize, Granularity};
/// let published = normalize("2024-01-15", None).0;
/// let (v, relative) = normalize("five years ago", published);
/// assert!(relative);
/// assert_eq!((v.unwrap().year, v.unwrap().granularity), (2019, Granularity::Year));
/// assert_eq!(normalize("five years ago", None), (None, true));
/// ```
pub fn normalize(text: &str, publication: Option<CalendarValue>) -> (Option<CalendarValue>, bool) {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let month_of = crate::metadata::month;
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
    if let Some(wd) = words
        .iter()
        .find_map(|w| WEEKDAYS.iter().position(|d| d == w))
    {
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
    } else if has("last") || has("past") || has("previous") {
        -1
    } else if has("next") {
        1
    } else if has("this") || has("earlier") || has("later") || has("current") {
        0
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

/// Every DATE mention, normalised.
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
            let (value, relative) = normalize(text, view.publication[d]);
            let sentences = &view.sentences[d];
            let sentence = sentence_at(sentences, m.span.start).map_or(m.span, |i| sentences[i]);
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

/// What a dated sentence is about: its content terms and entity ids.
struct Happening {
    items: BTreeSet<String>,
}

fn happening(view: &View, dm: &DateMention) -> Happening {
    let doc = &view.analysis.documents[dm.doc];
    let ex = &view.analysis.extractions[dm.doc];
    let mut items = BTreeSet::new();
    let (a, b) = token_range(&ex.tokens, dm.sentence);
    for t in &ex.tokens[a..b] {
        // Names count once, as entities, not again as words.
        if t.span.overlaps(&crate::Span::new(dm.start, dm.end)) || in_mention(ex, t.span) {
            continue;
        }
        if let Some(w) = term(t.text(&doc.text)) {
            items.insert(w);
        }
    }
    let from = ex
        .mentions
        .partition_point(|m| m.span.end <= dm.sentence.start);
    let to = ex
        .mentions
        .partition_point(|m| m.span.start < dm.sentence.end);
    for (i, m) in ex.mentions.iter().enumerate().take(to).skip(from) {
        if m.label != Label::Date && dm.sentence.contains(&m.span) {
            if let Some(e) = view.analysis.mention_entity[dm.doc].get(i) {
                items.insert(format!("@{e}"));
            }
        }
    }
    Happening { items }
}

/// What two dated sentences share: the summed idf of shared items, how many
/// there are, how many are salient (in at most a twentieth of the documents, or
/// three), and the items themselves. Entities weigh by their own document count.
struct Shared {
    weight: f32,
    salient: usize,
    entities: usize,
    items: Vec<String>,
}

fn shared(view: &View, tf: &TfIdf, a: &Happening, b: &Happening) -> Shared {
    let n = view.n as f32;
    let rare = (view.n / 20).max(3);
    let mut out = Shared {
        weight: 0.0,
        salient: 0,
        entities: 0,
        items: Vec::new(),
    };
    for x in a.items.intersection(&b.items) {
        let (df, entity) = item_df(view, tf, x);
        // Words found in every article of a set of four or more tell nothing
        // about which event this is (with two or three, every shared word is).
        if df >= view.n && view.n >= 4 {
            continue;
        }
        out.weight += ((1.0 + n) / (1.0 + df as f32)).ln() + 1.0;
        out.salient += usize::from(df <= rare);
        out.entities += usize::from(entity);
        out.items.push(x.clone());
    }
    out
}

/// In how many documents an item of a [`Happening`] is found, and whether it is
/// an entity (`@id`) rather than a word.
fn item_df(view: &View, tf: &TfIdf, item: &str) -> (usize, bool) {
    match item.strip_prefix('@') {
        Some(e) => (
            e.parse::<usize>()
                .ok()
                .and_then(|e| view.analysis.entities.get(e))
                .map_or(1, |e| e.docs.len()),
            true,
        ),
        None => (tf.df(item).map_or(1, |d| d as usize), false),
    }
}

/// Dated sentences by (document, item) they hold, in order: the pairs worth
/// comparing share an item, so each date is compared with the dates found in
/// its items' lists rather than with every date of the article. Each list is
/// read for at most [`PER_LIST`] dates and a date makes at most [`MAX_PAIRS`]
/// comparisons, so an article of thousands of dated sentences about one thing
/// costs bounded work per date (news articles stay far below both).
struct DatedIndex<'a> {
    lists: HashMap<(usize, &'a str), Vec<usize>>,
}

const PER_LIST: usize = 64;
const MAX_PAIRS: usize = 512;

impl<'a> DatedIndex<'a> {
    fn new(docs: impl Iterator<Item = usize>, happenings: &'a [Happening]) -> Self {
        let mut lists: HashMap<(usize, &str), Vec<usize>> = HashMap::new();
        for (k, (doc, h)) in docs.zip(happenings).enumerate() {
            for item in &h.items {
                lists.entry((doc, item.as_str())).or_default().push(k);
            }
        }
        DatedIndex { lists }
    }

    /// The dates of `doc` after `after` (or all, with `None`) sharing one of
    /// `items`, sorted, at most [`PER_LIST`] from each list and [`MAX_PAIRS`] in all.
    fn sharing<'b>(
        &self,
        doc: usize,
        items: impl Iterator<Item = &'b str>,
        after: Option<usize>,
        out: &mut Vec<usize>,
    ) {
        for item in items {
            let Some(list) = self.lists.get(&(doc, item)) else {
                continue;
            };
            let from = after.map_or(0, |x| list.partition_point(|&y| y <= x));
            out.extend(list.iter().skip(from).take(PER_LIST));
        }
        out.sort_unstable();
        out.dedup();
        out.truncate(MAX_PAIRS);
    }
}

/// Weight shared items must reach for two dated sentences to be the same event.
const SAME_EVENT: f32 = 1.2;

/// Build the timeline: resolved dates finer than a decade, linked when they are
/// compatible and their sentences share salient words or names (within one
/// article, or between aligned articles); and timing disagreements: strongly
/// matching sentences in different articles with incompatible dates.
pub(crate) fn timeline(
    view: &View,
    dates: &[DateMention],
    tf: &TfIdf,
    aligned: &Aligned,
) -> (Vec<TimelinePoint>, Vec<TimingDisagreement>) {
    // Dates of the article's own text only: a byline's publication date is not an event.
    let in_body = |m: &DateMention| {
        let body = &view.analysis.documents[m.doc].body;
        let i = body.partition_point(|b| b.end <= m.start);
        body.get(i)
            .is_some_and(|b| b.contains(&crate::Span::new(m.start, m.end)))
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
    // Union-find whose sets keep their distinct values, so that "March 2004" and
    // "May 2004" never join through a bare "2004".
    let mut uf = UnionFind::new(usable.len());
    let mut values: Vec<Vec<CalendarValue>> = usable
        .iter()
        .map(|&i| dates[i].value.into_iter().collect())
        .collect();
    let mut candidates: Vec<(usize, usize, Vec<String>)> = Vec::new();
    // Both outcomes below need a salient shared item: only dates sharing one are compared.
    let index = DatedIndex::new(usable.iter().map(|&i| dates[i].doc), &happenings);
    let rare = (view.n / 20).max(3);
    let salient = |item: &str| {
        let df = item_df(view, tf, item).0;
        df <= rare && !(df >= view.n && view.n >= 4)
    };
    let mut others: Vec<usize> = Vec::new();
    for (x, &i) in usable.iter().enumerate() {
        let di = dates[i].doc;
        others.clear();
        let items = || {
            happenings[x]
                .items
                .iter()
                .map(String::as_str)
                .filter(|s| salient(s))
        };
        for d2 in std::iter::once(di).chain(aligned.of(di).iter().copied()) {
            let mut found = Vec::new();
            index.sharing(d2, items(), Some(x), &mut found);
            others.append(&mut found);
        }
        others.sort_unstable();
        others.dedup();
        for &y in &others {
            let j = usable[y];
            let (Some(vi), Some(vj)) = (dates[i].value, dates[j].value) else {
                continue;
            };
            if dates[i].sentence == dates[j].sentence && dates[i].doc == dates[j].doc {
                continue;
            }
            let s = shared(view, tf, &happenings[x], &happenings[y]);
            if vi.compatible(&vj) {
                if s.weight >= SAME_EVENT && s.salient >= 1 {
                    let (rx, ry) = (uf.find(x), uf.find(y));
                    if rx != ry
                        && values[rx]
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
            } else if dates[i].doc != dates[j].doc && s.salient >= 3 && s.entities >= 1 {
                candidates.push((x, y, s.items));
            }
        }
    }
    // A disagreement only if neither article also gives the other's date for
    // the same event (an article naming both 2000 and 2010 for a plan is not
    // contradicted by one naming only 2010).
    let gives = |doc: usize, v: CalendarValue, h: &Happening| {
        // A date that shares weight with `h` shares an item with it.
        let mut sharing = Vec::new();
        index.sharing(doc, h.items.iter().map(String::as_str), None, &mut sharing);
        sharing.iter().any(|&z| {
            dates[usable[z]].value.is_some_and(|w| w.compatible(&v))
                && shared(view, tf, &happenings[z], h).weight >= SAME_EVENT
        })
    };
    let disagreements: Vec<(usize, usize, Vec<String>)> = candidates
        .into_iter()
        .filter(|&(x, y, _)| {
            let (i, j) = (usable[x], usable[y]);
            let (Some(vi), Some(vj)) = (dates[i].value, dates[j].value) else {
                return false;
            };
            !gives(dates[i].doc, vj, &happenings[y]) && !gives(dates[j].doc, vi, &happenings[x])
        })
        .map(|(x, y, items)| (usable[x], usable[y], items))
        .collect();
    let mut points: Vec<TimelinePoint> = uf
        .groups(1)
        .into_iter()
        .filter_map(|members| {
            let idx: Vec<usize> = members.iter().map(|&k| usable[k]).collect();
            let values: Vec<CalendarValue> = idx.iter().filter_map(|&i| dates[i].value).collect();
            let date = *values.iter().max_by_key(|v| v.granularity)?;
            let mut docs: Vec<usize> = idx.iter().map(|&i| dates[i].doc).collect();
            docs.sort_unstable();
            docs.dedup();
            let mut finer: Vec<String> = values
                .iter()
                .filter(|v| v.granularity < date.granularity)
                .map(CalendarValue::label)
                .collect();
            finer.sort();
            finer.dedup();
            // The event: items shared by most members, else the first sentence's rarest words.
            let event = describe(
                view,
                tf,
                &members.iter().map(|&k| &happenings[k]).collect::<Vec<_>>(),
            );
            Some(TimelinePoint {
                label: date.label(),
                date,
                event,
                docs,
                mentions: idx,
                values: finer,
            })
        })
        .collect();
    points.sort_by(|a, b| {
        a.date
            .range()
            .0
            .cmp(&b.date.range().0)
            .then(a.mentions.cmp(&b.mentions))
    });
    let timing = disagreements
        .into_iter()
        .map(|(i, j, shared)| TimingDisagreement {
            event: shared
                .iter()
                .map(|s| item_name(view, s))
                .collect::<Vec<_>>()
                .join(", "),
            values: [i, j]
                .iter()
                .filter_map(|&k| dates[k].value.map(|v| v.label()))
                .collect(),
            mentions: vec![i, j],
        })
        .collect();
    (points, timing)
}

fn item_name(view: &View, item: &str) -> String {
    match item.strip_prefix('@') {
        Some(e) => e
            .parse::<usize>()
            .ok()
            .and_then(|e| view.analysis.entities.get(e))
            .map_or(e.to_string(), |e| e.canonical.clone()),
        None => item.to_string(),
    }
}

/// Up to five items present in the most members, rarest first among equals.
fn describe(view: &View, tf: &TfIdf, members: &[&Happening]) -> String {
    let mut count: std::collections::BTreeMap<&String, usize> = Default::default();
    for h in members {
        for x in &h.items {
            *count.entry(x).or_insert(0) += 1;
        }
    }
    let mut items: Vec<(&String, usize, f32)> = count
        .into_iter()
        .map(|(x, k)| {
            let idf = if x.starts_with('@') {
                2.0
            } else {
                tf.idf(x).unwrap_or(1.0)
            };
            (x, k, idf)
        })
        .collect();
    items.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.total_cmp(&a.2)).then(a.0.cmp(b.0)));
    items
        .iter()
        .take(5)
        .map(|(x, _, _)| item_name(view, x))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_table() {
        let jan15 = normalize("2024-01-15", None).0;
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
            let (v, r) = normalize(text, *p);
            assert_eq!(v.map(|v| v.label()).as_deref(), *want, "{text}");
            assert_eq!(r, *rel, "{text}");
        }
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
        let v = |s: &str| normalize(s, None).0.expect(s);
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
