//! Entity linking: mentions grouped into one node per real-world thing.
//!
//! Within an article a lone surname joins the full name it shortens ("Austin" →
//! "Lloyd Austin") and an acronym joins the name it abbreviates, whether the text
//! defines it ("Syrian Democratic Forces (SDF)"), the alias lexicon does, or its
//! letters are the initials of exactly one name of the same type in the article. Across
//! articles, mentions with the same label and canonical name are one entity; a lone
//! surname that no article explains joins a full name only when exactly one full name
//! in the corpus has that surname. Places carry coordinates and country; nationality
//! words point to their country ("Iranian" → Iran).
//!
//! ```
//! use parallax_core::{analyze, Document};
//!
//! let a = analyze(vec![
//!     Document::parse("a", b"Defense Secretary Lloyd Austin visited Kerman. Austin met Iranian envoys."),
//!     Document::parse("b", b"In Iran, Secretary Lloyd Austin spoke."),
//! ]);
//! let austin = a.entities.iter().find(|e| e.id == "person-lloyd-austin").unwrap();
//! assert_eq!(austin.surfaces, ["Lloyd Austin", "Austin"]);
//! assert_eq!(austin.docs, [0, 1]);
//! let kerman = a.entities.iter().find(|e| e.canonical == "Kerman").unwrap();
//! assert_eq!(kerman.geo.as_ref().unwrap().country_name.as_deref(), Some("Iran"));
//! let iranian = a.entities.iter().find(|e| e.canonical == "Iranian").unwrap();
//! assert_eq!(iranian.country.as_deref(), Some("loc-iran"));
//! ```

use crate::document::Document;
use crate::gazetteer::{EntryKind, Gazetteer, Lexicon, PlaceKind};
use crate::mention::Label;
use crate::pipeline::Extraction;
use crate::words::initial_letters;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

pub mod fold;
mod latin;
pub mod resolve;

pub use resolve::{MergeNote, MergeRule, Suggestion};

/// Where a mention lives: document index and mention index within its extraction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct MentionRef {
    /// Index into [`Analysis::documents`](crate::Analysis::documents).
    pub doc: usize,
    /// Index into that document's [`Extraction::mentions`].
    pub mention: usize,
}

/// Coordinates and country of a place entity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    /// Latitude in degrees, north positive.
    pub lat: f32,
    /// Longitude in degrees, east positive.
    pub lon: f32,
    /// ISO 3166-1 alpha-2, `""` when the place spans countries ("Middle East").
    pub country: String,
    /// The country's name ("Iran" for "Kerman").
    pub country_name: Option<String>,
    /// Whether the place is a country, a region or a city.
    pub kind: PlaceKind,
}

/// One real-world thing and every mention of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Stable id: label and canonical name slugged, e.g. `org-isis-k`, `loc-united-states`.
    pub id: String,
    /// What kind of thing it is; every mention of it has this label.
    pub label: Label,
    /// The name it goes by: the lexicon's name where the lexicon knows it, else its
    /// most frequent spelling, full names preferred to short forms and acronyms.
    pub canonical: String,
    /// Distinct surface forms, in order of first appearance.
    pub surfaces: Vec<String>,
    /// Every mention of it, by document and then by position in the document.
    pub mentions: Vec<MentionRef>,
    /// Indexes of the documents that mention it, ascending.
    pub docs: Vec<usize>,
    /// For places: coordinates and country.
    pub geo: Option<Geo>,
    /// For nationalities and for places inside a country: the country entity's id
    /// ("loc-iran" for "Iranian" and for "Kerman"), whether or not that country is
    /// itself mentioned.
    pub country: Option<String>,
    /// The merges across articles that made this entity, each with its rule and evidence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<MergeNote>,
    /// Entities that may be the same; the linker was not sure enough to merge.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maybe: Vec<Suggestion>,
}

