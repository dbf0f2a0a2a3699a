//! Publishing a corpus as static files the page opens: a small index of its
//! stories and one shard per story, so a static host can serve a corpus far
//! larger than a browser tab could analyse, one story at a time.
//!
//! - [`INDEX_PATH`] (`index.json`): an [`Index`], every story's name, outlets,
//!   dates, article count and most-named entities, and the path of its shard.
//! - `stories/ID-HASH.json`: a [`Shard`], the engine's analysis and comparison
//!   of that story's articles alone (what `parallax analyze` computes for them),
//!   in the types the app shows (byte offsets, tokens left out). The name carries
//!   a hash of the bytes, so a shard's URL never changes meaning and a cache may
//!   keep it.
//!
//! A story is the engine's ([`crate::compare::Story`]): [`publish`] extracts
//! every document, links and compares the whole corpus to find its stories, and
//! then analyses each story's articles on their own. A distributed job that has
//! already extracted the documents and grouped them gives [`publish_stories`]
//! the groups; both write through a [`Sink`] (`Vec<(String, Vec<u8>)>` collects
//! the files; [`Folder`] writes them into a folder). The format is described in
//! `docs/publish-format.md`.
//!
//! ```
//! use parallax_core::publish::{publish, Index, Shard, INDEX_PATH};
//! use parallax_core::Document;
//!
//! let docs = vec![
//!     Document::parse("a.txt", b"Quake hits Kerman\nAn earthquake struck Kerman in Iran on Monday."),
//!     Document::parse("b.txt", b"Kerman earthquake\nThe earthquake in Kerman, Iran, destroyed homes."),
//!     Document::parse("c.txt", b"Budget vote\nThe parliament in Oslo passed the budget after a long debate."),
//! ];
//! let mut files: Vec<(String, Vec<u8>)> = Vec::new();
//! let index = publish(docs, &mut files).unwrap();
//! assert_eq!(index.articles, 3);
//! assert_eq!(index.stories.iter().map(|s| s.articles).sum::<usize>(), 3);
//! // One file per story, then the index.
//! assert_eq!(files.len(), index.stories.len() + 1);
//! let (path, bytes) = files.last().unwrap();
//! assert_eq!(path, INDEX_PATH);
//! assert_eq!(serde_json::from_slice::<Index>(bytes).unwrap(), index);
//! let first = &index.stories[0];
//! let (_, shard) = files.iter().find(|(p, _)| *p == first.shard).unwrap();
//! let shard: Shard = serde_json::from_slice(shard).unwrap();
//! assert_eq!(shard.analysis.documents.len(), first.articles);
//! ```

use crate::analysis::Analysis;
use crate::compare::compare;
use crate::compare::stories::tell_apart;
use crate::entities::link_with;
use crate::gazetteer::Lexicon;
use crate::names::iso_date;
use crate::pipeline::{extract_with, Extraction};
use crate::{Comparison, Document, Label};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::convert::Infallible;

/// The `format` of an [`Index`]; a reader refuses another.
pub const INDEX_FORMAT: &str = "parallax-corpus/1";
/// The `format` of a [`Shard`].
pub const SHARD_FORMAT: &str = "parallax-story/1";
/// Where the index lies in the published folder.
pub const INDEX_PATH: &str = "index.json";
/// How many of a story's entities the index lists.
pub const TOP_ENTITIES: usize = 5;

/// Where published files go: a folder, a bucket, a list in memory.
pub trait Sink {
    /// What a failed write returns.
    type Error;
    /// Store `bytes` at `path` (relative, `/`-separated, e.g. `stories/s0001-….json`).
    fn put(&mut self, path: &str, bytes: Vec<u8>) -> Result<(), Self::Error>;
}

/// Writes the files under a folder, creating sub-folders as needed (the command
/// line's `parallax publish` and the Python package's `parallax.publish`). An error
/// names the file that could not be written.
#[cfg(not(target_arch = "wasm32"))]
pub struct Folder(pub std::path::PathBuf);

