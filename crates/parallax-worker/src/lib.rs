//! The Parallax Web Worker: the engine side of the browser app.
//!
//! The app's main thread only renders. It sends [`Request`]s to this worker as JSON
//! strings (file bytes travel beside them, transferred, not copied) and receives
//! [`Response`]s: progress while articles are analysed, one per document, then the
//! analysis and comparison to show.
//!
//! Everything here is plain Rust so it is tested natively; `main.rs` is the thin
//! `wasm32` glue that wires [`Worker::handle`] to `postMessage`.
//!
//! ```
//! use parallax_worker::{Request, Response, Worker, Seed};
//!
//! let mut worker = Worker::default();
//! let mut out = Vec::new();
//! let seeds = vec![Seed { id: "a.txt".into(), text: "NATO met in Brussels on Monday.".into() }];
//! worker.handle(Request::Start { seeds, stored: vec![] }, vec![], &mut |r| out.push(r));
//! let Some(Response::Analysis { analysis, .. }) = out.last() else { panic!("no analysis") };
//! assert_eq!(analysis.documents.len(), 1);
//! assert!(analysis.entities.iter().any(|e| e.canonical == "NATO"));
//! ```

use parallax_core::{Analysis, Comparison, Document};
use serde::{Deserialize, Serialize};

/// A bundled article: file name and text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Seed {
    pub id: String,
    pub text: String,
}

/// What the main thread asks of the worker.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Request {
    /// Analyse the bundled articles and those kept in the browser's storage.
    Start { seeds: Vec<Seed>, stored: Vec<Seed> },
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
    /// The analysis to show (tokens left out: the views never need them) and its comparison.
    Analysis {
        analysis: Box<Analysis>,
        comparison: Box<Comparison>,
    },
    /// Something went wrong that the user should know about.
    Failed { message: String },
}

/// The worker's state: the documents it holds.
#[derive(Default)]
pub struct Worker {
    seeds: Vec<Document>,
    user: Vec<Document>,
}

impl Worker {
    /// Handle one request; `files` are the bytes that came with it, by name.
    pub fn handle(
        &mut self,
        request: Request,
        _files: Vec<(String, Vec<u8>)>,
        post: &mut dyn FnMut(Response),
    ) {
        match request {
            Request::Start { seeds, stored } => {
                self.seeds = seeds
                    .iter()
                    .map(|s| Document::parse(s.id.clone(), s.text.as_bytes()))
                    .collect();
                self.user = stored
                    .iter()
                    .map(|s| Document::parse(s.id.clone(), s.text.as_bytes()))
                    .collect();
                self.publish(post);
            }
        }
    }

    fn publish(&self, post: &mut dyn FnMut(Response)) {
        let docs: Vec<Document> = self.seeds.iter().chain(&self.user).cloned().collect();
        let total = docs.len();
        let step = progress_step(total);
        let mut extractions = Vec::with_capacity(total);
        for (i, doc) in docs.iter().enumerate() {
            extractions.push(parallax_core::extract(doc));
            if (i + 1) % step == 0 || i + 1 == total {
                post(Response::Progress {
                    done: i + 1,
                    total,
                    current: doc.title().unwrap_or(&doc.id).to_owned(),
                });
            }
        }
        let (entities, mention_entity) = parallax_core::entities::link(&docs, &extractions);
        let mut analysis = Analysis {
            documents: docs,
            extractions,
            entities,
            mention_entity,
        };
        let comparison = parallax_core::compare(&analysis);
        for ex in &mut analysis.extractions {
            ex.tokens = Vec::new();
        }
        post(Response::Analysis {
            analysis: Box::new(analysis),
            comparison: Box::new(comparison),
        });
    }
}

/// Post progress about a hundred times per run, and for every document of small runs.
fn progress_step(total: usize) -> usize {
    (total / 100).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_reported_for_every_small_run_and_about_a_hundred_times_for_large() {
        for (total, step) in [(0, 1), (5, 1), (100, 1), (250, 2), (2127, 21)] {
            assert_eq!(progress_step(total), step, "{total}");
        }
    }
}
