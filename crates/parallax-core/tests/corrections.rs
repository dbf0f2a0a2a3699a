//! User corrections: each operation on small hand-written articles, a sequence that
//! refers to ids made along the way, re-analysis, the JSON shape, and random patches
//! that must never panic nor break an invariant.

mod invariants;
mod xorshift;

use invariants::check_invariants;
use parallax_core::corrections::{apply, Skipped};
use parallax_core::{analyze, compare, Analysis, Correction, Document, Label, Patch, Source};
use xorshift::Rng;

const A: &str = "Defense Secretary Lloyd Austin visited Kerman on Thursday. Austin said Iranian troops were hit. The Islamic State claimed it.";
const B: &str = "Pentagon spokesman Pat Ryder said ISIS-K was behind the attack in Moscow. Ryder added that the group, ISIS, had grown. Zürich café owners in Kraków met on Monday.";
const C: &str = "Talks in Genève went on.\nThey ended on Friday, “without a deal” — Ñandú said.";

fn docs() -> Vec<Document> {
    vec![
        Document::parse("a.txt", A.as_bytes()),
        Document::parse("b.txt", B.as_bytes()),
        Document::parse("c.txt", C.as_bytes()),
    ]
}

fn fresh() -> Analysis {
    let a = analyze(docs());
    check_invariants(&a);
    a
}

/// Byte range of the first `needle` in `text` (test input only; the engine never
/// re-finds text).
fn at(text: &str, needle: &str) -> (usize, usize) {
    let s = text.find(needle).expect("needle in text");
    (s, s + needle.len())
}

fn entity<'a>(a: &'a Analysis, id: &str) -> Option<&'a parallax_core::Entity> {
    a.entities.iter().find(|e| e.id == id)
}

fn has(a: &Analysis, id: &str) -> bool {
    entity(a, id).is_some()
}

fn expect_entity<'a>(a: &'a Analysis, id: &str) -> &'a parallax_core::Entity {
    entity(a, id).unwrap_or_else(|| panic!("no entity {id}"))
}

fn merge(from: &str, into: &str) -> Correction {
    Correction::Merge {
        from: from.into(),
        into: into.into(),
    }
}

fn split(entity: &str, surface: &str) -> Correction {
    Correction::SplitAlias {
        entity: entity.into(),
        surface: surface.into(),
    }
}

fn rename(entity: &str, name: &str) -> Correction {
    Correction::Rename {
        entity: entity.into(),
        name: name.into(),
    }
}

fn relabel(entity: &str, label: Label) -> Correction {
    Correction::Relabel {
        entity: entity.into(),
        label,
    }
}

fn drop_at(doc: &str, (start, end): (usize, usize)) -> Correction {
    Correction::DropMention {
        doc: doc.into(),
        start,
        end,
    }
}

fn add_at(
    doc: &str,
    (start, end): (usize, usize),
    label: Label,
    entity: Option<&str>,
) -> Correction {
    Correction::AddMention {
        doc: doc.into(),
        start,
        end,
        label,
        entity: entity.map(Into::into),
    }
}

struct Case {
    name: &'static str,
    patch: Vec<Correction>,
    /// Indexes of the corrections that must be skipped.
    skipped: &'static [usize],
    check: fn(&Analysis),
}

fn unchanged(a: &Analysis) {
    assert_eq!(*a, fresh());
}

