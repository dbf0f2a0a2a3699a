//! The articles the app is showing and their analysis, provided once as a typed context.

use crate::engine;
use leptos::prelude::*;
use parallax_core::{Analysis, Comparison, Document, Entity};
use std::sync::Arc;

/// The loaded documents, the engine's analysis of them and their comparison.
#[derive(Clone, Debug)]
pub struct Corpus {
    analysis: Arc<Analysis>,
    comparison: Arc<Comparison>,
    /// Every article's name, unique within the corpus (see [`article_name`]).
    names: Arc<Vec<String>>,
}

impl Corpus {
    /// The worker's analysis and comparison, ready to show.
    pub fn from_parts(analysis: Analysis, comparison: Comparison) -> Self {
        let names = parallax_core::names::unique_names(&analysis.documents);
        Self {
            analysis: Arc::new(analysis),
            comparison: Arc::new(comparison),
            names: Arc::new(names),
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

    /// Document `doc`'s name, unique in this corpus: "Reuters (2 May 2024)".
    pub fn name(&self, doc: usize) -> &str {
        self.names.get(doc).map_or("", String::as_str)
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
    /// The headline, else the article's name (outlet and date, or its first words).
    pub title: String,
    /// The first sentence, when the article has no headline of its own.
    pub opening: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub words: usize,
}

impl ArticleSummary {
    pub fn from_document(doc: &Document) -> Self {
        Self {
            short_id: engine::short_id(&doc.id).to_owned(),
            title: parallax_core::names::headline(doc)
                .map_or_else(|| article_name(doc).to_string(), str::to_owned),
            opening: parallax_core::names::headline(doc)
                .is_none()
                .then(|| doc.title().map(str::to_owned))
                .flatten(),
            outlet: engine::outlet(doc).map(str::to_owned),
            date: engine::date(doc),
            words: doc.word_count(),
        }
    }
}

pub use parallax_core::names::{article_name, day_text, short_title, ArticleName};

/// Two corpora are the same when they hold the same analysis (a new analysis is a new `Arc`).
impl PartialEq for Corpus {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.analysis, &other.analysis)
            && Arc::ptr_eq(&self.comparison, &other.comparison)
    }
}

/// The corpus the views show, as a signal. The app provides it once, as a
/// context, from [`Library::corpus`](crate::state::library::Library::corpus) or,
/// while one is open, a published story (`state::shards`): whoever has a new
/// analysis sets the library's (`library.corpus.set(Some(corpus))`) and every view
/// reading this signal updates in place, without remounting.
pub type CorpusSignal = Signal<Corpus>;

/// Provide the corpus signal over `source` (the corpus to show, if any):
/// it holds the latest corpus set, and an empty one before the first.
pub fn provide_corpus(source: Signal<Option<Corpus>>) -> CorpusSignal {
    let memo = Memo::new(move |prev: Option<&Corpus>| {
        source
            .get()
            .or_else(|| prev.cloned())
            .unwrap_or_else(|| Corpus::from_parts(Analysis::default(), Comparison::default()))
    });
    let signal: CorpusSignal = memo.into();
    provide_context(signal);
    signal
}

/// The corpus signal; read it (`corpus.get()`, `corpus.with(..)`) inside a
/// closure so the view follows each new analysis.
pub fn use_corpus() -> CorpusSignal {
    expect_context::<CorpusSignal>()
}

/// The corpus as it is now, for a page that renders it whole: the app re-renders
/// such a page (not the routes) when a new analysis arrives (see `lib.rs`'s
/// `Live`). Prefer [`use_corpus`], which keeps the page's own state.
pub fn expect_corpus() -> Corpus {
    use_context::<Corpus>().unwrap_or_else(|| use_corpus().get_untracked())
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
        // No headline of its own: the card is headed by the outlet, the first sentence below.
        assert_eq!(khaama.title, "Khaama Press");
        assert!(
            khaama
                .opening
                .as_deref()
                .is_some_and(|o| o.contains("defense ministers")),
            "{khaama:?}"
        );
        assert_eq!(moscow.opening, None, "a headline needs no opening line");
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
