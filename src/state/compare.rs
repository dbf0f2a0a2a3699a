//! View state of the comparison views (overview summary, compare, facts,
//! timeline, quotes): plain types and functions over the engine's `Comparison`,
//! tested natively.

use parallax_core::compare::{ClaimGroup, Coverage, Presence};
use parallax_core::{Comparison, Span};
use std::ops::Range;

/// An interval as people write it: "137", "≥ 143", "90–100", "≤ 25".
pub fn interval_text(low: Option<f64>, high: Option<f64>) -> String {
    let n = |v: f64| {
        if v.fract() == 0.0 && v.abs() < 1e15 {
            format!("{}", v as i64)
        } else {
            format!("{v:.1}")
        }
    };
    match (low, high) {
        (Some(l), Some(h)) if l == h => n(l),
        (Some(l), Some(h)) => format!("{}–{}", n(l), n(h)),
        (Some(l), None) => format!("≥ {}", n(l)),
        (None, Some(h)) => format!("≤ {}", n(h)),
        (None, None) => "unknown".to_owned(),
    }
}

/// Which rows of the matrix to show, as the `cover` query says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CoverFilter {
    #[default]
    Any,
    All,
    Several,
    One,
}

impl CoverFilter {
    pub const ALL: [CoverFilter; 4] = [Self::Any, Self::All, Self::Several, Self::One];

    pub fn parse(s: &str) -> Self {
        match s {
            "all" => Self::All,
            "several" => Self::Several,
            "one" => Self::One,
            _ => Self::Any,
        }
    }

    pub fn as_query(self) -> &'static str {
        match self {
            Self::Any => "",
            Self::All => "all",
            Self::Several => "several",
            Self::One => "one",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Self::Any => "Every entity",
            Self::All => "Named by all",
            Self::Several => "Named by several",
            Self::One => "Named by one only",
        }
    }

    pub fn keeps(self, p: &Presence) -> bool {
        match self {
            Self::Any => true,
            Self::All => p.named_by == Coverage::All,
            Self::Several => p.named_by == Coverage::Several,
            Self::One => p.named_by == Coverage::One,
        }
    }
}

/// One matrix cell: how often a document names the entity, and whether its
/// peers name it while it does not (an omission).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cell {
    Count(usize),
    Omitted,
    Absent,
}

/// The matrix rows for a filter, as indexes into `cmp.matrix.entities`: most
/// widely named first, then most mentioned. Cells are made per visible row by
/// [`cells`], so a corpus of thousands of articles is never laid out whole.
pub fn matrix_order(cmp: &Comparison, filter: CoverFilter) -> Vec<usize> {
    let entities = &cmp.matrix.entities;
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| filter.keeps(&entities[i]))
        .collect();
    let total = |p: &Presence| p.counts.iter().map(|c| c.count).sum::<usize>();
    order.sort_by(|&a, &b| {
        let (a, b) = (&entities[a], &entities[b]);
        b.counts
            .len()
            .cmp(&a.counts.len())
            .then(total(b).cmp(&total(a)))
            .then(a.name.cmp(&b.name))
    });
    order
}

/// The cells of one matrix row for the documents `docs`.
pub fn cells(cmp: &Comparison, p: &Presence, docs: Range<usize>) -> Vec<Cell> {
    docs.map(|d| match p.counts.binary_search_by_key(&d, |c| c.doc) {
        Ok(i) => Cell::Count(p.counts[i].count),
        Err(_) if omits(cmp, d, &p.entity) => Cell::Omitted,
        Err(_) => Cell::Absent,
    })
    .collect()
}

/// The matrix rows for a filter with every document's cell (the order of
/// [`matrix_order`]); for tests and small corpora.
pub fn matrix_rows(cmp: &Comparison, filter: CoverFilter) -> Vec<(&Presence, Vec<Cell>)> {
    matrix_order(cmp, filter)
        .into_iter()
        .map(|i| {
            let p = &cmp.matrix.entities[i];
            (p, cells(cmp, p, 0..cmp.matrix.documents))
        })
        .collect()
}

fn omits(cmp: &Comparison, doc: usize, entity: &str) -> bool {
    // The engine keeps one entry per document, in order; search if it ever does not.
    let entry = match cmp.matrix.omissions.get(doc) {
        Some(o) if o.doc == doc => Some(o),
        _ => cmp.matrix.omissions.iter().find(|o| o.doc == doc),
    };
    entry.is_some_and(|o| o.omits.iter().any(|e| e == entity))
}

