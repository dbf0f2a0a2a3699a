//! The text stages alone (decoding, document structure, tokens, sentences): much
//! faster per input than `pipeline`, so it explores the scanners more deeply.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::sentence::sentences_from_tokens;
use parallax_core::{sentences, tokenize, Document, Span};

fn check(text: &str, spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut prev_end = 0;
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{what}: {s:?} out of bounds"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what}: {s:?} off a char boundary"
        );
        assert!(
            s.start >= prev_end,
            "{what}: {s:?} crosses the previous span"
        );
        prev_end = s.end;
    }
}

fuzz_target!(|bytes: &[u8]| {
    let doc = Document::parse("fuzz", bytes);
    let text = doc.text.as_str();
    check(text, doc.paragraphs.iter().copied(), "paragraphs");
    check(text, doc.body.iter().copied(), "body");
    check(text, doc.boilerplate.iter().map(|b| b.span), "boilerplate");
    check(text, doc.authors.iter().copied(), "authors");
    for s in [
        doc.title,
        doc.outlet,
        doc.syndicator,
        doc.dateline,
        doc.date.map(|d| d.span),
    ]
    .into_iter()
    .flatten()
    {
        check(text, [s], "metadata");
        assert!(
            doc.paragraphs.iter().any(|p| p.contains(&s)),
            "metadata {s:?} outside paragraphs"
        );
    }
    for b in &doc.body {
        assert!(!doc.is_boilerplate(*b), "body {b:?} in boilerplate");
    }
    let tokens = tokenize(text, Span::new(0, text.len()));
    check(text, tokens.iter().map(|t| t.span), "tokens");
    check(text, sentences(text, &doc.paragraphs), "sentences");
    for p in &doc.paragraphs {
        let toks = tokenize(text, *p);
        let sents = sentences_from_tokens(text, &toks);
        for t in &toks {
            assert_eq!(
                sents.iter().filter(|s| s.contains(&t.span)).count(),
                1,
                "token {:?} not in one sentence",
                t.span
            );
        }
    }
});
