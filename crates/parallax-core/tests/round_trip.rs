//! Export → import → export is the identity: the app's JSON export (the
//! `parallax analyze` schema with the corrections beside it), imported again,
//! gives back the same documents, and the corrections still fit them.

mod rng;

use parallax_core::corrections::{apply, Correction, Patch};
use parallax_core::export::json::analysis_export;
use parallax_core::import::{import_file, Article};
use parallax_core::{analyze, compare};
use rng::Rng;

/// What the app writes: the analysis with `patch` applied, and `patch` beside it.
fn export(articles: &[Article], patch: &Patch) -> String {
    let mut analysis = analyze(articles.iter().map(Article::to_document).collect());
    let skipped = apply(&mut analysis, patch);
    assert!(
        skipped.is_empty(),
        "corrections that do not fit: {skipped:?}"
    );
    let cmp = compare(&analysis);
    let mut value = serde_json::to_value(analysis_export(&analysis, &cmp, None))
        .unwrap_or(serde_json::Value::Null);
    if let Some(obj) = value.as_object_mut() {
        obj.insert(
            "corrections".into(),
            serde_json::to_value(patch).unwrap_or_default(),
        );
    }
    value.to_string()
}

/// What the app does with a dropped export: its articles and its corrections.
fn import(json: &str) -> (Vec<Article>, Patch) {
    let articles = import_file("parallax-analysis.json", json.as_bytes())
        .unwrap_or_else(|e| panic!("the export does not import: {e:?}"));
    let value: serde_json::Value = serde_json::from_str(json).unwrap_or_default();
    let patch = serde_json::from_value(value["corrections"].clone()).unwrap_or_default();
    (articles, patch)
}

/// A correction that only fits the exact bytes: drop the last mention of the
/// first document (after the header lines an outlet or a date adds).
fn drop_last_mention(articles: &[Article]) -> Patch {
    let analysis = analyze(articles.iter().map(Article::to_document).collect());
    let dropped = analysis
        .documents
        .iter()
        .zip(&analysis.extractions)
        .find_map(|(doc, ex)| {
            ex.mentions.last().map(|m| Correction::DropMention {
                doc: doc.id.clone(),
                start: m.span.start,
                end: m.span.end,
            })
        });
    Patch::new(dropped.into_iter().collect())
}

/// Export, import, export again: the two exports are the same file.
fn check_round_trip(what: &str, articles: &[Article]) {
    let patch = drop_last_mention(articles);
    let first = export(articles, &patch);
    let (again, restored) = import(&first);
    assert_eq!(restored, patch, "{what}: corrections restored");
    let second = export(&again, &restored);
    if first != second {
        let a: serde_json::Value = serde_json::from_str(&first).unwrap_or_default();
        let b: serde_json::Value = serde_json::from_str(&second).unwrap_or_default();
        for (x, y) in a["documents"]
            .as_array()
            .into_iter()
            .flatten()
            .zip(b["documents"].as_array().into_iter().flatten())
        {
            assert_eq!(x["text"], y["text"], "{what}: text of {}", x["id"]);
            assert_eq!(x, y, "{what}: document {}", x["id"]);
        }
        assert_eq!(a, b, "{what}: the export changed");
    }
}

fn article(id: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        text: text.into(),
        ..Article::default()
    }
}

const BODY: &str =
    "Gunmen attacked a concert hall in Moscow on Friday and killed at least 143 people, \
                    officials said.\n\"We will not forgive this,\" Vladimir Putin said in Moscow.";

