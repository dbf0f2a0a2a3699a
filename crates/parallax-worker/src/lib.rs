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

use std::collections::HashMap;

use parallax_core::import::{self, Article};
use parallax_core::{
    export, Analysis, Comparison, DateValue, Document, Extraction, Mention, Patch, Quantity,
    Session,
};
use serde::{Deserialize, Serialize};

pub mod transfer;

/// What the main thread asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Analyse the bundled articles, those kept in the browser's storage and the
    /// stored corrections.
    Start {
        seeds: Vec<Article>,
        stored: Vec<Article>,
        patch: Patch,
        /// Show the bundled articles (the corpus switch, remembered by the app).
        #[serde(default = "yes")]
        show_seeds: bool,
    },
    /// Start with the bundled articles alone, whose analysis the page already shows:
    /// it was made when the app was built ([`start_answer`]), so the first view does
    /// not wait for this worker. The worker builds the same session and posts nothing.
    StartShown { seeds: Vec<Article> },
    /// Import files; their bytes come beside the request, in the same order as `names`.
    Import,
    /// Import one pasted article.
    Paste { article: Article },
    /// Forget one imported article.
    Remove { id: String },
    /// Forget every imported article and correction.
    ClearImported,
    /// Show the bundled articles beside the imported ones, or only the imported ones.
    ShowSeeds { on: bool },
    /// Replace the corrections (undo sends a shorter list).
    SetPatch { patch: Patch },
    /// Produce a file to download.
    Export { kind: ExportKind },
    /// Files may come soon (the import page is open): start the helpers now and
    /// have each extract the bundled articles once, so that a large import finds
    /// them with their model loaded and their code compiled.
    Prepare,
    /// The glue could not start helper `helper`, or it stopped with an error: its
    /// unfinished chunks are extracted again elsewhere.
    HelperFailed { helper: usize },
}

/// Work between a worker and its helpers, posted as JSON strings like the page's
/// requests and the worker's responses. The page never sees these.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Chunk {
    /// To a helper: find the mentions in these articles (chunk `chunk` of job `job`).
    Extract {
        job: u64,
        chunk: usize,
        articles: Vec<Article>,
    },
    /// The helper's answer: one [`Found`] per article of the chunk, in order.
    Extracted {
        job: u64,
        chunk: usize,
        found: Vec<Found>,
    },
}

impl Chunk {
    /// A helper's side: the answer to an [`Chunk::Extract`] message, as the JSON to
    /// post back; `None` for anything else.
    ///
    /// ```
    /// use parallax_core::import::Article;
    /// use parallax_worker::Chunk;
    ///
    /// let article = Article { id: "a".into(), text: "NATO met in Brussels.".into(), ..Default::default() };
    /// let ask = serde_json::to_string(&Chunk::Extract { job: 1, chunk: 0, articles: vec![article] }).unwrap();
    /// let json = Chunk::answer(&ask).unwrap();
    /// // The glue tells an answer from anything else by how it starts.
    /// assert!(json.starts_with(r#"{"extracted":"#));
    /// let answer: Chunk = serde_json::from_str(&json).unwrap();
    /// let Chunk::Extracted { found, .. } = answer else { panic!() };
    /// assert_eq!(found[0].mentions.len(), 2);
    /// assert_eq!(Chunk::answer("{}"), None);
    /// ```
    pub fn answer(message: &str) -> Option<String> {
        let Ok(Chunk::Extract {
            job,
            chunk,
            articles,
        }) = serde_json::from_str(message)
        else {
            return None;
        };
        let found = articles.iter().map(Found::of).collect();
        serde_json::to_string(&Chunk::Extracted { job, chunk, found }).ok()
    }
}

/// What a helper found in one article: the mentions and quantities of
/// [`parallax_core::extract`]. The tokens and sentences are not sent back; the
/// coordinating worker rebuilds them with [`parallax_core::pipeline::layout`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found {
    pub mentions: Vec<Mention>,
    pub quantities: Vec<Quantity>,
    #[serde(default)]
    pub dates: Vec<DateValue>,
}

