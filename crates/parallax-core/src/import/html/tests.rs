//! What a reader sees of small pages written for each kind of furniture, each
//! source of metadata, and the structures that once lost the article.

use super::*;
use crate::import::{import_file, ImportError};
use crate::Document;

/// Three paragraphs of running text: what the reader must keep.
const STORY: [&str; 3] = [
    "Flood waters rose across the valley on Monday, forcing hundreds of families from their homes, officials said.",
    "Rescue teams, backed by volunteers from nearby towns, worked through the night to reach villages cut off by the water.",
    "The regional governor said the damage would take months to repair, and that emergency funds, food and shelter were on the way.",
];

fn story_html() -> String {
    STORY.iter().map(|p| format!("<p>{p}</p>")).collect()
}

fn page(head: &str, body: &str) -> Vec<u8> {
    format!("<!doctype html><html><head>{head}</head><body>{body}</body></html>").into_bytes()
}

fn document(bytes: &[u8]) -> Document {
    let articles = import_file("page.html", bytes).expect("imported");
    articles[0].to_document()
}

/// The kind of boilerplate the line holding `needle` is marked as, if any.
fn marked(doc: &Document, needle: &str) -> Option<BoilerplateKind> {
    let at = doc.text.find(needle)?;
    doc.boilerplate_at(Span::new(at, at + needle.len()))
        .map(|b| b.kind)
}

#[test]
fn furniture_is_kept_dimmed_and_out_of_the_body() {
    use BoilerplateKind::{Ad, Navigation, Widget};
    struct Case {
        what: &'static str,
        before: &'static str,
        after: &'static str,
        furniture: &'static str,
        kind: BoilerplateKind,
    }
    let cases = [
        Case {
            what: "site menu",
            before: r#"<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>"#,
            after: "",
            furniture: "World news",
            kind: Navigation,
        },
        Case {
            what: "breadcrumbs by class",
            before: r#"<div class="breadcrumbs"><a href="/">News</a> › <a href="/uk">Regional desk</a></div>"#,
            after: "",
            furniture: "Regional desk",
            kind: Navigation,
        },
        Case {
            what: "related stories",
            before: "",
            after: r#"<div class="related-stories"><h3>More on this</h3><ul><li><a href="/a">Minister resigns over bridge contract</a></li><li><a href="/b">Storm warning for the coast</a></li></ul></div>"#,
            furniture: "Minister resigns over bridge contract",
            kind: Navigation,
        },
        Case {
            what: "share bar",
            before: "",
            after: r##"<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>"##,
            furniture: "Share on Facebook",
            kind: Widget,
        },
        Case {
            what: "comment thread",
            before: "",
            after: r#"<section id="comments"><h3>12 comments</h3><div class="comment"><p>Reader Bob: this is a disgrace, the council knew for years about the river.</p></div></section>"#,
            furniture: "Reader Bob: this is a disgrace",
            kind: Widget,
        },
        Case {
            what: "newsletter prompt",
            before: "",
            after: r#"<div class="newsletter-signup"><p>Sign up for our morning briefing, delivered to your inbox every day.</p></div>"#,
            furniture: "Sign up for our morning briefing",
            kind: Widget,
        },
        Case {
            what: "cookie banner",
            before: r#"<div id="cookie-consent"><p>We use cookies to improve your experience on our site.</p><button>Accept</button></div>"#,
            after: "",
            furniture: "We use cookies",
            kind: Widget,
        },
        Case {
            what: "advert",
            before: "",
            after: r#"<div class="ad-slot"><p>Sponsored: the best mattress of the year, now half price.</p></div>"#,
            furniture: "the best mattress",
            kind: Ad,
        },
        Case {
            what: "page footer",
            before: "",
            after: r#"<footer><p>© 2024 The Valley Courier. All rights reserved.</p></footer>"#,
            furniture: "All rights reserved",
            kind: Navigation,
        },
        Case {
            what: "hidden from assistive technology",
            before: "",
            after: r#"<div aria-hidden="true">Skip advert and continue reading the story</div>"#,
            furniture: "Skip advert",
            kind: Widget,
        },
    ];
    for case in cases {
        let html = page(
            "<title>Valley floods</title>",
            &format!(
                "{}<article>{}</article>{}",
                case.before,
                story_html(),
                case.after
            ),
        );
        let doc = document(&html);
        assert_eq!(
            doc.body_paragraphs().collect::<Vec<_>>(),
            STORY,
            "{}: the body is the story",
            case.what
        );
        assert_eq!(
            marked(&doc, case.furniture),
            Some(case.kind),
            "{}: {:?} is kept and marked",
            case.what,
            case.furniture
        );
    }
}