#[test]
fn articles_with_metadata_survive_a_round_trip() {
    struct Case {
        what: &'static str,
        article: Article,
    }
    let cases = [
        Case {
            what: "plain text",
            article: article("a.txt", BODY),
        },
        Case {
            what: "an outlet (a JSON \"outlet\" or og:site_name)",
            article: Article {
                outlet: Some("The Daily Bugle".into()),
                ..article("a.json#1", BODY)
            },
        },
        Case {
            what: "title, outlet and date",
            article: Article {
                title: Some("Moscow concert hall attack".into()),
                outlet: Some("BBC News".into()),
                date: Some("2024-03-22".into()),
                ..article("b", BODY)
            },
        },
        Case {
            what: "a date with its time of day, authors and a URL",
            article: Article {
                title: Some("Attack in Moscow".into()),
                outlet: Some("Reuters".into()),
                date: Some("2024-03-22T21:15:00Z".into()),
                url: Some("https://example.org/moscow".into()),
                authors: vec!["Jane Doe".into(), "Ivan Petrov".into()],
                ..article("c", BODY)
            },
        },
        Case {
            what: "a title the text already states",
            article: Article {
                title: Some("Attack in Moscow".into()),
                outlet: Some("Al Jazeera".into()),
                ..article("d", &format!("Attack in Moscow\n{BODY}"))
            },
        },
    ];
    for case in &cases {
        check_round_trip(case.what, std::slice::from_ref(&case.article));
    }
    // All of them in one export, and a web page with its boilerplate marks.
    let mut all: Vec<Article> = cases.into_iter().map(|c| c.article).collect();
    let page = "<html><head><title>Moscow attack - The Daily Planet</title>\
        <meta property=\"og:site_name\" content=\"The Daily Planet\">\
        <meta property=\"article:published_time\" content=\"2024-03-23T08:00:00Z\"></head>\
        <body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
        <article><h1>Moscow attack</h1><p>Gunmen attacked a concert hall in Moscow on Friday \
        and killed at least 137 people, officials said.</p>\
        <p>\"We will not forgive this,\" Vladimir Putin said.</p></article>\
        <footer>Related: Storm hits Leeds</footer></body></html>";
    all.extend(import_file("page.html", page.as_bytes()).unwrap_or_default());
    assert_eq!(all.len(), 6);
    check_round_trip("all of them and a web page", &all);
}

#[test]
fn generated_articles_survive_a_round_trip() {
    const TITLES: &[&str] = &["Storm hits coast", "Moscow attack", "Zürich talks end"];
    const OUTLETS: &[&str] = &["BBC News", "The Daily Bugle", "Reuters", "Le Monde"];
    const DATES: &[&str] = &["2024-03-22", "2024-03", "2024-03-22T09:30", "March 3, 2024"];
    const AUTHORS: &[&str] = &["Jane Doe", "Ivan Petrov", "Amélie Dubois"];
    const SENTENCES: &[&str] = &[
        "Gunmen attacked a concert hall in Moscow and killed 143 people.",
        "The storm hit the coast of Kerman on Monday, officials said.",
        "\"We will keep after them,\" Lloyd Austin said in Washington.",
        "Talks in Zürich between Iran and the United States ended on Sunday.",
        "About 30 attacks were reported in Kabul last month.",
    ];
    let mut rng = Rng(0x5EED_0707);
    for round in 0..40 {
        let articles: Vec<Article> = (0..1 + rng.below(3))
            .map(|i| {
                let mut text = String::new();
                for _ in 0..1 + rng.below(4) {
                    text.push_str(rng.pick::<&str>(SENTENCES));
                    text.push(if rng.below(2) == 0 { '\n' } else { ' ' });
                }
                let some = |rng: &mut Rng, items: &[&str]| {
                    (rng.below(3) > 0).then(|| rng.pick::<&str>(items).to_string())
                };
                Article {
                    id: format!("r{round}-{i}"),
                    title: some(&mut rng, TITLES),
                    outlet: some(&mut rng, OUTLETS),
                    date: some(&mut rng, DATES),
                    url: (rng.below(3) == 0).then(|| format!("https://example.org/{i}")),
                    authors: (0..rng.below(3))
                        .map(|_| rng.pick::<&str>(AUTHORS).to_string())
                        .collect(),
                    text,
                    boilerplate: Vec::new(),
                }
            })
            .collect();
        check_round_trip(&format!("round {round}"), &articles);
    }
}
