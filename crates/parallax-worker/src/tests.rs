//! The worker's protocol, end to end in plain Rust: what the browser tests then check on screen.

use super::*;
use parallax_core::corrections::Correction;

fn seeds() -> Vec<Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .filter_map(Result::ok)
        .map(|e| e.file_name().into_string().unwrap_or_default())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| Article {
            text: std::fs::read_to_string(format!("{dir}/{n}")).expect("seed text"),
            id: n,
            ..Default::default()
        })
        .collect()
}

fn started() -> (Worker, Vec<Response>) {
    let mut w = Worker::default();
    let mut out = Vec::new();
    w.handle(
        Request::Start {
            seeds: seeds(),
            stored: vec![],
            patch: Patch::default(),
            show_seeds: true,
        },
        vec![],
        &mut |r| out.push(r),
    );
    (w, out)
}

fn send(w: &mut Worker, req: Request, files: Vec<(&str, &[u8])>) -> Vec<Response> {
    let mut out = Vec::new();
    let files = files
        .into_iter()
        .map(|(n, b)| (n.to_owned(), b.to_vec()))
        .collect();
    w.handle(req, files, &mut |r| out.push(r));
    out
}

/// Every complete analysis among the responses, in order.
fn analyses(out: &[Response]) -> Vec<Analysis> {
    let mut assembler = transfer::Assembler::default();
    out.iter()
        .filter_map(|r| match r {
            Response::Analysis { part } => assembler.push(part.clone()),
            _ => None,
        })
        .map(|a| a.analysis)
        .collect()
}

fn analysis(out: &[Response]) -> Analysis {
    analyses(out).pop().expect("an analysis was posted")
}

fn progress_count(out: &[Response]) -> usize {
    out.iter()
        .filter(|r| matches!(r, Response::Progress { .. }))
        .count()
}

const HTML: &[u8] = b"<html><head><title>Kabul talks</title><meta property='og:site_name' content='Example News'></head>\
<body><nav>Home | World</nav><article><p>Zalmay Khalilzad met Taliban officials in Doha on Monday.</p>\
<script>window.pwned = 1</script></article></body></html>";

#[test]
fn start_analyses_the_seeds_and_streams_progress_per_document() {
    let (_, out) = started();
    assert_eq!(analysis(&out).documents.len(), 5);
    assert_eq!(progress_count(&out), 5, "one progress message per seed");
    assert!(analysis(&out)
        .extractions
        .iter()
        .all(|e| e.tokens.is_empty()));
}

