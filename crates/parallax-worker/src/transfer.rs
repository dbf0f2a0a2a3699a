//! Sending an analysis to the main thread in parts, so no single message takes the
//! page long to read: documents in batches, entities in batches, and each long list
//! of the comparison in batches. [`Assembler`] puts them back together.
//!
//! ```
//! use parallax_worker::transfer::{parts, Assembler};
//! let analysis = parallax_core::analyze(vec![parallax_core::Document::parse("a.txt", b"NATO met in Oslo.")]);
//! let comparison = parallax_core::compare(&analysis);
//! let mut assembler = Assembler::default();
//! let mut done = None;
//! for part in parts(analysis.clone(), comparison.clone(), vec![], vec![]) {
//!     done = assembler.push(part);
//! }
//! let shown = done.expect("the last part completes it");
//! assert_eq!(shown.analysis, analysis);
//! assert_eq!(shown.comparison, comparison);
//! ```

use parallax_core::compare::{
    Claim, ClaimGroup, Cluster, DateMention, Distinctive, Neighbours, Omissions, PairSimilarity,
    Presence, QuoteGroup, Story, TimelinePoint, TimingDisagreement, Track,
};
use parallax_core::{Analysis, Comparison, Document, Entity, Extraction};
use serde::{Deserialize, Serialize};

/// Documents per part stop growing past about this many bytes of JSON.
const BYTES_PER_PART: usize = 400 * 1024;

/// Roughly how many bytes of JSON a document and its extraction take.
fn weight(doc: &Document, ex: &Extraction) -> usize {
    doc.text.len() + 80 * ex.mentions.len() + 300 * ex.quantities.len() + 30 * ex.sentences.len()
}

/// How many bytes of JSON `value` takes, without building it.
fn json_len<T: Serialize>(value: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}

/// `items` in batches of about `BYTES_PER_PART` bytes of JSON each.
pub fn batches<T: Serialize>(items: Vec<T>) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    let (mut batch, mut size) = (Vec::new(), 0);
    for item in items {
        let n = json_len(&item);
        if !batch.is_empty() && size + n > BYTES_PER_PART {
            out.push(std::mem::take(&mut batch));
            size = 0;
        }
        size += n;
        batch.push(item);
    }
    if !batch.is_empty() {
        out.push(batch);
    }
    out
}

/// One piece of an analysis on its way to the main thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// A new analysis starts: what is imported, and the corrections that no longer apply.
    Begin {
        /// How many documents the analysis has.
        documents: usize,
        /// Ids of the imported (not bundled) articles, in the order they were first added.
        imported: Vec<String>,
        /// Why each correction that no longer applies was skipped, a sentence each.
        skipped: Vec<String>,
    },
    /// A batch of documents with their extractions and entity indexes, following
    /// the previous batch.
    Documents {
        /// The documents, in the analysis's order.
        documents: Vec<Document>,
        /// `extractions[i]` belongs to `documents[i]`.
        extractions: Vec<Extraction>,
        /// `mention_entity[i][m]` is the index into [`Analysis::entities`] of mention
        /// `m` of `documents[i]`.
        mention_entity: Vec<Vec<usize>>,
    },
    /// A batch of the analysis's entities, following the previous batch.
    Entities {
        /// The entities, in the analysis's order.
        entities: Vec<Entity>,
    },
    /// The comparison with its long lists empty; they follow as [`Part::List`]s.
    Comparison {
        /// The comparison, its long lists empty.
        comparison: Box<Comparison>,
    },
    /// A batch of one of the comparison's long lists; a list's batches come in order.
    List {
        /// The batch, tagged with the list it belongs to.
        list: List,
    },
    /// The analysis is complete.
    End,
}

macro_rules! lists {
    ($($variant:ident($ty:ty) => $($field:ident).+;)*) => {
        /// A batch of one of the comparison's long lists.
        #[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum List {
            $(
                /// Items of the [`Comparison`] list this variant is named after
                /// (`Presence` and `Omissions` are `matrix.entities` and
                /// `matrix.omissions`), in the list's order.
                $variant(Vec<$ty>),
            )*
        }

        /// Take the long lists out of `c`, in batches.
        fn take_lists(c: &mut Comparison) -> Vec<List> {
            let mut out = Vec::new();
            $(
                for batch in batches(std::mem::take(&mut c.$($field).+)) {
                    out.push(List::$variant(batch));
                }
            )*
            out
        }

        fn put_list(c: &mut Comparison, list: List) {
            match list {
                $(List::$variant(items) => c.$($field).+.extend(items),)*
            }
        }
    };
}

lists! {
    Stories(Story) => stories;
    Tracks(Track) => tracks;
    Presence(Presence) => matrix.entities;
    Omissions(Omissions) => matrix.omissions;
    Similarity(PairSimilarity) => similarity;
    Nearest(Neighbours) => nearest;
    Clusters(Cluster) => clusters;
    Distinctive(Distinctive) => distinctive;
    Claims(Claim) => claims;
    Discrepancies(ClaimGroup) => discrepancies;
    Agreements(ClaimGroup) => agreements;
    Dates(DateMention) => dates;
    Timeline(TimelinePoint) => timeline;
    TimingDisagreements(TimingDisagreement) => timing_disagreements;
    Quotes(QuoteGroup) => quotes;
}

