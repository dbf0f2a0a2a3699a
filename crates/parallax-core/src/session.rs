//! An incremental analysis: the documents open in the app, each extracted once.
//!
//! The browser app keeps one [`Session`] in a Web Worker. Importing an article
//! extracts that article only; [`Session::analysis`] then links every cached
//! extraction (linking is global: a new article can change how the others' mentions
//! group) and applies the session's [`Patch`] of user corrections.
//!
//! Document ids are keys: adding a document whose id the session already holds
//! replaces that document in place (same position) and extracts it again.
//!
//! ```
//! use parallax_core::{analyze, Document, Session};
//!
//! let a = Document::parse("a.txt", b"NATO met in Brussels on Thursday.");
//! let b = Document::parse("b.txt", b"The alliance, NATO, met in Belgium.");
//! let mut session = Session::new();
//! assert_eq!(session.add(vec![a.clone()]), vec![0]);
//! assert_eq!(session.add(vec![b.clone()]), vec![1]);
//! let (analysis, skipped) = session.analysis();
//! assert!(skipped.is_empty());
//! assert_eq!(analysis, analyze(vec![a, b]));
//! ```

use crate::analysis::Analysis;
use crate::corrections::{apply, Patch, Skipped};
use crate::document::Document;
use crate::entities::link_with;
use crate::fxhash::{FxMap, FxSet};
use crate::gazetteer::Lexicon;
use crate::pipeline::{extract_with, Extraction};

/// Documents, their cached extractions and the corrections to apply on top.
#[derive(Clone, Debug, Default)]
pub struct Session {
    documents: Vec<Document>,
    /// `extractions[d]` belongs to `documents[d]`.
    extractions: Vec<Extraction>,
    /// Each document's position by its id: adding thousands of articles one by one
    /// stays linear.
    positions: FxMap<String, usize>,
    patch: Patch,
}

impl Session {
    /// An empty session with an empty patch.
    pub fn new() -> Self {
        Self::default()
    }

    /// Extract and add `docs`; returns each one's position in
    /// [`Session::documents`]. A document whose id is already here replaces it.
    pub fn add(&mut self, docs: Vec<Document>) -> Vec<usize> {
        self.add_with_progress(docs, &mut |_, _, _, _| {})
    }

    /// [`Session::add`], calling `progress(done, total, document, extraction)` as
    /// each document is extracted (`done` counts from 1 to `total`), so a worker can
    /// send each article's mentions to the page before the rest are done.
    ///
    /// ```
    /// use parallax_core::{Document, Session};
    ///
    /// let mut session = Session::new();
    /// let mut seen = Vec::new();
    /// let docs = vec![Document::parse("a", b"NATO met."), Document::parse("b", b"Iran said no.")];
    /// session.add_with_progress(docs, &mut |done, total, doc, ex| {
    ///     seen.push((done, total, doc.id.clone(), ex.mentions.len()));
    /// });
    /// assert_eq!(seen, [(1, 2, "a".to_string(), 1), (2, 2, "b".to_string(), 1)]);
    /// ```
    pub fn add_with_progress(
        &mut self,
        docs: Vec<Document>,
        progress: &mut impl FnMut(usize, usize, &Document, &Extraction),
    ) -> Vec<usize> {
        let total = docs.len();
        let lex = Lexicon::embedded();
        let mut at = Vec::with_capacity(total);
        for (k, doc) in docs.into_iter().enumerate() {
            let ex = extract_with(&doc, lex);
            progress(k + 1, total, &doc, &ex);
            at.push(self.insert(doc, ex));
        }
        at
    }

    /// Add a document with an extraction made elsewhere (by a helper thread, say);
    /// returns its position. As with [`Session::add`], a document whose id is
    /// already here replaces it. The extraction must be `doc`'s, as
    /// [`extract`](crate::extract) makes it: the session does not check.
    ///
    /// ```
    /// use parallax_core::{extract, Document, Session};
    ///
    /// let doc = Document::parse("a", b"NATO met in Brussels.");
    /// let mut by_hand = Session::new();
    /// by_hand.insert(doc.clone(), extract(&doc));
    /// let mut session = Session::new();
    /// session.add(vec![doc]);
    /// assert_eq!(by_hand.analysis(), session.analysis());
    /// ```
    pub fn insert(&mut self, doc: Document, ex: Extraction) -> usize {
        match self.position(&doc.id) {
            Some(d) => {
                self.documents[d] = doc;
                self.extractions[d] = ex;
                d
            }
            None => {
                let d = self.documents.len();
                self.positions.insert(doc.id.clone(), d);
                self.documents.push(doc);
                self.extractions.push(ex);
                d
            }
        }
    }