#[test]
fn hidden_elements_are_not_text() {
    let html = page(
        "",
        &format!(
            r#"<article>{}<div style="display: none">Secret draft text</div><p hidden>Also hidden</p><svg><title>icon</title><text>Logo</text></svg></article>"#,
            story_html()
        ),
    );
    let doc = document(&html);
    for absent in ["Secret draft", "Also hidden", "icon", "Logo"] {
        assert!(!doc.text.contains(absent), "{absent}");
    }
}

#[test]
fn the_article_is_found_without_semantic_markup() {
    struct Case {
        what: &'static str,
        html: String,
    }
    let many_links = (0..12)
        .map(|i| format!(r#"<li><a href="/s/{i}">Headline of another story number {i}</a></li>"#))
        .collect::<String>();
    let cases = [
        Case {
            what: "content div among link lists",
            html: format!(
                r#"<div id="menu"><ul>{many_links}</ul></div><div class="story-body">{}</div><div class="sidebar"><ul>{many_links}</ul></div>"#,
                story_html()
            ),
        },
        Case {
            what: "paragraphs split by line breaks",
            html: format!(
                r#"<div class="menu"><a href="/">Home</a></div><div class="entry">{}</div>"#,
                STORY.join("<br><br>")
            ),
        },
        Case {
            what: "unclosed paragraphs in a table layout (XHTML-era page)",
            html: format!(
                r#"<table><tr><td class="nav"><a href="/">Home</a><br><a href="/a">Archive</a></td><td><font size=2><p>{}<p>{}<p>{}</font></td></tr></table>"#,
                STORY[0], STORY[1], STORY[2]
            ),
        },
        Case {
            what: "itemprop articleBody",
            html: format!(
                r#"<div class="top"><p><a href="/x">Also read: a story about something else</a></p></div><div itemprop="articleBody">{}</div>"#,
                story_html()
            ),
        },
    ];
    for case in cases {
        let doc = document(&page("", &case.html));
        assert_eq!(
            doc.body_paragraphs().collect::<Vec<_>>(),
            STORY,
            "{}",
            case.what
        );
    }
}

#[test]
fn pages_without_an_article_are_read_whole_not_refused() {
    let cases = [
        (
            "short lines",
            "<div>Opening hours</div><div>Mon 9-5</div><div>Closed Sundays</div>",
        ),
        ("one short paragraph", "<p>Back soon.</p>"),
        (
            "text straight in the body",
            "Just text, no tags at all, in the body.",
        ),
    ];
    for (what, body) in cases {
        let articles = import_file("p.html", &page("", body)).expect(what);
        let doc = articles[0].to_document();
        assert!(
            doc.body.len() + usize::from(doc.title.is_some()) > 0,
            "{what}"
        );
        assert!(
            articles[0].boilerplate.is_empty(),
            "{what}: nothing dropped"
        );
    }
    assert_eq!(
        import_file(
            "empty.html",
            &page("<title>Nothing</title>", "<script>x()</script>")
        ),
        Err(ImportError::Empty)
    );
}

#[test]
fn metadata_from_the_page_declarations() {
    struct Case {
        what: &'static str,
        head: &'static str,
        body: &'static str,
        title: &'static str,
        outlet: Option<&'static str>,
        date: Option<&'static str>,
        authors: &'static [&'static str],
        url: Option<&'static str>,
    }
    let cases = [
        Case {
            what: "JSON-LD NewsArticle",
            head: r#"<title>Valley floods | Courier</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Floods force hundreds from homes","datePublished":"2024-03-04T07:30:00+01:00","dateModified":"2024-03-05T10:00:00+01:00","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Omar Haddad"}],"publisher":{"@type":"Organization","name":"The Valley Courier"},"mainEntityOfPage":"https://courier.example/floods"}</script>"#,
            body: "",
            title: "Floods force hundreds from homes",
            outlet: Some("The Valley Courier"),
            date: Some("2024-03-04T07:30:00+01:00"),
            authors: &["Jane Doe", "Omar Haddad"],
            url: Some("https://courier.example/floods"),
        },
        Case {
            what: "JSON-LD in a @graph, CDATA-wrapped, modified date only",
            head: r#"<script type="application/ld+json"><![CDATA[{"@graph":[{"@type":"WebSite","name":"Courier"},{"@type":["Article"],"headline":"Floods force hundreds from homes","dateModified":"2024-03-05","author":"Jane Doe"}]}]]></script>"#,
            body: "",
            title: "Floods force hundreds from homes",
            outlet: None,
            date: Some("2024-03-05"),
            authors: &["Jane Doe"],
            url: None,
        },
        Case {
            what: "Open Graph and article meta, canonical link",
            head: r#"<title>Ignored | Courier</title><meta property="og:title" content="Floods force hundreds from homes"><meta property="og:site_name" content="The Valley Courier"><meta property="article:published_time" content="2024-03-04T07:30:00Z"><meta name="author" content="Jane Doe"><link rel="canonical" href="https://courier.example/floods"><meta property="og:url" content="https://courier.example/floods?amp">"#,
            body: "",
            title: "Floods force hundreds from homes",
            outlet: Some("The Valley Courier"),
            date: Some("2024-03-04T07:30:00Z"),
            authors: &["Jane Doe"],
            url: Some("https://courier.example/floods"),
        },
        Case {
            what: "title tag, time element and byline element",
            head: "<title>Floods force hundreds from homes - The Valley Courier</title>",
            body: r#"<p class="byline">By Jane Doe and Omar Haddad, <time datetime="2024-03-04 07:30:00">4 March</time></p>"#,
            title: "Floods force hundreds from homes",
            outlet: None,
            date: Some("2024-03-04T07:30:00"),
            authors: &["Jane Doe", "Omar Haddad"],
            url: None,
        },
    ];
    for case in cases {
        let html = page(
            case.head,
            &format!("<article>{}{}</article>", case.body, story_html()),
        );
        let article = &import_file("page.html", &html).expect(case.what)[0];
        assert_eq!(article.date.as_deref(), case.date, "{}", case.what);
        assert_eq!(article.url.as_deref(), case.url, "{}", case.what);
        let doc = article.to_document();
        assert_eq!(doc.title(), Some(case.title), "{}", case.what);
        assert_eq!(doc.outlet(), case.outlet, "{}", case.what);
        assert_eq!(doc.author_names(), case.authors, "{}", case.what);
        assert_eq!(
            doc.body_paragraphs().collect::<Vec<_>>(),
            STORY,
            "{}",
            case.what
        );
        if let Some(d) = case.date {
            let got = doc.date.expect("date");
            let want: Vec<u16> = d[..10].split('-').filter_map(|p| p.parse().ok()).collect();
            assert_eq!(
                [
                    got.year,
                    u16::from(got.month.unwrap_or(0)),
                    u16::from(got.day.unwrap_or(0))
                ],
                want[..],
                "{}",
                case.what
            );
        }
    }
}

#[test]
fn a_browser_notice_in_the_title_is_not_the_headline() {
    let html = page(
        "<title>Please turn on JavaScript to use this feature</title>",
        &format!("<article>{}</article>", story_html()),
    );
    let doc = document(&html);
    assert!(
        !doc.title().is_some_and(|t| t.contains("JavaScript")),
        "{:?}",
        doc.title()
    );
    assert!(!doc.text.contains("JavaScript"));
}

#[test]
fn a_headline_repeating_the_title_is_the_title_not_body() {
    let html = page(
        r#"<meta property="og:title" content="Floods force hundreds from homes">"#,
        &format!(
            "<article><h1>Floods force hundreds from homes</h1>{}</article>",
            story_html()
        ),
    );
    let doc = document(&html);
    assert_eq!(doc.title(), Some("Floods force hundreds from homes"));
    assert_eq!(doc.body_paragraphs().collect::<Vec<_>>(), STORY);
    assert_eq!(doc.text.matches("Floods force hundreds").count(), 1);
}

#[test]
fn mhtml_archives_read_like_the_page_inside() {
    let qp = "<html><head><title>Valley floods</title></head><body><nav>Home</nav><article><p>Flood waters rose across the valley on Monday, forcing hundreds of families from their homes, officials said.</p><p>Caf=C3=A9 owners in the valley said the water reached their counters, and that=\r\n the clean-up would take weeks.</p></article></body></html>";
    let chromium = format!(
        "From: <Saved by Blink>\r\nSnapshot-Content-Location: https://courier.example/floods\r\nSubject: Valley floods\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc----\"\r\n\r\n\r\n------MultipartBoundary--abc----\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\nContent-Location: https://courier.example/logo.png\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc----\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: https://courier.example/floods\r\n\r\n{qp}\r\n------MultipartBoundary--abc------\r\n"
    );
    // "<p>Flood waters rose.</p>" in Latin-1, base64.
    let base64 = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b1\n\n--b1\nContent-Type: text/html; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: base64\n\nPHA+Q2Fm6SBvd25lcnMgc2FpZCB0aGUgd2F0ZXIgcmVhY2hlZCB0aGVpciBjb3VudGVycy48L3A+\n--b1--\n";
    let single =
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<h1>Valley floods</h1><p>Flood waters rose.</p>";
    struct Case<'a> {
        name: &'a str,
        bytes: &'a [u8],
        body: &'a [&'a str],
        url: Option<&'a str>,
    }
    let cases = [
        Case {
            name: "floods.mhtml",
            bytes: chromium.as_bytes(),
            body: &[
                "Flood waters rose across the valley on Monday, forcing hundreds of families from their homes, officials said.",
                "Café owners in the valley said the water reached their counters, and that the clean-up would take weeks.",
            ],
            url: Some("https://courier.example/floods"),
        },
        Case {
            name: "latin1.MHT",
            bytes: base64.as_bytes(),
            body: &["Café owners said the water reached their counters."],
            url: None,
        },
        Case {
            name: "single.mht",
            bytes: single.as_bytes(),
            body: &["Flood waters rose."],
            url: None,
        },
    ];
    for case in cases {
        let articles = import_file(case.name, case.bytes).expect(case.name);
        let doc = articles[0].to_document();
        assert_eq!(articles[0].id, case.name);
        assert_eq!(articles[0].url.as_deref(), case.url, "{}", case.name);
        assert_eq!(
            doc.body_paragraphs().collect::<Vec<_>>(),
            case.body,
            "{}",
            case.name
        );
    }
    let images_only = "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b1\n\n--b1\nContent-Type: image/png\n\nxx\n--b1--\n";
    assert_eq!(
        import_file("photo.mhtml", images_only.as_bytes()),
        Err(ImportError::NoWebPage)
    );
    assert_eq!(
        ImportError::NoWebPage.describe("photo.mhtml"),
        "photo.mhtml is not a saved web page: it holds no HTML page to read"
    );
}