fn cases() -> Vec<Case> {
    let zurich = at(B, "Zürich");
    // The second "Austin" and "Ryder" of their articles (the first is part of the full name).
    let austin = (at(A, "Austin said").0, at(A, "Austin said").0 + 6);
    let ryder = (at(B, " Ryder added").0, at(B, " Ryder added").0 + 6);
    vec![
        Case {
            name: "merge two organisations",
            patch: vec![merge("org-isis-k", "org-islamic-state")],
            skipped: &[],
            check: |a| {
                assert!(!has(a, "org-isis-k"));
                let e = expect_entity(a, "org-islamic-state");
                assert_eq!(e.surfaces, ["Islamic State", "ISIS-K", "ISIS"]);
                assert_eq!(e.docs, [0, 1]);
            },
        },
        Case {
            name: "merge across name labels takes the target's label",
            patch: vec![merge("loc-moscow", "org-pentagon")],
            skipped: &[],
            check: |a| {
                let e = expect_entity(a, "org-pentagon");
                assert_eq!(e.surfaces, ["Pentagon", "Moscow"]);
                let &r = e.mentions.last().expect("a mention");
                assert_eq!(a.extractions[r.doc].mentions[r.mention].label, Label::Org);
            },
        },
        Case {
            name: "merge a date into a person, into itself, or an unknown id",
            patch: vec![
                merge("date-thursday", "person-pat-ryder"),
                merge("person-pat-ryder", "date-thursday"),
                merge("org-pentagon", "org-pentagon"),
                merge("org-hamas", "org-pentagon"),
                merge("org-pentagon", "org-hamas"),
            ],
            skipped: &[0, 1, 2, 3, 4],
            check: unchanged,
        },
        Case {
            name: "split a surname off a full name",
            patch: vec![split("person-lloyd-austin", "Austin")],
            skipped: &[],
            check: |a| {
                assert_eq!(expect_entity(a, "person-lloyd-austin").surfaces, ["Lloyd Austin"]);
                let e = expect_entity(a, "person-austin");
                assert_eq!((e.canonical.as_str(), e.label), ("Austin", Label::Person));
                assert_eq!((e.surfaces.as_slice(), e.docs.as_slice()), (&["Austin".to_string()][..], &[0][..]));
            },
        },
        Case {
            name: "split a missing surface, the only surface, an empty one",
            patch: vec![
                split("person-lloyd-austin", "Lloyd"),
                split("loc-kerman", "Kerman"),
                split("person-lloyd-austin", "  "),
                split("person-nobody", "Austin"),
            ],
            skipped: &[0, 1, 2, 3],
            check: unchanged,
        },
        Case {
            name: "rename keeps the id and the coordinates",
            patch: vec![rename("loc-kerman", "Kerman City")],
            skipped: &[],
            check: |a| {
                let e = expect_entity(a, "loc-kerman");
                assert_eq!(e.canonical, "Kerman City");
                assert!(e.geo.is_some());
            },
        },
        Case {
            name: "rename to nothing or to the same name",
            patch: vec![rename("loc-kerman", " "), rename("loc-kerman", "Kerman")],
            skipped: &[0, 1],
            check: unchanged,
        },
        Case {
            name: "relabel keeps the id, changes every mention, drops coordinates",
            patch: vec![relabel("loc-kerman", Label::Org)],
            skipped: &[],
            check: |a| {
                let e = expect_entity(a, "loc-kerman");
                assert_eq!(e.label, Label::Org);
                assert!(e.geo.is_none());
            },
        },
        Case {
            name: "relabel to the same label or an unknown entity",
            patch: vec![relabel("loc-kerman", Label::Loc), relabel("loc-nowhere", Label::Org)],
            skipped: &[0, 1],
            check: unchanged,
        },
        Case {
            name: "drop the only mention: the entity disappears",
            patch: vec![drop_at("b.txt", at(B, "Moscow"))],
            skipped: &[],
            check: |a| {
                assert!(!has(a, "loc-moscow"));
                assert_eq!(a.extractions[1].mentions.len(), fresh().extractions[1].mentions.len() - 1);
            },
        },
        Case {
            name: "drop one of several mentions: the entity stays",
            patch: vec![drop_at("a.txt", austin)],
            skipped: &[],
            check: |a| {
                let e = expect_entity(a, "person-lloyd-austin");
                assert_eq!((e.surfaces.as_slice(), e.mentions.len()), (&["Lloyd Austin".to_string()][..], 1));
            },
        },
        Case {
            name: "drop at no mention, a near miss, an unknown document",
            patch: vec![
                // Starts where the mention "Austin" does, but is longer.
                drop_at("a.txt", at(A, "Austin said")),
                drop_at("b.txt", at(B, "oscow")),
                drop_at("b.txt", (1000, 1006)),
                drop_at("z.txt", (0, 4)),
            ],
            skipped: &[0, 1, 2, 3],
            check: unchanged,
        },
        Case {
            name: "add a mention to a named entity",
            patch: vec![add_at("b.txt", at(B, "the group"), Label::Org, Some("org-isis-k"))],
            skipped: &[],
            check: |a| {
                let e = expect_entity(a, "org-isis-k");
                assert_eq!(e.surfaces, ["ISIS-K", "the group"]);
                let &r = e.mentions.last().expect("a mention");
                let m = a.extractions[r.doc].mentions[r.mention];
                assert_eq!((m.source, m.confidence), (Source::User, 1.0));
            },
        },
        Case {
            name: "add over an existing mention, trimmed, joining by surface",
            patch: vec![add_at("b.txt", ryder, Label::Person, None)],
            skipped: &[],
            check: |a| {
                let e = expect_entity(a, "person-pat-ryder");
                assert_eq!(e.mentions.len(), 2);
                let r = e.mentions[1];
                let m = a.extractions[r.doc].mentions[r.mention];
                assert_eq!(m.span.slice(B), "Ryder");
                assert_eq!(m.source, Source::User);
            },
        },
        Case {
            name: "add a longer name over a shorter one: a new entity, the old one gone",
            patch: vec![add_at("b.txt", (zurich.0, zurich.1 + " café".len()), Label::Loc, Some("loc-nowhere"))],
            skipped: &[],
            check: |a| {
                assert!(!has(a, "loc-zürich"));
                assert_eq!(expect_entity(a, "loc-zürich-café").surfaces, ["Zürich café"]);
            },
        },
        Case {
            name: "add out of bounds, inside a character, empty, blank, across lines, punctuation, wrong label",
            patch: vec![
                add_at("b.txt", (B.len() - 2, B.len() + 1), Label::Loc, None),
                add_at("b.txt", (zurich.0, zurich.0 + 2), Label::Loc, None),
                add_at("b.txt", (5, 5), Label::Loc, None),
                add_at("b.txt", (5, 4), Label::Loc, None),
                add_at("a.txt", at(A, " "), Label::Loc, None),
                add_at("c.txt", at(C, "on.\nThey"), Label::Org, None),
                add_at("b.txt", at(B, ", "), Label::Org, None),
                add_at("b.txt", at(B, "the group"), Label::Person, Some("org-isis-k")),
                add_at("q.txt", (0, 1), Label::Org, None),
            ],
            skipped: &[0, 1, 2, 3, 4, 5, 6, 7, 8],
            check: unchanged,
        },
    ]
}

