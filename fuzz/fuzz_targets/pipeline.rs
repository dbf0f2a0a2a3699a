//! The whole pipeline on arbitrary bytes: decoding, document structure, tokens,
//! sentences, extraction. Besides "never panics", it checks the span invariants
//! every stage promises: in bounds, on char boundaries, sorted, not crossing;
//! and that the export's character offsets give back each mention's text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_core::{extract, sentences, tokenize, Document, Span};

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
            "{what}: {s:?} crosses or precedes the previous span"
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
    check(text, doc.title, "title");
    check(text, doc.outlet, "outlet");
    check(text, doc.syndicator, "syndicator");
    check(text, doc.dateline, "dateline");
    check(text, doc.date.map(|d| d.span), "date");
    let whole = Span::new(0, text.len());
    check(text, tokenize(text, whole).iter().map(|t| t.span), "tokens");
    check(text, sentences(text, &doc.paragraphs), "sentences");
    let ex = extract(&doc);
    check(text, ex.tokens.iter().map(|t| t.span), "extraction tokens");
    check(text, ex.sentences.iter().copied(), "extraction sentences");
    check(text, ex.mentions.iter().map(|m| m.span), "mentions");
    for m in &ex.mentions {
        assert!(
            !doc.is_boilerplate(m.span),
            "mention {:?} inside boilerplate",
            m.span
        );
    }
    // The exports' character offsets: each mention's text is the characters
    // [start, end) of the document, whatever its length and script (issue 16:
    // an end at the very end of the text once came out as 0).
    let analysis = parallax_core::analyze(vec![doc.clone()]);
    let chars: Vec<char> = analysis
        .documents
        .first()
        .map_or_else(Vec::new, |d| d.text.chars().collect());
    for line in parallax_core::export::json::mention_lines(&analysis, 0) {
        assert!(
            line.start <= line.end && line.end <= chars.len(),
            "mention [{}, {}) outside {} chars",
            line.start,
            line.end,
            chars.len()
        );
        let got: String = chars[line.start..line.end].iter().collect();
        assert_eq!(got, line.text, "char offsets of a mention");
    }
});
