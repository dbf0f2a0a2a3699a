//! Plays an import with two helpers in one thread, answering each dispatch at once,
//! so that a profiler (`valgrind --tool=callgrind`) can tell the coordinating
//! worker's work (`Worker::from_helper`) from the helpers' (`Chunk::answer`).
//!
//! `cargo build --profile worker -p parallax-worker --example import_split`, then
//! `valgrind --tool=callgrind target/worker/examples/import_split FILE.jsonl`
use parallax_worker::{Chunk, Request, Response, Worker};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("import_split: cannot read {path:?}");
        std::process::exit(2);
    };
    let mut worker = Worker::with_helpers(2);
    let mut waiting: Vec<(usize, String)> = Vec::new();
    let mut page = 0usize;
    let mut take = |r: Response, waiting: &mut Vec<(usize, String)>| match r {
        Response::Dispatch { helper, message } => waiting.push((helper, message)),
        _ => page += 1,
    };
    let mut out = Vec::new();
    worker.handle(
        Request::StartShown { seeds: Vec::new() },
        vec![],
        &mut |r| out.push(r),
    );
    worker.handle(
        Request::Import,
        vec![("corpus.jsonl".into(), bytes)],
        &mut |r| out.push(r),
    );
    for r in out.drain(..) {
        take(r, &mut waiting);
    }
    while !waiting.is_empty() {
        let (helper, message) = waiting.remove(0);
        let Some(answer) = Chunk::answer(&message) else {
            continue;
        };
        worker.from_helper(helper, &answer, &mut |r| out.push(r));
        for r in out.drain(..) {
            take(r, &mut waiting);
        }
    }
    println!("{page} responses to the page");
}
