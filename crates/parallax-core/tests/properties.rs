//! Property tests over generated inputs (a small deterministic generator, no
//! dependencies): whatever the bytes, documents, tokens, sentences and mentions
//! have spans in bounds, on char boundaries, sorted and not crossing, and the
//! tokens and sentences account for all the text.

use parallax_core::sentence::sentences_from_tokens;
use parallax_core::{extract, sentences, tokenize, Document, Span};

mod rng;

use rng::Rng;

/// Pieces that exercise the scanners: abbreviations, quotes, bylines, ads,
/// widgets, multi-byte and invisible characters, line ends.
const PIECES: &[&str] = &[
    "U.S.",
    "U.K.",
    "U.S.-led",
    "Sept. 11",
    "Maj. Gen. ",
    "Mr.",
    "Dr",
    "3.5",
    "1,000",
    "19-year-old",
    "ISIS-K",
    "’s",
    "'s",
    "n't",
    "“",
    "”",
    "\"",
    "'",
    "...",
    "…",
    ".",
    ",",
    "!",
    "?",
    "(",
    ")",
    "-",
    " - ",
    "—",
    "–",
    "(MENAFN- ",
    "Khaama Press) ",
    "date 2024-01-15 ",
    "Dina Mahmoud (London)",
    "By Jane Doe",
    "Sara Harmouch, American University, ",
    "The Conversation on",
    "Share.",
    "Exit mobile version",
    "Weather\u{a0} \u{a0}Live Markets",
    "swipe to next page",
    "blog comments powered by Disqus",
    "Sig P320FS OWB Holster - USA Made - ",
    "MOSCOW (Reuters) - ",
    "ArcaMax",
    "https://x.org/wiki/A_(b)",
    "www.bbc.co.uk/news",
    "January 15, 2024",
    "é",
    "ü",
    "中文",
    "🙂",
    "e\u{301}",
    "\u{200d}",
    "\u{feff}",
    "\u{200b}",
    "\u{a0}",
    "\u{ad}",
    "\t",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "Lloyd Austin",
    "Kerman",
    "Iranian",
    "the",
    "said",
    "on Thursday",
    "about 30 attacks",
    "at least 143 people",
    "A",
    "b",
    "Z",
    "0",
    "9",
    "$",
    "%",
    "&",
    "@",
    "#",
    "\u{0}",
    "\u{7f}",
];

fn random_text(rng: &mut Rng) -> String {
    let n = rng.below(120);
    let mut s = String::new();
    if rng.below(8) == 0 {
        s.push('\u{feff}');
    }
    for _ in 0..n {
        if rng.below(6) == 0 {
            // A random scalar value, any plane.
            let c = char::from_u32(rng.below(0x11_0000) as u32).unwrap_or('?');
            s.push(c);
        } else {
            s.push_str(rng.pick::<&str>(PIECES));
        }
    }
    s
}

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    match rng.below(4) {
        // Raw bytes.
        0 => (0..rng.below(400)).map(|_| rng.next() as u8).collect(),
        // Text with a few bytes flipped (broken UTF-8, Windows-1252 mixed in).
        1 => {
            let mut b = random_text(rng).into_bytes();
            for _ in 0..rng.below(4) {
                if !b.is_empty() {
                    let i = rng.below(b.len());
                    b[i] = 0x80 | rng.next() as u8;
                }
            }
            b
        }
        // Latin-1 text.
        2 => random_text(rng)
            .chars()
            .map(|c| if (c as u32) < 256 { c as u8 } else { b'?' })
            .collect(),
        _ => random_text(rng).into_bytes(),
    }
}

/// Spans in bounds, on char boundaries, non-empty where `nonempty`, sorted and not crossing.
fn check_spans(text: &str, spans: &[Span], what: &str, nonempty: bool) {
    let mut prev_end = 0;
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{what}: {s:?} out of bounds in {text:?}"
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{what}: {s:?} off a char boundary in {text:?}"
        );
        assert!(
            !nonempty || s.start < s.end,
            "{what}: empty {s:?} in {text:?}"
        );
        assert!(
            s.start >= prev_end,
            "{what}: {s:?} crosses the one before in {text:?}"
        );
        prev_end = s.end;
    }
}