/// Cut an analysis into parts, in the order [`Assembler`] expects.
pub fn parts(
    analysis: Analysis,
    mut comparison: Comparison,
    imported: Vec<String>,
    skipped: Vec<String>,
) -> Vec<Part> {
    let Analysis {
        documents,
        extractions,
        entities,
        mention_entity,
    } = analysis;
    let mut out = vec![Part::Begin {
        documents: documents.len(),
        imported,
        skipped,
    }];
    let mut batch = (Vec::new(), Vec::new(), Vec::new(), 0);
    let mut rows = extractions.into_iter().zip(mention_entity);
    for doc in documents {
        let (ex, me) = rows.next().unwrap_or_default();
        batch.3 += weight(&doc, &ex);
        batch.0.push(doc);
        batch.1.push(ex);
        batch.2.push(me);
        if batch.3 >= BYTES_PER_PART {
            let (documents, extractions, mention_entity, _) = std::mem::take(&mut batch);
            out.push(Part::Documents {
                documents,
                extractions,
                mention_entity,
            });
        }
    }
    if !batch.0.is_empty() {
        out.push(Part::Documents {
            documents: batch.0,
            extractions: batch.1,
            mention_entity: batch.2,
        });
    }
    for entities in batches(entities) {
        out.push(Part::Entities { entities });
    }
    let lists = take_lists(&mut comparison);
    out.push(Part::Comparison {
        comparison: Box::new(comparison),
    });
    out.extend(lists.into_iter().map(|list| Part::List { list }));
    out.push(Part::End);
    out
}

/// A complete analysis, put back together.
#[derive(Clone, Debug, PartialEq)]
pub struct Assembled {
    /// The analysis, as [`parts`] was given it.
    pub analysis: Analysis,
    /// The comparison of the analysis, its long lists filled in again.
    pub comparison: Comparison,
    /// Ids of the imported (not bundled) articles, in the order they were first added.
    pub imported: Vec<String>,
    /// Why each correction that no longer applies was skipped, a sentence each.
    pub skipped: Vec<String>,
}

/// Collects [`Part`]s; [`Assembler::push`] returns the analysis at [`Part::End`].
#[derive(Default)]
pub struct Assembler {
    current: Option<Assembled>,
}

impl Assembler {
    /// Takes the next part; gives the whole analysis at [`Part::End`], `None` before
    /// it. A [`Part::Begin`] drops any unfinished analysis; parts before the first
    /// [`Part::Begin`] are ignored.
    pub fn push(&mut self, part: Part) -> Option<Assembled> {
        match part {
            Part::Begin {
                documents,
                imported,
                skipped,
            } => {
                let mut analysis = Analysis::default();
                analysis.documents.reserve(documents);
                self.current = Some(Assembled {
                    analysis,
                    comparison: Comparison::default(),
                    imported,
                    skipped,
                });
            }
            Part::Documents {
                documents,
                extractions,
                mention_entity,
            } => {
                if let Some(a) = &mut self.current {
                    a.analysis.documents.extend(documents);
                    a.analysis.extractions.extend(extractions);
                    a.analysis.mention_entity.extend(mention_entity);
                }
            }
            Part::Entities { entities } => {
                if let Some(a) = &mut self.current {
                    a.analysis.entities.extend(entities);
                }
            }
            Part::Comparison { comparison } => {
                if let Some(a) = &mut self.current {
                    a.comparison = *comparison;
                }
            }
            Part::List { list } => {
                if let Some(a) = &mut self.current {
                    put_list(&mut a.comparison, list);
                }
            }
            Part::End => return self.current.take(),
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_large_analysis_arrives_in_small_parts_and_is_put_back_together() {
        let docs: Vec<Document> = (0..300)
            .map(|i| {
                const PLACES: [&str; 10] = [
                    "Oslo", "Paris", "Lagos", "Lima", "Hanoi", "Quito", "Accra", "Dhaka", "Perth",
                    "Turin",
                ];
                const WHO: [&str; 6] = [
                    "people", "soldiers", "visitors", "workers", "pupils", "doctors",
                ];
                let body: String = (0..40)
                    .map(|j| {
                        format!(
                            "Mayor Anna Berg{i} visited {} on Monday; at least {} {} attended. ",
                            PLACES[(i + j) % 10],
                            i * 40 + j,
                            WHO[(i * 7 + j) % 6]
                        )
                    })
                    .collect();
                let text = format!("Report {i}\n\n{body}");
                Document::parse(format!("d{i}.txt"), text.as_bytes())
            })
            .collect();
        let analysis = parallax_core::analyze(docs);
        let comparison = parallax_core::compare(&analysis);
        let parts = parts(
            analysis.clone(),
            comparison.clone(),
            vec!["d1.txt".into()],
            vec![],
        );
        assert!(parts.len() > 5, "{} parts", parts.len());
        for p in &parts {
            let json = serde_json::to_string(p).unwrap_or_default();
            assert!(
                json.len() < 1_000_000,
                "a part of {} bytes: {}",
                json.len(),
                &json[..120]
            );
        }
        let mut assembler = Assembler::default();
        let mut done = None;
        for p in parts {
            let json = serde_json::to_string(&p).unwrap_or_default();
            let back: Part = serde_json::from_str(&json).expect("parts survive JSON");
            done = assembler.push(back);
        }
        let done = done.expect("complete");
        assert_eq!(done.analysis, analysis);
        assert_eq!(done.comparison, comparison);
        assert_eq!(done.imported, ["d1.txt"]);
    }

    #[test]
    fn parts_without_a_beginning_are_ignored() {
        let mut assembler = Assembler::default();
        assert_eq!(assembler.push(Part::Entities { entities: vec![] }), None);
        assert_eq!(assembler.push(Part::End), None);
    }
}
