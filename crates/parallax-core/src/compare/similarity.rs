//! Article similarity: TF-IDF cosine over normalised terms with sparse vectors and
//! an inverted index, so the work grows with the postings that actually meet
//! rather than with the square of the vocabulary; nearest articles; clusters by
//! union-find over pairs above a threshold; distinctive terms.

use super::text::{body_tokens, is_word, term};
use super::{Cluster, Distinctive, DistinctiveTerm, Neighbour, Neighbours, PairSimilarity};
use crate::analysis::Analysis;
use std::collections::HashMap;

/// Sparse TF-IDF vectors of a corpus, L2-normalised, with the term dictionary.
#[derive(Debug, Default)]
pub struct TfIdf {
    /// Term strings by id.
    pub terms: Vec<String>,
    /// Documents containing each term.
    pub df: Vec<u32>,
    /// Per document: (term id, weight), sorted by term id, unit length.
    pub vectors: Vec<Vec<(u32, f32)>>,
    index: HashMap<String, u32>,
}

impl TfIdf {
    /// Build from documents given as lists of normalised terms.
    ///
    /// Weights are sublinear term frequency `1 + ln tf` times smoothed inverse
    /// document frequency `ln((1 + n) / (1 + df)) + 1`.
    ///
    /// ```
    /// use parallax_core::compare::similarity::TfIdf;
    /// let docs = vec![
    ///     vec!["concert".to_string(), "hall".into(), "attack".into()],
    ///     vec!["concert".to_string(), "hall".into(), "moscow".into()],
    ///     vec!["budget".to_string(), "tax".into()],
    /// ];
    /// let tf = TfIdf::from_terms(&docs);
    /// assert!(tf.cosine(0, 1) > 0.3);
    /// assert_eq!(tf.cosine(0, 2), 0.0);
    /// ```
    pub fn from_terms(docs: &[Vec<String>]) -> TfIdf {
        Self::from_docs(docs.iter().map(|d| d.iter().map(String::as_str)))
    }

