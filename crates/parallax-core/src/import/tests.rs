use super::*;
use crate::{analyze, Label};

#[test]
fn refused_inputs() {
    let big = vec![b'a'; 21_000_000];
    let cases: [(&str, &[u8], ImportError); 11] = [
        ("empty.txt", b"", ImportError::Empty),
        ("blank.txt", b" \r\n\t \n", ImportError::Empty),
        ("blank.md", b"\n\n---\n", ImportError::Empty),
        (
            "blank.html",
            b"<html><script>x()</script></html>",
            ImportError::Empty,
        ),
        ("bom-only.txt", b"\xEF\xBB\xBF  ", ImportError::Empty),
        (
            "photo.png",
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
            ImportError::Binary {
                format: Some("PNG image"),
            },
        ),
        (
            "report.txt",
            b"%PDF-1.7\n%\xe2\xe3\xcf\xd3",
            ImportError::Binary {
                format: Some("PDF document"),
            },
        ),
        (
            "data.bin",
            b"abc\0def",
            ImportError::Binary { format: None },
        ),
        (
            "controls",
            b"\x01\x02\x03\x04 text \x05\x06\x07\x08",
            ImportError::Binary { format: None },
        ),
        (
            "huge.txt",
            &big,
            ImportError::TooLarge { bytes: 21_000_000 },
        ),
        ("notes.json", br#"{"foo":1}"#, ImportError::NotParallax),
    ];
    for (name, bytes, want) in cases {
        assert_eq!(import_file(name, bytes), Err(want), "{name}");
    }
}

#[test]
fn messages_name_the_file() {
    let cases = [
        (
            ImportError::Binary {
                format: Some("PNG image"),
            },
            "photo.png looks like a binary file (PNG image), not text",
        ),
        (
            ImportError::TooLarge { bytes: 50_000_000 },
            "photo.png is too large (50 MB); files up to 20 MB can be imported",
        ),
        (
            ImportError::TooLarge { bytes: 21_050_000 },
            "photo.png is too large (21.1 MB); files up to 20 MB can be imported",
        ),
        (
            ImportError::Empty,
            "photo.png is empty: there is no text to import",
        ),
    ];
    for (err, want) in cases {
        assert_eq!(err.describe("photo.png"), want);
    }
    assert_eq!(
        ImportError::Empty.to_string(),
        "the file is empty: there is no text to import"
    );
    assert!(check_size(MAX_FILE_BYTES).is_ok());
    assert!(check_size(MAX_FILE_BYTES + 1).is_err());
}

#[test]
fn single_article_formats() {
    struct Case {
        name: &'static str,
        bytes: &'static [u8],
        title: Option<&'static str>,
        text: &'static str,
    }
    let cases = [
        Case {
            name: "latin1.txt",
            bytes: b"Caf\xe9 in M\xfcnchen",
            title: None,
            text: "Café in München",
        },
        Case {
            name: "utf16.TXT",
            bytes: b"\xFF\xFEh\x00i\x00",
            title: None,
            text: "hi",
        },
        Case {
            name: "verbatim.txt",
            bytes: b"<script>alert(1)</script> stays as text",
            title: None,
            text: "<script>alert(1)</script> stays as text",
        },
        Case {
            name: "no-extension",
            bytes: b"Just some text.",
            title: None,
            text: "Just some text.",
        },
        Case {
            name: "story.MD",
            bytes: b"# Storm hits coast\n\nThe **storm** hit [the coast](https://x.example).",
            title: Some("Storm hits coast"),
            text: "Storm hits coast\n\nThe storm hit the coast.",
        },
        Case {
            name: "latin1.markdown",
            bytes: b"# Caf\xe9\nM\xfcnchen",
            title: Some("Café"),
            text: "Café\nMünchen",
        },
        Case {
            name: "page.htm",
            bytes: b"<title>T</title><p>Caf\xe9 &amp; more</p>",
            title: Some("T"),
            text: "Café & more",
        },
    ];
    for case in cases {
        let got = import_file(case.name, case.bytes).expect(case.name);
        assert_eq!(got.len(), 1, "{}", case.name);
        assert_eq!(got[0].id, case.name);
        assert_eq!(got[0].title.as_deref(), case.title, "{}", case.name);
        assert_eq!(got[0].text, case.text, "{}", case.name);
    }
}

#[test]
fn html_metadata_and_xss() {
    let page = br#"<!doctype html><html><head>
        <title>Ignored | Site</title>
        <meta property="og:title" content="Attack &amp; aftermath">
        <meta property="og:site_name" content="The Bugle">
        <meta property="article:published_time" content="2024-03-22T18:00:00+03:00">
        <meta property="og:url" content="https://bugle.example/attack">
        <script>window.pwned = 1</script>
        </head><body>
        <nav><a href="/">Home</a></nav>
        <article>
          <p>Gunmen attacked a hall.<img src=x onerror=alert(1)></p>
          <p><a href="javascript:alert(2)">Click</a> &lt;script&gt; shown as text</p>
          <svg onload=alert(3)><text>svg</text></svg>
          <iframe src="javascript:alert(4)">frame</iframe>
        </article>
        </body></html>"#;
    let a = &import_file("page.html", page).expect("html")[0];
    assert_eq!(a.title.as_deref(), Some("Attack & aftermath"));
    assert_eq!(a.outlet.as_deref(), Some("The Bugle"));
    // The time of day is kept: tracks order reports by it.
    assert_eq!(a.date.as_deref(), Some("2024-03-22T18:00:00+03:00"));
    assert_eq!(a.url.as_deref(), Some("https://bugle.example/attack"));
    let doc = a.to_document();
    assert_eq!(
        doc.body_paragraphs().collect::<Vec<_>>(),
        ["Gunmen attacked a hall.", "Click <script> shown as text"]
    );
    let date = doc.date.expect("date");
    assert_eq!((date.year, date.month, date.day), (2024, Some(3), Some(22)));
    for bad in [
        "onerror",
        "javascript:",
        "<img",
        "pwned",
        "alert",
        "svg",
        "frame",
    ] {
        assert!(!a.text.contains(bad), "{bad} in {:?}", a.text);
    }
    // The menu is kept in the text, marked as navigation, out of the body.
    let home = doc.text.find("Home").expect("menu kept");
    assert!(doc.is_boilerplate(Span::new(home, home + 4)));
}

#[test]
fn json_formats() {
    let export = br#"{"schema":"parallax-analysis/1","documents":[
        {"id":"a.txt","path":"seeds/a.txt","title":{"start":0,"end":5,"text":"Alpha"},
         "outlet":null,"date":{"start":0,"end":10,"text":"2024-03-22","year":2024,"month":3,"day":22},
         "text":"Alpha\nThe text."},
        {"id":"b.txt","text":"Beta text."}],"entities":[]}"#;
    let got = import_file("analysis.json", export).expect("export");
    assert_eq!(got.len(), 2);
    assert_eq!(got[0].id, "a.txt");
    assert_eq!(got[0].title.as_deref(), Some("Alpha"));
    assert_eq!(got[0].date.as_deref(), Some("2024-03-22"));
    assert_eq!(got[0].outlet, None);
    assert_eq!(got[1].text, "Beta text.");

    let array = br#"[{"text":"One."},{"id":"x","title":"Two","text":"Two."},{"text":"  "}]"#;
    let got = import_file("list.json", array).expect("array");
    let ids: Vec<&str> = got.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["list.json#1", "x"]);

    let one = br#"{"id":"solo","text":"Solo.","url":"https://x.example"}"#;
    let got = import_file("one.json", one).expect("one");
    assert_eq!(got[0].url.as_deref(), Some("https://x.example"));

    let cases: [(&[u8], ImportError); 6] = [
        (br#"{"foo":1}"#, ImportError::NotParallax),
        (br#"[1,2]"#, ImportError::NotParallax),
        (br#""text""#, ImportError::NotParallax),
        (
            br#"{"documents":[{"text":"no id"}]}"#,
            ImportError::NotParallax,
        ),
        (br#"{"documents":[]}"#, ImportError::Empty),
        (
            b"{\"text\":\n oops}",
            ImportError::InvalidJson { line: 2, column: 2 },
        ),
    ];
    for (bytes, want) in cases {
        assert_eq!(
            import_file("x.json", bytes),
            Err(want),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
    // Deep nesting is an error, not a stack overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(import_file("deep.json", deep.as_bytes()).is_err());
}

#[test]
fn json_lines() {
    let good = b"{\"id\":\"a\",\"text\":\"One.\"}\n\n{\"text\":\"Two.\"}\r\n";
    let got = import_file("feed.ndjson", good).expect("jsonl");
    let ids: Vec<&str> = got.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "feed.ndjson#3"]);

    let cases: [(&[u8], usize, &str); 4] = [
        (b"{\"text\":\"ok\"}\n{\"text\":", 2, "it is not valid JSON"),
        (
            b"{\"text\":\"ok\"}\n\n{\"title\":\"x\"}",
            3,
            "it has no \"text\"",
        ),
        (b"[1]", 1, "it is not a JSON object"),
        (
            b"{\"text\":\"ok\",\"title\":5}",
            1,
            "a field has the wrong type",
        ),
    ];
    for (bytes, line, reason) in cases {
        assert_eq!(
            import_file("feed.jsonl", bytes),
            Err(ImportError::BadLine { line, reason }),
            "{}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn paste_form() {
    let a = paste(" Storm\nhits ", "Bugle", "", " ", "Text.").expect("paste");
    assert_eq!(a.title.as_deref(), Some("Storm hits"));
    assert_eq!(a.id, "Storm hits");
    assert_eq!(a.url, None);
    let a = paste("", "", "", "", "\n  First line of it\nsecond").expect("paste");
    assert_eq!(a.id, "First line of it");
    assert_eq!(paste("t", "o", "d", "u", " \t\n"), Err(ImportError::Empty));
}

#[test]
fn document_with_metadata() {
    let a = Article {
        id: "a".into(),
        title: Some("Attack on Moscow hall".into()),
        outlet: Some("The Daily Bugle".into()),
        date: Some("2024-03-22".into()),
        url: Some("https://bugle.example/Moscow/Vladimir-Putin/Kabul".into()),
        text: "Gunmen attacked a concert hall in Moscow on Friday. Vladimir Putin spoke in the Kremlin.".into(),
        ..Article::default()
    };
    let doc = a.to_document();
    assert_eq!(doc.title(), Some("Attack on Moscow hall"));
    assert_eq!(doc.outlet(), Some("The Daily Bugle"));
    let date = doc.date.expect("date");
    assert_eq!((date.year, date.month, date.day), (2024, Some(3), Some(22)));
    assert_eq!(date.span.slice(&doc.text), "2024-03-22");
    assert_eq!(doc.body_paragraphs().collect::<Vec<_>>(), [a.text.as_str()]);
    assert!(doc.word_count() >= a.text.split_whitespace().count());
    for s in doc
        .paragraphs
        .iter()
        .chain(&doc.body)
        .chain(doc.boilerplate.iter().map(|b| &b.span))
    {
        assert!(doc.text.get(s.start..s.end).is_some(), "{s:?}");
    }
    let url_line = doc
        .boilerplate
        .iter()
        .find(|b| b.kind == BoilerplateKind::Navigation)
        .expect("url line")
        .span;
    assert_eq!(url_line.slice(&doc.text), a.url.as_deref().unwrap_or(""));

    let analysis = analyze(vec![doc]);
    let doc = &analysis.documents[0];
    let found: Vec<(&str, Label)> = analysis.extractions[0]
        .mentions
        .iter()
        .map(|m| (m.span.slice(&doc.text), m.label))
        .collect();
    let body_start = doc.body[0].start;
    assert!(
        found.contains(&("Vladimir Putin", Label::Person)),
        "{found:?}"
    );
    assert!(analysis.extractions[0]
        .mentions
        .iter()
        .any(|m| m.span.start >= body_start && m.span.slice(&doc.text) == "Moscow"));
    assert!(
        analysis.extractions[0]
            .mentions
            .iter()
            .all(|m| !m.span.overlaps(&url_line)),
        "{found:?}"
    );
}

#[test]
fn document_without_metadata_is_parse() {
    let texts = [
        "ISIS-K claims Moscow attack\nThe group said on Friday that it did it.",
        "(AP) — The storm hit the coast on Monday. It moved north.",
        "",
        "\u{FEFF}BOM first\nand more text here.",
    ];
    for text in texts {
        let a = Article {
            id: "x".into(),
            text: text.into(),
            ..Article::default()
        };
        let parsed = Document::parse("x", text.as_bytes());
        let doc = a.to_document();
        assert_eq!(doc.title(), parsed.title(), "{text:?}");
        assert_eq!(
            doc.body_paragraphs().collect::<Vec<_>>(),
            parsed.body_paragraphs().collect::<Vec<_>>()
        );
    }
}

#[test]
fn metadata_the_text_already_states_is_not_repeated() {
    let text = "Storm hits coast\nThe storm hit the coast on Monday, officials said.";
    let a = Article {
        id: "x".into(),
        title: Some("Storm hits coast".into()),
        text: text.into(),
        ..Article::default()
    };
    assert_eq!(a.to_document().text, text);
    let dated = Article {
        date: Some("March 3, 2024".into()),
        ..a
    };
    let doc = dated.to_document();
    let d = doc.date.expect("date");
    assert_eq!((d.year, d.month, d.day), (2024, Some(3), Some(3)));
    assert_eq!(doc.title(), Some("Storm hits coast"));
}

/// A page that says when it was published to the minute gives the time of day, so
/// articles of the same day are ordered in a figure track; a date alone has none.
#[test]
fn publication_time_of_day() {
    let page = |date: &str| {
        format!(
            "<html><head><title>Storm update</title>\
             <meta property=\"article:published_time\" content=\"{date}\"></head>\
             <body><article><p>The storm that hit the coast overnight flooded two towns, officials said.</p>\
             <p>Roads were closed and schools stayed shut on Monday.</p></article></body></html>"
        )
    };
    for (date, time) in [
        ("2024-03-05T18:45:00+01:00", Some((18, 45))),
        ("2024-03-05T09:30:00Z", Some((9, 30))),
        ("2024-03-05", None),
    ] {
        let articles = import_file("storm.html", page(date).as_bytes()).unwrap_or_default();
        let doc = articles.first().map(Article::to_document);
        let got = doc.and_then(|d| d.date);
        assert_eq!(
            got.map(|d| (d.year, d.month, d.day)),
            Some((2024, Some(3), Some(5))),
            "{date}"
        );
        assert_eq!(got.and_then(|d| d.time), time, "{date}");
    }
}
