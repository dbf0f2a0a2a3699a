//! News the tagger never trained on, scored as the guidelines score an article: GUM's
//! Wikinews news documents and re3d's test split (defence and security reporting),
//! both from `../shared/data/ner/`, turned into articles and gold by
//! [`parallax_core::eval::read_tagged`]. Prints doc-level PERSON/ORG/LOC F1 per set
//! (`cargo test -p parallax-core --release --test news_genre -- --nocapture`) and holds
//! the floors measured when it was written. A missing data folder fails the test.

use parallax_core::eval::{predictions, read_tagged, score, GoldItem, Predicted, Scores};
use parallax_core::{extract, Label};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn ner_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/ner")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{} must be readable: {e}", path.display()))
}

/// Scores the whole pipeline on (id, tagged lines) documents.
fn scores(docs: &[(String, String)], label_of: fn(&str) -> Option<Label>) -> Scores {
    let mut gold: Vec<GoldItem> = Vec::new();
    let mut pred: Vec<Predicted> = Vec::new();
    for (id, lines) in docs {
        let doc = read_tagged(id, lines, label_of);
        pred.extend(predictions(&doc.document, &extract(&doc.document)));
        gold.extend(doc.gold);
    }
    score(&gold, &pred)
}

/// Prints the scores and, with `PX_SHOW_ERRORS` set and `errors` true, every error: a
/// held-out set passes false, so its errors are never read.
fn report(name: &str, docs: usize, s: &Scores, errors: bool) {
    println!("{name}: {docs} documents, doc-level scores\n{}", s.table());
    if errors && std::env::var_os("PX_SHOW_ERRORS").is_some() {
        for (doc, text, label) in &s.false_positives {
            println!(
                "FP {label:?} {text}  [{}]",
                doc.rsplit('/').next().unwrap_or(doc)
            );
        }
        for (doc, text, label) in &s.false_negatives {
            println!(
                "FN {label:?} {text}  [{}]",
                doc.rsplit('/').next().unwrap_or(doc)
            );
        }
    }
}

/// GUM's Wikinews "news" documents, one file each.
fn gum_news() -> Vec<(String, String)> {
    let dir = ner_data().join("gum_wikinews/CONLL-format/data-by-corpustype/news");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} must exist: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| (p.display().to_string(), read(p)))
        .collect()
}

fn gum_label(t: &str) -> Option<Label> {
    match t {
        "person" => Some(Label::Person),
        "organization" => Some(Label::Org),
        "place" => Some(Label::Loc),
        _ => None,
    }
}

