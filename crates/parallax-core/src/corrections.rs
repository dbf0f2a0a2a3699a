//! User corrections, applied on top of extraction and linking.
//!
//! People fix what the machine got wrong: two entities that are one, an alias that
//! is someone else, a wrong name or label, a mention that is not one, a name that was
//! missed. A [`Patch`] is the list of those fixes. It is keyed by things that survive
//! re-analysis — entity ids, document ids with byte spans, surface strings — never by
//! positions in the [`Analysis`] vectors, so the same patch can be applied to a fresh
//! analysis of the same documents (or of more documents) and to a prefix of itself
//! (undo). [`apply`] applies corrections in order; one that no longer fits is skipped
//! and reported as [`Skipped`], never a panic.
//!
//! A patch as JSON (what the app exports and imports):
//!
//! ```
//! use parallax_core::corrections::{apply, Correction, Patch};
//! use parallax_core::{analyze, Document, Label};
//!
//! let json = r#"{
//!   "version": 1,
//!   "corrections": [
//!     {"op": "split_alias", "entity": "person-lloyd-austin", "surface": "Austin"},
//!     {"op": "relabel", "entity": "person-austin", "label": "LOC"},
//!     {"op": "rename", "entity": "person-lloyd-austin", "name": "Lloyd J. Austin III"},
//!     {"op": "drop_mention", "doc": "a.txt", "start": 54, "end": 59},
//!     {"op": "add_mention", "doc": "a.txt", "start": 0, "end": 7, "label": "ORG"},
//!     {"op": "merge", "from": "org-hamas", "into": "org-islamic-state"}
//!   ]
//! }"#;
//! let patch: Patch = serde_json::from_str(json).unwrap();
//! assert_eq!(patch.corrections[0], Correction::SplitAlias {
//!     entity: "person-lloyd-austin".into(),
//!     surface: "Austin".into(),
//! });
//! // `add_mention` may also name the entity to join: "entity": "org-pentagon".
//!
//! let text = "Defense Secretary Lloyd Austin spoke. Austin left for Texas.";
//! let mut a = analyze(vec![Document::parse("a.txt", text.as_bytes())]);
//! let skipped = apply(&mut a, &patch);
//! // Nothing here is called Hamas: the merge is skipped, and says why.
//! assert_eq!(skipped.len(), 1);
//! assert_eq!(skipped[0].index, 5);
//! let names: Vec<(&str, &str, Label)> =
//!     a.entities.iter().map(|e| (e.id.as_str(), e.canonical.as_str(), e.label)).collect();
//! assert_eq!(names, [
//!     ("person-lloyd-austin", "Lloyd J. Austin III", Label::Person),
//!     ("person-austin", "Austin", Label::Loc),
//!     ("org-defense", "Defense", Label::Org),
//! ]);
//! ```
//!
//! What is invalid, and skipped with a reason:
//! - an entity id or document id that the analysis does not have (any more);
//! - merging an entity into itself, or a date with a name (relabel first: a date and a
//!   person are different kinds of thing, and a merge across them is almost always a
//!   slip; merges across the name labels PERSON, ORG, LOC and NORP are allowed, and the
//!   moved mentions take the target's label);
//! - splitting off a surface the entity never has, or that is all it has (rename instead);
//! - a rename to an empty name or to the current name, a relabel to the current label;
//! - dropping a mention that is not at exactly those bytes;
//! - adding a span that is out of bounds, cuts through a character, is empty or only
//!   white space (surrounding white space is trimmed), runs across lines, has no letter
//!   or digit, lies in boilerplate, or names an entity with another label.

use crate::analysis::Analysis;
use crate::entities::{clean_surface, entity_id, new_entity, Entity, MentionRef};
use crate::gazetteer::{Gazetteer, Lexicon};
use crate::mention::{Label, Mention, Source};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The patch format version this crate writes and reads.
pub const PATCH_VERSION: u32 = 1;

/// An ordered list of corrections, exported and imported as JSON.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Patch {
    /// Always [`PATCH_VERSION`]; a patch of another version is not applied.
    pub version: u32,
    /// The corrections, applied in this order.
    pub corrections: Vec<Correction>,
}

impl Patch {
    /// A patch of the current version.
    pub fn new(corrections: Vec<Correction>) -> Self {
        Self {
            version: PATCH_VERSION,
            corrections,
        }
    }
}

