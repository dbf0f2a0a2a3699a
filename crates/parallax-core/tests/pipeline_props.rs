//! Invariants of `extract` and `analyze` for any input: spans in bounds and on char
//! boundaries, mentions sorted and non-overlapping, quantities inside the text, the
//! tagger's tokens those of each paragraph, no panic.

mod xorshift;

use parallax_core::{analyze, extract, tokenize, Document};
use xorshift::Rng;

const PIECES: &[&str] = &[
    "U.S.",
    "-",
    "led",
    "ISIS",
    "-K",
    "’s",
    "'s",
    " ",
    "  ",
    "\n",
    "\r\n",
    ".",
    ",",
    "(",
    ")",
    "“",
    "”",
    "Sept.",
    "11",
    "2001",
    "2024-01-15",
    "at least",
    "143",
    "people",
    "nearly",
    "dozens",
    "of",
    "tens",
    "thousands",
    "Lloyd",
    "Austin",
    "Maj.",
    "Gen.",
    "Pat",
    "Ryder",
    "Syrian Democratic Forces",
    "SDF",
    "Kerman",
    "Iranian",
    "é",
    "ß",
    "日本",
    "🙂",
    "\u{301}",
    "-",
    "—",
    "…",
    "the past decade",
    "five years ago",
    "A",
    "a",
    "The",
    "Department of Defense",
    "University",
    "MENAFN",
    "Washington, D.C.",
    "IS",
    "US",
    "May",
    "March",
    "Thursday",
    "’",
    "'",
    "\t",
    "\u{feff}",
    "0",
    "1,000.5",
    "twenty-five",
];

fn check(doc: &Document) {
    let text = &doc.text;
    let ex = extract(doc);
    let mut prev_end = 0;
    for m in &ex.mentions {
        assert!(
            m.span.start < m.span.end && m.span.end <= text.len(),
            "{m:?} in {text:?}"
        );
        assert!(
            text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end),
            "{m:?} in {text:?}"
        );
        assert!(
            m.span.start >= prev_end,
            "overlap or unsorted at {m:?} in {text:?}"
        );
        assert!((0.0..=1.0).contains(&m.confidence));
        prev_end = m.span.end;
    }
    for q in &ex.quantities {
        assert!(
            q.span.end <= text.len() && text.get(q.span.start..q.span.end).is_some(),
            "{q:?} in {text:?}"
        );
        assert!(q.span.contains(&q.number), "{q:?}");
    }
    for s in &ex.sentences {
        assert!(text.get(s.start..s.end).is_some());
    }
    // One token stream: the text is tokenized once, and the tagger's tokens are
    // exactly what the tokenizer gives each paragraph on its own.
    let per_paragraph: Vec<_> = doc
        .paragraphs
        .iter()
        .flat_map(|&p| tokenize(text, p))
        .collect();
    assert_eq!(ex.tokens, per_paragraph, "{text:?}");
}

#[test]
fn odd_inputs() {
    let cases: &[&[u8]] = &[
        b"",
        b" ",
        b"\n\n\n",
        b"'s",
        b"\xe2\x80\x99s",
        b"U.S.-",
        b"-U.S.",
        b"(SDF)",
        b"Syrian Democratic Forces (",
        b"at least",
        b"nearly 1,000,000,000,000,000,000,000,000 dead",
        b"\xff\xfe\x00\x00",
        b"\xef\xbb\xbfMoscow",
        b"Lloyd",
        b"Sept. 11,",
        b"2024-01-",
        b"tens of",
        b"the",
        b"A decade",
    ];
    for c in cases {
        check(&Document::parse("odd", c));
    }
    let long = "Lloyd Austin met ISIS-K in Kerman. ".repeat(2000);
    check(&Document::parse("long", long.as_bytes()));
}

#[test]
fn random_inputs() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut docs = Vec::new();
    for n in 0..400 {
        let len = rng.below(60);
        let mut s = String::new();
        for _ in 0..len {
            s.push_str(rng.pick(PIECES));
            if rng.next().is_multiple_of(3) {
                s.push(' ');
            }
        }
        let doc = Document::parse(format!("r{n}"), s.as_bytes());
        check(&doc);
        if n % 40 == 0 {
            docs.push(doc);
        }
    }
    // Random bytes, too.
    for n in 0..200 {
        let len = rng.below(200);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        check(&Document::parse(format!("b{n}"), &bytes));
    }
    let a = analyze(docs);
    for (d, row) in a.mention_entity.iter().enumerate() {
        assert_eq!(row.len(), a.extractions[d].mentions.len());
        assert!(row.iter().all(|&e| e < a.entities.len()));
    }
}