/// Slug for ids: lower-case ASCII letters and digits, runs of anything else → `-`.
///
/// ```
/// use parallax_core::entities::entity_id;
/// use parallax_core::Label;
/// assert_eq!(entity_id(Label::Org, "ISIS-K"), "org-isis-k");
/// assert_eq!(entity_id(Label::Loc, "U.S."), "loc-u-s");
/// ```
pub fn entity_id(label: Label, canonical: &str) -> String {
    let mut s = label.as_str().to_ascii_lowercase();
    s.push('-');
    let mut dash = false;
    for c in fold::compose(canonical)
        .chars()
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() {
            if dash && !s.ends_with('-') {
                s.push('-');
            }
            dash = false;
            s.push(c);
        } else {
            dash = true;
        }
    }
    s
}

/// The form a mention's text takes in [`Entity::surfaces`]: a possessive and
/// surrounding quotes and punctuation trimmed.
///
/// ```
/// use parallax_core::entities::clean_surface;
/// assert_eq!(clean_surface("“Austin’s"), "Austin");
/// assert_eq!(clean_surface("U.S."), "U.S.");
/// ```
pub fn clean_surface(s: &str) -> &str {
    let s = s
        .strip_suffix("'s")
        .or_else(|| s.strip_suffix("’s"))
        .unwrap_or(s);
    s.trim_matches(|c: char| !c.is_alphanumeric() && c != '.')
}

/// Link mentions into entities. Returns the entities and, per document, each mention's
/// entity index. Mentions whose name the corpus resolves to another label (a place the
/// tagger called a person in some articles) are relabelled in `extractions`.
pub fn link(docs: &[Document], extractions: &mut [Extraction]) -> (Vec<Entity>, Vec<Vec<usize>>) {
    link_with(docs, extractions, Lexicon::embedded())
}