#[cfg(not(target_arch = "wasm32"))]
impl Sink for Folder {
    type Error = std::io::Error;
    fn put(&mut self, path: &str, bytes: Vec<u8>) -> std::io::Result<()> {
        let file = path.split('/').fold(self.0.clone(), |p, part| p.join(part));
        let write = || -> std::io::Result<()> {
            if let Some(parent) = file.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(&file, bytes)
        };
        write().map_err(|e| {
            std::io::Error::new(e.kind(), format!("{}: cannot write: {e}", file.display()))
        })
    }
}

/// Collects the files in memory, in the order they are written.
impl Sink for Vec<(String, Vec<u8>)> {
    type Error = Infallible;
    fn put(&mut self, path: &str, bytes: Vec<u8>) -> Result<(), Infallible> {
        self.push((path.to_owned(), bytes));
        Ok(())
    }
}

/// The published corpus at a glance: what the page lists before any story is opened.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// [`INDEX_FORMAT`].
    pub format: String,
    /// Articles in the whole corpus.
    pub articles: usize,
    /// Every outlet of the corpus, most articles first.
    pub outlets: Vec<Count>,
    /// The earliest publication date of the corpus (`YYYY[-MM[-DD]]`).
    pub first: Option<String>,
    /// The latest publication date of the corpus (`YYYY[-MM[-DD]]`).
    pub last: Option<String>,
    /// The stories, in the order they were published.
    pub stories: Vec<StoryEntry>,
}

/// A name and how many articles it has.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// The outlet's name, as the articles give it.
    pub name: String,
    /// How many articles it has.
    pub articles: usize,
}

/// One story in the [`Index`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StoryEntry {
    /// Stable within the publication: `s0001`, `s0002` … in publication order.
    pub id: String,
    /// The story's name as the engine gives it ([`crate::compare::Story::name`]).
    pub name: String,
    /// The event word most of its articles use ([`crate::compare::Story::event`]), when one is.
    pub event: Option<String>,
    /// Its first figure track in a sentence, `""` when it has none.
    pub summary: String,
    /// How many articles it has.
    pub articles: usize,
    /// Its outlets, most articles first.
    pub outlets: Vec<Count>,
    /// Earliest publication date of its articles (`YYYY[-MM[-DD]]`).
    pub first: Option<String>,
    /// Latest publication date of its articles (`YYYY[-MM[-DD]]`).
    pub last: Option<String>,
    /// Its most-named entities (by articles, then mentions), at most [`TOP_ENTITIES`].
    pub entities: Vec<TopEntity>,
    /// The shard's path, relative to the index.
    pub shard: String,
    /// The shard's size in bytes.
    pub bytes: usize,
}

/// An entity the index shows next to a story.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopEntity {
    /// The entity's id in the story's shard.
    pub id: String,
    /// The entity's canonical name.
    pub name: String,
    /// The entity's label.
    pub label: Label,
    /// Articles of the story naming it.
    pub articles: usize,
}

/// One story's articles, their analysis and their comparison, ready to show.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Shard {
    /// [`SHARD_FORMAT`].
    pub format: String,
    /// The [`StoryEntry::id`].
    pub story: String,
    /// The name of the largest story the story's own comparison finds.
    pub name: String,
    /// The story's articles analysed on their own (tokens left out: the views
    /// read sentences and mentions), byte offsets.
    pub analysis: Analysis,
    /// The story's articles compared on their own.
    pub comparison: Comparison,
}

/// A story's documents with their extractions, before linking (as
/// [`crate::extract`] returns them): the input of [`publish_stories`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoryDocs {
    /// The story's documents, in the order given.
    pub documents: Vec<Document>,
    /// `extractions[i]` belongs to `documents[i]`.
    pub extractions: Vec<Extraction>,
}

/// Extract every document, then group the corpus into the engine's stories
/// (largest first; equal sizes in the order of their first article), each with
/// its documents and their unlinked extractions.
pub fn group(documents: Vec<Document>) -> Vec<StoryDocs> {
    let lex = Lexicon::embedded();
    let raw: Vec<Extraction> = documents.iter().map(|d| extract_with(d, lex)).collect();
    group_extracted(documents, raw)
}