    /// Remove the document with this id; `false` if there is none. Later
    /// documents move up one place.
    pub fn remove(&mut self, id: &str) -> bool {
        self.remove_all(&[id]) == 1
    }

    /// Remove every document with one of these ids, in one pass however many there
    /// are; returns how many went. Later documents keep their order.
    ///
    /// ```
    /// use parallax_core::{Document, Session};
    ///
    /// let mut session = Session::new();
    /// let docs = ["a", "b", "c"].map(|id| Document::parse(id, b"NATO met."));
    /// session.add(docs.to_vec());
    /// assert_eq!(session.remove_all(&["a", "c", "z"]), 2);
    /// assert_eq!(session.documents()[0].id, "b");
    /// ```
    pub fn remove_all(&mut self, ids: &[&str]) -> usize {
        let gone: FxSet<&str> = ids
            .iter()
            .copied()
            .filter(|id| self.positions.contains_key(*id))
            .collect();
        if gone.is_empty() {
            return 0;
        }
        let keep: Vec<bool> = self
            .documents
            .iter()
            .map(|d| !gone.contains(d.id.as_str()))
            .collect();
        let mut flags = keep.iter();
        self.documents
            .retain(|_| flags.next().copied().unwrap_or(true));
        let mut flags = keep.iter();
        self.extractions
            .retain(|_| flags.next().copied().unwrap_or(true));
        self.positions = self
            .documents
            .iter()
            .enumerate()
            .map(|(d, doc)| (doc.id.clone(), d))
            .collect();
        gone.len()
    }

    /// Forget every document and the patch.
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// Replace the corrections applied by [`Session::analysis`]. Undo is setting a
    /// shorter patch; nothing is extracted again.
    pub fn set_patch(&mut self, patch: Patch) {
        self.patch = patch;
    }

    /// The corrections applied by [`Session::analysis`].
    pub fn patch(&self) -> &Patch {
        &self.patch
    }

    /// The documents, in the order they were first added.
    pub fn documents(&self) -> &[Document] {
        &self.documents
    }

    /// The cached extraction of the document with this id.
    pub fn extraction(&self, id: &str) -> Option<&Extraction> {
        self.position(id).and_then(|d| self.extractions.get(d))
    }

    /// How many documents the session holds.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Link every cached extraction into entities and apply the patch; the same as
    /// [`analyze`](crate::analyze) on [`Session::documents`] followed by
    /// [`apply`], without extracting anything. Returns the corrections that did not apply.
    ///
    /// ```
    /// use parallax_core::corrections::{Correction, Patch};
    /// use parallax_core::{Document, Session};
    ///
    /// let mut session = Session::new();
    /// session.add(vec![Document::parse("a", b"NATO met in Brussels.")]);
    /// session.set_patch(Patch::new(vec![
    ///     Correction::Rename { entity: "org-nato".into(), name: "The Alliance".into() },
    ///     Correction::Rename { entity: "org-un".into(), name: "United Nations".into() },
    /// ]));
    /// let (analysis, skipped) = session.analysis();
    /// assert_eq!(analysis.entities[0].canonical, "The Alliance");
    /// assert_eq!(skipped.len(), 1);
    /// assert_eq!(skipped[0].index, 1);
    /// ```
    pub fn analysis(&self) -> (Analysis, Vec<Skipped>) {
        let mut extractions = self.extractions.clone();
        let (entities, mention_entity) =
            link_with(&self.documents, &mut extractions, Lexicon::embedded());
        let mut analysis = Analysis {
            documents: self.documents.clone(),
            extractions,
            entities,
            mention_entity,
        };
        let skipped = apply(&mut analysis, &self.patch);
        (analysis, skipped)
    }

    fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_keep_their_places_through_replacing_and_removing() {
        let doc = |id: &str, text: &str| Document::parse(id, text.as_bytes());
        let mut s = Session::new();
        let first = vec![
            doc("a", "NATO met."),
            doc("b", "Iran said no."),
            doc("c", "Paris."),
        ];
        assert_eq!(s.add(first), [0, 1, 2]);
        // The same id again replaces the document where it stands.
        assert_eq!(s.add(vec![doc("b", "Oslo said yes.")]), [1]);
        assert_eq!(s.len(), 3);
        assert!(s.remove("a") && !s.remove("a"));
        // Later documents moved up a place and are still found by their ids.
        assert_eq!(s.add(vec![doc("c", "Rome."), doc("d", "Kyiv.")]), [1, 2]);
        let ids: Vec<&str> = s.documents().iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["b", "c", "d"]);
        assert!(s.documents()[0].text.contains("Oslo"));
        assert!(s.documents()[1].text.contains("Rome"));
        assert_eq!(s.remove_all(&["b", "d", "d"]), 2);
        assert_eq!(s.add(vec![doc("e", "Bonn.")]), [1]);
    }
}
