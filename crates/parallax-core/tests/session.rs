//! The incremental session: the same analysis as `analyze` however documents come
//! and go, each document extracted once.

mod invariants;

use invariants::check_invariants;
use parallax_core::corrections::apply;
use parallax_core::{analyze, Correction, Document, Patch, Session};

const TEXTS: &[(&str, &str)] = &[
    ("a.txt", "Defense Secretary Lloyd Austin visited Kerman on Thursday. Austin said Iranian troops were hit."),
    ("b.txt", "Pentagon spokesman Pat Ryder said ISIS-K was behind the attack in Moscow. Ryder added that the group, ISIS, had grown."),
    ("c.txt", "In Moscow, officials said Austin had called. Zürich café owners met on Monday."),
    ("d.txt", "The Islamic State claimed the attack in Kerman."),
];

fn doc(k: usize) -> Document {
    Document::parse(TEXTS[k].0, TEXTS[k].1.as_bytes())
}

fn all() -> Vec<Document> {
    (0..TEXTS.len()).map(doc).collect()
}

#[test]
fn one_at_a_time_equals_all_at_once() {
    let mut session = Session::new();
    for k in 0..TEXTS.len() {
        assert_eq!(session.add(vec![doc(k)]), [k]);
        let (analysis, skipped) = session.analysis();
        assert!(skipped.is_empty());
        check_invariants(&analysis);
        assert_eq!(analysis, analyze((0..=k).map(doc).collect()), "after {k}");
    }
    let mut batch = Session::new();
    assert_eq!(batch.add(all()), [0, 1, 2, 3]);
    assert_eq!(batch.analysis(), session.analysis());
}

#[test]
fn removing_equals_analysing_the_rest() {
    for &(gone, _) in TEXTS {
        let mut session = Session::new();
        session.add(all());
        assert!(session.remove(gone));
        assert!(!session.remove(gone), "already gone");
        let rest: Vec<Document> = all().into_iter().filter(|d| d.id != gone).collect();
        let (analysis, _) = session.analysis();
        check_invariants(&analysis);
        assert_eq!(analysis, analyze(rest));
        assert_eq!(session.len(), TEXTS.len() - 1);
    }
    let mut session = Session::new();
    assert!(!session.remove("a.txt"));
    session.add(all());
    session.clear();
    assert!(session.is_empty());
    assert_eq!(session.analysis().0, analyze(Vec::new()));
}

#[test]
fn same_id_replaces_in_place() {
    let mut session = Session::new();
    session.add(all());
    let changed = Document::parse("b.txt", b"NATO met in Brussels on Friday.");
    assert_eq!(session.add(vec![changed.clone()]), [1]);
    let mut expected = all();
    expected[1] = changed;
    let (analysis, _) = session.analysis();
    check_invariants(&analysis);
    assert_eq!(analysis, analyze(expected));
    // Twice in one batch: the later one wins, at the same place.
    assert_eq!(session.add(vec![doc(1), doc(0), doc(1)]), [1, 0, 1]);
    assert_eq!(session.analysis().0, analyze(all()));
}

#[test]
fn untouched_documents_are_not_extracted_again() {
    let mut calls: Vec<(usize, usize, String)> = Vec::new();
    let mut session = Session::new();
    let mut count = |done: usize, total: usize, d: &Document, _: &parallax_core::Extraction| {
        calls.push((done, total, d.id.clone()))
    };
    session.add_with_progress(vec![doc(0), doc(1)], &mut count);
    session.add_with_progress(vec![doc(2)], &mut count);
    let _ = session.analysis();
    session.set_patch(Patch::new(vec![Correction::Rename {
        entity: "loc-moscow".into(),
        name: "Moskva".into(),
    }]));
    let _ = session.analysis();
    session.remove("a.txt");
    session.add_with_progress(vec![Document::parse("b.txt", b"NATO met.")], &mut count);
    let ids = |from: usize| -> Vec<(usize, usize, &str)> {
        calls[from..]
            .iter()
            .map(|(a, b, c)| (*a, *b, c.as_str()))
            .collect()
    };
    assert_eq!(
        ids(0),
        [
            (1, 2, "a.txt"),
            (2, 2, "b.txt"),
            (1, 1, "c.txt"),
            (1, 1, "b.txt")
        ]
    );
    // The callback sees the same extraction the session keeps.
    let mut seen = None;
    session.add_with_progress(vec![doc(3)], &mut |_, _, _, ex| seen = Some(ex.clone()));
    assert_eq!(seen.as_ref(), session.extraction("d.txt"));
}

#[test]
fn the_patch_is_applied_on_every_analysis() {
    let patch = Patch::new(vec![
        Correction::Merge {
            from: "org-isis-k".into(),
            into: "org-islamic-state".into(),
        },
        Correction::SplitAlias {
            entity: "person-lloyd-austin".into(),
            surface: "Austin".into(),
        },
        Correction::Rename {
            entity: "loc-zürich".into(),
            name: "Zurich".into(),
        },
    ]);
    let mut session = Session::new();
    session.set_patch(patch.clone());
    assert_eq!(session.patch(), &patch);
    for k in 0..TEXTS.len() {
        session.add(vec![doc(k)]);
        let (analysis, skipped) = session.analysis();
        check_invariants(&analysis);
        let mut expected = analyze((0..=k).map(doc).collect());
        assert_eq!(skipped, apply(&mut expected, &patch), "after {k}");
        assert_eq!(analysis, expected, "after {k}");
    }
    // Every correction applies once all four articles are in.
    assert!(session.analysis().1.is_empty());
    // Undo: a shorter patch.
    session.set_patch(Patch::new(patch.corrections[..1].to_vec()));
    let (analysis, _) = session.analysis();
    assert!(analysis
        .entities
        .iter()
        .any(|e| e.id == "loc-zürich" && e.canonical == "Zürich"));
}
