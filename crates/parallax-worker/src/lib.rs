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

use parallax_core::import::{self, Article};
use parallax_core::{export, Analysis, Comparison, Patch, Session};
use serde::{Deserialize, Serialize};

pub mod transfer;

/// What the main thread asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
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

/// What the worker tells the main thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
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
    /// A file to download.
    Exported {
        filename: String,
        mime: String,
        content: String,
    },
    /// Something went wrong that the user should know about.
    Failed { message: String },
}

/// The worker's state: the bundled and imported documents, extracted once each.
#[derive(Default)]
pub struct Worker {
    seeds: Vec<Article>,
    imported: Vec<Article>,
    show_seeds: bool,
    session: Session,
    last: Option<(Analysis, Comparison)>,
}

impl Worker {
    /// Handle one request; `files` are the bytes that came with it, by name.
    pub fn handle(
        &mut self,
        request: Request,
        files: Vec<(String, Vec<u8>)>,
        post: &mut dyn FnMut(Response),
    ) {
        match request {
            Request::Start {
                seeds,
                stored,
                patch,
                show_seeds,
            } => {
                self.seeds = seeds;
                self.imported = Vec::new();
                // With nothing imported there is nothing else to show.
                self.show_seeds = show_seeds || stored.is_empty();
                self.session = Session::new();
                self.session.set_patch(patch);
                if self.show_seeds {
                    self.add_seeds(post);
                }
                self.add_streaming(stored, post);
                self.publish(post);
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
                for a in std::mem::take(&mut self.imported) {
                    self.session.remove(&a.id);
                }
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
                        for s in &self.seeds {
                            self.session.remove(&s.id);
                        }
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
                    let content = match kind {
                        ExportKind::Json => json_export(analysis, comparison, self.session.patch()),
                        ExportKind::EntitiesCsv => export::entities_csv(analysis),
                        ExportKind::MatrixCsv => export::matrix_csv(analysis, comparison),
                        ExportKind::Gexf => export::gexf(analysis),
                        ExportKind::Report => export::html_report(analysis, comparison),
                    };
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
        let count = batches.len();
        for (i, batch) in batches.into_iter().enumerate() {
            post(Response::Imported {
                ids: batch.iter().map(|a| a.id.clone()).collect(),
                articles: serde_json::to_string(&batch).unwrap_or_default(),
                last: i + 1 == count,
            });
        }
        self.add_streaming(articles, post);
        self.publish(post);
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
        articles
            .into_iter()
            .filter(|a| !self.seeds.iter().any(|s| s.id == a.id && s.text == a.text))
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

    fn add_seeds(&mut self, post: &mut dyn FnMut(Response)) {
        let docs = self.seeds.iter().map(Article::to_document).collect();
        self.session
            .add_with_progress(docs, &mut |done, total, doc, _| {
                report(done, total, doc, post)
            });
    }

    fn add_imported(&mut self, articles: Vec<Article>, post: &mut dyn FnMut(Response)) {
        let docs = articles.iter().map(Article::to_document).collect();
        for a in articles {
            match self.imported.iter_mut().find(|b| b.id == a.id) {
                Some(b) => *b = a,
                None => self.imported.push(a),
            }
        }
        self.session
            .add_with_progress(docs, &mut |done, total, doc, _| {
                report(done, total, doc, post)
            });
    }

    fn publish(&mut self, post: &mut dyn FnMut(Response)) {
        let (mut analysis, skipped) = self.session.analysis();
        let comparison = parallax_core::compare(&analysis);
        self.last = Some((analysis.clone(), comparison.clone()));
        for ex in &mut analysis.extractions {
            ex.tokens = Vec::new();
        }
        let imported = self.imported.iter().map(|a| a.id.clone()).collect();
        let skipped = skipped.into_iter().map(|s| s.reason).collect();
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

/// How many articles of a large batch are shown before the rest are analysed.
pub const FIRST_VIEW: usize = 50;

/// Post progress about a hundred times per run, and for every document of small runs.
fn progress_step(total: usize) -> usize {
    (total / 100).max(1)
}

/// The JSON export: the `parallax analyze` schema with the corrections beside it,
/// so importing the file again restores them.
fn json_export(analysis: &Analysis, comparison: &Comparison, patch: &Patch) -> String {
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
    serde_json::to_string(&value).unwrap_or_default()
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