    /// Build from any sequence of documents, each a sequence of normalised terms;
    /// terms are interned as they stream past, so no per-document term lists are kept.
    ///
    /// ```
    /// use parallax_core::compare::similarity::TfIdf;
    /// let tf = TfIdf::from_docs(["moscow attack", "moscow toll", "tax"].map(|d| d.split(' ')));
    /// assert_eq!(tf.df("moscow"), Some(2));
    /// let pairs = tf.pairs_above(0.1);
    /// assert_eq!(pairs.len(), 1);
    /// assert_eq!((pairs[0].0, pairs[0].1), (0, 1));
    /// ```
    pub fn from_docs<D, T, S>(docs: D) -> TfIdf
    where
        D: IntoIterator<Item = T>,
        T: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut tf = TfIdf::default();
        let mut counts: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut c: HashMap<u32, u32> = HashMap::new();
        for d in docs {
            c.clear();
            for t in d {
                let t = t.as_ref();
                let id = match tf.index.get(t) {
                    Some(&id) => id,
                    None => {
                        let id = tf.terms.len() as u32;
                        tf.terms.push(t.to_string());
                        tf.index.insert(t.to_string(), id);
                        tf.df.push(0);
                        id
                    }
                };
                *c.entry(id).or_insert(0) += 1;
            }
            let mut row: Vec<(u32, u32)> = c.iter().map(|(&a, &b)| (a, b)).collect();
            row.sort_unstable();
            for &(id, _) in &row {
                tf.df[id as usize] += 1;
            }
            counts.push(row);
        }
        let n = counts.len() as f32;
        tf.vectors = counts
            .into_iter()
            .map(|c| {
                let mut v: Vec<(u32, f32)> = c
                    .into_iter()
                    .map(|(id, k)| {
                        let idf = ((1.0 + n) / (1.0 + tf.df[id as usize] as f32)).ln() + 1.0;
                        (id, (1.0 + (k as f32).ln()) * idf)
                    })
                    .collect();
                let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
                if norm > 0.0 {
                    v.iter_mut().for_each(|(_, w)| *w /= norm);
                }
                v
            })
            .collect();
        tf
    }

    /// Inverse document frequency of a term, `None` if unseen.
    pub fn idf(&self, term: &str) -> Option<f32> {
        let id = *self.index.get(term)?;
        let n = self.vectors.len() as f32;
        Some(((1.0 + n) / (1.0 + self.df[id as usize] as f32)).ln() + 1.0)
    }

    /// A term's id, `None` if unseen.
    pub fn id(&self, term: &str) -> Option<u32> {
        self.index.get(term).copied()
    }

    /// The `k` heaviest terms of a group of documents: highest summed weight over
    /// the members, found in at least two of them (in the one, for a group of one).
    ///
    /// ```
    /// use parallax_core::compare::similarity::TfIdf;
    /// let docs = vec![
    ///     vec!["flood".to_string(), "river".into(), "town".into()],
    ///     vec!["flood".to_string(), "river".into(), "rain".into()],
    ///     vec!["budget".to_string(), "tax".into()],
    /// ];
    /// let tf = TfIdf::from_terms(&docs);
    /// let mut shared = tf.shared_terms(&[0, 1], 5);
    /// shared.sort();
    /// assert_eq!(shared, vec!["flood", "river"]);
    /// ```
    pub fn shared_terms(&self, docs: &[usize], k: usize) -> Vec<String> {
        let mut sum: HashMap<u32, (f32, u32)> = HashMap::new();
        for &d in docs {
            for &(t, w) in self.vectors.get(d).map_or(&[][..], |v| v.as_slice()) {
                let e = sum.entry(t).or_insert((0.0, 0));
                e.0 += w;
                e.1 += 1;
            }
        }
        let min = if docs.len() > 1 { 2 } else { 1 };
        let mut terms: Vec<(u32, f32)> = sum
            .into_iter()
            .filter(|(_, (_, n))| *n >= min)
            .map(|(t, (w, _))| (t, w))
            .collect();
        terms.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms
            .iter()
            .take(k)
            .filter_map(|(t, _)| self.terms.get(*t as usize).cloned())
            .collect()
    }

    /// Number of documents containing a term, `None` if unseen.
    pub fn df(&self, term: &str) -> Option<u32> {
        self.index.get(term).map(|&id| self.df[id as usize])
    }

    /// Cosine similarity of two documents (0 for out-of-range indexes).
    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        let (Some(x), Some(y)) = (self.vectors.get(a), self.vectors.get(b)) else {
            return 0.0;
        };
        let (mut i, mut j, mut s) = (0, 0, 0.0);
        while i < x.len() && j < y.len() {
            match x[i].0.cmp(&y[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    s += x[i].1 * y[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        s
    }

    /// Every pair `(a, b, cosine)` with `a < b` and cosine ≥ `min`, via an inverted
    /// index: each document's terms are looked up in the postings of later
    /// documents and products accumulate in one reusable row of length n.
    pub fn pairs_above(&self, min: f32) -> Vec<(u32, u32, f32)> {
        let n = self.vectors.len();
        let mut postings: Vec<Vec<(u32, f32)>> = vec![Vec::new(); self.terms.len()];
        for (d, v) in self.vectors.iter().enumerate() {
            for &(t, w) in v {
                postings[t as usize].push((d as u32, w));
            }
        }
        let mut acc = vec![0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut out = Vec::new();
        for (a, v) in self.vectors.iter().enumerate() {
            for &(t, wa) in v {
                let list = &postings[t as usize];
                // Postings are in document order: skip to the documents after `a`.
                let from = list.partition_point(|&(d, _)| d as usize <= a);
                for &(b, wb) in &list[from..] {
                    let slot = &mut acc[b as usize];
                    if *slot == 0.0 {
                        touched.push(b);
                    }
                    *slot += wa * wb;
                }
            }
            for &b in &touched {
                let s = acc[b as usize];
                if s >= min && s > 0.0 {
                    out.push((a as u32, b, s.min(1.0)));
                }
                acc[b as usize] = 0.0;
            }
            touched.clear();
        }
        out
    }
}

/// The normalised body terms of one document, in order, repeats kept: what
/// [`TfIdf`] counts for it.
fn body_terms<'a>(
    doc: &'a crate::Document,
    ex: &'a crate::Extraction,
) -> impl Iterator<Item = String> + 'a {
    body_tokens(doc, ex)
        .into_iter()
        .filter(|t| is_word(t))
        .filter_map(|t| term(t.text(&doc.text)))
}

/// TF-IDF over the normalised body terms of the first `n` documents.
pub(crate) fn document_tfidf(analysis: &Analysis, n: usize) -> TfIdf {
    TfIdf::from_docs(
        analysis
            .documents
            .iter()
            .zip(&analysis.extractions)
            .take(n)
            .map(|(doc, ex)| body_terms(doc, ex)),
    )
}

/// What the story grouping ([`super::stories`]) reads of one document, as sets
/// that can be compared without the rest of the corpus: the distinct normalised
/// body terms its TF-IDF vector is made of, and the ids of the entities it
/// names (dates left out, as in the entity Jaccard of the grouping).
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct StoryFeatures {
    /// Distinct terms, sorted.
    pub terms: Vec<String>,
    /// Distinct entity ids (`org-isis-k`), sorted.
    pub entities: Vec<String>,
}

/// [`StoryFeatures`] of document `d` of `analysis` (empty sets when out of range).
/// The entity ids are the analysis's own: analyse a document alone for ids that
/// do not depend on the other documents.
///
/// ```
/// use parallax_core::compare::similarity::story_features;
/// use parallax_core::{analyze, Document};
/// let a = analyze(vec![Document::parse("a", b"Storm\n\nThe storms hit Lisbon on Monday. Lisbon said the storm was over.")]);
/// let f = story_features(&a, 0);
/// assert!(f.terms.contains(&"storm".to_string()));
/// assert!(f.terms.contains(&"lisbon".to_string()));
/// assert_eq!(f.entities, ["loc-lisbon"]);
/// ```
pub fn story_features(analysis: &Analysis, d: usize) -> StoryFeatures {
    let (Some(doc), Some(ex)) = (analysis.documents.get(d), analysis.extractions.get(d)) else {
        return StoryFeatures::default();
    };
    let mut terms: Vec<String> = body_terms(doc, ex).collect();
    terms.sort_unstable();
    terms.dedup();
    let mut entities: Vec<String> = analysis
        .entities
        .iter()
        .filter(|e| e.label != crate::Label::Date && e.docs.contains(&d))
        .map(|e| e.id.clone())
        .collect();
    entities.sort_unstable();
    entities.dedup();
    StoryFeatures { terms, entities }
}

/// Entity-id sets per document (sorted, deduplicated), dates left out.
pub(crate) fn entity_sets(analysis: &Analysis) -> Vec<Vec<u32>> {
    let mut sets: Vec<Vec<u32>> = vec![Vec::new(); analysis.documents.len()];
    for (e, ent) in analysis.entities.iter().enumerate() {
        if ent.label == crate::Label::Date {
            continue;
        }
        for &d in &ent.docs {
            if let Some(s) = sets.get_mut(d) {
                s.push(e as u32);
            }
        }
    }
    sets
}

/// Jaccard index of two sorted sets; 0 when both are empty.
///
/// ```
/// use parallax_core::compare::similarity::jaccard;
/// assert_eq!(jaccard(&[1, 2, 3], &[2, 3, 4]), 0.5);
/// assert_eq!(jaccard(&[], &[]), 0.0);
/// ```
pub fn jaccard(a: &[u32], b: &[u32]) -> f32 {
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f32 / union as f32
    }
}

