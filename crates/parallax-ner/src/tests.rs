//! Model bytes: round trip, and rejection of corrupt files without panicking.

use super::decode::{tag_index, Pos, N_TAGS};
use super::features::SentenceFeatures;
use super::lexicon::{class, LexiconBuilder};
use super::*;

/// A tiny hand-made model: "Paris" is a location, a capitalised word after "Mr" a person.
fn toy_model() -> NerModel {
    let mut lex = LexiconBuilder::new();
    lex.add(&["Paris"], class::CITY);
    let lexicon = lex.build();
    let mut feats = SentenceFeatures::new();
    let mut parts = ModelParts {
        trans: vec![0.0; N_TAGS * N_TAGS],
        start: vec![0.0; N_TAGS],
        end: vec![0.0; N_TAGS],
        temperature: 1.0,
        ..ModelParts::default()
    };
    // Give every feature of the training sentence its gold tag.
    let sent = ["Mr", "Smith", "visited", "Paris", "."];
    let gold = [
        0,
        tag_index(NerLabel::Person, Pos::Unit),
        0,
        tag_index(NerLabel::Loc, Pos::Unit),
        0,
    ];
    feats.extract(&sent, &lexicon);
    for (i, &g) in gold.iter().enumerate() {
        for &h in feats.token(i) {
            let mut w = vec![0.0; N_TAGS];
            w[g] = 1.0;
            parts.features.push((h, w));
        }
    }
    parts.lexicon = lexicon;
    NerModel::from_parts(&parts, 1)
}

#[test]
fn toy_model_tags_and_round_trips() {
    let m = toy_model();
    let sent = ["Mr", "Smith", "visited", "Paris", "."];
    let spans = m.tag(&sent);
    let got: Vec<_> = spans.iter().map(|s| (s.start, s.end, s.label)).collect();
    assert_eq!(got, vec![(1, 2, NerLabel::Person), (3, 4, NerLabel::Loc)]);
    for s in &spans {
        assert!(s.confidence > 0.5 && s.confidence <= 1.0, "{s:?}");
    }
    let bytes = m.to_bytes();
    let back = NerModel::from_bytes(&bytes).expect("round trip");
    assert_eq!(back.to_bytes(), bytes);
    assert_eq!(back.tag(&sent), spans);
    assert_eq!(back.lexicon().len(), 1);
}

#[test]
fn negative_weights_round_trip() {
    let mut parts = ModelParts::default();
    parts
        .features
        .push((42, (0..N_TAGS).map(|i| i as f32 - 8.0).collect()));
    let m = NerModel::from_parts(&parts, 1);
    let back = NerModel::from_bytes(&m.to_bytes()).expect("round trip");
    assert_eq!(back.raw, m.raw);
    assert_eq!(back.feature_count(), 1);
}

#[test]
fn corrupt_bytes_are_rejected() {
    let good = toy_model().to_bytes();
    let mut wrong_version = good.clone();
    wrong_version[5] = 9;
    let mut flipped = good.clone();
    let mid = good.len() / 2;
    flipped[mid] ^= 0x55;
    let mut bad_magic = good.clone();
    bad_magic[0] = b'X';
    struct Case {
        name: &'static str,
        bytes: Vec<u8>,
        kind: Option<ModelErrorKind>,
    }
    let cases = [
        Case {
            name: "empty",
            bytes: vec![],
            kind: Some(ModelErrorKind::BadMagic),
        },
        Case {
            name: "magic only",
            bytes: b"PXNER".to_vec(),
            kind: Some(ModelErrorKind::Truncated),
        },
        Case {
            name: "bad magic",
            bytes: bad_magic,
            kind: Some(ModelErrorKind::BadMagic),
        },
        Case {
            name: "version",
            bytes: wrong_version,
            kind: Some(ModelErrorKind::UnsupportedVersion(9)),
        },
        Case {
            name: "truncated",
            bytes: good[..good.len() - 10].to_vec(),
            kind: None,
        },
        Case {
            name: "flipped byte",
            bytes: flipped,
            kind: Some(ModelErrorKind::Checksum),
        },
        Case {
            name: "text",
            bytes: b"hello world, not a model".to_vec(),
            kind: Some(ModelErrorKind::BadMagic),
        },
    ];
    for c in cases {
        let err = NerModel::from_bytes(&c.bytes).expect_err(c.name);
        if let Some(kind) = c.kind {
            assert_eq!(err.kind(), &kind, "{}", c.name);
        }
        assert!(!err.to_string().is_empty());
    }
    // Every prefix of a good file is rejected without a panic.
    for len in 0..good.len() {
        assert!(NerModel::from_bytes(&good[..len]).is_err(), "prefix {len}");
    }
}