fn check_document(doc: &Document) {
    let text = doc.text.as_str();
    check_spans(text, &doc.paragraphs, "paragraphs", true);
    check_spans(text, &doc.body, "body", true);
    let boiler: Vec<Span> = doc.boilerplate.iter().map(|b| b.span).collect();
    check_spans(text, &boiler, "boilerplate", true);
    check_spans(text, &doc.authors, "authors", true);
    for (what, span) in [
        ("title", doc.title),
        ("outlet", doc.outlet),
        ("syndicator", doc.syndicator),
        ("dateline", doc.dateline),
        ("date", doc.date.map(|d| d.span)),
    ] {
        check_spans(text, span.as_slice(), what, true);
        if let Some(s) = span {
            assert!(
                doc.paragraphs.iter().any(|p| p.contains(&s)),
                "{what} {s:?} outside every paragraph"
            );
        }
    }
    for s in doc.body.iter().chain(&boiler) {
        assert!(
            doc.paragraphs.iter().any(|p| p.contains(s)),
            "{s:?} outside every paragraph"
        );
    }
    for b in &doc.body {
        assert!(!doc.is_boilerplate(*b), "body {b:?} in boilerplate");
        assert!(
            boiler.iter().all(|x| !x.overlaps(b)),
            "body {b:?} overlaps boilerplate"
        );
    }
    // Paragraphs are trimmed lines: no line break inside, no space at the ends.
    for p in &doc.paragraphs {
        let s = p.slice(text);
        assert!(
            !s.contains(['\n', '\r']),
            "paragraph with a line break: {s:?}"
        );
        assert_eq!(s, s.trim(), "untrimmed paragraph");
    }
}

/// Chars the tokenizer may leave outside every token.
fn skippable(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}')
}

fn check_tokens_and_sentences(text: &str, paragraphs: &[Span]) {
    let whole = tokenize(text, Span::new(0, text.len()));
    let spans: Vec<Span> = whole.iter().map(|t| t.span).collect();
    check_spans(text, &spans, "tokens", true);
    // Tokens hold no skippable char, and everything between them is skippable:
    // the tokens reassemble the input up to white space.
    let mut at = 0;
    for t in &spans {
        assert!(
            text[at..t.start].chars().all(skippable),
            "text lost between tokens: {:?}",
            &text[at..t.start]
        );
        assert!(
            !t.slice(text).chars().any(skippable),
            "token with space: {:?}",
            t.slice(text)
        );
        at = t.end;
    }
    assert!(
        text[at..].chars().all(skippable),
        "text lost after the last token"
    );

    let sents = sentences(text, paragraphs);
    check_spans(text, &sents, "sentences", true);
    for s in &sents {
        assert!(
            paragraphs.iter().any(|p| p.contains(s)),
            "sentence {s:?} crosses a paragraph"
        );
    }
    // Per paragraph, the sentences cover every token exactly once.
    for p in paragraphs {
        let toks = tokenize(text, *p);
        let ss = sentences_from_tokens(text, &toks);
        for t in &toks {
            assert_eq!(
                ss.iter().filter(|s| s.contains(&t.span)).count(),
                1,
                "token {:?} not in one sentence",
                t.span
            );
        }
    }
}

#[test]
fn documents_tokens_and_sentences_hold_their_invariants() {
    let mut rng = Rng(0x5EED_0001);
    for _ in 0..3000 {
        let bytes = random_bytes(&mut rng);
        let doc = Document::parse("prop", &bytes);
        check_document(&doc);
        check_tokens_and_sentences(&doc.text, &doc.paragraphs);
    }
}