/// Disjoint sets with path halving and union by size.
///
/// ```
/// use parallax_core::compare::similarity::UnionFind;
/// let mut uf = UnionFind::new(4);
/// uf.union(0, 2);
/// assert_eq!(uf.find(2), uf.find(0));
/// assert_eq!(uf.groups(2), vec![vec![0, 2]]);
/// ```
#[derive(Debug, Clone)]
pub struct UnionFind {
    parent: Vec<u32>,
    size: Vec<u32>,
}

impl UnionFind {
    /// `n` singletons.
    pub fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n as u32).collect(),
            size: vec![1; n],
        }
    }

    /// The representative of `x`'s set.
    pub fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] as usize != x {
            let p = self.parent[x] as usize;
            self.parent[x] = self.parent[p];
            x = p;
        }
        x
    }

    /// Merge the sets of `a` and `b`.
    pub fn union(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.find(a), self.find(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a as u32;
        self.size[a] += self.size[b];
    }

    /// The sets with at least `min` members, each sorted, ordered by first member.
    pub fn groups(&mut self, min: usize) -> Vec<Vec<usize>> {
        let n = self.parent.len();
        let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
        for x in 0..n {
            let r = self.find(x);
            by_root.entry(r).or_default().push(x);
        }
        let mut out: Vec<Vec<usize>> = by_root.into_values().filter(|g| g.len() >= min).collect();
        out.sort();
        out
    }
}