impl Found {
    /// Extract `article` as the session would.
    pub fn of(article: &Article) -> Found {
        let ex = parallax_core::extract(&article.to_document());
        Found {
            mentions: ex.mentions,
            quantities: ex.quantities,
            dates: ex.dates,
        }
    }

    /// The whole extraction of `doc`, which must be the document these were found in.
    fn into_extraction(self, doc: &Document) -> Extraction {
        let (tokens, sentences) = parallax_core::pipeline::layout(doc);
        Extraction {
            tokens,
            sentences,
            mentions: self.mentions,
            quantities: self.quantities,
            dates: self.dates,
        }
    }
}

/// The files the Export menu offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportKind {
    /// The analysis in the `parallax analyze` schema, plus the corrections.
    Json,
    /// One row per entity.
    EntitiesCsv,
    /// The presence matrix: entities × articles.
    MatrixCsv,
    /// The co-occurrence network, for Gephi.
    Gexf,
    /// One self-contained HTML page of the comparison.
    Report,
}

impl ExportKind {
    /// Every kind, in menu order.
    pub const ALL: [ExportKind; 5] = [
        ExportKind::Json,
        ExportKind::EntitiesCsv,
        ExportKind::MatrixCsv,
        ExportKind::Gexf,
        ExportKind::Report,
    ];

    /// The file name and media type of the download.
    pub fn file(self) -> (&'static str, &'static str) {
        match self {
            ExportKind::Json => ("parallax-analysis.json", "application/json"),
            ExportKind::EntitiesCsv => ("parallax-entities.csv", "text/csv"),
            ExportKind::MatrixCsv => ("parallax-matrix.csv", "text/csv"),
            ExportKind::Gexf => ("parallax-network.gexf", "application/gexf+xml"),
            ExportKind::Report => ("parallax-report.html", "text/html"),
        }
    }

    /// The button's words.
    pub fn label(self) -> &'static str {
        match self {
            ExportKind::Json => "Analysis (JSON)",
            ExportKind::EntitiesCsv => "Entities (CSV)",
            ExportKind::MatrixCsv => "Presence matrix (CSV)",
            ExportKind::Gexf => "Network (GEXF, for Gephi)",
            ExportKind::Report => "Report (HTML, works offline)",
        }
    }
}

/// The JSON of [`Response::Failed`] with `message`, written by hand: what the
/// glue posts when a response could not be encoded.
///
/// ```
/// use parallax_worker::{encode_failed, Response};
/// let json = encode_failed("a \"quoted\" reason");
/// let back: Response = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, Response::Failed { message: "a \"quoted\" reason".into() });
/// ```
pub fn encode_failed(message: &str) -> String {
    let quoted = serde_json::to_string(message).unwrap_or_else(|_| "\"\"".into());
    format!(r#"{{"failed":{{"message":{quoted}}}}}"#)
}

/// What the worker tells the main thread. Messages are externally tagged
/// (`{"progress": {…}}`; a variant without fields is a bare string), so the page
/// decodes a large analysis straight into its types instead of first buffering it
/// whole, and serde generates no buffering code for either end (adjacent or
/// internal tags cost the two WASM binaries about 100 KB gzip).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    /// `done` of `total` documents extracted; `current` is the last one's title.
    Progress {
        done: usize,
        total: usize,
        current: String,
    },
    /// A file that could not be imported, and why, in words for the page.
    Rejected { name: String, message: String },
    /// Articles read from files or a paste, for the app to store, in batches: their
    /// ids, and the articles as a JSON array (handed to storage as it is, not read
    /// again). The app writes all batches of one import in one transaction once
    /// `last` arrives.
    Imported {
        ids: Vec<String>,
        articles: String,
        last: bool,
    },
    /// Corrections read from an imported export: the app stores them.
    PatchImported { patch: Patch },
    /// A piece of the analysis to show (tokens left out: the views never need
    /// them), its comparison, the ids of the imported articles and the corrections
    /// that no longer apply; [`transfer::Assembler`] puts the pieces together.
    Analysis { part: transfer::Part },
    /// A piece of the file the next [`Response::Exported`] completes: a large
    /// export comes in parts of about a megabyte ([`export::PART_BYTES`]), one
    /// message each, never as one string; the page hands them to a `Blob` as is.
    ExportPart { part: String },
    /// A file to download: its last part (the whole file when it is small),
    /// after the [`Response::ExportPart`]s before it.
    Exported {
        filename: String,
        mime: String,
        content: String,
    },
    /// Something went wrong that the user should know about.
    Failed { message: String },
    /// For the glue, not the page: post `message` (a [`Chunk::Extract`] as JSON)
    /// to helper number `helper`, starting that helper first if need be.
    Dispatch { helper: usize, message: String },
}

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