#[test]
fn tokenize_clips_any_range() {
    let mut rng = Rng(0x5EED_0002);
    for _ in 0..2000 {
        let text = random_text(&mut rng);
        let (a, b) = (rng.below(text.len() + 8), rng.below(text.len() + 8));
        let range = Span::new(a.min(b), a.max(b));
        let toks = tokenize(&text, range);
        let spans: Vec<Span> = toks.iter().map(|t| t.span).collect();
        check_spans(&text, &spans, "clipped tokens", true);
        assert!(
            spans.iter().all(|s| range.contains(s)),
            "token outside {range:?}"
        );
    }
}

#[test]
fn extraction_spans_hold_their_invariants() {
    let mut rng = Rng(0x5EED_0003);
    for _ in 0..300 {
        let bytes = random_bytes(&mut rng);
        let doc = Document::parse("prop", &bytes);
        let ex = extract(&doc);
        let text = doc.text.as_str();
        let tokens: Vec<Span> = ex.tokens.iter().map(|t| t.span).collect();
        check_spans(text, &tokens, "extraction tokens", true);
        check_spans(text, &ex.sentences, "extraction sentences", true);
        let mentions: Vec<Span> = ex.mentions.iter().map(|m| m.span).collect();
        check_spans(text, &mentions, "mentions", true);
        for m in &ex.mentions {
            assert!(
                !doc.is_boilerplate(m.span),
                "mention {:?} in boilerplate",
                m.span
            );
            assert!(
                (0.0..=1.0).contains(&m.confidence),
                "confidence {}",
                m.confidence
            );
        }
    }
}

/// Regression cases found by the property tests and the fuzzer, by name.
#[test]
fn regressions() {
    let cases: &[(&str, &[u8])] = &[
        ("empty", b""),
        ("bom only", b"\xEF\xBB\xBF"),
        ("lone cr", b"\r"),
        ("only punctuation", b"...\n/\n(\n"),
        ("tag without body", b"(MENAFN- Khaama Press)"),
        ("tag then spaces", b"(MENAFN- Khaama Press)   \n"),
        ("dateline only", b"MOSCOW (Reuters) -"),
        ("open bracket tag", b"(MENAFN- Khaama"),
        ("abbreviation at end", b"U.S."),
        ("apostrophe at end", b"ISIS\xE2\x80\x99"),
        ("n apostrophe", b"n't"),
        ("truncated utf8", b"caf\xC3"),
        ("nul bytes", b"\x00\x00A\x00"),
    ];
    for (name, bytes) in cases {
        let doc = Document::parse(*name, bytes);
        check_document(&doc);
        check_tokens_and_sentences(&doc.text, &doc.paragraphs);
        let _ = extract(&doc);
    }
    let huge = "word ".repeat(200_000);
    let doc = Document::parse("one enormous line", huge.as_bytes());
    check_document(&doc);
    assert_eq!(doc.word_count(), 200_000);
}