/// Cluster documents: union-find over pairs whose cosine reaches `threshold`,
/// where a pair joins two existing groups only if the pair is also among each
/// side's nearest `k`, which keeps one loose pair from chaining two stories
/// together.
pub(crate) fn clusters(
    n: usize,
    pairs: &[(u32, u32, f32)],
    nearest: &[Neighbours],
    threshold: f32,
    tf: &TfIdf,
) -> Vec<Cluster> {
    let near = |a: usize, b: usize| {
        nearest
            .get(a)
            .is_some_and(|x| x.neighbours.iter().any(|nb| nb.doc == b))
    };
    let mut uf = UnionFind::new(n);
    let mut strong: Vec<&(u32, u32, f32)> = pairs.iter().filter(|p| p.2 >= threshold).collect();
    strong.sort_by(|x, y| y.2.total_cmp(&x.2));
    for &&(a, b, _) in &strong {
        let (a, b) = (a as usize, b as usize);
        if near(a, b) || near(b, a) {
            uf.union(a, b);
        }
    }
    uf.groups(2)
        .into_iter()
        .map(|docs| {
            let terms = tf.shared_terms(&docs, 8);
            Cluster { docs, terms }
        })
        .collect()
}

/// Each document's `k` most similar others, from the thresholded pairs.
pub(crate) fn nearest(n: usize, pairs: &[(u32, u32, f32)], k: usize) -> Vec<Neighbours> {
    let mut near: Vec<Vec<Neighbour>> = vec![Vec::new(); n];
    for &(a, b, s) in pairs {
        near[a as usize].push(Neighbour {
            doc: b as usize,
            score: s,
        });
        near[b as usize].push(Neighbour {
            doc: a as usize,
            score: s,
        });
    }
    near.into_iter()
        .enumerate()
        .map(|(doc, mut v)| {
            v.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.doc.cmp(&y.doc)));
            v.truncate(k);
            Neighbours { doc, neighbours: v }
        })
        .collect()
}

/// The pairs to report: every pair for small sets, else each document's nearest.
pub(crate) fn report_pairs(
    pairs: &[(u32, u32, f32)],
    nearest: &[Neighbours],
    entity_sets: &[Vec<u32>],
    all_pairs_up_to: usize,
) -> Vec<PairSimilarity> {
    let n = nearest.len();
    let keep: Vec<(u32, u32, f32)> = if n <= all_pairs_up_to {
        pairs.to_vec()
    } else {
        pairs
            .iter()
            .copied()
            .filter(|&(a, b, _)| {
                nearest[a as usize]
                    .neighbours
                    .iter()
                    .any(|x| x.doc == b as usize)
                    || nearest[b as usize]
                        .neighbours
                        .iter()
                        .any(|x| x.doc == a as usize)
            })
            .collect()
    };
    let empty = Vec::new();
    let mut out: Vec<PairSimilarity> = keep
        .into_iter()
        .map(|(a, b, s)| PairSimilarity {
            a: a as usize,
            b: b as usize,
            cosine: s,
            entities: jaccard(
                entity_sets.get(a as usize).unwrap_or(&empty),
                entity_sets.get(b as usize).unwrap_or(&empty),
            ),
        })
        .collect();
    out.sort_by_key(|x| (x.a, x.b));
    out
}

