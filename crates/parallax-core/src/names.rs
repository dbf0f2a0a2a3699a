//! How articles are named for readers, in the app and in exports: the outlet,
//! else the headline cut to about 40 characters on a word, else the id; with the
//! publication date where known. One function, so every view and export agrees.

use crate::compare::dates::date_words;
use crate::Document;

/// An article's id as URLs and exports' labels show it: the file name without `.txt`.
///
/// ```
/// assert_eq!(parallax_core::names::short_id("004_abc.txt"), "004_abc");
/// assert_eq!(parallax_core::names::short_id("page.html"), "page.html");
/// ```
pub fn short_id(doc_id: &str) -> &str {
    doc_id.strip_suffix(".txt").unwrap_or(doc_id)
}

/// How an article is named for a reader: its outlet, else a short title, else
/// its id; with its publication date where known.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleName {
    /// "Reuters", "Floods sweep through Porto…", "notes".
    pub label: String,
    /// "2 May 2024", when the article states a date.
    pub date: Option<String>,
}

impl std::fmt::Display for ArticleName {
    /// "Reuters (2 May 2024)", or the label alone when undated.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.date {
            Some(d) => write!(f, "{} ({d})", self.label),
            None => f.write_str(&self.label),
        }
    }
}

/// Most characters of a headline used as an article's name.
const SHORT_TITLE: usize = 40;

/// The publication date a document states, as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn iso_date(doc: &Document) -> Option<String> {
    doc.date.as_ref().map(|d| match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{:04}-{m:02}-{day:02}", d.year),
        (Some(m), None) => format!("{:04}-{m:02}", d.year),
        _ => format!("{:04}", d.year),
    })
}

/// Names a document for display: its outlet (plus its date where known), else its
/// headline cut to about 40 characters on a word boundary, else its short id.
///
/// ```
/// use parallax_core::{names::article_name, Document};
/// let doc = Document::parse("a.txt", b"Storm hits the coast\nBy Ana Lima | Bay Herald\nMay 2, 2024\n\nThe storm hit the coast on Monday, officials said.");
/// assert_eq!(article_name(&doc).to_string(), "Bay Herald (2 May 2024)");
/// ```
pub fn article_name(doc: &Document) -> ArticleName {
    let label = doc
        .outlet()
        .map(str::to_owned)
        .or_else(|| doc.title().map(short_title))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| short_id(&doc.id).to_owned());
    ArticleName {
        label,
        date: iso_date(doc).map(|d| day_text(&d)),
    }
}

/// The article's headline: its title when that is a line of its own, not the first
/// sentence of its body (which is what [`Document::title`] falls back to).
///
/// ```
/// use parallax_core::{names::headline, Document};
/// let doc = Document::parse("a.txt", b"Storm hits the coast\n\nThe storm hit the coast on Monday, officials said.");
/// assert_eq!(headline(&doc), Some("Storm hits the coast"));
/// let doc = Document::parse("b.txt", b"The storm hit the coast on Monday, officials said. Roads closed.");
/// assert_eq!(headline(&doc), None);
/// ```
pub fn headline(doc: &Document) -> Option<&str> {
    let title = doc.title?;
    let in_body = doc
        .body
        .iter()
        .any(|b| b.start <= title.start && title.end <= b.end);
    (!in_body).then(|| doc.title()).flatten()
}

/// A headline cut to 40 characters at the last word boundary, with "…".
pub fn short_title(title: &str) -> String {
    let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.chars().count() <= SHORT_TITLE {
        return title;
    }
    let cut: String = title.chars().take(SHORT_TITLE).collect();
    let next_is_space = title.chars().nth(SHORT_TITLE) == Some(' ');
    let kept = if next_is_space {
        cut.as_str()
    } else {
        // Drop the partial last word, unless the first word alone is that long.
        cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head)
    };
    let kept = kept.trim_end_matches([' ', ',', ';', ':', '.', '-', '–', '—']);
    format!("{kept}…")
}

/// A `YYYY[-MM[-DD]]` date as people read it: "2 May 2024", "May 2024", "2024";
/// anything else unchanged.
pub fn day_text(date: &str) -> String {
    let mut parts = date.split('-');
    let year = parts
        .next()
        .filter(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|y| y.parse::<i32>().ok());
    let month = parts
        .next()
        .map(|m| m.parse::<u8>().ok().filter(|m| (1..=12).contains(m)));
    let day = parts
        .next()
        .map(|d| d.parse::<u8>().ok().filter(|d| (1..=31).contains(d)));
    let rest = parts.next();
    match (year, month, day, rest) {
        (Some(y), None, None, None) => date_words(y, None, None),
        (Some(y), Some(Some(m)), None, None) => date_words(y, Some(m), None),
        (Some(y), Some(Some(m)), Some(Some(d)), None) => date_words(y, Some(m), Some(d)),
        _ => date.to_owned(),
    }
}