impl Default for Patch {
    fn default() -> Self {
        Self::new(Vec::new())
    }
}

/// One fix. Entities are named by [`Entity::id`], documents by
/// [`Document::id`](crate::Document::id), text by byte offsets into
/// [`Document::text`](crate::Document::text).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Correction {
    /// All of `from`'s mentions join `into`; `from` disappears.
    Merge {
        /// Id of the entity that disappears.
        from: String,
        /// Id of the entity that takes its mentions.
        into: String,
    },
    /// The mentions of `entity` written `surface` become an entity of their own, with
    /// the same label and canonical name `surface`. Its id is
    /// [`entity_id`]`(label, surface)`, with `-2`, `-3`, … appended if that is taken.
    SplitAlias {
        /// Id of the entity to split.
        entity: String,
        /// The form to split off, as its mentions are written (trimmed).
        surface: String,
    },
    /// A new canonical name. The id stays: ids are handles later corrections use.
    Rename {
        /// Id of the entity to rename.
        entity: String,
        /// The new canonical name (trimmed; not empty).
        name: String,
    },
    /// A new label for the entity and all its mentions. The id stays.
    Relabel {
        /// Id of the entity to relabel.
        entity: String,
        /// The new label.
        label: Label,
    },
    /// The mention at exactly these bytes is not one. An entity left without
    /// mentions disappears.
    DropMention {
        /// Id of the document the mention is in.
        doc: String,
        /// Byte offset of the mention's first byte.
        start: usize,
        /// Byte offset one past the mention's last byte.
        end: usize,
    },
    /// A missed mention. Surrounding white space is trimmed from the span; mentions
    /// overlapping it are removed. It joins `entity` if that is given and exists;
    /// else an entity with the same label whose id, canonical name or a surface
    /// matches the text; else a new entity.
    AddMention {
        /// Id of the document the mention is in.
        doc: String,
        /// Byte offset of the span's first byte.
        start: usize,
        /// Byte offset one past the span's last byte.
        end: usize,
        /// The mention's label; a given `entity` must have the same one.
        label: Label,
        /// Id of the entity to join; `None` to find one by the text or make one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        entity: Option<String>,
    },
}

/// A correction that did not apply, and why, in words for the person who made it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Skipped {
    /// Position of the correction in [`Patch::corrections`].
    pub index: usize,
    /// Why it did not apply, in a sentence.
    pub reason: String,
}

/// Apply `patch` to `analysis` in order. Corrections that do not apply leave the
/// analysis as it was and are returned. Never panics: an analysis whose parts
/// disagree (lengths, entity indexes) is left alone and every correction is skipped.
///
/// Afterwards the analysis keeps every invariant [`analyze`](crate::analyze) gives:
/// mentions sorted and disjoint per document, `mention_entity` and
/// `entities[*].mentions` agreeing, `docs` ascending and exact, `surfaces` distinct in
/// order of first appearance, every entity with a mention, ids unique.
///
/// ```
/// use parallax_core::corrections::{apply, Correction, Patch};
/// use parallax_core::{analyze, Document};
///
/// let mut a = analyze(vec![Document::parse("a", b"NATO met in Brussels. The alliance met again.")]);
/// let patch = Patch::new(vec![
///     Correction::AddMention { doc: "a".into(), start: 26, end: 34, label: parallax_core::Label::Org, entity: Some("org-nato".into()) },
///     Correction::Rename { entity: "org-nato".into(), name: "North Atlantic Treaty Organization".into() },
///     Correction::Merge { from: "org-nato".into(), into: "loc-nowhere".into() },
/// ]);
/// let skipped = apply(&mut a, &patch);
/// assert_eq!(skipped.len(), 1);
/// assert_eq!(skipped[0].index, 2);
/// let nato = a.entities.iter().find(|e| e.id == "org-nato").unwrap();
/// assert_eq!(nato.surfaces, ["NATO", "alliance"]);
/// assert_eq!(nato.canonical, "North Atlantic Treaty Organization");
/// ```
pub fn apply(analysis: &mut Analysis, patch: &Patch) -> Vec<Skipped> {
    let refuse_all = |reason: String| {
        (0..patch.corrections.len())
            .map(|index| Skipped {
                index,
                reason: reason.clone(),
            })
            .collect()
    };
    if patch.version != PATCH_VERSION {
        return refuse_all(format!(
            "This patch has version {}; this version of Parallax reads version {PATCH_VERSION}.",
            patch.version
        ));
    }
    if let Err(reason) = well_formed(analysis) {
        return refuse_all(reason);
    }
    let mut skipped = Vec::new();
    for (index, c) in patch.corrections.iter().enumerate() {
        match apply_one(analysis, c) {
            Ok(()) => tidy(analysis),
            Err(reason) => skipped.push(Skipped { index, reason }),
        }
    }
    skipped
}