/// [`group`] for documents already extracted (`extractions[i]` of `documents[i]`, unlinked).
pub fn group_extracted(documents: Vec<Document>, extractions: Vec<Extraction>) -> Vec<StoryDocs> {
    let mut linked = extractions.clone();
    let (entities, mention_entity) = link_with(&documents, &mut linked, Lexicon::embedded());
    let mut analysis = Analysis {
        documents,
        extractions: linked,
        entities,
        mention_entity,
    };
    let comparison = compare(&analysis);
    let documents = std::mem::take(&mut analysis.documents);
    drop(analysis);
    let n = documents.len();
    // Each document's story; one a story of its own if the comparison left it out.
    let mut story_of: Vec<Option<usize>> = vec![None; n];
    let mut members: Vec<Vec<usize>> = Vec::new();
    for story in &comparison.stories {
        let docs: Vec<usize> = story
            .docs
            .iter()
            .copied()
            .filter(|&d| d < n && story_of.get(d).is_some_and(Option::is_none))
            .collect();
        for &d in &docs {
            if let Some(slot) = story_of.get_mut(d) {
                *slot = Some(members.len());
            }
        }
        if !docs.is_empty() {
            members.push(docs);
        }
    }
    for (d, slot) in story_of.iter_mut().enumerate() {
        if slot.is_none() {
            *slot = Some(members.len());
            members.push(vec![d]);
        }
    }
    let mut slots: Vec<Option<(Document, Extraction)>> =
        documents.into_iter().zip(extractions).map(Some).collect();
    members.sort_by(|a, b| {
        b.len()
            .cmp(&a.len())
            .then_with(|| a.first().cmp(&b.first()))
    });
    members
        .into_iter()
        .map(|docs| {
            let (documents, extractions) = docs
                .into_iter()
                .filter_map(|d| slots.get_mut(d).and_then(Option::take))
                .unzip();
            StoryDocs {
                documents,
                extractions,
            }
        })
        .collect()
}

/// Publish raw documents: [`group`] them into stories, then [`publish_stories`].
pub fn publish<S: Sink>(documents: Vec<Document>, sink: &mut S) -> Result<Index, S::Error> {
    publish_stories(group(documents), sink)
}

/// Publish stories already grouped: each story's articles are linked and
/// compared on their own and written as a shard, then the index is written
/// (last, so a folder with an index is complete). Stories keep the given order
/// and are numbered in it; an empty story is skipped.
pub fn publish_stories<S: Sink>(
    stories: impl IntoIterator<Item = StoryDocs>,
    sink: &mut S,
) -> Result<Index, S::Error> {
    let mut index = Index {
        format: INDEX_FORMAT.to_owned(),
        ..Index::default()
    };
    let mut outlets: HashMap<String, usize> = HashMap::new();
    for story in stories {
        if story.documents.is_empty() {
            continue;
        }
        let id = format!("s{:04}", index.stories.len() + 1);
        let shard = shard(&id, story);
        let mut entry = entry(&id, &shard);
        let bytes = serde_json::to_vec(&shard).unwrap_or_default();
        entry.shard = format!("stories/{id}-{:016x}.json", fnv1a(&bytes));
        entry.bytes = bytes.len();
        sink.put(&entry.shard, bytes)?;
        index.articles += entry.articles;
        for o in &entry.outlets {
            *outlets.entry(o.name.clone()).or_default() += o.articles;
        }
        index.first = earliest(index.first.take(), entry.first.clone());
        index.last = latest(index.last.take(), entry.last.clone());
        index.stories.push(entry);
    }
    index.outlets = ranked(outlets);
    distinguish(&mut index.stories);
    let bytes = serde_json::to_vec(&index).unwrap_or_default();
    sink.put(INDEX_PATH, bytes)?;
    Ok(index)
}

