//! The articles the app is showing and their analysis, provided once as a typed context.

use crate::engine;
use leptos::prelude::*;
use parallax_core::compare::dates::date_words;
use parallax_core::{Analysis, Comparison, Document, Entity};
use std::sync::Arc;

/// The loaded documents, the engine's analysis of them and their comparison.
#[derive(Clone, Debug)]
pub struct Corpus {
    analysis: Arc<Analysis>,
    comparison: Arc<Comparison>,
}

impl Corpus {
    /// The worker's analysis and comparison, ready to show.
    pub fn from_parts(analysis: Analysis, comparison: Comparison) -> Self {
        Self {
            analysis: Arc::new(analysis),
            comparison: Arc::new(comparison),
        }
    }

    /// Analyse `docs` natively, for unit tests (the app itself asks the worker).
    #[cfg(test)]
    pub fn new(docs: Vec<Document>) -> Self {
        let analysis = parallax_core::analyze(docs);
        let comparison = parallax_core::compare(&analysis);
        Self::from_parts(analysis, comparison)
    }

    pub fn analysis(&self) -> &Analysis {
        &self.analysis
    }

    /// The comparison, with byte offsets as the engine keeps them.
    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// The short id (file name without `.txt`) of document `doc`.
    pub fn short_id(&self, doc: usize) -> &str {
        self.documents()
            .get(doc)
            .map_or("", |d| engine::short_id(&d.id))
    }

    pub fn documents(&self) -> &[Document] {
        &self.analysis.documents
    }

    /// The index of the document whose short id (file name without `.txt`) is `short_id`.
    pub fn find_index(&self, short_id: &str) -> Option<usize> {
        self.documents()
            .iter()
            .position(|d| engine::short_id(&d.id) == short_id)
    }

    pub fn find(&self, short_id: &str) -> Option<&Document> {
        self.find_index(short_id).map(|i| &self.documents()[i])
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.analysis.entities.iter().find(|e| e.id == id)
    }

    /// How document `doc` is named on the page (see [`article_name`]).
    pub fn article_name(&self, doc: usize) -> ArticleName {
        self.documents()
            .get(doc)
            .map_or_else(ArticleName::default, article_name)
    }

    pub fn summaries(&self) -> Vec<ArticleSummary> {
        self.documents()
            .iter()
            .map(ArticleSummary::from_document)
            .collect()
    }
}

/// What the overview shows for one article.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleSummary {
    pub short_id: String,
    pub title: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub words: usize,
}

impl ArticleSummary {
    pub fn from_document(doc: &Document) -> Self {
        Self {
            short_id: engine::short_id(&doc.id).to_owned(),
            title: doc
                .title()
                .map_or_else(|| engine::short_id(&doc.id).to_owned(), str::to_owned),
            outlet: engine::outlet(doc).map(str::to_owned),
            date: engine::date(doc),
            words: doc.word_count(),
        }
    }
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

/// Names a document for display: its outlet (plus its date where known), else its
/// headline cut to about 40 characters on a word boundary, else its short id.
pub fn article_name(doc: &Document) -> ArticleName {
    let label = engine::outlet(doc)
        .map(str::to_owned)
        .or_else(|| doc.title().map(short_title))
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| engine::short_id(&doc.id).to_owned());
    ArticleName {
        label,
        date: engine::date(doc).map(|d| day_text(&d)),
    }
}

/// A headline cut to [`SHORT_TITLE`] characters at the last word boundary, with "…".
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

/// The corpus the current page shows; provided by the app once the first analysis is in.
pub fn expect_corpus() -> Corpus {
    expect_context::<Corpus>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summaries_list_every_seed_with_title_and_words() {
        let corpus = Corpus::new(engine::bundled_documents());
        let summaries = corpus.summaries();
        assert_eq!(summaries.len(), corpus.documents().len());
        for s in &summaries {
            assert!(!s.title.is_empty(), "{} has a title", s.short_id);
            assert!(s.words > 100, "{} has its words counted", s.short_id);
        }
        let moscow = summaries
            .iter()
            .find(|s| s.short_id.starts_with("004"))
            .expect("seed 004 is bundled");
        assert_eq!(
            moscow.title,
            "ISIS-K Claims Responsibility for Moscow Concert Hall Attack"
        );
        let khaama = summaries
            .iter()
            .find(|s| s.short_id.starts_with("000"))
            .expect("seed 000 is bundled");
        assert_eq!(khaama.outlet.as_deref(), Some("Khaama Press"));
    }

    #[test]
    fn articles_are_named_by_outlet_then_short_title_then_id() {
        let cases: [(&str, &str, &str); 6] = [
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
            ("notes.txt", "", "notes"),
            ("004_81935e7c5571fa78.txt", "", "004_81935e7c5571fa78"),
        ];
        for (id, text, name) in cases {
            let doc = Document::parse(id, text.as_bytes());
            assert_eq!(article_name(&doc).to_string(), name, "{id}");
        }
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
                "ISIS-K Claims Responsibility for Moscow Concert Hall Attack",
                "ISIS-K Claims Responsibility for Moscow…",
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

    #[test]
    fn finds_documents_and_entities() {
        let corpus = Corpus::new(vec![
            Document::parse("a.txt", b"Alpha"),
            Document::parse("b.txt", b"Lloyd Austin visited Brussels on Thursday."),
        ]);
        assert_eq!(corpus.find("b").map(|d| d.id.as_str()), Some("b.txt"));
        assert_eq!(corpus.find_index("b"), Some(1));
        assert!(corpus.find("c").is_none());
        assert!(corpus.find("b.txt").is_none());
        let first = corpus
            .analysis()
            .entities
            .first()
            .expect("an entity is found");
        assert_eq!(corpus.entity(&first.id).map(|e| &e.id), Some(&first.id));
        assert!(corpus.entity("nope").is_none());
    }
}