/// The structural agreement `apply` relies on; the rest it restores itself.
fn well_formed(a: &Analysis) -> Result<(), String> {
    let broken = Err("The analysis is inconsistent (its parts disagree), so no correction was applied; analyse the documents again.".to_string());
    let n = a.documents.len();
    if a.extractions.len() != n || a.mention_entity.len() != n {
        return broken;
    }
    for (ex, row) in a.extractions.iter().zip(&a.mention_entity) {
        if ex.mentions.len() != row.len() || row.iter().any(|&e| e >= a.entities.len()) {
            return broken;
        }
    }
    Ok(())
}

/// Validate one correction and, only if it is valid, carry it out on the mentions and
/// `mention_entity`; [`tidy`] then rebuilds what derives from them.
fn apply_one(a: &mut Analysis, c: &Correction) -> Result<(), String> {
    match c {
        Correction::Merge { from, into } => merge(a, from, into),
        Correction::SplitAlias { entity, surface } => split_alias(a, entity, surface),
        Correction::Rename { entity, name } => rename(a, entity, name),
        Correction::Relabel { entity, label } => relabel(a, entity, *label),
        Correction::DropMention { doc, start, end } => {
            drop_mention(a, doc, Span::new(*start, *end))
        }
        Correction::AddMention {
            doc,
            start,
            end,
            label,
            entity,
        } => add_mention(a, doc, Span::new(*start, *end), *label, entity.as_deref()),
    }
}

fn find_entity(a: &Analysis, id: &str) -> Result<usize, String> {
    a.entities.iter().position(|e| e.id == id).ok_or_else(|| {
        format!("There is no entity “{id}” any more (it may have been merged, dropped or not found this time).")
    })
}

fn find_doc(a: &Analysis, id: &str) -> Result<usize, String> {
    a.documents
        .iter()
        .position(|d| d.id == id)
        .ok_or_else(|| format!("There is no document “{id}” in this analysis."))
}

/// Every (document, mention) of entity `e`, from `mention_entity`, the source of truth.
fn mentions_of(a: &Analysis, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (d, row) in a.mention_entity.iter().enumerate() {
        out.extend(
            row.iter()
                .enumerate()
                .filter(|&(_, &x)| x == e)
                .map(|(m, _)| (d, m)),
        );
    }
    out
}

fn set_label(a: &mut Analysis, refs: &[(usize, usize)], label: Label) {
    for &(d, m) in refs {
        if let Some(mention) = a.extractions.get_mut(d).and_then(|x| x.mentions.get_mut(m)) {
            mention.label = label;
        }
    }
}

fn set_entity(a: &mut Analysis, refs: &[(usize, usize)], e: usize) {
    for &(d, m) in refs {
        if let Some(slot) = a.mention_entity.get_mut(d).and_then(|row| row.get_mut(m)) {
            *slot = e;
        }
    }
}

fn merge(a: &mut Analysis, from: &str, into: &str) -> Result<(), String> {
    let f = find_entity(a, from)?;
    let t = find_entity(a, into)?;
    if f == t {
        return Err(format!("“{from}” cannot be merged into itself."));
    }
    let (lf, lt) = (a.entities[f].label, a.entities[t].label);
    if (lf == Label::Date) != (lt == Label::Date) {
        return Err(format!(
            "“{}” is labelled {lf} and “{}” {lt}: a date and a name cannot be merged. Relabel one of them first.",
            a.entities[f].canonical, a.entities[t].canonical
        ));
    }
    let refs = mentions_of(a, f);
    set_label(a, &refs, lt);
    set_entity(a, &refs, t);
    if lf == lt {
        let (geo, country) = (a.entities[f].geo.take(), a.entities[f].country.take());
        let target = &mut a.entities[t];
        target.geo = target.geo.take().or(geo);
        target.country = target.country.take().or(country);
    }
    Ok(())
}

