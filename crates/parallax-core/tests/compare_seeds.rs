//! The comparison on the seed articles, through the real pipeline: the bars
//! (the Moscow toll is one discrepancy, the Iran toll an agreement, the caliphate's
//! fall one timeline point, quotes attributed) and the output's invariants.

mod common;

use parallax_core::compare::{Comparison, Granularity, TrackKind};
use parallax_core::{analyze, compare, Analysis, Document};
use std::sync::OnceLock;

fn seeds() -> &'static (Analysis, Comparison) {
    static CELL: OnceLock<(Analysis, Comparison)> = OnceLock::new();
    CELL.get_or_init(|| {
        let docs = common::seed_documents();
        let a = analyze(docs);
        let c = compare(&a);
        (a, c)
    })
}

/// Index of the seed whose file name starts with `prefix` ("000").
fn doc(a: &Analysis, prefix: &str) -> usize {
    a.documents
        .iter()
        .position(|d| d.id.starts_with(prefix))
        .unwrap_or_else(|| panic!("no seed {prefix}"))
}

#[test]
fn moscow_toll_is_exactly_one_discrepancy() {
    let (a, c) = seeds();
    let (d0, d4) = (doc(a, "000"), doc(a, "004"));
    let covering: Vec<_> = c
        .discrepancies
        .iter()
        .filter(|g| {
            g.claims.iter().any(|x| {
                (x.doc == d0 && x.text.contains("143")) || (x.doc == d4 && x.text.contains("137"))
            })
        })
        .collect();
    assert_eq!(covering.len(), 1, "{:#?}", c.discrepancies);
    let g = covering[0];
    assert_eq!(g.measure, "people killed");
    let c0 = g.claims.iter().find(|x| x.doc == d0).expect("000's claim");
    assert!(c0.text.contains("at least 143"), "{}", c0.text);
    assert_eq!((c0.low, c0.high), (Some(143.0), None));
    let c4 = g.claims.iter().find(|x| x.doc == d4).expect("004's claim");
    assert!(c4.text.contains("137"), "{}", c4.text);
    assert_eq!((c4.low, c4.high), (Some(137.0), Some(137.0)));
    // Neither article is dated, so nothing can be called an update.
    assert!(!g.likely_update);
}

#[test]
fn iran_toll_is_an_agreement() {
    let (a, c) = seeds();
    let (d0, d1) = (doc(a, "000"), doc(a, "001"));
    let is_iran = |x: &parallax_core::compare::GroupClaim| {
        (x.doc == d0 && x.text.contains("nearly 100"))
            || (x.doc == d1 && x.text.contains("about 100"))
    };
    let groups: Vec<_> = c
        .agreements
        .iter()
        .filter(|g| g.claims.iter().any(is_iran))
        .collect();
    assert_eq!(groups.len(), 1, "{:#?}", c.agreements);
    let docs: Vec<usize> = groups[0].claims.iter().map(|x| x.doc).collect();
    assert!(docs.contains(&d0) && docs.contains(&d1), "{docs:?}");
    assert_eq!(groups[0].measure, "people killed");
    assert!(
        !c.discrepancies.iter().any(|g| g.claims.iter().any(is_iran)),
        "{:#?}",
        c.discrepancies
    );
}

#[test]
fn caliphate_fall_is_one_timeline_point() {
    let (a, c) = seeds();
    let (d0, d2, d4) = (doc(a, "000"), doc(a, "002"), doc(a, "004"));
    let points: Vec<_> = c
        .timeline
        .iter()
        .filter(|p| p.date.year == 2019 && p.docs.contains(&d2) && p.docs.contains(&d4))
        .collect();
    assert_eq!(points.len(), 1, "{:#?}", c.timeline);
    let p = points[0];
    // Dated by its finest value, "March 2019"; the bare "2019"s agree with it.
    assert_eq!(p.date.granularity, Granularity::Month);
    assert_eq!(p.label, "2019-03");
    assert_eq!(p.values, vec!["2019".to_string()]);
    assert!(!p.docs.contains(&d0));
    // Every supporting sentence is about the caliphate.
    for &m in &p.mentions {
        let dm = &c.dates[m];
        let sentence = dm.sentence.slice(&a.documents[dm.doc].text);
        assert!(sentence.contains("caliphate"), "{sentence}");
    }
    // 000 states no date, so "five years ago" stays relative and unresolved.
    let five = c
        .dates
        .iter()
        .find(|m| m.doc == d0 && m.text == "five years ago")
        .expect("000's five years ago");
    assert!(five.relative && !five.resolved && five.value.is_none());
    assert!(!c
        .timeline
        .iter()
        .any(|p| p.date.year == 2019 && p.docs.contains(&d0)));
}

