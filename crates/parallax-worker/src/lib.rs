//! The Parallax Web Worker: the engine side of the browser app.
//!
//! The app's main thread only renders. It sends [`Request`]s to this worker as JSON
//! strings (file bytes travel beside them, transferred, not copied) and receives
//! [`Response`]s: progress while articles are analysed, per-file errors, the
//! articles to keep in storage, then the analysis and comparison to show.
//!
//! The worker holds a [`Session`], so importing one article extracts only that
//! article; linking, corrections and the comparison are then redone over the corpus.
//!
//! Everything here is plain Rust so it is tested natively; `main.rs` is the thin
//! `wasm32` glue that wires [`Worker::handle`] to `postMessage`.
//!
//! ```
//! use parallax_core::import::Article;
//! use parallax_worker::{Request, Response, Worker};
//!
//! let mut worker = Worker::default();
//! let mut out = Vec::new();
//! let seed = Article { id: "a.txt".into(), text: "NATO met in Brussels on Monday.".into(), ..Default::default() };
//! worker.handle(Request::Start { seeds: vec![seed], stored: vec![], patch: Default::default(), show_seeds: true }, vec![], &mut |r| out.push(r));
//! let mut assembler = parallax_worker::transfer::Assembler::default();
//! let shown = out.into_iter().filter_map(|r| match r {
//!     Response::Analysis { part } => assembler.push(part),
//!     _ => None,
//! }).last().expect("an analysis");
//! let analysis = shown.analysis;
//! assert_eq!(analysis.documents.len(), 1);
//! assert!(analysis.entities.iter().any(|e| e.canonical == "NATO"));
//! ```

#![warn(missing_docs)]

use std::collections::HashMap;

use parallax_core::import::{self, Article};
use parallax_core::{export, Analysis, Comparison, Patch, Session};
use serde::{Deserialize, Serialize};

mod jobs;
mod protocol;
pub mod transfer;

use jobs::Job;
pub use jobs::PARALLEL_BYTES;
pub use protocol::{encode_failed, Chunk, ExportKind, Found, Request, Response};

/// A bundled article as the page sends it to the worker: its file name is its id.
///
/// ```
/// let a = parallax_worker::bundled_article("kabul.txt", "Kabul, 3 May".as_bytes());
/// assert_eq!((a.id.as_str(), a.text.as_str()), ("kabul.txt", "Kabul, 3 May"));
/// ```
pub fn bundled_article(name: &str, bytes: &[u8]) -> Article {
    Article {
        id: name.to_owned(),
        text: parallax_core::decode::decode(bytes),
        ..Article::default()
    }
}

/// The analysis messages (JSON, in order) that [`Request::Start`] with only these
/// bundled articles, no stored ones and no corrections, makes the worker post. The
/// app's build script makes them once, natively, so a first visit shows the bundled
/// articles without waiting for the worker; the worker is then sent
/// [`Request::StartShown`].
///
/// ```
/// use parallax_core::import::Article;
/// use parallax_worker::{start_answer, transfer::Assembler, Response};
///
/// let seed = Article { id: "a.txt".into(), text: "NATO met in Brussels on Monday.".into(), ..Default::default() };
/// let mut assembler = Assembler::default();
/// let shown = start_answer(vec![seed])
///     .iter()
///     .filter_map(|json| match serde_json::from_str(json) {
///         Ok(Response::Analysis { part }) => assembler.push(part),
///         _ => None,
///     })
///     .last()
///     .expect("a whole analysis");
/// assert!(shown.analysis.entities.iter().any(|e| e.canonical == "Brussels"));
/// ```
pub fn start_answer(seeds: Vec<Article>) -> Vec<String> {
    let mut worker = Worker::default();
    let mut messages = Vec::new();
    let start = Request::Start {
        seeds,
        stored: Vec::new(),
        patch: Patch::default(),
        show_seeds: true,
    };
    worker.handle(start, Vec::new(), &mut |r| {
        if matches!(r, Response::Analysis { .. }) {
            messages.extend(serde_json::to_string(&r).ok());
        }
    });
    messages
}

/// Loads what every extraction needs (the tagger's model, the gazetteer, the rules'
/// word lists) by extracting one short sentence, so the first real request does not
/// wait for it.
///
/// ```
/// parallax_worker::warm_up();
/// ```
pub fn warm_up() {
    let doc = parallax_core::Document::parse("warm-up", b"The mayor of Paris spoke on 3 May.");
    let _ = parallax_core::pipeline::extract(&doc);
}