fn split_alias(a: &mut Analysis, entity: &str, surface: &str) -> Result<(), String> {
    let e = find_entity(a, entity)?;
    let surface = surface.trim();
    let name = a.entities[e].canonical.clone();
    if surface.is_empty() {
        return Err(format!(
            "Splitting “{name}” needs the form to split off; it was empty."
        ));
    }
    let all = mentions_of(a, e);
    let written = |&(d, m): &(usize, usize)| {
        let text = a.documents[d].text.as_str();
        a.extractions[d]
            .mentions
            .get(m)
            .is_some_and(|x| clean_surface(x.span.slice(text)) == surface)
    };
    let hits: Vec<(usize, usize)> = all.iter().copied().filter(written).collect();
    if hits.is_empty() {
        return Err(format!("“{name}” is never written “{surface}”."));
    }
    if hits.len() == all.len() {
        return Err(format!(
            "Every mention of “{name}” is written “{surface}”, so there is nothing to split off; rename it instead."
        ));
    }
    let label = a.entities[e].label;
    let mut new = fresh_entity(label, surface);
    new.id = unique_id(&a.entities, entity_id(label, surface));
    a.entities.push(new);
    set_entity(a, &hits, a.entities.len() - 1);
    Ok(())
}

fn rename(a: &mut Analysis, entity: &str, name: &str) -> Result<(), String> {
    let e = find_entity(a, entity)?;
    let name = name.trim();
    let ent = &mut a.entities[e];
    if name.is_empty() {
        return Err(format!(
            "“{}” cannot be renamed to an empty name.",
            ent.canonical
        ));
    }
    if name == ent.canonical {
        return Err(format!("“{name}” already has that name."));
    }
    // A name the lexicon knows brings its coordinates or country; an unknown one
    // (a spelling fix, say) keeps what the entity had.
    let known = fresh_entity(ent.label, name);
    ent.canonical = name.to_string();
    ent.geo = known.geo.or(ent.geo.take());
    ent.country = known.country.or(ent.country.take());
    Ok(())
}

fn relabel(a: &mut Analysis, entity: &str, label: Label) -> Result<(), String> {
    let e = find_entity(a, entity)?;
    if a.entities[e].label == label {
        return Err(format!(
            "“{}” is already labelled {label}.",
            a.entities[e].canonical
        ));
    }
    let refs = mentions_of(a, e);
    set_label(a, &refs, label);
    // Coordinates belong to places and countries to nationalities: what the entity
    // had under its old label does not carry over.
    let known = fresh_entity(label, &a.entities[e].canonical);
    let ent = &mut a.entities[e];
    ent.label = label;
    ent.geo = known.geo;
    ent.country = known.country;
    Ok(())
}

fn drop_mention(a: &mut Analysis, doc: &str, span: Span) -> Result<(), String> {
    let d = find_doc(a, doc)?;
    let mentions = &a.extractions[d].mentions;
    let at = mentions.partition_point(|m| m.span.start < span.start);
    if mentions.get(at).map(|m| m.span) != Some(span) {
        let what = match span.slice(&a.documents[d].text) {
            "" => String::new(),
            s => format!(" (“{s}”)"),
        };
        return Err(format!(
            "“{doc}” has no mention at bytes {}..{}{what}.",
            span.start, span.end
        ));
    }
    a.extractions[d].mentions.remove(at);
    a.mention_entity[d].remove(at);
    Ok(())
}