/// The seeds' main event, the attack on a concert hall in Moscow, is a point: dated
/// by 004's "five-year anniversary" of the caliphate's fall in March 2019, stated by
/// the sentence that names the attack and Moscow, reported by 002 and 004.
#[test]
fn moscow_attack_is_the_main_event() {
    let (a, c) = seeds();
    let mains: Vec<_> = c.timeline.iter().filter(|p| p.main).collect();
    assert_eq!(mains.len(), 1, "{:#?}", c.timeline);
    let p = mains[0];
    assert_eq!(p.label, "2024-03");
    assert_eq!(p.kind.as_deref(), Some("attack"));
    assert!(
        p.what.contains("Moscow") && p.what.contains("attack"),
        "{}",
        p.what
    );
    assert!(
        p.places.first().is_some_and(|x| x == "Moscow"),
        "{:?}",
        p.places
    );
    for id in ["002", "004"] {
        assert!(
            p.docs.contains(&doc(a, id)),
            "{id} reports it: {:?}",
            p.docs
        );
    }
    let text = &a.documents[p.statement.doc].text;
    assert_eq!(
        text.get(p.statement.start..p.statement.end),
        Some(p.what.as_str())
    );
}

#[test]
fn relative_dates_resolve_against_publication() {
    let (a, c) = seeds();
    let d1 = doc(a, "001");
    let m = c
        .dates
        .iter()
        .find(|m| m.doc == d1 && m.text == "earlier this month")
        .expect("001's earlier this month");
    let v = m.value.expect("resolved against 2024-01-15");
    assert_eq!(
        (v.year, v.month, v.granularity),
        (2024, Some(1), Granularity::Month)
    );
}

#[test]
fn quotes_are_attributed_to_rutte_and_ryder() {
    let (a, c) = seeds();
    let (d0, d4) = (doc(a, "000"), doc(a, "004"));
    let by = |start: &str| {
        c.quotes
            .iter()
            .find(|g| g.variants.iter().any(|v| v.text.starts_with(start)))
            .unwrap_or_else(|| panic!("no quote {start}: {:#?}", c.quotes))
    };
    let rutte = by("The rise in lone-wolf attacks");
    assert_eq!(rutte.name.as_deref(), Some("Mark Rutte"));
    assert_eq!(rutte.docs, vec![d0]);
    assert!(rutte
        .speaker
        .as_deref()
        .is_some_and(|id| id.starts_with("person-")));
    for start in [
        "The claim by ISIS-K",
        "It’s something that we just have to keep after",
    ] {
        let g = by(start);
        assert_eq!(g.name.as_deref(), Some("Pat Ryder"), "{start}");
        assert_eq!(g.docs, vec![d4]);
    }
    // Scare quotes are not statements.
    assert!(!c
        .quotes
        .iter()
        .any(|g| g.variants.iter().any(|v| v.text.contains("lone wolves"))));
}

#[test]
fn every_item_points_at_its_text() {
    let (a, c) = seeds();
    for cl in &c.claims {
        let text = &a.documents[cl.doc].text;
        assert_eq!(&text[cl.start..cl.end], cl.text);
        assert!(cl.sentence.contains(&cl.quantity));
        assert!(cl.start <= cl.quantity.start && cl.quantity.end <= cl.end);
    }
    for g in c.discrepancies.iter().chain(&c.agreements) {
        for x in &g.claims {
            assert_eq!(x.text, c.claims[x.claim].text);
            let docs: std::collections::BTreeSet<usize> = g.claims.iter().map(|x| x.doc).collect();
            assert!(docs.len() >= 2);
        }
    }
    for d in &c.dates {
        assert_eq!(&a.documents[d.doc].text[d.start..d.end], d.text);
    }
    for g in &c.quotes {
        for v in &g.variants {
            assert_eq!(&a.documents[v.doc].text[v.start..v.end], v.text);
        }
    }
    // Matrix: counts agree with the entities, and every document has an omission row.
    assert_eq!(c.matrix.documents, a.documents.len());
    assert_eq!(c.matrix.omissions.len(), a.documents.len());
    for row in &c.matrix.entities {
        let e = a
            .entities
            .iter()
            .find(|e| e.id == row.entity)
            .expect("entity");
        let total: usize = row.counts.iter().map(|x| x.count).sum();
        assert_eq!(total, e.mentions.len(), "{}", e.id);
    }
    // Small sets report every pair.
    let n = a.documents.len();
    assert!(c.similarity.len() <= n * (n - 1) / 2);
    assert!(c
        .similarity
        .iter()
        .all(|p| p.a < p.b && (0.0..=1.0).contains(&p.cosine)));
    assert_eq!(c.distinctive.len(), n);
}