/// Per document, the terms whose weight there most exceeds their mean weight in
/// the other documents, and the entities it names that few others do.
pub(crate) fn distinctive(
    analysis: &Analysis,
    tf: &TfIdf,
    k: usize,
    entity_sets: &[Vec<u32>],
) -> Vec<Distinctive> {
    let n = tf.vectors.len();
    let mut total = vec![0f32; tf.terms.len()];
    for v in &tf.vectors {
        for &(t, w) in v {
            total[t as usize] += w;
        }
    }
    let others = (n.max(2) - 1) as f32;
    (0..n)
        .map(|d| {
            let mut scored: Vec<(u32, f32)> = tf.vectors[d]
                .iter()
                .filter(|(t, _)| n < 2 || (tf.df[*t as usize] as usize) < n)
                .map(|&(t, w)| (t, w - (total[t as usize] - w) / others))
                .filter(|(_, s)| *s > 0.0)
                .collect();
            scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            let terms = scored
                .iter()
                .take(k)
                .map(|&(t, s)| DistinctiveTerm {
                    term: tf.terms[t as usize].clone(),
                    score: s,
                    docs: tf.df[t as usize] as usize,
                })
                .collect();
            // Entities named here and by at most a tenth of the others (only here, for small sets).
            let limit = (n / 10).max(1);
            let mut ents: Vec<(usize, usize, usize)> = entity_sets
                .get(d)
                .map_or(&[][..], |v| v.as_slice())
                .iter()
                .filter_map(|&e| {
                    let ent = analysis.entities.get(e as usize)?;
                    let here = ent.mentions.iter().filter(|m| m.doc == d).count();
                    (ent.docs.len() <= limit && n > 1).then_some((e as usize, ent.docs.len(), here))
                })
                .collect();
            ents.sort_by(|a, b| a.1.cmp(&b.1).then(b.2.cmp(&a.2)).then(a.0.cmp(&b.0)));
            Distinctive {
                doc: d,
                terms,
                entities: ents
                    .iter()
                    .take(k)
                    .map(|&(e, _, _)| analysis.entities[e].id.clone())
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(words: &[&str]) -> Vec<Vec<String>> {
        words
            .iter()
            .map(|d| d.split_whitespace().map(str::to_string).collect())
            .collect()
    }

    #[test]
    fn tfidf_cosine_table() {
        let tf = TfIdf::from_terms(&docs(&[
            "concert hall attack moscow",
            "concert hall attack moscow",
            "concert hall moscow toll",
            "budget tax rise",
            "",
        ]));
        // (a, b, at least, at most)
        let cases = [
            (0, 1, 0.999, 1.001),
            (0, 2, 0.4, 0.9),
            (0, 3, 0.0, 0.0),
            (0, 4, 0.0, 0.0),
            (3, 3, 0.999, 1.001),
            (9, 0, 0.0, 0.0),
        ];
        for (a, b, lo, hi) in cases {
            let c = tf.cosine(a, b);
            assert!(c >= lo && c <= hi, "cos({a},{b}) = {c}");
        }
        // The inverted index agrees with direct cosines.
        for (a, b, s) in tf.pairs_above(0.0) {
            assert!((s - tf.cosine(a as usize, b as usize)).abs() < 1e-5);
            assert!(a < b);
        }
        assert_eq!(tf.pairs_above(0.5).len(), 3);
        // Rare terms weigh more than common ones.
        assert!(tf.idf("toll") > tf.idf("concert"));
        assert_eq!(tf.idf("nothing"), None);
    }

    #[test]
    fn clustering_table() {
        struct Case {
            docs: &'static [&'static str],
            threshold: f32,
            want: &'static [&'static [usize]],
        }
        let cases = [
            Case {
                docs: &[
                    "moscow concert hall attack gunmen",
                    "budget tax rise chancellor",
                    "moscow concert hall attack toll",
                    "chancellor budget tax cut",
                    "football cup final",
                ],
                threshold: 0.3,
                want: &[&[0, 2], &[1, 3]],
            },
            Case {
                docs: &["a b", "c d", "e f"],
                threshold: 0.3,
                want: &[],
            },
            Case {
                docs: &["x y z", "x y z", "x y z"],
                threshold: 0.9,
                want: &[&[0, 1, 2]],
            },
            Case {
                docs: &[],
                threshold: 0.3,
                want: &[],
            },
        ];
        for c in cases {
            let tf = TfIdf::from_terms(&docs(c.docs));
            let pairs = tf.pairs_above(0.05);
            let near = nearest(c.docs.len(), &pairs, 5);
            let got: Vec<Vec<usize>> = clusters(c.docs.len(), &pairs, &near, c.threshold, &tf)
                .into_iter()
                .map(|c| c.docs)
                .collect();
            let want: Vec<Vec<usize>> = c.want.iter().map(|g| g.to_vec()).collect();
            assert_eq!(got, want, "{:?}", c.docs);
        }
    }

    #[test]
    fn jaccard_and_union_find() {
        assert_eq!(jaccard(&[1], &[1]), 1.0);
        assert_eq!(jaccard(&[1], &[2]), 0.0);
        let mut uf = UnionFind::new(5);
        uf.union(0, 3);
        uf.union(3, 4);
        assert_eq!(uf.groups(2), vec![vec![0, 3, 4]]);
        assert_eq!(uf.groups(1).len(), 3);
    }
}