#[test]
fn pathological_pages_stay_linear() {
    // Deep nesting, thousands of unclosed elements, stray end tags, one huge
    // container of paragraphs: each would be quadratic in a naive reader. No
    // clock: the reader counts its steps (bytes scanned, stack entries looked at,
    // ancestors and children visited), and twice the page must cost about twice
    // the steps (a quadratic reader costs four times).
    type Shape = (&'static str, fn(usize) -> String);
    let shapes: [Shape; 5] = [
        ("deep", |n| {
            "<div>".repeat(n) + "<p>Deep text, with a comma, here.</p>" + &"</div>".repeat(n)
        }),
        ("unclosed", |n| "<span><b><i>".repeat(n) + "text"),
        ("stray", |n| {
            "</p></div></span>".repeat(n) + "<p>After the strays, the text goes on.</p>"
        }),
        ("wide", |n| {
            format!(
                "<div>{}</div>",
                "<p>A paragraph, short, with commas.</p>".repeat(n)
            )
        }),
        ("open comments", |n| "<p>Text and <!-- a comment".repeat(n)),
    ];
    let steps = |html: &str| {
        super::WORK.with(|w| w.set(0));
        let page = read(html);
        (page, super::WORK.with(std::cell::Cell::get))
    };
    for (what, make) in shapes {
        let (page, small) = steps(&make(5_000));
        assert!(!page.text.is_empty(), "{what}");
        let (_, large) = steps(&make(10_000));
        assert!(
            small > 5_000,
            "{what}: the reader counts its steps ({small})"
        );
        let growth = large as f64 / small as f64;
        assert!(
            growth < 2.5,
            "{what}: {small} steps at 5,000 repeats, {large} at 10,000 (×{growth:.2})"
        );
    }
}

#[test]
fn the_step_count_catches_a_quadratic_scan() {
    // The counter itself: searching for "-->" again from every "<!--" of a page
    // with no "-->" is quadratic, and the count shows it.
    let scan = |n: usize| {
        let html = "<!--".repeat(n);
        super::WORK.with(|w| w.set(0));
        for at in (0..html.len()).step_by(4) {
            let _ = super::dom::find(html.as_bytes(), at + 4, b"-->");
        }
        super::WORK.with(std::cell::Cell::get)
    };
    let growth = scan(2_000) as f64 / scan(1_000) as f64;
    assert!(growth > 3.5, "×{growth:.2}");
}

#[test]
fn named_references_beyond_the_common_twenty_are_read() {
    // The full HTML5 table: a name written with "&ccedil;" is found as a name.
    let body = format!(
        "<p>Fran&ccedil;ois Moreau, the mayor of Lyon, opened the new library on Friday.</p>{}",
        story_html()
    );
    let doc = document(&page("<title>Library opens</title>", &body));
    assert!(doc.text.contains("François Moreau"), "{}", doc.text);
    assert!(!doc.text.contains("&ccedil;"));
    let analysis = crate::analyze(vec![doc]);
    let text = &analysis.documents[0].text;
    let names: Vec<&str> = analysis.extractions[0]
        .mentions
        .iter()
        .map(|m| m.span.slice(text))
        .collect();
    assert!(
        names.iter().any(|n| n.contains("François")),
        "names found: {names:?}"
    );
}