/// Every document's name, made unique: two articles of one outlet on one day
/// are told apart by their short titles ("Bay Herald (2 May 2024) · Storm hits…").
pub fn unique_names(docs: &[Document]) -> Vec<String> {
    let names: Vec<String> = docs.iter().map(|d| article_name(d).to_string()).collect();
    let mut sorted: Vec<&str> = names.iter().map(String::as_str).collect();
    sorted.sort_unstable();
    let repeated = |n: &str| {
        let i = sorted.partition_point(|x| *x < n);
        sorted.get(i + 1).is_some_and(|x| *x == n)
    };
    docs.iter()
        .zip(&names)
        .map(|(d, n)| {
            if !repeated(n) {
                return n.clone();
            }
            match d.title().map(short_title) {
                Some(t) if !n.starts_with(t.as_str()) => format!("{n} · {t}"),
                _ => format!("{n} · {}", short_id(&d.id)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_are_named_by_outlet_then_short_title_then_id() {
        let cases: [(&str, &str, &str); 9] = [
            (
                "a.txt",
                "Floods sweep through Porto Alegre\nBy Ana Souza | Harbour Gazette\nMay 2, 2024\n\nFloods in Porto Alegre have killed 12 people, officials said on Thursday.",
                "Harbour Gazette (2 May 2024)",
            ),
            (
                "b.txt",
                "(MENAFN- Khaama Press) defense ministers gathered in Brussels to discuss the threat of ISIS on Thursday.",
                "Khaama Press",
            ),
            (
                "c.txt",
                "ISIS-K Claims Responsibility for Moscow Concert Hall Attack\nISIS-K claimed responsibility for a deadly attack at a concert hall in Moscow, Russia.",
                "ISIS-K Claims Responsibility for Moscow…",
            ),
            (
                "d.txt",
                " date 2024-01-15 Dina Mahmoud (London)\n\nShort headline here\n\nThe group claimed about 30 attacks in various regions of the world earlier this month.",
                "Short headline here (15 Jan 2024)",
            ),
            (
                "e.txt",
                "Ferry sinks off the northern cape\nValley Post | March 3, 2025\n\nA ferry sank off the northern cape on Monday and eleven people are missing, the coast guard said.",
                "Valley Post (3 Mar 2025)",
            ),
            (
                "f.txt",
                "Ferry sinks\n\nLONDON, March 3, 2025 (Reuters) - A ferry sank off the northern cape on Monday, the coast guard said.",
                "Reuters (3 Mar 2025)",
            ),
            (
                "g.txt",
                "Toll climbs as water keeps rising\nBy Ana Souza | Coastal Courier\nMay 4, 2024\n\nThe death toll rose to 30 on Saturday, the civil defence agency said.",
                "Coastal Courier (4 May 2024)",
            ),
            ("notes.txt", "", "notes"),
            ("004_81935e7c5571fa78.txt", "", "004_81935e7c5571fa78"),
        ];
        for (id, text, name) in cases {
            let doc = Document::parse(id, text.as_bytes());
            assert_eq!(article_name(&doc).to_string(), name, "{id}");
        }
    }

    #[test]
    fn names_of_one_outlet_on_one_day_are_told_apart() {
        let doc = |id: &str, title: &str| {
            Document::parse(
                id,
                format!("{title}\nBy Ana Souza | Harbour Gazette\nMay 2, 2024\n\nThe river rose again on Thursday, officials in the city said.").as_bytes(),
            )
        };
        let docs = [
            doc("a.txt", "River rises in the old town"),
            doc("b.txt", "Bridges close as the river rises"),
            Document::parse("c.txt", b"Quiet day\nValley Post | May 2, 2024\n\nNothing happened in the valley on Thursday, residents said."),
        ];
        let names = unique_names(&docs);
        assert_eq!(
            names,
            [
                "Harbour Gazette (2 May 2024) · River rises in the old town",
                "Harbour Gazette (2 May 2024) · Bridges close as the river rises",
                "Valley Post (2 May 2024)",
            ]
        );
    }

    #[test]
    fn short_titles_cut_on_a_word_boundary() {
        for (title, short) in [
            (
                "Floods sweep through Porto Alegre",
                "Floods sweep through Porto Alegre",
            ),
            (
                "Toll climbs as water keeps rising in Porto Alegre",
                "Toll climbs as water keeps rising in…",
            ),
            (
                "exactly forty characters long, no cut!!!",
                "exactly forty characters long, no cut!!!",
            ),
            (
                "Forty-character-word-without-any-spaces-at-all",
                "Forty-character-word-without-any-spaces…",
            ),
            (
                "One, two, three, four, five, six, seven, eight",
                "One, two, three, four, five, six, seven…",
            ),
            ("  spaced\n  out  ", "spaced out"),
            (
                "Ünïcödé wörds ärë cöüntëd äs chäräctërs nöt bÿtës",
                "Ünïcödé wörds ärë cöüntëd äs chäräctërs…",
            ),
        ] {
            assert_eq!(short_title(title), short, "{title}");
        }
    }

    #[test]
    fn dates_read_as_days() {
        for (date, text) in [
            ("2024-05-02", "2 May 2024"),
            ("2024-12", "Dec 2024"),
            ("2024", "2024"),
            ("2024-13-01", "2024-13-01"),
            ("2024-05-00", "2024-05-00"),
            ("24-05-02", "24-05-02"),
            ("", ""),
        ] {
            assert_eq!(day_text(date), text, "{date}");
        }
    }
}