/// Stories of one corpus that got the same name ("United Kingdom election" for
/// several stories of a campaign) are told apart in the list by the person or body
/// each names most that the name does not already say: "United Kingdom election ·
/// Labour Party" ([`tell_apart`]; a story's own comparison may already have
/// qualified its name, and no new name repeats it).
fn distinguish(stories: &mut [StoryEntry]) {
    let mut names: Vec<String> = stories.iter().map(|s| s.name.clone()).collect();
    tell_apart(&mut names, |i| {
        stories.get(i).map_or_else(Vec::new, |s| {
            s.entities
                .iter()
                .map(|e| (e.name.clone(), e.label))
                .collect()
        })
    });
    for (story, name) in stories.iter_mut().zip(names) {
        story.name = name;
    }
}

/// Analyse one story's articles on their own: link, compare, drop the tokens.
pub fn shard(id: &str, story: StoryDocs) -> Shard {
    let StoryDocs {
        documents,
        mut extractions,
    } = story;
    let (entities, mention_entity) = link_with(&documents, &mut extractions, Lexicon::embedded());
    let mut analysis = Analysis {
        documents,
        extractions,
        entities,
        mention_entity,
    };
    let comparison = compare(&analysis);
    for ex in &mut analysis.extractions {
        ex.tokens = Vec::new();
    }
    // The story's own comparison may split it further; its largest part names it.
    let main = comparison
        .stories
        .iter()
        .enumerate()
        .max_by(|(i, a), (j, b)| a.docs.len().cmp(&b.docs.len()).then(j.cmp(i)))
        .map(|(_, s)| s);
    Shard {
        format: SHARD_FORMAT.to_owned(),
        story: id.to_owned(),
        name: main.map(|s| s.name.clone()).unwrap_or_default(),
        analysis,
        comparison,
    }
}

/// A shard's line in the index (its path and size are filled in by the caller).
fn entry(id: &str, shard: &Shard) -> StoryEntry {
    let docs = &shard.analysis.documents;
    let main = shard
        .comparison
        .stories
        .iter()
        .find(|s| s.name == shard.name);
    let mut outlets: HashMap<String, usize> = HashMap::new();
    for d in docs {
        if let Some(o) = d.outlet() {
            *outlets.entry(o.to_owned()).or_default() += 1;
        }
    }
    let dates: Vec<String> = docs.iter().filter_map(iso_date).collect();
    // Who and where: people, bodies and places, not dates or nationalities.
    let mut entities: Vec<_> = shard
        .analysis
        .entities
        .iter()
        .filter(|e| matches!(e.label, Label::Person | Label::Org | Label::Loc))
        .collect();
    entities.sort_by(|a, b| {
        b.docs
            .len()
            .cmp(&a.docs.len())
            .then_with(|| b.mentions.len().cmp(&a.mentions.len()))
            .then_with(|| a.canonical.cmp(&b.canonical))
    });
    StoryEntry {
        id: id.to_owned(),
        name: shard.name.clone(),
        event: main.and_then(|s| s.event.clone()),
        summary: main.map(|s| s.summary.clone()).unwrap_or_default(),
        articles: docs.len(),
        outlets: ranked(outlets),
        first: dates.iter().min().cloned(),
        last: dates.iter().max().cloned(),
        entities: entities
            .into_iter()
            .take(TOP_ENTITIES)
            .map(|e| TopEntity {
                id: e.id.clone(),
                name: e.canonical.clone(),
                label: e.label,
                articles: e.docs.len(),
            })
            .collect(),
        shard: String::new(),
        bytes: 0,
    }
}

/// Names with counts, most first, then by name.
fn ranked(counts: HashMap<String, usize>) -> Vec<Count> {
    let mut out: Vec<Count> = counts
        .into_iter()
        .map(|(name, articles)| Count { name, articles })
        .collect();
    out.sort_by(|a, b| {
        b.articles
            .cmp(&a.articles)
            .then_with(|| a.name.cmp(&b.name))
    });
    out
}

fn earliest(a: Option<String>, b: Option<String>) -> Option<String> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn latest(a: Option<String>, b: Option<String>) -> Option<String> {
    a.max(b)
}

/// FNV-1a, 64 bits: names a shard by its content (not a security measure).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests;
