//! `import_file` never panics, whatever the bytes and whatever the extension, and
//! what it returns has text and turns into a document whose spans index its text.

mod rng;

use parallax_core::import::import_file;
use rng::Rng;

#[test]
fn never_panics_on_arbitrary_bytes() {
    const PIECES: &[&[u8]] = &[
        b"<",
        b">",
        b"</",
        b"<p>",
        b"</p>",
        b"<script>",
        b"</script",
        b"<!--",
        b"-->",
        b"<a href=\"",
        b"\"",
        b"'",
        b"=",
        b"&",
        b"&#",
        b"&#x",
        b";",
        b"amp",
        b"#",
        b"# ",
        b"*",
        b"_",
        b"[",
        b"]",
        b"(",
        b")",
        b"![",
        b"`",
        b"```",
        b"\n",
        b"\r\n",
        b" ",
        b"{",
        b"}",
        b"[",
        b"\"text\"",
        b":",
        b",",
        b"\"id\"",
        b"null",
        b"\xc3\xa9",
        b"\xe9",
        b"\xff",
        b"\0",
        b"\xe2\x80",
        b"2024-03-22",
        b"<article>",
        b"</article>",
        b"<meta property=og:title content=",
        b"<title>",
        b"\\",
        b"Moscow",
        b"word",
    ];
    const NAMES: &[&str] = &[
        "a.txt",
        "a.md",
        "a.markdown",
        "a.html",
        "a.htm",
        "a.json",
        "a.jsonl",
        "a.ndjson",
        "a",
        "a.TXT",
        ".",
        "",
    ];
    let mut rng = Rng(42);
    for round in 0..5000 {
        let mut bytes = Vec::new();
        for _ in 0..rng.below(60) {
            if rng.below(4) == 0 {
                bytes.push(rng.next() as u8);
            } else {
                bytes.extend_from_slice(rng.pick::<&[u8]>(PIECES));
            }
        }
        let name = NAMES[round % NAMES.len()];
        if let Ok(articles) = import_file(name, &bytes) {
            for a in articles {
                assert!(!a.text.trim().is_empty(), "{name} {bytes:?}");
                let doc = a.to_document();
                for s in doc.paragraphs.iter().chain(&doc.body) {
                    assert!(doc.text.get(s.start..s.end).is_some(), "{name} {bytes:?}");
                }
            }
        }
    }
}