#[test]
fn json_shape_and_char_offsets() {
    let (a, c) = seeds();
    let chars = c.clone().to_char_offsets(a);
    let v = serde_json::to_value(&chars).expect("serialise");
    for key in [
        "matrix",
        "similarity",
        "clusters",
        "distinctive",
        "claims",
        "discrepancies",
        "agreements",
        "timeline",
        "quotes",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let d = &v["discrepancies"][0];
    assert!(d["measure"].is_string() && d["event"].is_string());
    let claim = &d["claims"][0];
    for key in ["doc", "text", "low", "high", "start", "end"] {
        assert!(claim.get(key).is_some(), "claim lacks {key}");
    }
    assert!(d["claims"]
        .as_array()
        .expect("claims")
        .iter()
        .any(|x| x["high"].is_null()));
    for g in chars.discrepancies.iter().chain(&chars.agreements) {
        for x in &g.claims {
            let text: String = a.documents[x.doc]
                .text
                .chars()
                .skip(x.start)
                .take(x.end - x.start)
                .collect();
            assert_eq!(text, x.text);
        }
    }
    for q in &chars.quotes {
        for x in &q.variants {
            let text: String = a.documents[x.doc]
                .text
                .chars()
                .skip(x.start)
                .take(x.end - x.start)
                .collect();
            assert_eq!(text, x.text);
        }
    }
    // Round trip.
    let back: Comparison = serde_json::from_value(v).expect("deserialise");
    assert_eq!(back, chars);
}

#[test]
fn odd_analyses_do_not_panic() {
    let empty = compare(&Analysis::default());
    assert!(empty.claims.is_empty() && empty.similarity.is_empty());
    let mut a = analyze(vec![
        Document::parse("a", b""),
        Document::parse("b", "\u{feff}“unclosed quote said Nobody".as_bytes()),
        Document::parse(
            "c",
            b"\"\"\" 12 people killed \" \" 1999s 9999 in the 0s ago",
        ),
    ]);
    let _ = compare(&a);
    // Parts of unequal length: compared over the documents that have all parts.
    a.extractions.pop();
    let c = compare(&a);
    assert!(c.claims.iter().all(|x| x.doc < 2));
}

#[test]
fn changing_tolls_are_updates_and_say_how() {
    struct Case {
        /// (publication date, toll sentence), in document order.
        docs: &'static [(&'static str, &'static str)],
        update: bool,
        kind: TrackKind,
        /// Expected figures in publication-date order.
        order: &'static [f64],
    }
    let cases = [
        Case {
            docs: &[
                ("2024-03-26", "The attack on a concert hall in Moscow, Russia, killed 137 people, officials said."),
                ("2024-03-23", "Gunmen attacked a concert hall in Moscow, Russia, and killed 60 people, officials said."),
                ("2024-03-24", "The assault on a concert hall in Moscow, Russia, killed 115 people, officials said."),
            ],
            update: true,
            kind: TrackKind::Rising,
            order: &[60.0, 115.0, 137.0],
        },
        Case {
            docs: &[
                ("2024-03-23", "Gunmen attacked a concert hall in Moscow, Russia, and killed 137 people, officials said."),
                ("2024-03-26", "The attack on a concert hall in Moscow, Russia, killed 60 people, officials said."),
            ],
            // A later, lower figure with nobody contrasting sources: a revision.
            update: true,
            kind: TrackKind::Revised,
            order: &[137.0, 60.0],
        },
    ];
    for case in cases {
        let docs = case
            .docs
            .iter()
            .enumerate()
            .map(|(i, (date, text))| {
                Document::parse(
                    format!("{i}.txt"),
                    format!("date {date} Jane Doe (London)\n\n{text}").as_bytes(),
                )
            })
            .collect();
        let c = compare(&analyze(docs));
        assert_eq!(c.discrepancies.len(), 1, "{:#?}", c.claims);
        let g = &c.discrepancies[0];
        assert!(g.dated);
        assert_eq!(g.likely_update, case.update);
        let got: Vec<f64> = g.claims.iter().filter_map(|x| x.low).collect();
        assert_eq!(got, case.order);
        assert_eq!(c.tracks.len(), 1);
        assert_eq!(c.tracks[0].kind, case.kind);
    }
}

/// Generated articles from pieces that stress the comparison (quotes left open,
/// hedges without numbers, dates without anchors, non-ASCII text): no panic, and
/// every offset lies on a char boundary and slices to the reported text.
#[test]
fn generated_articles_keep_their_invariants() {
    const PIECES: &[&str] = &[
        "“",
        "”",
        "\"",
        "«",
        "killed",
        "at least",
        "nearly",
        "about",
        "143",
        "100",
        "dozens of",
        "people",
        "dead",
        "arrested",
        "attacks",
        "in",
        "Moscow",
        "Russia",
        "Kerman",
        "Iran",
        "March 2019",
        "2019",
        "five years ago",
        "last week",
        "Thursday",
        "the 1990s",
        ",",
        ".",
        "\n",
        "\n\n",
        "said",
        "Ryder",
        "Mark Rutte",
        "according to",
        "officials",
        "é",
        "—",
        "ISIS-K",
        "date 2024-01-15",
        "if",
        "would",
        "the",
        "toll",
        "rose to",
        "6-3",
        "win",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |k: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) as usize) % k
    };
    let docs: Vec<Document> = (0..40)
        .map(|d| {
            let len = 5 + next(60);
            let mut s = String::new();
            for _ in 0..len {
                s.push_str(PIECES[next(PIECES.len())]);
                s.push(' ');
            }
            Document::parse(format!("{d}.txt"), s.as_bytes())
        })
        .collect();
    let a = analyze(docs);
    let c = compare(&a);
    let check = |doc: usize, start: usize, end: usize, text: &str| {
        let t = &a.documents[doc].text;
        assert!(start <= end && end <= t.len(), "{start}..{end} in {doc}");
        assert_eq!(t.get(start..end), Some(text), "{doc} {start}..{end}");
    };
    for x in &c.claims {
        check(x.doc, x.start, x.end, &x.text);
    }
    for x in &c.dates {
        check(x.doc, x.start, x.end, &x.text);
    }
    for g in &c.quotes {
        for v in &g.variants {
            check(v.doc, v.start, v.end, &v.text);
        }
    }
    for g in c.discrepancies.iter().chain(&c.agreements) {
        for x in &g.claims {
            check(x.doc, x.start, x.end, &x.text);
            let (lo, hi) = (x.low.unwrap_or(f64::MIN), x.high.unwrap_or(f64::MAX));
            assert!(lo <= hi);
        }
    }
    for p in &c.similarity {
        assert!(p.a < p.b && p.b < a.documents.len());
        assert!((0.0..=1.0).contains(&p.cosine) && (0.0..=1.0).contains(&p.entities));
    }
    for p in &c.timeline {
        assert!(!p.docs.is_empty() && p.mentions.iter().all(|&m| m < c.dates.len()));
    }
    let chars = c.clone().to_char_offsets(&a);
    for x in &chars.claims {
        let t: String = a.documents[x.doc]
            .text
            .chars()
            .skip(x.start)
            .take(x.end - x.start)
            .collect();
        assert_eq!(t, x.text);
    }
    // Converting twice changes nothing.
    assert_eq!(chars.clone().to_char_offsets(&a), chars);
}