/// Most articles the matrix and the heat map show as columns at once.
pub const COLUMN_PAGE: usize = 60;

/// Most articles per page on a phone, where each matrix row is a card listing
/// one line per article: a card stays shorter than the screen.
pub const CARD_PAGE: usize = 8;

/// Height in CSS pixels of a matrix card's heading line and of each of its
/// article lines (the stylesheet sets the same, under 600 px).
pub const CARD_HEAD: f64 = 40.0;
pub const CARD_LINE: f64 = 26.0;

/// Height of a matrix card showing `columns` articles: its heading, a line per
/// article, and the gap below it.
pub fn card_height(columns: usize) -> f64 {
    CARD_HEAD + CARD_LINE * columns as f64 + 12.0
}

/// The articles shown as columns when the page starts at article `from`: a page
/// of `size`, aligned to a multiple of it and clamped to the `n` articles.
pub fn column_page(n: usize, from: usize, size: usize) -> Range<usize> {
    let size = size.max(1);
    let start = (from.min(n.saturating_sub(1)) / size) * size;
    start..(start + size).min(n)
}

/// The heat-map bucket (0–5) of a similarity score in [0, 1].
pub fn heat_bucket(score: f32) -> u8 {
    (score.clamp(0.0, 1.0) * 5.0).round() as u8
}

/// The cosine similarity of two documents (1 for a document with itself).
pub fn cosine(cmp: &Comparison, a: usize, b: usize) -> f32 {
    if a == b {
        return 1.0;
    }
    cmp.similarity
        .iter()
        .find(|p| (p.a == a && p.b == b) || (p.a == b && p.b == a))
        .map_or(0.0, |p| p.cosine)
}

/// Entity ids named by `a` and `b`: (shared, only a, only b), by name.
pub fn side_by_side(cmp: &Comparison, a: usize, b: usize) -> [Vec<&Presence>; 3] {
    let mut out: [Vec<&Presence>; 3] = Default::default();
    for p in &cmp.matrix.entities {
        let in_a = p.counts.iter().any(|c| c.doc == a);
        let in_b = p.counts.iter().any(|c| c.doc == b);
        match (in_a, in_b) {
            (true, true) => out[0].push(p),
            (true, false) => out[1].push(p),
            (false, true) => out[2].push(p),
            _ => {}
        }
    }
    for list in &mut out {
        list.sort_by(|x, y| x.name.cmp(&y.name));
    }
    out
}

/// Discrepancies whose claims come from both `a` and `b`.
pub fn differing_facts(cmp: &Comparison, a: usize, b: usize) -> Vec<&ClaimGroup> {
    cmp.discrepancies
        .iter()
        .filter(|g| g.claims.iter().any(|c| c.doc == a) && g.claims.iter().any(|c| c.doc == b))
        .collect()
}

/// The sentence of a claim (by index into `claims`), for linking into the reader.
pub fn claim_sentence(cmp: &Comparison, claim: usize) -> Option<Span> {
    cmp.claims.get(claim).map(|c| c.sentence)
}

/// A one-paragraph "what these articles agree and differ on", built from the analysis.
pub fn summary(cmp: &Comparison) -> Vec<String> {
    let n = cmp.matrix.documents;
    let mut lines = Vec::new();
    if n == 0 {
        return lines;
    }
    let mut shared: Vec<&Presence> = cmp
        .matrix
        .entities
        .iter()
        .filter(|p| p.named_by == Coverage::All)
        .collect();
    shared.sort_by_key(|p| std::cmp::Reverse(p.counts.iter().map(|c| c.count).sum::<usize>()));
    if n > 1 {
        if shared.is_empty() {
            lines.push(format!("No entity is named by all {n} articles."));
        } else {
            let names: Vec<&str> = shared.iter().take(6).map(|p| p.name.as_str()).collect();
            lines.push(format!("All {n} articles name {}.", join_names(&names)));
        }
    }
    let d = cmp.discrepancies.len();
    let a = cmp.agreements.len();
    lines.push(format!(
        "{d} {} between articles; {a} {}.",
        if d == 1 {
            "figure differs"
        } else {
            "figures differ"
        },
        if a == 1 {
            "figure agrees"
        } else {
            "figures agree"
        }
    ));
    let clusters = cmp.clusters.iter().filter(|c| c.docs.len() > 1).count();
    if clusters > 0 {
        lines.push(format!(
            "{clusters} group{} of articles tell the same story.",
            if clusters == 1 { "" } else { "s" }
        ));
    }
    lines
}

fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_card_grows_by_one_line_per_article() {
        assert_eq!(super::card_height(0), super::CARD_HEAD + 12.0);
        assert_eq!(
            super::card_height(3) - super::card_height(2),
            super::CARD_LINE
        );
    }

    use super::*;
    use crate::engine;

    fn seeds() -> Comparison {
        parallax_core::compare(&parallax_core::analyze(engine::bundled_documents()))
    }

    #[test]
    fn intervals_read_like_prose() {
        for (low, high, text) in [
            (Some(137.0), Some(137.0), "137"),
            (Some(143.0), None, "≥ 143"),
            (Some(90.0), Some(100.0), "90–100"),
            (None, Some(25.0), "≤ 25"),
            (None, None, "unknown"),
            (Some(2.5), Some(2.5), "2.5"),
        ] {
            assert_eq!(interval_text(low, high), text);
        }
    }

    #[test]
    fn heat_buckets_span_zero_to_five() {
        for (score, bucket) in [(0.0, 0), (0.09, 0), (0.5, 3), (1.0, 5), (7.0, 5), (-1.0, 0)] {
            assert_eq!(heat_bucket(score), bucket, "{score}");
        }
    }

    #[test]
    fn the_seed_matrix_shows_taylor_swift_in_one_article_only() {
        let cmp = seeds();
        let one = matrix_rows(&cmp, CoverFilter::One);
        let swift = one
            .iter()
            .find(|(p, _)| p.name == "Taylor Swift")
            .expect("Taylor Swift is named by one");
        assert_eq!(
            swift
                .1
                .iter()
                .filter(|c| matches!(c, Cell::Count(_)))
                .count(),
            1
        );
        let all = matrix_rows(&cmp, CoverFilter::Any);
        assert!(all.len() > one.len());
        assert!(all
            .windows(2)
            .all(|w| w[0].0.counts.len() >= w[1].0.counts.len()));
    }

    #[test]
    fn column_pages_are_aligned_and_clamped() {
        for (n, from, size, expect) in [
            (0, 0, 60, 0..0),
            (5, 0, 60, 0..5),
            (5, 99, 60, 0..5),
            (400, 0, 60, 0..60),
            (400, 60, 60, 60..120),
            (400, 75, 60, 60..120),
            (400, 399, 60, 360..400),
            (400, 1000, 60, 360..400),
            (10, 3, 0, 3..4),
        ] {
            assert_eq!(column_page(n, from, size), expect, "{n} {from} {size}");
        }
    }

    #[test]
    fn cells_of_a_column_range_match_the_full_row() {
        let cmp = seeds();
        for (p, full) in matrix_rows(&cmp, CoverFilter::Any) {
            assert_eq!(cells(&cmp, p, 1..3), full[1..3].to_vec(), "{}", p.name);
        }
    }

    #[test]
    fn side_by_side_partitions_entities() {
        let cmp = seeds();
        let [shared, only_a, only_b] = side_by_side(&cmp, 0, 4);
        let named = |d: usize| {
            cmp.matrix
                .entities
                .iter()
                .filter(|p| p.counts.iter().any(|c| c.doc == d))
                .count()
        };
        assert_eq!(shared.len() + only_a.len(), named(0));
        assert_eq!(shared.len() + only_b.len(), named(4));
        assert!(differing_facts(&cmp, 0, 4)
            .iter()
            .any(|g| g.claims.iter().any(|c| c.text.contains("143"))));
        assert_eq!(cosine(&cmp, 2, 2), 1.0);
        assert_eq!(cosine(&cmp, 0, 4), cosine(&cmp, 4, 0));
    }

    #[test]
    fn the_summary_names_shared_entities_and_counts_facts() {
        let lines = summary(&seeds());
        assert!(lines[0].starts_with("All 5 articles name"), "{lines:?}");
        assert!(lines.iter().any(|l| l.contains("between articles")));
    }
}