/// [`link`] with another lexicon (the one the extractions were made with).
pub fn link_with(
    docs: &[Document],
    extractions: &mut [Extraction],
    lex: &Lexicon,
) -> (Vec<Entity>, Vec<Vec<usize>>) {
    let gaz = Gazetteer::embedded();
    let mut defined_all: Vec<(String, String)> = Vec::new();
    // Canonical (label, name) per mention, decided per document first.
    let mut keys: Vec<Vec<(Label, String)>> = Vec::with_capacity(docs.len());
    for (doc, ex) in docs.iter().zip(extractions.iter()) {
        let k = document_keys(doc, ex, lex, gaz, &mut defined_all);
        keys.push(k);
    }

    // Across documents: one node per distinct name, resolved by blocking keys.
    let mut name_index: HashMap<String, usize> = HashMap::new();
    let mut names: Vec<resolve::NameStat> = Vec::new();
    for (l, n) in keys.iter().flatten() {
        let Some(slot) = label_slot(*l) else { continue };
        let i = *name_index.entry(n.clone()).or_insert_with(|| {
            names.push(resolve::NameStat {
                text: n.clone(),
                counts: [0; 3],
            });
            names.len() - 1
        });
        if let Some(c) = names.get_mut(i).and_then(|x| x.counts.get_mut(slot)) {
            *c += 1;
        }
    }
    let res = resolve::resolve(&names, &defined_all, lex, gaz);
    for (d, row) in keys.iter_mut().enumerate() {
        for (m, key) in row.iter_mut().enumerate() {
            if label_slot(key.0).is_none() {
                continue;
            }
            let Some(&i) = name_index.get(&key.1) else {
                continue;
            };
            let (Some(&root), Some(&label)) = (res.root.get(i), res.label.get(i)) else {
                continue;
            };
            if let Some(name) = names.get(root) {
                *key = (label, name.text.clone());
            }
            if let Some(mention) = extractions.get_mut(d).and_then(|e| e.mentions.get_mut(m)) {
                mention.label = label;
            }
        }
    }

    // Keyed by id, so forms differing only in case or punctuation ("Recent months",
    // "recent months") are one entity and ids stay unique.
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut entities: Vec<Entity> = Vec::new();
    let mut mention_entity = Vec::with_capacity(docs.len());
    for (d, (doc, ex)) in docs.iter().zip(extractions.iter()).enumerate() {
        let mut row = Vec::with_capacity(ex.mentions.len());
        for (i, m) in ex.mentions.iter().enumerate() {
            let Some(key) = keys.get(d).and_then(|k| k.get(i)) else {
                continue;
            };
            let e = *index.entry(entity_id(key.0, &key.1)).or_insert_with(|| {
                entities.push(new_entity(key.0, &key.1, lex, gaz));
                entities.len() - 1
            });
            let Some(ent) = entities.get_mut(e) else {
                continue;
            };
            let s = fold::compose(clean_surface(m.span.slice(&doc.text)));
            if !ent.surfaces.iter().any(|x| *x == s) {
                ent.surfaces.push(s.into_owned());
            }
            ent.mentions.push(MentionRef { doc: d, mention: i });
            if ent.docs.last() != Some(&d) {
                ent.docs.push(d);
            }
            row.push(e);
        }
        mention_entity.push(row);
    }
    // Why each merge was made, and the entities that may be the same.
    let entity_of = |i: usize| -> Option<usize> {
        let name = names.get(i)?;
        let label = *res.label.get(i)?;
        index.get(&entity_id(label, &name.text)).copied()
    };
    // In the roots' order, not the map's: the same articles give the same notes.
    let mut roots: Vec<usize> = res.notes.keys().copied().collect();
    roots.sort_unstable();
    let mut notes: Vec<(usize, Vec<MergeNote>)> = Vec::new();
    for root in roots {
        if let (Some(e), Some(n)) = (entity_of(root), res.notes.get(&root)) {
            notes.push((e, n.clone()));
        }
    }
    for (e, n) in notes {
        if let Some(ent) = entities.get_mut(e) {
            ent.merged.extend(n);
        }
    }
    let mut maybe: Vec<(usize, usize, String)> = Vec::new();
    for (a, b, why) in &res.maybe {
        if let (Some(x), Some(y)) = (entity_of(*a), entity_of(*b)) {
            if x != y {
                maybe.push((x, y, why.clone()));
            }
        }
    }
    for (x, y, why) in maybe {
        let (Some(ix), Some(iy)) = (
            entities.get(x).map(|e| e.id.clone()),
            entities.get(y).map(|e| e.id.clone()),
        ) else {
            continue;
        };
        for (e, other) in [(x, iy), (y, ix)] {
            if let Some(ent) = entities.get_mut(e) {
                if !ent.maybe.iter().any(|s| s.entity == other) {
                    ent.maybe.push(Suggestion {
                        entity: other,
                        reason: why.clone(),
                    });
                }
            }
        }
    }
    (entities, mention_entity)
}

/// The slot of a label in [`resolve::NameStat::counts`]; `None` for labels the
/// resolution leaves alone (nationalities, dates).
fn label_slot(l: Label) -> Option<usize> {
    match l {
        Label::Person => Some(0),
        Label::Org => Some(1),
        Label::Loc => Some(2),
        Label::Norp | Label::Date => None,
    }
}