#[test]
fn every_operation() {
    for case in cases() {
        let mut a = fresh();
        let skipped = apply(&mut a, &Patch::new(case.patch));
        let got: Vec<usize> = skipped.iter().map(|s| s.index).collect();
        assert_eq!(got, case.skipped, "{}: skipped {skipped:?}", case.name);
        assert!(
            skipped.iter().all(|s| !s.reason.is_empty()),
            "{}: every skip says why",
            case.name
        );
        check_invariants(&a);
        (case.check)(&a);
    }
}

#[test]
fn rename_merge_split_in_sequence() {
    let mut a = fresh();
    let patch = Patch::new(vec![
        rename("org-islamic-state", "Islamic State group"),
        merge("org-isis-k", "org-islamic-state"),
        // The id freed by the merge is given again to the split-off entity.
        split("org-islamic-state", "ISIS-K"),
        rename("org-isis-k", "Islamic State Khorasan Province"),
        merge("org-isis-k", "org-islamic-state"),
        split("org-islamic-state", "ISIS"),
    ]);
    assert_eq!(apply(&mut a, &patch), Vec::<Skipped>::new());
    check_invariants(&a);
    let is = expect_entity(&a, "org-islamic-state");
    assert_eq!(is.canonical, "Islamic State group");
    assert_eq!(is.surfaces, ["Islamic State", "ISIS-K"]);
    let isis = expect_entity(&a, "org-isis");
    assert_eq!(
        (isis.canonical.as_str(), isis.docs.as_slice()),
        ("ISIS", &[1][..])
    );
    assert!(!has(&a, "org-isis-k"));
}

#[test]
fn split_off_ids_are_made_unique() {
    let mut a = fresh();
    let austin = at(A, "Austin said");
    let austin = (austin.0, austin.0 + "Austin".len());
    let patch = Patch::new(vec![
        split("person-lloyd-austin", "Austin"),
        relabel("person-austin", Label::Loc),
        // Back to the person, then split off again: "person-austin" is a place's handle now.
        add_at("a.txt", austin, Label::Person, Some("person-lloyd-austin")),
        relabel("person-austin", Label::Person),
        split("person-lloyd-austin", "Austin"),
    ]);
    let skipped = apply(&mut a, &patch);
    // The place "Austin" lost its only mention to the add, so the relabel finds no entity.
    assert_eq!(skipped.iter().map(|s| s.index).collect::<Vec<_>>(), [3]);
    check_invariants(&a);
    assert!(has(&a, "person-austin"));
    assert!(!has(&a, "person-austin-2"));

    // With the place kept alive by a second mention, the id is taken and gets a suffix.
    let mut a = fresh();
    let kerman = at(A, "Kerman");
    let patch = Patch::new(vec![
        split("person-lloyd-austin", "Austin"),
        relabel("person-austin", Label::Loc),
        merge("loc-kerman", "person-austin"),
        add_at("a.txt", austin, Label::Person, Some("person-lloyd-austin")),
        split("person-lloyd-austin", "Austin"),
    ]);
    assert_eq!(apply(&mut a, &patch), Vec::<Skipped>::new());
    check_invariants(&a);
    let place = expect_entity(&a, "person-austin");
    assert_eq!(
        (place.label, place.surfaces.as_slice()),
        (Label::Loc, &["Kerman".to_string()][..])
    );
    let person = expect_entity(&a, "person-austin-2");
    assert_eq!(
        (person.label, person.canonical.as_str()),
        (Label::Person, "Austin")
    );
    let r = place.mentions[0];
    assert_eq!(
        a.extractions[r.doc].mentions[r.mention].span,
        parallax_core::Span::new(kerman.0, kerman.1)
    );
}