#[test]
fn importing_files_extracts_only_the_new_ones_and_reports_bad_files() {
    let (mut w, _) = started();
    let out = send(
        &mut w,
        Request::Import,
        vec![
            ("a.txt", b"Lloyd Austin spoke in Brussels on Thursday."),
            ("b.txt", b"NATO ministers met in Brussels."),
            ("page.html", HTML),
            ("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ],
    );
    let rejected: Vec<_> = out
        .iter()
        .filter_map(|r| match r {
            Response::Rejected { name, message } => Some((name.as_str(), message.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(rejected.len(), 1);
    assert_eq!(rejected[0].0, "photo.png");
    assert!(rejected[0].1.contains("binary"), "{}", rejected[0].1);
    assert_eq!(
        progress_count(&out),
        3,
        "only the three new articles are extracted"
    );
    let a = analysis(&out);
    assert_eq!(a.documents.len(), 8);
    let page = a
        .documents
        .iter()
        .find(|d| d.id == "page.html")
        .expect("html imported");
    assert_eq!(page.title(), Some("Kabul talks"));
    assert!(
        !page.text.contains("pwned"),
        "scripts are dropped from html"
    );
    assert!(a.entities.iter().any(|e| e.canonical == "Zalmay Khalilzad"));
    let Some(Response::Imported {
        ids,
        articles,
        last: true,
    }) = out.iter().find(|r| matches!(r, Response::Imported { .. }))
    else {
        panic!("imported articles are handed back for storage");
    };
    assert_eq!(ids, &["a.txt", "b.txt", "page.html"]);
    let stored: Vec<Article> = serde_json::from_str(articles).expect("a JSON array of articles");
    assert_eq!(stored.len(), 3);
    assert_eq!(stored[2].title.as_deref(), Some("Kabul talks"));
}

#[test]
fn remove_clear_and_seed_switch_change_the_corpus() {
    let (mut w, _) = started();
    send(
        &mut w,
        Request::Import,
        vec![
            ("a.txt", b"Lloyd Austin spoke in Brussels."),
            ("b.txt", b"NATO met in Kabul."),
        ],
    );
    let out = send(&mut w, Request::Remove { id: "a.txt".into() }, vec![]);
    assert_eq!(analysis(&out).documents.len(), 6);
    let out = send(&mut w, Request::ShowSeeds { on: false }, vec![]);
    let shown = analysis(&out);
    let ids: Vec<_> = shown.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["b.txt"]);
    let out = send(&mut w, Request::ShowSeeds { on: true }, vec![]);
    assert_eq!(analysis(&out).documents.len(), 6);
    assert_eq!(analysis(&out).documents[5].id, "b.txt", "seeds come first");
    let out = send(&mut w, Request::ClearImported, vec![]);
    assert_eq!(analysis(&out).documents.len(), 5);
}

#[test]
fn an_imported_id_never_takes_a_seed_id() {
    let (mut w, _) = started();
    let seed_id = seeds()[0].id.clone();
    let out = send(
        &mut w,
        Request::Import,
        vec![(seed_id.as_str(), b"Some other text about Paris.")],
    );
    let a = analysis(&out);
    assert_eq!(a.documents.len(), 6);
    assert!(a.documents.iter().any(|d| d.id == format!("{seed_id}-2")));
}

#[test]
fn pasted_text_is_imported_and_empty_paste_is_refused() {
    let (mut w, _) = started();
    let article = Article {
        title: Some("Notes".into()),
        text: "Pat Ryder briefed reporters at the Pentagon.".into(),
        ..Default::default()
    };
    let out = send(&mut w, Request::Paste { article }, vec![]);
    assert_eq!(analysis(&out).documents.len(), 6);
    let out = send(
        &mut w,
        Request::Paste {
            article: Article::default(),
        },
        vec![],
    );
    assert!(
        matches!(out.as_slice(), [Response::Rejected { .. }]),
        "{out:?}"
    );
}

#[test]
fn json_export_reimports_to_the_same_analysis_with_its_corrections() {
    let (mut w, out) = started();
    let a = analysis(&out);
    let isis_k = a
        .entities
        .iter()
        .find(|e| e.canonical == "ISIS-K")
        .expect("ISIS-K");
    let isis = a
        .entities
        .iter()
        .find(|e| e.canonical == "Islamic State")
        .expect("IS");
    let patch = Patch::new(vec![Correction::Merge {
        from: isis_k.id.clone(),
        into: isis.id.clone(),
    }]);
    let out = send(
        &mut w,
        Request::SetPatch {
            patch: patch.clone(),
        },
        vec![],
    );
    let merged = analysis(&out).clone();
    assert!(merged.entities.iter().all(|e| e.canonical != "ISIS-K"));

    let out = send(
        &mut w,
        Request::Export {
            kind: ExportKind::Json,
        },
        vec![],
    );
    let Some(Response::Exported { content, .. }) = out.first() else {
        panic!("an export: {out:?}");
    };

    // A fresh browser with no bundled articles imports the file.
    let mut fresh = Worker::default();
    send(
        &mut fresh,
        Request::Start {
            seeds: vec![],
            stored: vec![],
            patch: Patch::default(),
            show_seeds: true,
        },
        vec![],
    );
    let out = send(
        &mut fresh,
        Request::Import,
        vec![("parallax-analysis.json", content.as_bytes())],
    );
    assert!(out
        .iter()
        .any(|r| matches!(r, Response::PatchImported { patch: p } if *p == patch)));
    let again = analysis(&out);
    let names = |a: &Analysis| {
        let mut v: Vec<_> = a
            .entities
            .iter()
            .map(|e| {
                (
                    e.id.clone(),
                    e.canonical.clone(),
                    e.mentions.len(),
                    e.docs.len(),
                )
            })
            .collect();
        v.sort();
        v
    };
    assert_eq!(again.documents.len(), merged.documents.len());
    assert_eq!(names(&again), names(&merged));
}

#[test]
fn progress_is_reported_for_every_small_run_and_about_a_hundred_times_for_large() {
    for (total, step) in [(0, 1), (5, 1), (100, 1), (250, 2), (2127, 21)] {
        assert_eq!(progress_step(total), step, "{total}");
    }
}

#[test]
fn every_export_kind_produces_its_file() {
    let (mut w, _) = started();
    for kind in ExportKind::ALL {
        let out = send(&mut w, Request::Export { kind }, vec![]);
        let Some(Response::Exported {
            filename, content, ..
        }) = out.first()
        else {
            panic!("{kind:?}: {out:?}");
        };
        assert_eq!(filename, kind.file().0);
        let expected = match kind {
            ExportKind::Json => "\"documents\"",
            ExportKind::EntitiesCsv => "id,name,label",
            ExportKind::MatrixCsv => "entity,name,label",
            ExportKind::Gexf => "<gexf",
            ExportKind::Report => "137",
        };
        assert!(content.contains(expected), "{kind:?} has {expected}");
    }
}

#[test]
fn a_large_import_shows_its_first_articles_before_the_rest_are_analysed() {
    let (mut w, _) = started();
    let texts: Vec<(String, Vec<u8>)> = (0..2 * FIRST_VIEW + 10)
        .map(|i| {
            (
                format!("n{i}.txt"),
                format!("Mayor Anna Berg{i} visited Oslo.").into_bytes(),
            )
        })
        .collect();
    let mut out = Vec::new();
    w.handle(Request::Import, texts, &mut |r| out.push(r));
    let sizes: Vec<usize> = analyses(&out).iter().map(|a| a.documents.len()).collect();
    assert_eq!(sizes, [5 + FIRST_VIEW, 5 + 2 * FIRST_VIEW + 10]);
}