/// re3d's test split, its sentences grouped back into the documents they came from
/// (the per-source files hold every document whole).
fn re3d_test() -> Vec<(String, String)> {
    let root = ner_data().join("re3d/CONLL-format");
    let test = read(&root.join("data/test/re3d-test.conll"));
    let first_words = |block: &str| -> String {
        block
            .lines()
            .filter_map(|l| l.split('\t').next())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Sentence (its words) → the document holding it.
    let mut home: BTreeMap<String, String> = BTreeMap::new();
    let by_source = root.join("data-by-source/conll");
    let mut sources: Vec<PathBuf> = std::fs::read_dir(&by_source)
        .unwrap_or_else(|e| panic!("{} must exist: {e}", by_source.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    sources.sort();
    for source in sources {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&source)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        files.sort();
        for f in files {
            for block in read(&f).split("\n\n") {
                home.insert(first_words(block), f.display().to_string());
            }
        }
    }
    let mut docs: Vec<(String, String)> = Vec::new();
    for block in test.split("\n\n").filter(|b| !b.trim().is_empty()) {
        let id = home
            .get(&first_words(block))
            .cloned()
            .unwrap_or_else(|| "re3d-test-unplaced".to_string());
        match docs.iter_mut().find(|(d, _)| *d == id) {
            Some((_, lines)) => {
                lines.push_str(block);
                lines.push_str("\n\n");
            }
            None => docs.push((id, format!("{block}\n\n"))),
        }
    }
    docs
}

fn re3d_label(t: &str) -> Option<Label> {
    match t {
        "Person" => Some(Label::Person),
        "Organisation" => Some(Label::Org),
        "Location" => Some(Label::Loc),
        "Nationality" => Some(Label::Norp),
        _ => None,
    }
}

/// Fails unless the micro F1 over PERSON/ORG/LOC and the ORG F1 reach their floors.
fn at_least(name: &str, s: &Scores, micro: f64, org: f64) {
    assert!(
        s.micro.f1() >= micro,
        "{name} micro F1 {:.3} < {micro}",
        s.micro.f1()
    );
    assert!(
        s.label(Label::Org).f1() >= org,
        "{name} ORG F1 {:.3} < {org}",
        s.label(Label::Org).f1()
    );
}

#[test]
fn news_the_tagger_never_saw_scores_above_its_floors() {
    let gum = gum_news();
    assert_eq!(gum.len(), 21, "GUM has 21 Wikinews news documents");
    let g = scores(&gum, gum_label);
    report("GUM Wikinews news", gum.len(), &g, true);

    let re3d = re3d_test();
    let sentences: usize = re3d
        .iter()
        .map(|(_, l)| l.split("\n\n").filter(|b| !b.trim().is_empty()).count())
        .sum();
    assert_eq!(sentences, 200, "re3d test has 200 sentences");
    let r = scores(&re3d, re3d_label);
    report("re3d test", re3d.len(), &r, true);

    // Floors: today's figures (GUM micro 0.745, ORG 0.654; re3d micro 0.821, ORG 0.806;
    // when this test was written: GUM 0.648 / 0.563, re3d 0.801 / 0.780), less a little.
    at_least("GUM", &g, 0.73, 0.63);
    at_least("re3d", &r, 0.80, 0.78);
}

/// BBC News articles (2004-05), articles from each of its sections (business, entertainment,
/// politics, sport, technology), annotated for this project to the guidelines'
/// PERSON/ORG/LOC: the nearest thing here to the private set of news of every
/// section. `fixture` holds no article text, only where each form first occurs
/// (document, label, byte range); the text is read from `../shared/data/news/bbc/`,
/// which the tagger never trained on. Returns (id, text) articles and their gold.
fn bbc_annotated(fixture: &str) -> (Vec<(String, String)>, Vec<GoldItem>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/news/bbc");
    let mut docs: Vec<(String, String)> = Vec::new();
    let mut gold = Vec::new();
    for (n, line) in fixture.lines().enumerate() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let [doc, label, start, end] = f[..] else {
            panic!("line {}: four fields expected", n + 1)
        };
        if docs.last().is_none_or(|(d, _)| d != doc) {
            docs.push((doc.to_string(), read(&root.join(doc))));
        }
        let text = docs.last().map(|(_, t)| t.as_str()).unwrap_or_default();
        let (start, end): (usize, usize) = (
            start.parse().expect("a byte offset"),
            end.parse().expect("a byte offset"),
        );
        let label = match label {
            "PERSON" => Label::Person,
            "ORG" => Label::Org,
            "LOC" => Label::Loc,
            other => panic!("line {}: unknown label {other}", n + 1),
        };
        let form = text
            .get(start..end)
            .unwrap_or_else(|| panic!("line {}: no text at {start}..{end}", n + 1));
        gold.push(GoldItem {
            doc: doc.to_string(),
            text: form.to_string(),
            label,
            ignore: false,
        });
    }
    (docs, gold)
}

fn bbc_scores(name: &str, fixture: &str, articles: usize, errors: bool) -> Scores {
    let (docs, gold) = bbc_annotated(fixture);
    assert_eq!(docs.len(), articles, "{name} covers {articles} articles");
    let mut pred: Vec<Predicted> = Vec::new();
    for (id, text) in &docs {
        let doc = parallax_core::Document::parse(id.clone(), text.as_bytes());
        pred.extend(predictions(&doc, &extract(&doc)));
    }
    let s = score(&gold, &pred);
    report(name, docs.len(), &s, errors);
    s
}

/// Two sets of BBC articles: 150 read for errors while rules were written, 60 ("held
/// out") scored and not read for errors (its fixture's header says the one slip), so
/// they estimate news the rules never saw.
#[test]
fn bbc_news_of_every_section_scores_above_its_floors() {
    let dev = bbc_scores(
        "BBC News, 150 articles",
        include_str!("fixtures/bbc-gold.tsv"),
        150,
        true,
    );
    let held = bbc_scores(
        "BBC News, 60 articles held out",
        include_str!("fixtures/bbc-heldout.tsv"),
        60,
        false,
    );
    // At the test's first commit (30 + 30 articles): BBC 0.863 / 0.809, held out
    // 0.847 / 0.772. At stop 41's end: BBC (90) 0.920 / 0.895, held out 0.866 / 0.809.
    // At stop 42's end: BBC (150) 0.927 / 0.900, held out 0.868 / 0.816. At stop 43's
    // end, with a second batch held out: BBC 0.928 / 0.902, held out (60) 0.883 / 0.826.
    at_least("BBC", &dev, 0.91, 0.88);
    at_least("BBC held out", &held, 0.86, 0.80);
}