fn sample_patch() -> Patch {
    Patch::new(vec![
        split("person-lloyd-austin", "Austin"),
        rename("person-lloyd-austin", "Lloyd J. Austin III"),
        merge("org-isis-k", "org-islamic-state"),
        relabel("org-pentagon", Label::Loc),
        drop_at("b.txt", at(B, "Moscow")),
        add_at("b.txt", at(B, "the group"), Label::Org, None),
        merge("org-hamas", "org-islamic-state"),
    ])
}

#[test]
fn survives_reanalysis() {
    let patch = sample_patch();
    let mut first = fresh();
    let skipped = apply(&mut first, &patch);
    assert_eq!(skipped.iter().map(|s| s.index).collect::<Vec<_>>(), [6]);
    check_invariants(&first);
    let mut again = analyze(docs());
    assert_eq!(apply(&mut again, &patch), skipped);
    assert_eq!(first, again);

    // Undo is re-applying a prefix; the shorter patch gives what it gave before.
    for k in 0..=patch.corrections.len() {
        let prefix = Patch::new(patch.corrections[..k].to_vec());
        let mut x = fresh();
        let mut y = fresh();
        apply(&mut x, &prefix);
        apply(&mut y, &prefix);
        check_invariants(&x);
        assert_eq!(x, y, "prefix {k}");
    }
}