/// The worker's state: the bundled and imported documents, extracted once each.
#[derive(Default)]
pub struct Worker {
    seeds: Vec<Article>,
    imported: Vec<Article>,
    show_seeds: bool,
    session: Session,
    last: Option<(Analysis, Comparison)>,
    /// `alive[h]`: helper `h` may be given work (a worker has `alive.len()` helpers).
    alive: Vec<bool>,
    /// A large batch being extracted by the helpers.
    job: Option<Job>,
    jobs: u64,
    /// The storage batches of the running job's articles, posted when it is done.
    store_later: Vec<Response>,
    /// Batches with at least this much text go to the helpers ([`PARALLEL_BYTES`]).
    parallel_bytes: usize,
    /// Requests that came while a job was running, handled once it is done.
    queue: std::collections::VecDeque<(Request, Files)>,
}

/// Files that came with a request, by name.
type Files = Vec<(String, Vec<u8>)>;

impl Worker {
    /// A worker that spreads large imports over `helpers` helper workers (the glue
    /// starts them when they are first given work). With 0 it extracts everything itself.
    ///
    /// ```
    /// use parallax_core::import::Article;
    /// use parallax_worker::{Request, Response, Worker};
    ///
    /// let mut worker = Worker::with_helpers(2);
    /// let articles: Vec<Article> = (0..60)
    ///     .map(|i| Article { id: format!("{i}.txt"), text: "NATO met in Brussels on Monday. ".repeat(200), ..Default::default() })
    ///     .collect();
    /// let mut out = Vec::new();
    /// worker.handle(Request::Start { seeds: vec![], stored: articles, patch: Default::default(), show_seeds: true }, vec![], &mut |r| out.push(r));
    /// // The articles went to the helpers, to be found in parallel.
    /// assert!(out.iter().any(|r| matches!(r, Response::Dispatch { helper: 1, .. })));
    /// ```
    pub fn with_helpers(helpers: usize) -> Worker {
        Worker {
            alive: vec![true; helpers],
            parallel_bytes: PARALLEL_BYTES,
            ..Worker::default()
        }
    }

    /// Handle one request; `files` are the bytes that came with it, by name.
    pub fn handle(&mut self, request: Request, files: Files, post: &mut dyn FnMut(Response)) {
        match request {
            Request::HelperFailed { helper } => self.helper_failed(helper, post),
            Request::Prepare => self.prepare(post),
            request if self.job.is_some() => self.queue.push_back((request, files)),
            request => self.serve(request, files, post),
        }
    }

    /// Requests from the page, one at a time: none is served while a job runs.
    fn serve(&mut self, request: Request, files: Files, post: &mut dyn FnMut(Response)) {
        match request {
            Request::HelperFailed { .. } | Request::Prepare => {}
            Request::Start {
                seeds,
                stored,
                patch,
                show_seeds,
            } => {
                // With nothing imported there is nothing else to show.
                let show_seeds = show_seeds || stored.is_empty();
                self.begin(seeds, show_seeds, patch, post);
                self.add_and_publish(stored, post);
            }
            Request::StartShown { seeds } => {
                self.begin(seeds, true, Patch::default(), &mut |_| {});
                self.analyse();
            }
            Request::Import => {
                let mut articles = Vec::new();
                for (name, bytes) in files {
                    if name.to_ascii_lowercase().ends_with(".json") {
                        if let Some(patch) = patch_in_export(&bytes) {
                            let mut merged = self.session.patch().clone();
                            merged.corrections.extend(patch.corrections);
                            self.session.set_patch(merged.clone());
                            post(Response::PatchImported { patch: merged });
                        }
                    }
                    match import::import_file(&name, &bytes) {
                        Ok(found) => articles.extend(found),
                        Err(e) => post(Response::Rejected {
                            message: e.describe(&name),
                            name,
                        }),
                    }
                }
                self.import(articles, post);
            }
            Request::Paste { article } => {
                let field = |f: &Option<String>| f.clone().unwrap_or_default();
                let pasted = import::paste(
                    &field(&article.title),
                    &field(&article.outlet),
                    &field(&article.date),
                    &field(&article.url),
                    &article.text,
                );
                match pasted {
                    Ok(mut a) => {
                        if !article.id.is_empty() {
                            a.id = article.id;
                        }
                        self.import(vec![a], post);
                    }
                    Err(e) => post(Response::Rejected {
                        name: "The pasted text".into(),
                        message: e.describe("The pasted text"),
                    }),
                }
            }
            Request::Remove { id } => {
                self.imported.retain(|a| a.id != id);
                self.session.remove(&id);
                self.publish(post);
            }
            Request::ClearImported => {
                let imported = std::mem::take(&mut self.imported);
                let ids: Vec<&str> = imported.iter().map(|a| a.id.as_str()).collect();
                self.session.remove_all(&ids);
                self.session.set_patch(Patch::default());
                if !self.show_seeds {
                    self.show_seeds = true;
                    self.add_seeds(post);
                }
                self.publish(post);
            }
            Request::ShowSeeds { on } => {
                if on != self.show_seeds {
                    self.show_seeds = on;
                    if on {
                        // Seeds go first, as at start: rebuild the session in that order.
                        let patch = self.session.patch().clone();
                        self.session = Session::new();
                        self.session.set_patch(patch);
                        self.add_seeds(post);
                        let imported = std::mem::take(&mut self.imported);
                        self.add_imported(imported, post);
                    } else {
                        let ids: Vec<&str> = self.seeds.iter().map(|s| s.id.as_str()).collect();
                        self.session.remove_all(&ids);
                    }
                }
                self.publish(post);
            }
            Request::SetPatch { patch } => {
                self.session.set_patch(patch);
                self.publish(post);
            }
            Request::Export { kind } => match &self.last {
                Some((analysis, comparison)) => {
                    let mut parts = export::Parts::default();
                    match kind {
                        ExportKind::Json => {
                            json_export(analysis, comparison, self.session.patch(), &mut parts)
                        }
                        ExportKind::EntitiesCsv => parts.push_str(&export::entities_csv(analysis)),
                        ExportKind::MatrixCsv => {
                            parts.push_str(&export::matrix_csv(analysis, comparison))
                        }
                        ExportKind::Gexf => parts.push_str(&export::gexf(analysis)),
                        ExportKind::Report => {
                            parts.push_str(&export::html_report(analysis, comparison))
                        }
                    }
                    let mut parts = parts.into_parts();
                    let content = parts.pop().unwrap_or_default();
                    for part in parts {
                        post(Response::ExportPart { part });
                    }
                    let (filename, mime) = kind.file();
                    post(Response::Exported {
                        filename: filename.into(),
                        mime: mime.into(),
                        content,
                    })
                }
                None => post(Response::Failed {
                    message: "There is no analysis to export yet.".into(),
                }),
            },
        }
    }

