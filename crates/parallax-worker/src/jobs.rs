//! Large imports spread over helper workers: a [`Job`] cuts a batch into chunks of about
//! [`CHUNK_BYTES`] of text, keeps each live helper [`IN_FLIGHT`] chunks ahead, adds what they
//! found to the session in the batch's order, and finds here what a failed helper held.

use crate::protocol::{Chunk, Found, Request, Response};
use crate::{report, Worker, FIRST_VIEW};
use parallax_core::import::Article;

/// A batch of articles whose mentions the helpers find, chunk by chunk; the
/// results join the session in the batch's order, whatever order they come in.
pub(crate) struct Job {
    id: u64,
    articles: Vec<Article>,
    found: Vec<Option<Found>>,
    /// `articles[..added]` are in the session.
    added: usize,
    pub(crate) chunks: Vec<std::ops::Range<usize>>,
    /// Chunks before this one have been handed out.
    next_chunk: usize,
    /// The chunks each helper is working on.
    busy: Vec<Vec<usize>>,
    /// Publish once the first [`FIRST_VIEW`] articles are in.
    first_view: bool,
}

impl Worker {
    fn live_helpers(&self) -> Vec<usize> {
        (0..self.alive.len()).filter(|&h| self.alive[h]).collect()
    }

    /// Have every helper extract the bundled articles once (job 0, whose answers
    /// are dropped: jobs count from 1).
    pub(crate) fn prepare(&mut self, post: &mut dyn FnMut(Response)) {
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
    pub(crate) fn start_job(
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
    pub(crate) fn helper_failed(&mut self, helper: usize, post: &mut dyn FnMut(Response)) {
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
}

/// Batches with less text than this are extracted by the worker itself: starting
/// helpers costs more than they save (about 40,000 words).
pub const PARALLEL_BYTES: usize = 250_000;

/// A chunk, the unit of work of a helper, holds articles up to about this much
/// text (about 8,000 words, 10 ms of work).
pub(crate) const CHUNK_BYTES: usize = 50_000;

/// Chunks each helper holds at once (about 80 ms of work), so it does not run dry
/// while this worker is busy publishing the first view.
const IN_FLIGHT: usize = 8;

/// Consecutive runs of articles of about [`CHUNK_BYTES`] of text each (at least one article).
pub(crate) fn chunks(articles: &[Article]) -> Vec<std::ops::Range<usize>> {
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