/// A batch of articles whose mentions the helpers find, chunk by chunk; the
/// results join the session in the batch's order, whatever order they come in.
struct Job {
    id: u64,
    articles: Vec<Article>,
    found: Vec<Option<Found>>,
    /// `articles[..added]` are in the session.
    added: usize,
    chunks: Vec<std::ops::Range<usize>>,
    /// Chunks before this one have been handed out.
    next_chunk: usize,
    /// The chunks each helper is working on.
    busy: Vec<Vec<usize>>,
    /// Publish once the first [`FIRST_VIEW`] articles are in.
    first_view: bool,
}

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

    fn live_helpers(&self) -> Vec<usize> {
        (0..self.alive.len()).filter(|&h| self.alive[h]).collect()
    }

    /// Have every helper extract the bundled articles once (job 0, whose answers
    /// are dropped: jobs count from 1).
    fn prepare(&mut self, post: &mut dyn FnMut(Response)) {
        let message = Chunk::Extract {
            job: 0,
            chunk: 0,
            articles: self.seeds.clone(),
        };
        let message = serde_json::to_string(&message).unwrap_or_default();
        for helper in self.live_helpers() {
            post(Response::Dispatch {
                helper,
                message: message.clone(),
            });
        }
    }

    /// Hand a large batch to the helpers; gives the articles back if it is too
    /// small for them or there are none.
    fn start_job(
        &mut self,
        articles: Vec<Article>,
        post: &mut dyn FnMut(Response),
    ) -> Result<(), Vec<Article>> {
        let helpers = self.live_helpers();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        if helpers.is_empty() || bytes < self.parallel_bytes {
            return Err(articles);
        }
        self.keep_imported(articles.clone());
        self.jobs += 1;
        let mut job = Job {
            id: self.jobs,
            found: vec![None; articles.len()],
            chunks: chunks(&articles),
            first_view: articles.len() > 2 * FIRST_VIEW,
            articles,
            added: 0,
            next_chunk: 0,
            busy: vec![Vec::new(); self.alive.len()],
        };
        for _ in 0..IN_FLIGHT {
            for &h in &helpers {
                job.hand_out(h, post);
            }
        }
        self.job = Some(job);
        Ok(())
    }

    /// A message from helper `helper`: its answer to a chunk. Anything else means the
    /// helper is not working, and is handled as [`Request::HelperFailed`].
    pub fn from_helper(&mut self, helper: usize, message: &str, post: &mut dyn FnMut(Response)) {
        match serde_json::from_str(message) {
            Ok(Chunk::Extracted { job, chunk, found }) => self.extracted(job, chunk, found, post),
            _ => self.handle(Request::HelperFailed { helper }, Vec::new(), post),
        }
    }

    /// A helper's chunk is in: keep the helper busy, add what can be added in order.
    fn extracted(
        &mut self,
        id: u64,
        chunk: usize,
        found: Vec<Found>,
        post: &mut dyn FnMut(Response),
    ) {
        let Some(job) = self.job.as_mut().filter(|j| j.id == id) else {
            return;
        };
        let Some(range) = job.chunks.get(chunk).cloned() else {
            return;
        };
        let Some(h) = job.busy.iter().position(|b| b.contains(&chunk)) else {
            return;
        };
        job.busy[h].retain(|&c| c != chunk);
        if found.len() == range.len() {
            for (i, f) in range.zip(found) {
                job.found[i] = Some(f);
            }
        } else {
            // Not what was asked for: find them here instead.
            job.find_here(chunk);
        }
        if self.alive.get(h).copied().unwrap_or(false) {
            job.hand_out(h, post);
        }
        self.advance(post);
    }

    /// A helper is gone: its chunks, and every chunk if no helper is left, are found here.
    fn helper_failed(&mut self, helper: usize, post: &mut dyn FnMut(Response)) {
        if let Some(a) = self.alive.get_mut(helper) {
            *a = false;
        }
        let none_left = !self.alive.contains(&true);
        if let Some(job) = self.job.as_mut() {
            let mine = job
                .busy
                .get_mut(helper)
                .map(std::mem::take)
                .unwrap_or_default();
            for c in mine {
                job.find_here(c);
            }
            if none_left {
                while job.next_chunk < job.chunks.len() {
                    job.find_here(job.next_chunk);
                    job.next_chunk += 1;
                }
            }
        }
        self.advance(post);
    }

    /// Move the found articles at the front of the job into the session; at the
    /// end of the job publish, then serve the requests that waited.
    fn advance(&mut self, post: &mut dyn FnMut(Response)) {
        let Some(mut job) = self.job.take() else {
            return;
        };
        let total = job.articles.len();
        while let Some(found) = job.found.get_mut(job.added).and_then(Option::take) {
            let doc = job.articles[job.added].to_document();
            let ex = found.into_extraction(&doc);
            job.added += 1;
            report(job.added, total, &doc, post);
            self.session.insert(doc, ex);
            if job.first_view && job.added == FIRST_VIEW {
                self.publish(post);
            }
        }
        if job.added < total {
            self.job = Some(job);
            return;
        }
        std::mem::take(&mut self.store_later)
            .into_iter()
            .for_each(&mut *post);
        self.publish(post);
        while self.job.is_none() {
            let Some((request, files)) = self.queue.pop_front() else {
                break;
            };
            self.serve(request, files, post);
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

fn yes() -> bool {
    true
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

/// Batches with less text than this are extracted by the worker itself: starting
/// helpers costs more than they save (about 40,000 words).
pub const PARALLEL_BYTES: usize = 250_000;

/// A chunk, the unit of work of a helper, holds articles up to about this much
/// text (about 8,000 words, 10 ms of work).
const CHUNK_BYTES: usize = 50_000;

/// Chunks each helper holds at once (about 80 ms of work), so it does not run dry
/// while this worker is busy publishing the first view.
const IN_FLIGHT: usize = 8;

/// Consecutive runs of articles of about [`CHUNK_BYTES`] of text each (at least one article).
fn chunks(articles: &[Article]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let (mut from, mut bytes) = (0, 0);
    for (i, a) in articles.iter().enumerate() {
        bytes += a.text.len();
        if bytes >= CHUNK_BYTES {
            out.push(from..i + 1);
            (from, bytes) = (i + 1, 0);
        }
    }
    if from < articles.len() {
        out.push(from..articles.len());
    }
    out
}

impl Job {
    /// Give helper `h` the next chunk, if any is left.
    fn hand_out(&mut self, h: usize, post: &mut dyn FnMut(Response)) {
        let Some(range) = self.chunks.get(self.next_chunk).cloned() else {
            return;
        };
        let message = Chunk::Extract {
            job: self.id,
            chunk: self.next_chunk,
            articles: self.articles[range].to_vec(),
        };
        post(Response::Dispatch {
            helper: h,
            message: serde_json::to_string(&message).unwrap_or_default(),
        });
        if let Some(b) = self.busy.get_mut(h) {
            b.push(self.next_chunk);
        }
        self.next_chunk += 1;
    }

    /// Find the mentions of one chunk in this thread.
    fn find_here(&mut self, chunk: usize) {
        if let Some(range) = self.chunks.get(chunk).cloned() {
            for i in range {
                self.found[i] = Some(Found::of(&self.articles[i]));
            }
        }
    }
}

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
