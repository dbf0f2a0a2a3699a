//! The seed articles against their gold annotations (tests/fixtures/seeds-gold.jsonl,
//! a copy of ../shared/eval/seeds-gold.jsonl): the quality bars and linking cases.

mod common;

use parallax_core::eval::{predictions, score, GoldItem, Predicted};
use parallax_core::{analyze, Analysis, Label};

fn seeds() -> Analysis {
    let docs = common::seed_documents();
    analyze(docs)
}

fn gold() -> Vec<GoldItem> {
    include_str!("fixtures/seeds-gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("gold line"))
        .collect()
}

#[test]
fn seed_scores_meet_the_bars() {
    let a = seeds();
    let pred: Vec<Predicted> = a
        .documents
        .iter()
        .zip(&a.extractions)
        .flat_map(|(d, e)| predictions(d, e))
        .collect();
    let s = score(&gold(), &pred);
    println!("{}", s.table());
    for fp in &s.false_positives {
        println!("FP {} {:?} {}", &fp.0[..3], fp.1, fp.2);
    }
    for fne in &s.false_negatives {
        println!("FN {} {:?} {}", &fne.0[..3], fne.1, fne.2);
    }
    assert!(
        s.micro.f1() >= 0.92,
        "micro F1 over PERSON/ORG/LOC {:.3} < 0.92",
        s.micro.f1()
    );
    assert!(
        s.label(Label::Norp).f1() >= 0.90,
        "NORP F1 {:.3} < 0.90",
        s.label(Label::Norp).f1()
    );
    assert!(
        s.label(Label::Date).f1() >= 0.85,
        "DATE F1 {:.3} < 0.85",
        s.label(Label::Date).f1()
    );
}

fn entity<'a>(a: &'a Analysis, doc_prefix: &str, surface: &str) -> &'a parallax_core::Entity {
    let d = a
        .documents
        .iter()
        .position(|d| d.id.starts_with(doc_prefix))
        .expect("doc");
    let ex = &a.extractions[d];
    let m = ex
        .mentions
        .iter()
        .position(|m| m.span.slice(&a.documents[d].text) == surface)
        .unwrap_or_else(|| panic!("no mention {surface:?} in {doc_prefix}"));
    &a.entities[a.mention_entity[d][m]]
}

#[test]
fn seed_linking_cases() {
    let a = seeds();
    // Surname → full name within an article.
    assert_eq!(entity(&a, "000", "Austin").canonical, "Lloyd Austin");
    assert_eq!(
        entity(&a, "000", "Austin").id,
        entity(&a, "000", "Lloyd Austin").id
    );
    assert_eq!(entity(&a, "004", "Ryder").canonical, "Pat Ryder");
    // Acronym ↔ expansion.
    assert_eq!(
        entity(&a, "004", "SDF").id,
        entity(&a, "004", "Syrian Democratic Forces").id
    );
    // ISIS is not ISIS-K; ISIS-Khorasan is ISIS-K; Islamic State is ISIS.
    assert_ne!(entity(&a, "004", "ISIS").id, entity(&a, "004", "ISIS-K").id);
    assert_eq!(
        entity(&a, "001", "ISIS-Khorasan").id,
        entity(&a, "004", "ISIS-K").id
    );
    assert_eq!(
        entity(&a, "002", "Islamic State").id,
        entity(&a, "000", "ISIS").id
    );
    // Cross-article: ISIS-K in 002, 003 and 004 is one entity.
    let isisk = entity(&a, "002", "ISIS-K");
    for d in ["003", "004"] {
        assert_eq!(entity(&a, d, "ISIS-K").id, isisk.id);
    }
    assert!(isisk.docs.len() >= 4, "ISIS-K docs {:?}", isisk.docs);
    // U.S. = US = United States.
    assert_eq!(entity(&a, "000", "U.S.").id, entity(&a, "002", "US").id);
    assert_eq!(
        entity(&a, "002", "US").id,
        entity(&a, "002", "United States").id
    );
    // Places carry coordinates and country; nationalities link to their country.
    let kerman = entity(&a, "000", "Kerman");
    let geo = kerman.geo.as_ref().expect("Kerman has coordinates");
    assert_eq!(
        (geo.country.as_str(), geo.country_name.as_deref()),
        ("IR", Some("Iran"))
    );
    assert!(
        (geo.lat - 30.3).abs() < 0.5 && (geo.lon - 57.1).abs() < 0.5,
        "{geo:?}"
    );
    assert_eq!(
        entity(&a, "004", "American").country.as_deref(),
        Some(entity(&a, "002", "United States").id.as_str())
    );
    assert_eq!(
        entity(&a, "000", "Iranian").country.as_deref(),
        Some(entity(&a, "001", "Iran").id.as_str())
    );
}

#[test]
fn seed_boilerplate_yields_no_entities() {
    let a = seeds();
    let junk = [
        "Sig",
        "Blade-Tech",
        "Holster",
        "USA",
        "Disqus",
        "Weather",
        "Live Markets",
        "Exit mobile version",
    ];
    for (d, ex) in a.documents.iter().zip(&a.extractions) {
        for m in &ex.mentions {
            let s = m.span.slice(&d.text);
            assert!(
                !junk.iter().any(|j| s.contains(j)),
                "{}: boilerplate mention {s:?}",
                d.id
            );
        }
    }
}

#[test]
fn seed_quantities() {
    let a = seeds();
    type Case = (
        &'static str,
        &'static str,
        Option<f64>,
        Option<f64>,
        &'static str,
    );
    let cases: &[Case] = &[
        ("000", "at least 143 people", Some(143.0), None, "people"),
        ("000", "nearly 100 dead", Some(90.0), Some(100.0), "dead"),
        ("001", "about 100 people", Some(90.0), Some(110.0), "people"),
        ("001", "about 30 attacks", Some(27.0), Some(33.0), "attacks"),
        (
            "004",
            "137 unarmed lives",
            Some(137.0),
            Some(137.0),
            "lives",
        ),
    ];
    for (prefix, text, low, high, noun) in cases {
        let d = a
            .documents
            .iter()
            .position(|d| d.id.starts_with(prefix))
            .expect("doc");
        let doc = &a.documents[d];
        let q = a.extractions[d]
            .quantities
            .iter()
            .find(|q| q.span.slice(&doc.text) == *text)
            .unwrap_or_else(|| panic!("{prefix}: no quantity {text:?}"));
        assert_eq!(
            (q.low, q.high, q.noun_text.as_deref()),
            (*low, *high, Some(*noun)),
            "{prefix} {text}"
        );
    }
}
