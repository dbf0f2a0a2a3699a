//! The worker's protocol, end to end in plain Rust: what the browser tests then check on screen.

use super::*;
use crate::jobs::{chunks, CHUNK_BYTES};
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
    start(Worker::default())
}

/// `w` after the app's first request: the seeds, nothing stored.
fn start(mut w: Worker) -> (Worker, Vec<Response>) {
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

/// The JSON export `w` makes.
fn json_export(w: &mut Worker) -> String {
    let out = send(
        w,
        Request::Export {
            kind: ExportKind::Json,
        },
        vec![],
    );
    let mut file = String::new();
    for r in out {
        match r {
            Response::ExportPart { part } => file.push_str(&part),
            Response::Exported { content, .. } => {
                file.push_str(&content);
                return file;
            }
            other => panic!("an export: {other:?}"),
        }
    }
    panic!("no export")
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

    let content = json_export(&mut w);

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
            ExportKind::EntitiesCsv => "\u{feff}id,name,type",
            ExportKind::MatrixCsv => "\u{feff}entity,name,type",
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

/// A worker with `n` helpers that hands every batch with any text to them.
fn started_with_helpers(n: usize) -> Worker {
    let mut w = Worker::with_helpers(n);
    w.parallel_bytes = 1;
    start(w).0
}

/// What the page sees: every response but the glue's dispatches.
fn to_page(out: &[Response]) -> Vec<Response> {
    out.iter()
        .filter(|r| !matches!(r, Response::Dispatch { .. }))
        .cloned()
        .collect()
}

/// Plays the glue and the helpers: each dispatch is answered by
/// [`Chunk::answer`], as a helper does, and goes back as the same JSON string. `pick` chooses which waiting dispatch is answered next; a helper for
/// which `fails` holds is reported failed instead of answering. Returns every
/// response the coordinator posted, dispatches included.
fn run_helpers(
    w: &mut Worker,
    first: Vec<Response>,
    mut pick: impl FnMut(usize) -> usize,
    fails: impl Fn(usize) -> bool,
) -> Vec<Response> {
    let mut seen = Vec::new();
    let mut waiting: Vec<(usize, String)> = Vec::new();
    let take = |out: Vec<Response>, seen: &mut Vec<Response>, waiting: &mut Vec<_>| {
        for r in out {
            if let Response::Dispatch { helper, message } = &r {
                waiting.push((*helper, message.clone()));
            }
            seen.push(r);
        }
    };
    take(first, &mut seen, &mut waiting);
    let mut failed = std::collections::BTreeSet::new();
    while !waiting.is_empty() {
        let (helper, message) = waiting.remove(pick(waiting.len()));
        let mut out = Vec::new();
        if failed.contains(&helper) {
            continue;
        }
        if fails(helper) {
            failed.insert(helper);
            w.handle(Request::HelperFailed { helper }, vec![], &mut |r| {
                out.push(r)
            });
        } else {
            let answer = Chunk::answer(&message).expect("an answer to a chunk");
            w.from_helper(helper, &answer, &mut |r| out.push(r));
        }
        take(out, &mut seen, &mut waiting);
    }
    seen
}

/// 120 articles made from the seeds, each a little different.
fn many_files() -> Vec<(String, Vec<u8>)> {
    let seeds = seeds();
    (0..120)
        .map(|i| {
            let s = &seeds[i % seeds.len()];
            (
                format!("copy-{i}.txt"),
                format!("Reporter Anna Berg{i} writes from Oslo.\n\n{}", s.text).into_bytes(),
            )
        })
        .collect()
}

#[test]
fn helpers_find_the_same_analysis_in_any_order_and_when_one_fails() {
    let (mut alone, _) = started();
    let expected = send(&mut alone, Request::Import, many_files_ref(&many_files()));
    let expected_analysis = analysis(&expected);
    assert_eq!(expected_analysis.documents.len(), 125);

    type Pick = fn(usize) -> usize;
    let orders: [(&str, Pick); 3] = [
        ("in order", |_| 0),
        ("last first", |n| n - 1),
        ("middle first", |n| n / 2),
    ];
    for (name, pick) in orders {
        for fail in [None, Some(0)] {
            let mut w = started_with_helpers(3);
            let first = send(&mut w, Request::Import, many_files_ref(&many_files()));
            let dispatched: Vec<usize> = first
                .iter()
                .filter_map(|r| match r {
                    Response::Dispatch { helper, .. } => Some(*helper),
                    _ => None,
                })
                .collect();
            // Every helper gets work at once, several chunks each.
            assert_eq!(dispatched[..6], [0, 1, 2, 0, 1, 2], "{name}");
            assert!(
                analyses(&first).is_empty(),
                "{name}: nothing is shown before the helpers answer"
            );
            // The articles go to storage once they are analysed, before the final analysis.
            let storing = |r: &Response| matches!(r, Response::Imported { .. });
            assert!(!first.iter().any(storing), "{name}");
            let out = run_helpers(&mut w, first, pick, |h| Some(h) == fail);
            let page = to_page(&out);
            let stored = page.iter().rposition(storing);
            let last_analysis = page
                .iter()
                .rposition(|r| matches!(r, Response::Analysis { .. }));
            assert!(
                stored.is_some() && stored < last_analysis,
                "{name}: stored, then shown"
            );
            let stored_ids: usize = page
                .iter()
                .map(|r| match r {
                    Response::Imported { ids, .. } => ids.len(),
                    _ => 0,
                })
                .sum();
            assert_eq!(stored_ids, 120, "{name}");
            let shown = analyses(&page);
            assert_eq!(
                shown.iter().map(|a| a.documents.len()).collect::<Vec<_>>(),
                [5 + FIRST_VIEW, 125],
                "{name}, helper {fail:?} failing: the first view, then everything"
            );
            assert_eq!(
                shown.last(),
                Some(&expected_analysis),
                "{name}, helper {fail:?} failing"
            );
            assert_eq!(progress_count(&page), progress_count(&expected), "{name}");
            if let Some(dead) = fail {
                let after_failure = out
                    .iter()
                    .skip_while(|r| !matches!(r, Response::Analysis { .. }))
                    .filter(|r| matches!(r, Response::Dispatch { helper, .. } if *helper == dead))
                    .count();
                assert_eq!(
                    after_failure, 0,
                    "{name}: a failed helper gets no more work"
                );
            }
        }
    }
}

#[test]
fn requests_during_a_helper_job_wait_for_it() {
    let mut w = started_with_helpers(2);
    let mut first = send(&mut w, Request::Import, many_files_ref(&many_files()));
    // The page removes an article and asks for an export while the helpers work.
    first.extend(send(
        &mut w,
        Request::Remove {
            id: "copy-0.txt".into(),
        },
        vec![],
    ));
    first.extend(send(
        &mut w,
        Request::Export {
            kind: ExportKind::EntitiesCsv,
        },
        vec![],
    ));
    assert!(
        !first.iter().any(|r| matches!(r, Response::Exported { .. })),
        "nothing is served before the job is done"
    );
    let out = to_page(&run_helpers(&mut w, first, |_| 0, |_| false));
    let sizes: Vec<usize> = analyses(&out).iter().map(|a| a.documents.len()).collect();
    assert_eq!(
        sizes,
        [5 + FIRST_VIEW, 125, 124],
        "the import, then the removal"
    );
    assert!(matches!(out.last(), Some(Response::Exported { .. })));
}

#[test]
fn a_small_batch_is_extracted_without_helpers() {
    let (mut w, out) = start(Worker::with_helpers(4));
    let out2 = send(
        &mut w,
        Request::Import,
        vec![("a.txt", b"NATO met in Brussels.")],
    );
    for o in [&out, &out2] {
        assert!(!o.iter().any(|r| matches!(r, Response::Dispatch { .. })));
    }
    assert_eq!(analysis(&out2).documents.len(), 6);
}

#[test]
fn chunks_cover_every_article_once_in_order() {
    let article = |n: usize| Article {
        text: "x".repeat(n),
        ..Default::default()
    };
    // Article text sizes, and the chunks as (first, past the last) article.
    type Case<'a> = (&'a [usize], &'a [(usize, usize)]);
    let cases: [Case; 4] = [
        (&[], &[]),
        (&[10], &[(0, 1)]),
        (&[CHUNK_BYTES * 3, 5, 5], &[(0, 1), (1, 3)]),
        (
            &[CHUNK_BYTES / 2, CHUNK_BYTES / 2, CHUNK_BYTES / 2],
            &[(0, 2), (2, 3)],
        ),
    ];
    for (sizes, expected) in cases {
        let articles: Vec<Article> = sizes.iter().map(|&n| article(n)).collect();
        let got: Vec<(usize, usize)> = chunks(&articles)
            .into_iter()
            .map(|r| (r.start, r.end))
            .collect();
        assert_eq!(got, expected, "{sizes:?}");
    }
}

fn many_files_ref(files: &[(String, Vec<u8>)]) -> Vec<(&str, &[u8])> {
    files
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect()
}

#[test]
fn prepare_has_every_helper_extract_the_seeds_and_drops_the_answers() {
    let (mut alone, _) = started();
    assert_eq!(send(&mut alone, Request::Prepare, vec![]), []);
    let mut w = started_with_helpers(3);
    let out = send(&mut w, Request::Prepare, vec![]);
    let mut helpers = Vec::new();
    for r in &out {
        let Response::Dispatch { helper, message } = r else {
            panic!("{r:?}")
        };
        helpers.push(*helper);
        let Ok(Chunk::Extract { articles, .. }) = serde_json::from_str(message) else {
            panic!("{message}")
        };
        assert_eq!(articles, seeds());
        let answer = Chunk::answer(message).expect("an answer");
        assert_eq!(send_helper(&mut w, *helper, &answer), []);
    }
    assert_eq!(helpers, [0, 1, 2]);
    // The helpers still take the next import.
    let first = send(&mut w, Request::Import, many_files_ref(&many_files()));
    assert!(first
        .iter()
        .any(|r| matches!(r, Response::Dispatch { helper: 2, .. })));
}

fn send_helper(w: &mut Worker, helper: usize, message: &str) -> Vec<Response> {
    let mut out = Vec::new();
    w.from_helper(helper, message, &mut |r| out.push(r));
    out
}

#[test]
fn a_helper_that_answers_nonsense_counts_as_failed() {
    let mut w = started_with_helpers(2);
    // Longer articles: more chunks than the helpers are first given.
    let files: Vec<(String, Vec<u8>)> = many_files()
        .into_iter()
        .map(|(n, b)| (n, b.repeat(3)))
        .collect();
    let mut all = send(&mut w, Request::Import, many_files_ref(&files));
    let handed_out = all
        .iter()
        .filter(|r| matches!(r, Response::Dispatch { .. }))
        .count();
    assert!(w.job.as_ref().is_some_and(|j| j.chunks.len() > handed_out));
    let before = all.len();
    w.from_helper(1, "not json", &mut |r| all.push(r));
    // Helper 1's chunks are found here; helper 0 gets the rest, helper 1 nothing more.
    let out = run_helpers(&mut w, all, |_| 0, |_| false);
    let sizes: Vec<usize> = analyses(&to_page(&out))
        .iter()
        .map(|a| a.documents.len())
        .collect();
    assert_eq!(sizes, [5 + FIRST_VIEW, 125]);
    let to = |h: usize| {
        out[before..]
            .iter()
            .filter(|r| matches!(r, Response::Dispatch { helper, .. } if *helper == h))
            .count()
    };
    assert_eq!(to(1), 0);
    assert!(to(0) > 0);
}

/// An export of the bundled articles plus one import, brought into another browser
/// that has the same bundled articles: only the imported article is new; the
/// bundled ones are recognised as already there, whatever form the export gave
/// their header lines.
#[test]
fn a_json_export_brings_back_only_what_was_imported() {
    let (mut w, _) = started();
    send(
        &mut w,
        Request::Import,
        vec![(
            "floods.txt",
            b"Floods in Lagos\n\nHeavy rain flooded Lagos on Monday.",
        )],
    );
    let content = json_export(&mut w);
    let (mut other, _) = started();
    let out = send(
        &mut other,
        Request::Import,
        vec![("parallax-analysis.json", content.as_bytes())],
    );
    let ids: Vec<&String> = out
        .iter()
        .filter_map(|r| match r {
            Response::Imported { ids, .. } => Some(ids),
            _ => None,
        })
        .flatten()
        .collect();
    assert_eq!(ids, ["floods.txt"]);
    assert_eq!(analysis(&out).documents.len(), 6);
}

#[test]
fn a_large_export_comes_in_parts_that_make_the_file() {
    let (mut w, _) = started();
    // About 1.5 MB of text: the JSON export (text, mentions, comparison) is larger still.
    let paragraph = "Mayor Anna Lindqvist told the council in Uppsala on Monday that 12 new schools would open, \
                     and Minister Paul Okonkwo said the plan was fair. ";
    let text = paragraph.repeat(1_500_000 / paragraph.len());
    send(&mut w, Request::Import, vec![("long.txt", text.as_bytes())]);
    let out = send(
        &mut w,
        Request::Export {
            kind: ExportKind::Json,
        },
        vec![],
    );
    let parts: Vec<&String> = out
        .iter()
        .filter_map(|r| match r {
            Response::ExportPart { part } => Some(part),
            _ => None,
        })
        .collect();
    assert!(parts.len() >= 2, "{} parts", parts.len());
    assert!(parts
        .iter()
        .all(|p| p.len() <= parallax_core::export::PART_BYTES));
    let Some(Response::Exported { content, .. }) = out.last() else {
        panic!("the export ends with Exported");
    };
    let file: String = parts
        .iter()
        .map(|p| p.as_str())
        .chain([content.as_str()])
        .collect();
    let value: serde_json::Value =
        serde_json::from_str(&file).expect("the parts make one JSON file");
    let docs = value["documents"].as_array().expect("documents");
    assert!(docs
        .iter()
        .any(|d| d["text"].as_str() == Some(text.as_str())));
}

/// A first visit shows the analysis made at build time and sends `StartShown`: the
/// worker posts nothing, and from then on answers exactly as if it had been sent
/// `Start` (a paste, an export).
#[test]
fn a_worker_started_on_the_shown_seeds_answers_as_one_started_on_them() {
    let shipped = start_answer(seeds());
    let (mut started, out) = started();
    let posted: Vec<String> = out
        .iter()
        .filter(|r| matches!(r, Response::Analysis { .. }))
        .filter_map(|r| serde_json::to_string(r).ok())
        .collect();
    assert_eq!(shipped, posted, "the shipped answer is the worker's own");

    let mut shown = Worker::default();
    let quiet = send(&mut shown, Request::StartShown { seeds: seeds() }, vec![]);
    assert!(quiet.is_empty(), "nothing posted: {quiet:?}");

    let paste = || Request::Paste {
        article: Article {
            id: String::new(),
            text:
                "Flooding in Porto forced 300 families from their homes on Tuesday, the mayor said."
                    .into(),
            title: Some("Porto floods".into()),
            ..Default::default()
        },
    };
    let a = analyses(&send(&mut started, paste(), vec![]));
    let b = analyses(&send(&mut shown, paste(), vec![]));
    assert_eq!(b.len(), 1, "the paste is analysed with the seeds");
    assert_eq!(
        serde_json::to_string(&a).ok(),
        serde_json::to_string(&b).ok()
    );
    assert_eq!(b[0].documents.len(), seeds().len() + 1);
    assert_eq!(json_export(&mut started), json_export(&mut shown));
}