/// One document's canonical (label, name) per mention: lexicon names, acronyms the
/// text defines or whose initials fit exactly one name, lone surnames of the one full
/// name. Acronym definitions are added to `defined` as (acronym, long name).
fn document_keys(
    doc: &Document,
    ex: &Extraction,
    lex: &Lexicon,
    gaz: &Gazetteer,
    defined_all: &mut Vec<(String, String)>,
) -> Vec<(Label, String)> {
    let text = doc.text.as_str();
    let surface: Vec<String> = ex
        .mentions
        .iter()
        .map(|m| fold::compose(clean_surface(m.span.slice(text))).into_owned())
        .collect();
    let mut k: Vec<(Label, String)> = Vec::with_capacity(ex.mentions.len());
    // Acronyms defined in the text: NAME (ACR).
    let mut defined: HashMap<&str, usize> = HashMap::new();
    for (i, w) in ex.mentions.windows(2).enumerate() {
        let [a, b] = w else { continue };
        let between = text.get(a.span.end..b.span.start).unwrap_or("");
        let after = text.get(b.span.end..).unwrap_or("");
        if between.trim() == "(" && after.starts_with(')') && a.label == b.label {
            let fits = |s: &&String| {
                surface
                    .get(i)
                    .is_some_and(|long| resolve::could_abbreviate(s, long))
            };
            if let Some(s) = surface.get(i + 1).filter(fits) {
                defined.insert(s.as_str(), i);
            }
        }
    }
    let canonical = |s: &str, label: Label| -> String {
        // A name in capitals ("GAZA" in a dateline) is looked up as a name.
        let titled = || {
            fold::in_capitals(s)
                .then(|| title_case(s))
                .and_then(|t| lex.lookup(&t))
        };
        match lex.lookup(s).or_else(titled) {
            Some(e) if e.label == label => e.canonical.clone(),
            _ => s.to_string(),
        }
    };
    for (i, m) in ex.mentions.iter().enumerate() {
        let s = surface.get(i).map_or("", String::as_str);
        let mut canon = canonical(s, m.label);
        if let Some(long) = defined.get(s).and_then(|&d| surface.get(d)) {
            canon = canonical(long, m.label);
            if canon != s {
                defined_all.push((s.to_string(), canon.clone()));
            }
        }
        k.push((m.label, canon));
    }
    // Multi-word names of this document by (label, initials) and persons by surname;
    // a short form links only when exactly one name fits.
    let mut by_initials: HashMap<(Label, String), Vec<String>> = HashMap::new();
    let mut by_last: HashMap<String, Vec<String>> = HashMap::new();
    for (l, n) in &k {
        if !n.contains(' ') {
            continue;
        }
        if matches!(l, Label::Org | Label::Loc) {
            push_unique(by_initials.entry((*l, initials(n))).or_default(), n);
        }
        // "West Maui" or "Read Hawaii" tagged as a person is no one's full name.
        let first = n.split(' ').next().unwrap_or("");
        let lower = first.to_lowercase();
        let direction = resolve::COMPASS.contains(&lower.as_str())
            || resolve::DIRECTIONS.contains(&lower.as_str());
        let plausible = !direction && (gaz.is_first_name(first) || !gaz.is_common_word(&lower));
        if *l == Label::Person && plausible {
            if let Some((_, last)) = n.rsplit_once(' ') {
                push_unique(by_last.entry(last.to_string()).or_default(), n);
            }
        }
    }
    for (i, key) in k.iter_mut().enumerate() {
        let short = surface.get(i).map_or("", String::as_str);
        // Undefined acronyms: "SDF" ↔ "Syrian Democratic Forces".
        let is_acronym = (2..=8).contains(&short.len())
            && short.chars().all(|c| c.is_ascii_uppercase())
            && key.1 == short;
        if is_acronym && matches!(key.0, Label::Org | Label::Loc) {
            if let Some([long]) = by_initials
                .get(&(key.0, short.to_string()))
                .map(Vec::as_slice)
            {
                key.1 = long.clone();
            }
        }
        // Surnames → the one full name in this document that ends with them.
        if key.0 == Label::Person && !key.1.contains(' ') {
            if let Some([full]) = by_last.get(&key.1).map(Vec::as_slice) {
                key.1 = full.clone();
            }
        }
    }
    k
}

/// "NEW DELHI" → "New Delhi".
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

fn push_unique(v: &mut Vec<String>, n: &str) {
    if !v.iter().any(|x| x == n) {
        v.push(n.to_string());
    }
}

