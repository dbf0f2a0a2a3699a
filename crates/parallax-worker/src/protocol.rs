//! The messages: what the page asks ([`Request`]), what the worker answers ([`Response`]),
//! and the work a worker and its helpers pass between them ([`Chunk`], [`Found`]). All travel
//! as JSON strings.

use crate::transfer;
use parallax_core::import::Article;
use parallax_core::{DateValue, Document, Extraction, Mention, Patch, Quantity};
use serde::{Deserialize, Serialize};

/// What the main thread asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// Analyse the bundled articles, those kept in the browser's storage and the
    /// stored corrections.
    Start {
        /// The articles bundled with the app, in their bundled order.
        seeds: Vec<Article>,
        /// The articles imported earlier and kept in the browser's storage.
        stored: Vec<Article>,
        /// The stored corrections.
        patch: Patch,
        /// Show the bundled articles (the corpus switch, remembered by the app).
        #[serde(default = "yes")]
        show_seeds: bool,
    },
    /// Start with the bundled articles alone, whose analysis the page already shows:
    /// it was made when the app was built ([`start_answer`](crate::start_answer)), so the first view does
    /// not wait for this worker. The worker builds the same session and posts nothing.
    StartShown {
        /// The articles bundled with the app, in their bundled order.
        seeds: Vec<Article>,
    },
    /// Import files; their names and bytes come beside the request (transferred, not copied).
    Import,
    /// Import one pasted article.
    Paste {
        /// The paste form's text, title, outlet, date and address; a non-empty `id`
        /// is kept, else the title (or the start of the text) is the id.
        article: Article,
    },
    /// Forget one imported article.
    Remove {
        /// The article's id.
        id: String,
    },
    /// Forget every imported article and correction.
    ClearImported,
    /// Show the bundled articles beside the imported ones, or only the imported ones.
    ShowSeeds {
        /// `true` to show the bundled articles, `false` to leave them out.
        on: bool,
    },
    /// Replace the corrections (undo sends a shorter list).
    SetPatch {
        /// Every correction, in the order they apply.
        patch: Patch,
    },
    /// Produce a file to download.
    Export {
        /// Which file.
        kind: ExportKind,
    },
    /// Files may come soon (the import page is open): start the helpers now and
    /// have each extract the bundled articles once, so that a large import finds
    /// them with their model loaded and their code compiled.
    Prepare,
    /// The glue could not start helper `helper`, or it stopped with an error: its
    /// unfinished chunks are extracted again elsewhere.
    HelperFailed {
        /// The helper's number, counting from 0.
        helper: usize,
    },
}

/// Work between a worker and its helpers, posted as JSON strings like the page's
/// requests and the worker's responses. The page never sees these.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Chunk {
    /// To a helper: find the mentions in these articles (chunk `chunk` of job `job`).
    Extract {
        /// The job's number. Jobs count from 1; job 0 is [`Request::Prepare`]'s
        /// warm-up, whose answers are dropped.
        job: u64,
        /// The chunk's index among the job's chunks.
        chunk: usize,
        /// The chunk's articles, in the job's order.
        articles: Vec<Article>,
    },
    /// The helper's answer: one [`Found`] per article of the chunk, in order.
    Extracted {
        /// The job of the chunk answered, as in its [`Chunk::Extract`].
        job: u64,
        /// The chunk answered, as in its [`Chunk::Extract`].
        chunk: usize,
        /// What was found in each article, in the order they were sent.
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
    /// Entity mentions, sorted by start; spans are byte offsets into the text of
    /// [`Article::to_document`].
    pub mentions: Vec<Mention>,
    /// Counted quantities, sorted by start.
    pub quantities: Vec<Quantity>,
    /// Dates read into calendar values, sorted by start; none when the JSON has no
    /// `dates`.
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
    pub(crate) fn into_extraction(self, doc: &Document) -> Extraction {
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
        /// Documents extracted so far in this run.
        done: usize,
        /// Documents in this run.
        total: usize,
        /// The title of the document just extracted, or its id when it has none.
        current: String,
    },
    /// A file that could not be imported, and why, in words for the page.
    Rejected {
        /// The file's name, or "The pasted text".
        name: String,
        /// Why, in a sentence that names the file.
        message: String,
    },
    /// Articles read from files or a paste, for the app to store, in batches: their
    /// ids, and the articles as a JSON array (handed to storage as it is, not read
    /// again). The app writes all batches of one import in one transaction once
    /// `last` arrives.
    Imported {
        /// The batch's article ids, in order.
        ids: Vec<String>,
        /// The batch's articles, as a JSON array of [`Article`]s.
        articles: String,
        /// Whether this is the import's last batch.
        last: bool,
    },
    /// Corrections read from an imported export: the app stores them.
    PatchImported {
        /// Every correction now in force: those already there, then the imported ones.
        patch: Patch,
    },
    /// A piece of the analysis to show (tokens left out: the views never need
    /// them), its comparison, the ids of the imported articles and the corrections
    /// that no longer apply; [`transfer::Assembler`] puts the pieces together.
    Analysis {
        /// The next piece, in the order [`transfer::parts`] makes them.
        part: transfer::Part,
    },
    /// A piece of the file the next [`Response::Exported`] completes: a large
    /// export comes in parts of about a megabyte ([`export::PART_BYTES`](parallax_core::export::PART_BYTES)), one
    /// message each, never as one string; the page hands them to a `Blob` as is.
    ExportPart {
        /// The next piece of the file's text.
        part: String,
    },
    /// A file to download: its last part (the whole file when it is small),
    /// after the [`Response::ExportPart`]s before it.
    Exported {
        /// The name to save the file under ([`ExportKind::file`]).
        filename: String,
        /// The file's media type ([`ExportKind::file`]).
        mime: String,
        /// The file's last part, or the whole file when no [`Response::ExportPart`]
        /// came before it.
        content: String,
    },
    /// Something went wrong that the user should know about.
    Failed {
        /// What went wrong, in a sentence for the page.
        message: String,
    },
    /// For the glue, not the page: post `message` (a [`Chunk::Extract`] as JSON)
    /// to helper number `helper`, starting that helper first if need be.
    Dispatch {
        /// The helper's number, counting from 0.
        helper: usize,
        /// The [`Chunk::Extract`] to post, as JSON.
        message: String,
    },
}

fn yes() -> bool {
    true
}
