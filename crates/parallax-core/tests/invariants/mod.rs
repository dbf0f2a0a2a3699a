//! The invariants every `Analysis` keeps, whether fresh from `analyze`, corrected by
//! `corrections::apply` or built by a `Session`. Shared by the corrections and
//! session tests.

use parallax_core::entities::{clean_surface, MentionRef};
use parallax_core::{Analysis, Label};
use std::collections::HashSet;

/// Panics, naming the broken invariant, unless `a` is consistent: per document,
/// mentions in bounds, on char boundaries, non-empty, sorted and disjoint, each with
/// the label of its entity; `mention_entity` and `entities[*].mentions` agree both
/// ways; each entity has a mention, ascending mention refs, exact ascending `docs`,
/// distinct `surfaces` in order of first appearance, coordinates only if a place and
/// a country only if a nationality; ids unique.
pub fn check_invariants(a: &Analysis) {
    let n = a.documents.len();
    assert_eq!(a.extractions.len(), n, "one extraction per document");
    assert_eq!(
        a.mention_entity.len(),
        n,
        "one mention_entity row per document"
    );
    for (d, (doc, ex)) in a.documents.iter().zip(&a.extractions).enumerate() {
        let row = &a.mention_entity[d];
        assert_eq!(
            row.len(),
            ex.mentions.len(),
            "doc {d}: one entity per mention"
        );
        for (m, x) in ex.mentions.iter().enumerate() {
            assert!(
                !x.span.slice(&doc.text).is_empty(),
                "doc {d} mention {m}: {:?} is empty, out of bounds or off char boundaries",
                x.span
            );
            let Some(ent) = a.entities.get(row[m]) else {
                panic!("doc {d} mention {m}: entity index {} out of range", row[m]);
            };
            assert_eq!(
                ent.label, x.label,
                "doc {d} mention {m}: label of {}",
                ent.id
            );
            assert!(
                ent.mentions.contains(&MentionRef { doc: d, mention: m }),
                "doc {d} mention {m}: {} does not list it",
                ent.id
            );
        }
        for w in ex.mentions.windows(2) {
            assert!(
                w[0].span.end <= w[1].span.start,
                "doc {d}: mentions {:?} and {:?} unsorted or overlapping",
                w[0].span,
                w[1].span
            );
        }
    }
    let mut ids = HashSet::new();
    for (i, e) in a.entities.iter().enumerate() {
        assert!(ids.insert(e.id.as_str()), "duplicate id {}", e.id);
        assert!(!e.mentions.is_empty(), "{} has no mention", e.id);
        assert!(
            e.mentions.windows(2).all(|w| w[0] < w[1]),
            "{}: mentions not ascending",
            e.id
        );
        let mut docs = Vec::new();
        let mut surfaces: Vec<&str> = Vec::new();
        for r in &e.mentions {
            let back = a
                .mention_entity
                .get(r.doc)
                .and_then(|row| row.get(r.mention));
            assert_eq!(back, Some(&i), "{}: {r:?} does not point back", e.id);
            if docs.last() != Some(&r.doc) {
                docs.push(r.doc);
            }
            let span = a.extractions[r.doc].mentions[r.mention].span;
            let s = clean_surface(span.slice(&a.documents[r.doc].text));
            if !surfaces.contains(&s) {
                surfaces.push(s);
            }
        }
        assert_eq!(e.docs, docs, "{}: docs", e.id);
        assert_eq!(e.surfaces, surfaces, "{}: surfaces", e.id);
        assert!(e.geo.is_none() || e.label == Label::Loc, "{}: geo", e.id);
        assert!(
            e.country.is_none() || matches!(e.label, Label::Norp | Label::Loc),
            "{}: country",
            e.id
        );
    }
}