#[test]
fn patch_json_shape() {
    let patch = Patch::new(vec![
        merge("org-isis-k", "org-islamic-state"),
        split("person-lloyd-austin", "Austin"),
        rename("loc-kerman", "Kerman City"),
        relabel("person-austin", Label::Loc),
        drop_at("b.txt", (66, 72)),
        add_at("b.txt", (90, 99), Label::Org, None),
        add_at("b.txt", (90, 99), Label::Org, Some("org-isis-k")),
    ]);
    let json = serde_json::to_string(&patch).expect("serialize");
    let expected = concat!(
        r#"{"version":1,"corrections":["#,
        r#"{"op":"merge","from":"org-isis-k","into":"org-islamic-state"},"#,
        r#"{"op":"split_alias","entity":"person-lloyd-austin","surface":"Austin"},"#,
        r#"{"op":"rename","entity":"loc-kerman","name":"Kerman City"},"#,
        r#"{"op":"relabel","entity":"person-austin","label":"LOC"},"#,
        r#"{"op":"drop_mention","doc":"b.txt","start":66,"end":72},"#,
        r#"{"op":"add_mention","doc":"b.txt","start":90,"end":99,"label":"ORG"},"#,
        r#"{"op":"add_mention","doc":"b.txt","start":90,"end":99,"label":"ORG","entity":"org-isis-k"}"#,
        "]}"
    );
    assert_eq!(json, expected);
    let back: Patch = serde_json::from_str(&json).expect("deserialize");
    assert_eq!(back, patch);
    // `"entity": null` reads as no entity.
    let null = r#"{"version":1,"corrections":[{"op":"add_mention","doc":"b.txt","start":90,"end":99,"label":"ORG","entity":null}]}"#;
    let read: Patch = serde_json::from_str(null).expect("deserialize null entity");
    assert_eq!(
        read.corrections[0],
        add_at("b.txt", (90, 99), Label::Org, None)
    );
    assert!(
        serde_json::from_str::<Patch>(r#"{"version":1,"corrections":[{"op":"explode"}]}"#).is_err()
    );
}

#[test]
fn other_versions_and_broken_analyses_are_refused_whole() {
    let mut a = fresh();
    let mut patch = sample_patch();
    patch.version = 2;
    let skipped = apply(&mut a, &patch);
    assert_eq!(skipped.len(), patch.corrections.len());
    assert_eq!(a, fresh());

    let mut broken = fresh();
    broken.mention_entity[1].pop();
    let before = broken.clone();
    let skipped = apply(&mut broken, &sample_patch());
    assert_eq!(skipped.len(), sample_patch().corrections.len());
    assert_eq!(broken, before);

    let mut broken = fresh();
    broken.mention_entity[0][0] = broken.entities.len();
    assert_eq!(apply(&mut broken, &sample_patch()).len(), 7);
    broken.documents.pop();
    assert_eq!(apply(&mut broken, &sample_patch()).len(), 7);
}

#[test]
fn compare_reads_a_corrected_analysis() {
    let rows = |a: &Analysis, id: &str| {
        compare(a)
            .matrix
            .entities
            .iter()
            .filter(|p| p.entity == id)
            .count()
    };
    let mut a = fresh();
    assert_eq!(
        (rows(&a, "org-isis-k"), rows(&a, "org-islamic-state")),
        (1, 1)
    );
    apply(
        &mut a,
        &Patch::new(vec![merge("org-isis-k", "org-islamic-state")]),
    );
    assert_eq!(
        (rows(&a, "org-isis-k"), rows(&a, "org-islamic-state")),
        (0, 1)
    );

    let mut a = fresh();
    apply(&mut a, &sample_patch());
    let cmp = compare(&a);
    assert_eq!(cmp.matrix.documents, 3);
    assert_eq!(rows(&a, "person-austin"), 1);
}

/// Any correction: ids that exist, that splits would make, and that never exist;
/// spans anywhere in and just past the text, on and off char boundaries.
fn random_correction(rng: &mut Rng, a: &Analysis) -> Correction {
    let mut ids: Vec<String> = a.entities.iter().map(|e| e.id.clone()).collect();
    ids.extend(
        [
            "person-austin",
            "org-isis",
            "org-hamas",
            "",
            "loc-zürich-café",
        ]
        .map(String::from),
    );
    let docs = ["a.txt", "b.txt", "c.txt", "z.txt"];
    let surfaces = [
        "Austin",
        "ISIS",
        "ISIS-K",
        "Zürich",
        "Lloyd Austin",
        "",
        " ",
        "é",
    ];
    let labels = Label::ALL;
    let doc = rng.pick(&docs);
    let len = a
        .documents
        .iter()
        .find(|d| d.id == doc)
        .map_or(20, |d| d.text.len());
    let start = rng.below(len + 3);
    let end = start + rng.below(14);
    // Often an existing mention's exact span, so drops and overlapping adds happen;
    // sometimes one end inside a multi-byte character.
    let (start, end) = match a.documents.iter().position(|d| d.id == doc) {
        Some(d) if rng.below(2) == 0 && !a.extractions[d].mentions.is_empty() => {
            let m = rng.pick(&a.extractions[d].mentions);
            (m.span.start, m.span.end)
        }
        Some(d) if rng.below(3) == 0 => {
            let text = &a.documents[d].text;
            let wide: Vec<usize> = text
                .char_indices()
                .filter(|(_, c)| c.len_utf8() > 1)
                .map(|(i, _)| i + 1)
                .collect();
            if wide.is_empty() {
                (start, end)
            } else if rng.below(2) == 0 {
                (rng.pick(&wide), end.max(start + 8))
            } else {
                (start.saturating_sub(8), rng.pick(&wide))
            }
        }
        _ => (start, end),
    };
    match rng.below(6) {
        0 => merge(&rng.pick(&ids), &rng.pick(&ids)),
        1 => split(&rng.pick(&ids), rng.pick(&surfaces)),
        2 => rename(&rng.pick(&ids), rng.pick(&surfaces)),
        3 => relabel(&rng.pick(&ids), rng.pick(&labels)),
        4 => drop_at(doc, (start, end)),
        _ => {
            let entity = (rng.below(3) > 0).then(|| rng.pick(&ids));
            add_at(doc, (start, end), rng.pick(&labels), entity.as_deref())
        }
    }
}

#[test]
fn random_patches_never_panic_and_keep_invariants() {
    let base = fresh();
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    for round in 0..300 {
        // Draw each correction against the analysis as it stands, so later ones
        // refer to what earlier ones made.
        let mut a = base.clone();
        let mut corrections = Vec::new();
        for _ in 0..1 + rng.below(10) {
            let c = random_correction(&mut rng, &a);
            apply(&mut a, &Patch::new(vec![c.clone()]));
            check_invariants(&a);
            corrections.push(c);
        }
        // The same corrections as one patch give the same analysis.
        let patch = Patch::new(corrections);
        let mut whole = base.clone();
        let skipped = apply(&mut whole, &patch);
        assert!(skipped.iter().all(|s| s.index < patch.corrections.len()));
        assert_eq!(whole, a, "round {round}: {patch:?}");
        if round % 10 == 0 {
            let _ = compare(&whole);
        }
    }
}