#[test]
fn claim_alignment_table() {
    #[derive(Debug, PartialEq)]
    enum Want {
        Discrepancy,
        Agreement,
        Neither,
    }
    let cases = [
        (
            "A bomb in a market in Kabul, Afghanistan, killed 12 people on Monday.",
            "The bomb in a Kabul market killed 15 people, Afghan police said.",
            Want::Discrepancy,
        ),
        (
            "A bomb in a market in Kabul, Afghanistan, killed about 12 people.",
            "The bomb in a Kabul market killed 13 people, Afghan police said.",
            Want::Agreement,
        ),
        // Different countries: different events, whatever the words.
        (
            "A bomb in a market in Kabul, Afghanistan, killed 12 people.",
            "A bomb in a market in Lagos, Nigeria, killed 40 people.",
            Want::Neither,
        ),
        // Different measures: killed and injured are not compared.
        (
            "A bomb in a market in Kabul, Afghanistan, killed 12 people.",
            "A bomb in a market in Kabul, Afghanistan, injured 40 people.",
            Want::Neither,
        ),
        // A condition is not a report.
        (
            "The strike in Paris, France, will cost 300 jobs if talks fail, the union said.",
            "The strike in Paris, France, cut 120 jobs, the union said.",
            Want::Neither,
        ),
        // Scores are not counts.
        (
            "Federer beat Nadal in Paris, France, with a 6-3 win in the final.",
            "Federer beat Nadal in Paris, France, with a 6-4 win in the final.",
            Want::Neither,
        ),
    ];
    for (a, b, want) in cases {
        let analysis = analyze(vec![
            Document::parse("a.txt", a.as_bytes()),
            Document::parse("b.txt", b.as_bytes()),
        ]);
        let c = compare(&analysis);
        let got = match (c.discrepancies.len(), c.agreements.len()) {
            (1, 0) => Want::Discrepancy,
            (0, 1) => Want::Agreement,
            (0, 0) => Want::Neither,
            _ => panic!("{a} / {b}: {:#?} {:#?}", c.discrepancies, c.agreements),
        };
        assert_eq!(got, want, "{a} / {b}: {:#?}", c.claims);
    }
}