/// Every char offset the JSON export writes slices the document's chars to the
/// text it stands for: mentions, metadata and quantities carry their text, and
/// ranges (paragraphs, sentences) and the comparison's offsets are checked
/// against the byte spans they were converted from.
fn check_exported_char_offsets(analysis: &parallax_core::Analysis) {
    use parallax_core::export::json::{analysis_out, TextSpan};
    let out = analysis_out(analysis, None);
    for (doc, d) in analysis.documents.iter().zip(&out.documents) {
        let chars: Vec<char> = doc.text.chars().collect();
        let slice = |start: usize, end: usize| -> Option<String> {
            chars.get(start..end).map(|c| c.iter().collect())
        };
        let check = |what: &str, t: &TextSpan<'_>| {
            assert_eq!(
                slice(t.start, t.end).as_deref(),
                Some(t.text),
                "{what} [{}, {}] in {:?}",
                t.start,
                t.end,
                doc.text
            );
        };
        for m in &d.mentions {
            check("mention", &m.span);
        }
        for q in &d.quantities {
            check("quantity", &q.span);
            check("number", &q.number);
        }
        for (what, t) in [
            ("title", &d.title),
            ("outlet", &d.outlet),
            ("syndicator", &d.syndicator),
            ("dateline", &d.dateline),
        ] {
            if let Some(t) = t {
                check(what, t);
            }
        }
        if let Some(date) = &d.date {
            check("date", &date.span);
        }
        for a in &d.authors {
            check("author", a);
        }
        for (what, ranges, spans) in [
            ("paragraph", &d.paragraphs, &doc.paragraphs),
            ("body", &d.body, &doc.body),
        ] {
            assert_eq!(ranges.len(), spans.len());
            for (r, s) in ranges.iter().zip(spans.iter()) {
                assert_eq!(
                    slice(r[0], r[1]).as_deref(),
                    Some(s.slice(&doc.text)),
                    "{what} {r:?} in {:?}",
                    doc.text
                );
            }
        }
    }
    // The comparison's offsets: the same items in bytes and in chars.
    let bytes = parallax_core::compare(analysis);
    let chars = bytes.clone().to_char_offsets(analysis);
    let same = |doc: usize, b: (usize, usize), c: (usize, usize), what: &str| {
        let text = analysis.documents.get(doc).map_or("", |d| d.text.as_str());
        let by_chars: Option<String> = text
            .chars()
            .collect::<Vec<_>>()
            .get(c.0..c.1)
            .map(|s| s.iter().collect());
        assert_eq!(
            by_chars.as_deref(),
            text.get(b.0..b.1),
            "{what}: bytes {b:?}, chars {c:?} in {text:?}"
        );
    };
    for (b, c) in bytes.claims.iter().zip(&chars.claims) {
        same(b.doc, (b.start, b.end), (c.start, c.end), "claim");
        let (bs, cs) = (b.sentence, c.sentence);
        same(
            b.doc,
            (bs.start, bs.end),
            (cs.start, cs.end),
            "claim sentence",
        );
    }
    for (b, c) in bytes.dates.iter().zip(&chars.dates) {
        same(b.doc, (b.start, b.end), (c.start, c.end), "date");
    }
    for (b, c) in bytes.quotes.iter().zip(&chars.quotes) {
        for (b, c) in b.variants.iter().zip(&c.variants) {
            same(b.doc, (b.start, b.end), (c.start, c.end), "quote");
        }
    }
}

#[test]
fn exported_char_offsets_slice_the_text() {
    let mut rng = Rng(0x5EED_0004);
    for _ in 0..150 {
        let docs = (0..1 + rng.below(3))
            .map(|i| Document::parse(format!("doc{i}"), &random_bytes(&mut rng)))
            .collect();
        check_exported_char_offsets(&parallax_core::analyze(docs));
    }
}

/// Regression: a non-ASCII text of exactly 64·k bytes with a mention at its very
/// end exported the mention (and the paragraph, and the title) as ending at char 0.
#[test]
fn exported_offsets_at_the_end_of_a_block_sized_text() {
    let cases = [
        ("Café talks", "in Kabul"),
        ("Réunion à", "avec Emmanuel Macron"),
        ("Zürich’s “talks”", "went on in Moscow"),
    ];
    for (head, tail) in cases {
        // Words and spaces between head and tail bring the text to 64·k bytes.
        let pad = 64 - (head.len() + tail.len() + 1) % 64;
        let filler = "word ".repeat(pad / 5) + &" ".repeat(pad % 5);
        let text = format!("{head} {filler}{tail}");
        assert_eq!(text.len() % 64, 0, "{text:?}");
        let doc = Document::parse("block", text.as_bytes());
        assert_eq!(doc.text, text);
        let analysis = parallax_core::analyze(vec![doc]);
        check_exported_char_offsets(&analysis);
        let out = parallax_core::export::json::analysis_out(&analysis, None);
        let d = &out.documents[0];
        let last = d.mentions.last().map(|m| (m.span.end, m.span.text));
        assert_eq!(
            last.map(|(end, _)| end),
            Some(text.chars().count()),
            "{text:?}: the last mention ends the text ({last:?})"
        );
        assert_eq!(d.paragraphs, vec![[0, text.chars().count()]], "{text:?}");
    }
}