    fn import(&mut self, articles: Vec<Article>, post: &mut dyn FnMut(Response)) {
        let articles = self.unique_ids(articles);
        if articles.is_empty() {
            self.publish(post);
            return;
        }
        let batches = transfer::batches(articles.clone());
        // A batch this worker extracts itself goes to storage first. A large batch goes
        // to storage once the helpers are done: storing it meanwhile (5 MB for 2,000
        // articles, in the page and the browser's database) would take cores from the
        // helpers, and an article that stopped the engine is then never stored.
        match self.start_job(articles, post) {
            Ok(()) => self.store_later = storage_batches(batches),
            Err(articles) => {
                storage_batches(batches).into_iter().for_each(&mut *post);
                self.add_streaming(articles, post);
                self.publish(post);
            }
        }
    }

    /// Add imported articles and publish the analysis: a large batch goes to the
    /// helpers and is published when their last chunk is in.
    fn add_and_publish(&mut self, articles: Vec<Article>, post: &mut dyn FnMut(Response)) {
        if let Err(articles) = self.start_job(articles, post) {
            self.add_streaming(articles, post);
            self.publish(post);
        }
    }

    /// Add imported articles; a large batch first shows its first [`FIRST_VIEW`]
    /// articles, so the views fill in before the last article is analysed.
    fn add_streaming(&mut self, mut articles: Vec<Article>, post: &mut dyn FnMut(Response)) {
        if articles.len() > 2 * FIRST_VIEW {
            let rest = articles.split_off(FIRST_VIEW);
            self.add_imported(articles, post);
            self.publish(post);
            articles = rest;
        }
        self.add_imported(articles, post);
    }

    /// Imported ids must not take a bundled article's id; an imported id that is
    /// already imported replaces that article (importing a file again updates it).
    /// A bundled article imported again (id and text the same, as in a JSON export
    /// of the bundled articles) is already there and is left out.
    fn unique_ids(&self, articles: Vec<Article>) -> Vec<Article> {
        let mut taken: std::collections::HashSet<String> =
            self.seeds.iter().map(|s| s.id.clone()).collect();
        // Compared as documents: an export's article may hold its header lines in
        // its fields rather than in its text, and is the same article all the same.
        let same_as_seed = |a: &Article| {
            self.seeds.iter().any(|s| {
                s.id == a.id && (s.text == a.text || s.to_document().text == a.to_document().text)
            })
        };
        articles
            .into_iter()
            .filter(|a| !same_as_seed(a))
            .map(|mut a| {
                if a.id.is_empty() {
                    a.id = "article".into();
                }
                if taken.contains(&a.id) {
                    let base = a.id.clone();
                    let mut n = 2;
                    while taken.contains(&a.id) {
                        a.id = format!("{base}-{n}");
                        n += 1;
                    }
                }
                taken.insert(a.id.clone());
                a
            })
            .collect()
    }

