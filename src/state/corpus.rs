//! The articles the app is showing, provided once as a typed context.

use crate::engine;
use leptos::prelude::*;
use parallax_core::Document;
use std::sync::Arc;

/// The documents currently loaded (for now: the bundled seeds).
#[derive(Clone, Debug)]
pub struct Corpus {
    docs: Arc<[Document]>,
}

impl Corpus {
    pub fn new(docs: Vec<Document>) -> Self {
        Self { docs: docs.into() }
    }

    pub fn documents(&self) -> &[Document] {
        &self.docs
    }

    /// The document whose short id (file name without `.txt`) is `short_id`.
    pub fn find(&self, short_id: &str) -> Option<&Document> {
        self.docs
            .iter()
            .find(|d| engine::short_id(&d.id) == short_id)
    }

    pub fn summaries(&self) -> Vec<ArticleSummary> {
        self.docs
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
            words: doc.word_count(),
        }
    }
}

/// Parse the bundled articles and provide them to every page below.
pub fn provide_corpus() {
    provide_context(Corpus::new(engine::bundled_documents()));
}

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
    }

    #[test]
    fn finds_documents_by_short_id() {
        let corpus = Corpus::new(vec![
            Document::parse("a.txt", b"Alpha"),
            Document::parse("b.txt", b"Beta"),
        ]);
        assert_eq!(corpus.find("b").map(|d| d.id.as_str()), Some("b.txt"));
        assert!(corpus.find("c").is_none());
        assert!(corpus.find("b.txt").is_none());
    }
}
