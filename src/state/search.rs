//! Full-text search across the loaded articles: hits with their sentence, and
//! entities whose names match. Plain functions, tested natively.

use parallax_core::{Analysis, Entity, Span};

/// One hit: where in which document, and the sentence around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub doc: usize,
    pub span: Span,
    pub context: Span,
}

/// Byte offsets of every case-insensitive occurrence of `needle` in `text`
/// (ASCII letters fold; other characters must match exactly). Never splits a
/// character: matches start and end on char boundaries.
pub fn find_all(text: &str, needle: &str) -> Vec<Span> {
    let n = needle.as_bytes();
    let t = text.as_bytes();
    if n.is_empty() || n.len() > t.len() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i + n.len() <= t.len() {
        if t[i..i + n.len()].eq_ignore_ascii_case(n)
            && text.is_char_boundary(i)
            && text.is_char_boundary(i + n.len())
        {
            out.push(Span::new(i, i + n.len()));
            i += n.len();
        } else {
            i += 1;
        }
    }
    out
}

/// Hits for `query` in every document, at most `limit`, in document order.
pub fn search(analysis: &Analysis, query: &str, limit: usize) -> Vec<Hit> {
    let q = query.trim();
    if q.chars().count() < 2 {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for (d, doc) in analysis.documents.iter().enumerate() {
        let sentences = analysis
            .extractions
            .get(d)
            .map_or(&[][..], |e| &e.sentences[..]);
        for span in find_all(&doc.text, q) {
            let context = sentences
                .iter()
                .find(|s| s.contains(&span))
                .copied()
                .unwrap_or_else(|| {
                    doc.paragraphs
                        .iter()
                        .find(|p| p.contains(&span))
                        .copied()
                        .unwrap_or(span)
                });
            hits.push(Hit {
                doc: d,
                span,
                context,
            });
            if hits.len() >= limit {
                return hits;
            }
        }
    }
    hits
}

/// Entities whose canonical name or a surface form contains the query, most named first.
pub fn suggestions<'a>(analysis: &'a Analysis, query: &str, limit: usize) -> Vec<&'a Entity> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut out: Vec<&Entity> = analysis
        .entities
        .iter()
        .filter(|e| {
            e.canonical.to_lowercase().contains(&q)
                || e.surfaces.iter().any(|s| s.to_lowercase().contains(&q))
        })
        .collect();
    out.sort_by(|a, b| {
        b.docs
            .len()
            .cmp(&a.docs.len())
            .then(b.mentions.len().cmp(&a.mentions.len()))
    });
    out.truncate(limit);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::{analyze, Document};

    #[test]
    fn finds_every_occurrence_without_splitting_characters() {
        for (text, needle, found) in [
            (
                "ISIS and Isis and isis",
                "isis",
                vec![(0, 4), (9, 13), (18, 22)],
            ),
            ("café Café CAFÉ", "café", vec![(0, 5), (6, 11)]),
            ("aaaa", "aa", vec![(0, 2), (2, 4)]),
            ("short", "longer than text", vec![]),
            ("anything", "", vec![]),
        ] {
            let got: Vec<(usize, usize)> = find_all(text, needle)
                .iter()
                .map(|s| (s.start, s.end))
                .collect();
            assert_eq!(got, found, "{needle:?} in {text:?}");
        }
    }

    #[test]
    fn hits_carry_their_sentence_and_entities_are_suggested() {
        let a = analyze(vec![
            Document::parse("a.txt", b"Lloyd Austin spoke in Brussels. Nothing else."),
            Document::parse("b.txt", b"Later, Austin flew home."),
        ]);
        let hits = search(&a, "austin", 10);
        assert_eq!(hits.len(), 2);
        assert_eq!(
            hits[0].context.slice(&a.documents[0].text),
            "Lloyd Austin spoke in Brussels."
        );
        assert_eq!(hits[1].doc, 1);
        assert_eq!(
            search(&a, "a", 10),
            vec![],
            "one letter is too short to search"
        );
        assert_eq!(search(&a, "austin", 1).len(), 1);
        let names: Vec<&str> = suggestions(&a, "aust", 5)
            .iter()
            .map(|e| e.canonical.as_str())
            .collect();
        assert!(names.contains(&"Lloyd Austin"), "{names:?}");
    }
}