    /// A new session over `seeds` with the corrections `patch`, the seeds extracted
    /// when they are shown; nothing imported yet.
    fn begin(
        &mut self,
        seeds: Vec<Article>,
        show_seeds: bool,
        patch: Patch,
        post: &mut dyn FnMut(Response),
    ) {
        self.seeds = seeds;
        self.imported = Vec::new();
        self.show_seeds = show_seeds;
        self.session = Session::new();
        self.session.set_patch(patch);
        if show_seeds {
            self.add_seeds(post);
        }
    }

    fn add_seeds(&mut self, post: &mut dyn FnMut(Response)) {
        let docs = self.seeds.iter().map(Article::to_document).collect();
        self.session
            .add_with_progress(docs, &mut |done, total, doc, _| {
                report(done, total, doc, post)
            });
    }

    fn add_imported(&mut self, articles: Vec<Article>, post: &mut dyn FnMut(Response)) {
        let docs = articles.iter().map(Article::to_document).collect();
        self.keep_imported(articles);
        self.session
            .add_with_progress(docs, &mut |done, total, doc, _| {
                report(done, total, doc, post)
            });
    }

    /// Add imported articles to the list, each replacing the one with its id: one
    /// pass over the list, however many come.
    fn keep_imported(&mut self, articles: Vec<Article>) {
        let mut at: HashMap<String, usize> = (self.imported.iter().enumerate())
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        for a in articles {
            match at.get(&a.id) {
                Some(&i) => self.imported[i] = a,
                None => {
                    at.insert(a.id.clone(), self.imported.len());
                    self.imported.push(a);
                }
            }
        }
    }

    /// Analyses and compares the session (kept for exports); gives back what the page
    /// is sent: the analysis without tokens, its comparison and the skipped articles.
    fn analyse(&mut self) -> (Analysis, Comparison, Vec<String>) {
        let (mut analysis, skipped) = self.session.analysis();
        let comparison = parallax_core::compare(&analysis);
        self.last = Some((analysis.clone(), comparison.clone()));
        for ex in &mut analysis.extractions {
            ex.tokens = Vec::new();
        }
        let skipped = skipped.into_iter().map(|s| s.reason).collect();
        (analysis, comparison, skipped)
    }

    fn publish(&mut self, post: &mut dyn FnMut(Response)) {
        let (analysis, comparison, skipped) = self.analyse();
        let imported = self.imported.iter().map(|a| a.id.clone()).collect();
        for part in transfer::parts(analysis, comparison, imported, skipped) {
            post(Response::Analysis { part });
        }
    }
}

fn report(
    done: usize,
    total: usize,
    doc: &parallax_core::Document,
    post: &mut dyn FnMut(Response),
) {
    if done.is_multiple_of(progress_step(total)) || done == total {
        post(Response::Progress {
            done,
            total,
            current: doc.title().unwrap_or(&doc.id).to_owned(),
        });
    }
}

/// The messages that hand imported articles to the page for storage, batch by batch.
fn storage_batches(batches: Vec<Vec<Article>>) -> Vec<Response> {
    let count = batches.len();
    batches
        .into_iter()
        .enumerate()
        .map(|(i, batch)| Response::Imported {
            ids: batch.iter().map(|a| a.id.clone()).collect(),
            articles: serde_json::to_string(&batch).unwrap_or_default(),
            last: i + 1 == count,
        })
        .collect()
}

/// How many articles of a large batch are shown before the rest are analysed.
pub const FIRST_VIEW: usize = 50;

/// Post progress about a hundred times per run, and for every document of small runs.
fn progress_step(total: usize) -> usize {
    (total / 100).max(1)
}

/// The JSON export: the `parallax analyze` schema with the corrections beside it,
/// so importing the file again restores them.
fn json_export(
    analysis: &Analysis,
    comparison: &Comparison,
    patch: &Patch,
    out: &mut export::Parts,
) {
    #[derive(Serialize)]
    struct WithPatch<'a> {
        #[serde(flatten)]
        export: export::json::AnalysisExport<'a>,
        corrections: &'a Patch,
    }
    let value = WithPatch {
        export: export::json::analysis_export(analysis, comparison, None),
        corrections: patch,
    };
    // Writing into memory cannot fail (string keys only); a failure would leave
    // a truncated file, which the import then refuses as invalid JSON.
    let _ = serde_json::to_writer(out, &value);
}

/// The corrections inside one of our JSON exports, if it has any.
fn patch_in_export(bytes: &[u8]) -> Option<Patch> {
    #[derive(Deserialize)]
    struct Export {
        corrections: Patch,
    }
    serde_json::from_slice::<Export>(bytes)
        .ok()
        .map(|e| e.corrections)
        .filter(|p| !p.corrections.is_empty())
}

#[cfg(test)]
mod tests;