fn add_mention(
    a: &mut Analysis,
    doc: &str,
    span: Span,
    label: Label,
    entity: Option<&str>,
) -> Result<(), String> {
    let d = find_doc(a, doc)?;
    let document = &a.documents[d];
    let text = document.text.as_str();
    let (start, end) = (span.start, span.end);
    if start > end || end > text.len() {
        return Err(format!(
            "Bytes {start}..{end} are not inside “{doc}”, which has {} bytes.",
            text.len()
        ));
    }
    let Some(raw) = text.get(start..end) else {
        return Err(format!(
            "Bytes {start}..{end} of “{doc}” cut through a character."
        ));
    };
    let start = start + (raw.len() - raw.trim_start().len());
    let end = end - (raw.len() - raw.trim_end().len());
    if start >= end {
        return Err(format!(
            "Bytes {}..{} of “{doc}” hold no text.",
            span.start, span.end
        ));
    }
    let span = Span::new(start, end);
    let written = span.slice(text);
    if written.contains(['\n', '\r']) {
        return Err(format!(
            "“{written}” runs across lines; a mention lies within one line."
        ));
    }
    let surface = clean_surface(written);
    if surface.is_empty() {
        return Err(format!(
            "“{written}” has no letter or digit to name anything."
        ));
    }
    if document.is_boilerplate(span) {
        return Err(format!(
            "“{written}” lies in boilerplate (navigation, ads, widgets), which Parallax leaves out."
        ));
    }
    let given = entity.and_then(|id| a.entities.iter().position(|e| e.id == id));
    if let Some(e) = given {
        let ent = &a.entities[e];
        if ent.label != label {
            return Err(format!(
                "“{}” is labelled {}, but the new mention “{written}” was marked {label}.",
                ent.canonical, ent.label
            ));
        }
    }
    let id = entity_id(label, surface);
    let e = given
        .or_else(|| {
            a.entities.iter().position(|e| {
                e.label == label
                    && (e.id == id
                        || e.canonical == surface
                        || e.surfaces.iter().any(|s| s == surface))
            })
        })
        .unwrap_or_else(|| {
            let mut new = fresh_entity(label, surface);
            new.id = unique_id(&a.entities, id);
            a.entities.push(new);
            a.entities.len() - 1
        });

    let ex = &mut a.extractions[d];
    let row = &mut a.mention_entity[d];
    let mut kept = Vec::with_capacity(ex.mentions.len() + 1);
    let mut kept_row = Vec::with_capacity(row.len() + 1);
    for (m, &x) in ex.mentions.iter().zip(row.iter()) {
        if !m.span.overlaps(&span) {
            kept.push(*m);
            kept_row.push(x);
        }
    }
    let at = kept.partition_point(|m| m.span.start < span.start);
    kept.insert(
        at,
        Mention {
            span,
            label,
            confidence: 1.0,
            source: Source::User,
        },
    );
    kept_row.insert(at, e);
    ex.mentions = kept;
    *row = kept_row;
    Ok(())
}

/// A new entity as linking would make it, with coordinates or country when the
/// embedded lexicon knows the name.
fn fresh_entity(label: Label, canonical: &str) -> Entity {
    new_entity(label, canonical, Lexicon::embedded(), Gazetteer::embedded())
}

/// `id`, or `id-2`, `id-3`, … whichever no entity has yet.
fn unique_id(entities: &[Entity], id: String) -> String {
    let taken = |x: &str| entities.iter().any(|e| e.id == x);
    if !taken(&id) {
        return id;
    }
    (2..)
        .map(|k| format!("{id}-{k}"))
        .find(|x| !taken(x))
        .unwrap_or(id)
}

/// Rebuild each entity's mentions, documents and surfaces from `mention_entity`, then
/// drop entities left without mentions and renumber the rest.
fn tidy(a: &mut Analysis) {
    for e in &mut a.entities {
        e.mentions.clear();
        e.docs.clear();
        e.surfaces.clear();
    }
    for (d, row) in a.mention_entity.iter().enumerate() {
        let text = a.documents.get(d).map_or("", |x| x.text.as_str());
        let mentions = a.extractions.get(d).map_or(&[][..], |x| &x.mentions);
        for (m, &e) in row.iter().enumerate() {
            let Some(ent) = a.entities.get_mut(e) else {
                continue;
            };
            ent.mentions.push(MentionRef { doc: d, mention: m });
            if ent.docs.last() != Some(&d) {
                ent.docs.push(d);
            }
            let s = mentions
                .get(m)
                .map_or("", |x| clean_surface(x.span.slice(text)));
            if !ent.surfaces.iter().any(|x| x == s) {
                ent.surfaces.push(s.to_string());
            }
        }
    }
    let mut renumber = Vec::with_capacity(a.entities.len());
    let mut kept = 0;
    for e in &a.entities {
        renumber.push(kept);
        kept += usize::from(!e.mentions.is_empty());
    }
    a.entities.retain(|e| !e.mentions.is_empty());
    for x in a.mention_entity.iter_mut().flatten() {
        *x = renumber.get(*x).copied().unwrap_or(*x);
    }
}