/// Upper-case initials of the capitalised words: "Syrian Democratic Forces" → "SDF",
/// "Department of Homeland Security" → "DHS".
fn initials(name: &str) -> String {
    initial_letters(name).collect()
}

/// A new entity with no mentions yet; places get coordinates and nationalities
/// their country when the lexicon knows the name with this label.
pub(crate) fn new_entity(label: Label, canonical: &str, lex: &Lexicon, gaz: &Gazetteer) -> Entity {
    let entry = lex.lookup(canonical).filter(|e| e.label == label);
    let place = entry
        .and_then(|e| e.place)
        .and_then(|p| gaz.places().get(p as usize));
    let geo = match (label, place) {
        (Label::Loc, Some(p)) => Some(Geo {
            lat: p.lat,
            lon: p.lon,
            country: p.country.clone(),
            country_name: gaz.country(&p.country).map(|c| c.name.clone()),
            kind: p.kind,
        }),
        _ => None,
    };
    let country = match (label, entry) {
        (Label::Norp, Some(e)) if e.kind == EntryKind::Demonym || e.place.is_some() => {
            place.map(|p| entity_id(Label::Loc, &p.name))
        }
        // A city or region points to the country it lies in.
        (Label::Loc, Some(_)) => place
            .filter(|p| p.kind != PlaceKind::Country)
            .and_then(|p| gaz.country(&p.country))
            .map(|c| entity_id(Label::Loc, &c.name)),
        _ => None,
    };
    Entity {
        id: entity_id(label, canonical),
        label,
        canonical: canonical.to_string(),
        surfaces: Vec::new(),
        mentions: Vec::new(),
        docs: Vec::new(),
        geo,
        country,
        merged: Vec::new(),
        maybe: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::extract;

    fn link_one(text: &str) -> Vec<(String, String)> {
        let doc = Document::parse("t", text.as_bytes());
        let ex = extract(&doc);
        let mut ex = vec![ex];
        let (entities, rows) = link(std::slice::from_ref(&doc), &mut ex);
        let ex = &ex[0];
        ex.mentions
            .iter()
            .zip(&rows[0])
            .map(|(m, &e)| {
                (
                    m.span.slice(&doc.text).to_string(),
                    entities[e].canonical.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn within_document_linking() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Defense Secretary Lloyd Austin spoke. Austin left.",
                "Austin",
                "Lloyd Austin",
            ),
            (
                "The Kenya Wildlife Service said on Monday that KWS rangers were deployed.",
                "KWS",
                "Kenya Wildlife Service",
            ),
            (
                "The Free Syrian Army (FSA) advanced. The FSA said so.",
                "FSA",
                "Free Syrian Army",
            ),
        ];
        for (text, surface, canon) in cases {
            let got = link_one(text);
            let hit = got.iter().find(|(s, _)| s == surface);
            assert_eq!(hit.map(|h| h.1.as_str()), Some(*canon), "{text}: {got:?}");
        }
    }

    #[test]
    fn case_variants_are_one_entity() {
        let docs = vec![
            Document::parse("a", b"Recent months were hard."),
            Document::parse("b", b"It rained in recent months."),
        ];
        let mut ex: Vec<_> = docs.iter().map(extract).collect();
        let (entities, rows) = link(&docs, &mut ex);
        assert_eq!(rows[0][0], rows[1][0]);
        let mut ids: Vec<&str> = entities.iter().map(|e| e.id.as_str()).collect();
        let n = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), n, "ids are unique");
    }

    #[test]
    fn ids_are_slugs() {
        assert_eq!(
            entity_id(Label::Person, "Lloyd Austin"),
            "person-lloyd-austin"
        );
        assert_eq!(entity_id(Label::Loc, "Côte d'Ivoire"), "loc-côte-d-ivoire");
        assert_eq!(initials("Department of Homeland Security"), "DHS");
    }
}