#[test]
fn corrupt_body_with_valid_checksum_is_rejected() {
    // Forge a checksum over a body whose declared feature count is absurd.
    let good = toy_model().to_bytes();
    let header = 5 + 2 + 1 + 1 + 4 + 4 + 4 * (N_TAGS * N_TAGS + 2 * N_TAGS);
    let mut body = good[..good.len() - 4].to_vec();
    body[header..header + 4].copy_from_slice(&u32::MAX.to_le_bytes());
    let sum = body
        .iter()
        .fold(hash::FNV_START, |h, &b| hash::fnv_byte(h, b));
    body.extend_from_slice(&sum.to_le_bytes());
    let err = NerModel::from_bytes(&body).expect_err("absurd count");
    assert_eq!(err.kind(), &ModelErrorKind::Truncated);
}

#[test]
fn odd_inputs_do_not_panic() {
    let m = NerModel::embedded();
    let long: Vec<String> = (0..2000).map(|i| format!("Word{i}")).collect();
    let long: Vec<&str> = long.iter().map(String::as_str).collect();
    let cases: Vec<Vec<&str>> = vec![
        vec![],
        vec![""],
        vec!["", "", ""],
        vec!["\u{0}", "\u{FEFF}", "🙂", "İstanbul", "ǅemal"],
        vec![
            "U.S.", "ISIS-K", "Austin", "'s", "\u{201C}", "Biden", "\u{201D}",
        ],
        long,
    ];
    for toks in cases {
        for s in m.tag_all(&toks) {
            assert!(s.start < s.end && s.end <= toks.len());
            assert!((0.0..=1.0).contains(&s.confidence));
        }
    }
    assert!(NerModel::empty().tag(&["Paris"]).is_empty());
}

#[test]
fn random_token_sequences_give_sorted_disjoint_spans() {
    // Invariants for any input: spans in bounds, sorted, non-overlapping, non-empty,
    // confidences in [0, 1]. Deterministic pseudo-random sentences from a word pool.
    let pool = [
        "The",
        "the",
        "U.S.",
        "ISIS-K",
        "Austin",
        "'s",
        "\u{201C}",
        "\u{201D}",
        ",",
        ".",
        "said",
        "Moscow",
        "NATO",
        "Lloyd",
        "in",
        "of",
        "MINISTRY",
        "1996",
        "",
        "-",
        "\u{00C9}mile",
        "\u{0}",
        "Sept.",
        "Pentagon",
        "al-Qaeda",
        "New",
        "York",
        "\u{1F600}",
        "Kyiv",
        "Biden",
        "and",
    ];
    let m = NerModel::embedded();
    let mut state = 0x1234_5678_9abc_def0u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for _ in 0..300 {
        let len = (next() % 40) as usize;
        let toks: Vec<&str> = (0..len)
            .map(|_| pool[(next() % pool.len() as u64) as usize])
            .collect();
        let spans = m.tag_all(&toks);
        let mut last_end = 0;
        for s in &spans {
            assert!(s.start < s.end && s.end <= toks.len(), "{s:?} in {toks:?}");
            assert!(s.start >= last_end, "overlap or unsorted: {spans:?}");
            assert!((0.0..=1.0).contains(&s.confidence), "{s:?}");
            last_end = s.end;
        }
    }
}

#[test]
fn embedded_model_parses_and_is_not_the_empty_fallback() {
    let m = NerModel::from_bytes(EMBEDDED_BYTES).expect("embedded ner.bin parses");
    assert!(m.feature_count() > 10_000, "{}", m.feature_count());
    assert!(m.lexicon().len() > 1_000);
    assert_eq!(NerModel::embedded().feature_count(), m.feature_count());
    assert_eq!(m.to_bytes(), EMBEDDED_BYTES, "serialisation is canonical");
}
