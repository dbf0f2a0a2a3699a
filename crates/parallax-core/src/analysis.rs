//! The whole corpus analysed: every document extracted ([`crate::pipeline`]) and the
//! mentions linked into entities across them ([`crate::entities`]).

use crate::document::Document;
use crate::entities::{link_with, Entity, MentionRef};
use crate::fxhash::FxMap;
use crate::gazetteer::Lexicon;
use crate::pipeline::{extract_with, Extraction};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The whole corpus: documents, their extractions and the entities linking them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The documents, in the order they were given.
    pub documents: Vec<Document>,
    /// `extractions[d]` belongs to `documents[d]`.
    pub extractions: Vec<Extraction>,
    /// Every entity across the documents; [`Analysis::mention_entity`] indexes into it.
    pub entities: Vec<Entity>,
    /// `mention_entity[d][m]` is the index into `entities` of mention `m` of document `d`.
    pub mention_entity: Vec<Vec<usize>>,
}

impl Analysis {
    /// The entity a mention belongs to.
    pub fn entity_of(&self, r: MentionRef) -> Option<&Entity> {
        let i = *self.mention_entity.get(r.doc)?.get(r.mention)?;
        self.entities.get(i)
    }

    /// Pairs of entities named in the same sentence, `(a, b)` with `a < b` as
    /// indexes into [`Analysis::entities`], and in how many sentences. A mention
    /// that crosses a sentence boundary counts for neither sentence.
    ///
    /// ```
    /// use parallax_core::{analyze, Document};
    /// let a = analyze(vec![Document::parse("a", b"Defense Secretary Lloyd Austin visited Kerman. Austin met Iranian envoys in Kerman.")]);
    /// let id = |name: &str| a.entities.iter().position(|e| e.canonical == name).unwrap();
    /// let (austin, kerman) = (id("Lloyd Austin"), id("Kerman"));
    /// let pair = (austin.min(kerman), austin.max(kerman));
    /// assert_eq!(a.co_occurrences()[&pair], 2);
    /// ```
    pub fn co_occurrences(&self) -> BTreeMap<(usize, usize), usize> {
        // Counted in a hash map, sorted once at the end.
        let mut weights: FxMap<(usize, usize), usize> = FxMap::default();
        for (d, ex) in self.extractions.iter().enumerate() {
            let ids = self.mention_entity.get(d).map_or(&[][..], Vec::as_slice);
            // (sentence, entity) of every mention inside a sentence.
            let mut placed: Vec<(usize, usize)> = ex
                .mentions
                .iter()
                .zip(ids)
                .filter_map(|(m, &e)| {
                    let s = ex.sentences.partition_point(|s| s.end <= m.span.start);
                    let sentence = ex.sentences.get(s)?;
                    sentence.contains(&m.span).then_some((s, e))
                })
                .collect();
            placed.sort_unstable();
            placed.dedup();
            for sentence in placed.chunk_by(|a, b| a.0 == b.0) {
                for (i, &(_, a)) in sentence.iter().enumerate() {
                    for &(_, b) in &sentence[i + 1..] {
                        *weights.entry((a, b)).or_insert(0) += 1;
                    }
                }
            }
        }
        weights.into_iter().collect()
    }
}

/// Extract every document and link their mentions into entities.
///
/// ```
/// use parallax_core::{analyze, Document, Label};
///
/// let docs = vec![
///     Document::parse("a.txt", b"ISIS-K attacked Moscow. The U.S. warned of ISIS."),
///     Document::parse("b.txt", b"The Islamic State Khorasan Province, or ISKP, struck in the United States."),
/// ];
/// let analysis = analyze(docs);
/// let isisk = analysis.entities.iter().find(|e| e.canonical == "ISIS-K").unwrap();
/// assert_eq!(isisk.docs, vec![0, 1]);
/// let us = analysis.entities.iter().find(|e| e.canonical == "United States").unwrap();
/// assert_eq!(us.label, Label::Loc);
/// assert!(us.surfaces.contains(&"U.S.".to_string()));
/// ```
pub fn analyze(documents: Vec<Document>) -> Analysis {
    analyze_with(documents, Lexicon::embedded())
}

/// [`analyze`] with another lexicon, e.g. [`Lexicon::with_user_aliases`].
pub fn analyze_with(documents: Vec<Document>, lex: &Lexicon) -> Analysis {
    let mut extractions: Vec<Extraction> = documents.iter().map(|d| extract_with(d, lex)).collect();
    let (entities, mention_entity) = link_with(&documents, &mut extractions, lex);
    Analysis {
        documents,
        extractions,
        entities,
        mention_entity,
    }
}
