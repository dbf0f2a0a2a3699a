//! The five seed articles: titles, outlets, authors, dates and boilerplate the
//! text states, asserted per seed.

use parallax_core::{BoilerplateKind, Document};
use std::path::PathBuf;

fn seed(name: &str) -> Document {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Document::parse(name, &bytes)
}

struct Case {
    file: &'static str,
    title: &'static str,
    outlet: Option<&'static str>,
    syndicator: Option<&'static str>,
    authors: &'static [&'static str],
    date: Option<(u16, Option<u8>, Option<u8>)>,
    dateline: Option<&'static str>,
    /// Text of every boilerplate span, with its kind.
    boilerplate: &'static [(BoilerplateKind, &'static str)],
    /// Start of the first body paragraph.
    body_starts: &'static str,
}

#[test]
fn seeds_metadata_and_boilerplate() {
    use BoilerplateKind::*;
    let cases = [
        Case {
            file: "000_470187996c9c87b0.txt",
            title: "defense ministers gathered in Brussels to discuss the serious challenges facing the military alliance, including the growing threat of ISIS.",
            outlet: Some("Khaama Press"),
            syndicator: Some("MENAFN"),
            authors: &[],
            date: None,
            dateline: None,
            boilerplate: &[(SourceTag, "(MENAFN- Khaama Press)")],
            body_starts: "defense ministers gathered",
        },
        Case {
            file: "001_3865350ff5dea67c.txt",
            title: "The ISIS terrorist organization's claim of responsibility for launching about 30 attacks in various regions of the world earlier this month rang alarm bells among the security and intelligence services in a number of capitals of major countries, amid fears that the organization has already returned to life.",
            outlet: None,
            syndicator: None,
            authors: &["Dina Mahmoud"],
            date: Some((2024, Some(1), Some(15))),
            dateline: Some("London"),
            boilerplate: &[(Byline, "date 2024-01-15 Dina Mahmoud (London)")],
            body_starts: "The ISIS terrorist organization's claim",
        },
        Case {
            file: "002_75bee4fe07456ff4.txt",
            title: "Despite all the successes the United States has had in counterterrorism efforts against the Islamic State, defeating the extremist group remains a daunting challenge.",
            outlet: None,
            syndicator: None,
            authors: &[],
            date: None,
            dateline: None,
            boilerplate: &[
                (Widget, "Weather\u{a0} \u{a0}\u{a0} Live Markets"),
                (Widget, "Share."),
                (Widget, "Exit mobile version"),
            ],
            body_starts: "Despite all the successes",
        },
        Case {
            file: "003_f9f493a80d7dad98.txt",
            title: "Moscow terror attack showed growing reach of ISIS-K – could the US be next?",
            outlet: Some("The Conversation"),
            syndicator: Some("ArcaMax"),
            authors: &["Sara Harmouch"],
            date: None,
            dateline: None,
            boilerplate: &[
                (Navigation, "Politics"),
                (Navigation, "/"),
                (SourceTag, "ArcaMax"),
                (Byline, "Sara Harmouch, American University, The Conversation on"),
                (Navigation, "Published in Political News"),
                (Navigation, "...continued"),
                (Navigation, "swipe to next page"),
                (Widget, "Comments"),
                (Widget, "blog comments powered by Disqus"),
            ],
            body_starts: "While it is easier for ISIS-K",
        },
        Case {
            file: "004_81935e7c5571fa78.txt",
            title: "ISIS-K Claims Responsibility for Moscow Concert Hall Attack",
            outlet: None,
            syndicator: None,
            authors: &[],
            date: None,
            dateline: None,
            boilerplate: &[(Ad, "Sig P320FS OWB Holster - USA Made - Fits Sig 320FS, X5, X5 Legion, and M17 - Signature OWB Holster by Blade-Tech Holsters, Outside Waistband Open Carr")],
            body_starts: "Despite significant setbacks to ISIS",
        },
    ];
    for case in cases {
        let doc = seed(case.file);
        let f = case.file;
        assert_eq!(doc.title(), Some(case.title), "{f}: title");
        assert_eq!(doc.outlet(), case.outlet, "{f}: outlet");
        assert_eq!(doc.syndicator(), case.syndicator, "{f}: syndicator");
        assert_eq!(doc.author_names(), case.authors, "{f}: authors");
        assert_eq!(
            doc.date.map(|d| (d.year, d.month, d.day)),
            case.date,
            "{f}: date"
        );
        assert_eq!(doc.dateline(), case.dateline, "{f}: dateline");
        let boiler: Vec<(BoilerplateKind, &str)> = doc
            .boilerplate
            .iter()
            .map(|b| (b.kind, b.span.slice(&doc.text)))
            .collect();
        assert_eq!(boiler, case.boilerplate, "{f}: boilerplate");
        let first = doc.body_paragraphs().next().unwrap_or("");
        assert!(
            first.starts_with(case.body_starts),
            "{f}: body starts with {first:?}"
        );
        // Body paragraphs never include boilerplate or the headline.
        for &p in &doc.body {
            assert!(!doc.is_boilerplate(p), "{f}: body paragraph in boilerplate");
            assert!(
                doc.boilerplate.iter().all(|b| !b.span.overlaps(&p)),
                "{f}: body overlaps boilerplate"
            );
        }
    }
}

/// Items the gold file marks `"ignore": true` sit in boilerplate; the names the
/// gold file counts must not.
#[test]
fn gold_ignored_items_are_in_boilerplate() {
    let ignored = [
        ("003_f9f493a80d7dad98.txt", "Disqus"),
        ("004_81935e7c5571fa78.txt", "Sig"),
        ("004_81935e7c5571fa78.txt", "Blade-Tech Holsters"),
        ("004_81935e7c5571fa78.txt", "Blade-Tech"),
        ("004_81935e7c5571fa78.txt", "USA"),
    ];
    for (file, form) in ignored {
        let doc = seed(file);
        let text = &doc.text;
        let hits: Vec<usize> = text.match_indices(form).map(|(i, _)| i).collect();
        assert!(!hits.is_empty(), "{file}: {form} not in text");
        for start in hits {
            let span = parallax_core::Span::new(start, start + form.len());
            // Only whole-word hits count ("Sig" also starts "Signature").
            let after = text[span.end..].chars().next().unwrap_or(' ');
            if after.is_alphanumeric() {
                continue;
            }
            assert!(
                doc.is_boilerplate(span),
                "{file}: {form} at {start} not in boilerplate"
            );
        }
    }
    let kept = [
        ("000_470187996c9c87b0.txt", "Khaama Press"),
        ("001_3865350ff5dea67c.txt", "Dina Mahmoud"),
        ("001_3865350ff5dea67c.txt", "London"),
        ("003_f9f493a80d7dad98.txt", "ArcaMax"),
        ("003_f9f493a80d7dad98.txt", "American University"),
        ("004_81935e7c5571fa78.txt", "Pat Ryder"),
    ];
    for (file, form) in kept {
        let doc = seed(file);
        let start = doc
            .text
            .find(form)
            .unwrap_or_else(|| panic!("{file}: {form}"));
        let span = parallax_core::Span::new(start, start + form.len());
        assert!(
            !doc.is_boilerplate(span),
            "{file}: {form} wrongly suppressed"
        );
    }
}
