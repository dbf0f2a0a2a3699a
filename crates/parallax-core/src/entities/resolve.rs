//! Cross-outlet name resolution: the names a corpus writes for one person, body or
//! place, found by blocking keys and merged only when the evidence agrees.
//!
//! Each distinct name of the corpus (after each article linked its own short forms)
//! is a node. Candidate pairs come from hash-map blocks, never from all pairs:
//!
//! | rule | block key | merged when |
//! |---|---|---|
//! | [`MergeRule::Spelling`] | the name's letters, case, accents, apostrophes, hyphens, spaces and British spellings folded | always ("Al-Haouz" = "al Haouz", "Hawai'i" = "Hawaii", "Defence" = "Defense") |
//! | [`MergeRule::Designator`] | the words without a geographic designator or direction ("High Atlas Mountains", "Northern California") | the shorter form is a place name of the corpus and not a known place of its own |
//! | [`MergeRule::WordOrder`] | an organisation's words as a set, without place qualifiers ("Ministry of Railways" = "Railway Ministry") | every qualified form names the same country ("Moroccan Ministry of Interior"); two countries → nothing merges |
//! | [`MergeRule::Transliteration`] | the consonant skeleton | places and bodies: at most one or two letters differ and not two different known places; people: first names equal and surnames one letter apart, or surnames equal and first names one letter apart |
//! | [`MergeRule::Initials`] | a person's surname | first names equal or one is the other's initial, middle initials and Jr/Sr agree, and every compatible full name is one person |
//! | [`MergeRule::Acronym`] | letters | the corpus defines it ("Israel Defense Forces (IDF)") or exactly one long name of its type has those initials |
//! | [`MergeRule::Shortening`] | first word | a shorter form of exactly one longer name ("Hawaiian Electric" → "Hawaiian Electric Company", "Andhra" → "Andhra Pradesh"), or of one that outnumbers the others 3 to 1 |
//! | [`MergeRule::Surname`] | surname | a lone surname of exactly one full name, or of one that outnumbers the others 3 to 1 |
//!
//! A merged group then takes one label: decisive evidence first (a known place, a
//! designator sibling such as "Maui County" for "Maui", an organisation head word
//! such as "Railway" or "Ministry"), else the majority of its mentions. Near misses
//! (two candidates and no way to choose) become [`Suggestion`]s.

use super::fold::{in_capitals, skeleton, within_edits, words};
use crate::gazetteer::{Gazetteer, Lexicon};
use crate::mention::Label;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Why two names were merged into one entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MergeRule {
    /// The same letters, written differently (case, accents, punctuation, spacing,
    /// British and American spelling).
    Spelling,
    /// With or without a geographic designator ("Mountains", "Island", "Strip").
    Designator,
    /// The same words in another order, or with a qualifier naming the same country.
    WordOrder,
    /// Transliteration or a typo: the same consonants, a letter or two apart.
    Transliteration,
    /// A person's first name written out and as an initial.
    Initials,
    /// An acronym and the name it stands for.
    Acronym,
    /// A shorter form of a longer name.
    Shortening,
    /// A lone surname and the full name it shortens.
    Surname,
}

impl MergeRule {
    /// Plain words for the entity page.
    pub fn describe(self) -> &'static str {
        match self {
            MergeRule::Spelling => "the same name spelled differently",
            MergeRule::Designator => "the same place with or without a designator",
            MergeRule::WordOrder => "the same words in another order",
            MergeRule::Transliteration => "a transliteration or typo of the same name",
            MergeRule::Initials => "the same first name, written out or as an initial",
            MergeRule::Acronym => "an acronym of the name",
            MergeRule::Shortening => "a shorter form of the name",
            MergeRule::Surname => "the surname of the only full name that fits",
        }
    }
}

impl MergeRule {
    /// Why a pair was only suggested: the rule fitted more than one entity.
    fn doubt(self) -> &'static str {
        match self {
            MergeRule::Surname => "the same surname, but more than one full name has it",
            MergeRule::Acronym => "its initials, but they fit more than one name",
            MergeRule::Shortening => "a shorter form, but of more than one name",
            _ => "a similar name, but more than one entity fits",
        }
    }
}

/// One merge the linker made: `form` joined the entity because of `rule`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MergeNote {
    /// The form that joined.
    pub form: String,
    /// The form it was matched with.
    pub with: String,
    /// Why the two forms were taken for one name.
    pub rule: MergeRule,
    /// The evidence, in words ("defined in the text", "one letter apart").
    pub evidence: String,
}

/// An entity that may be the same as this one; the linker was not sure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Suggestion {
    /// The other entity's id.
    pub entity: String,
    /// Why it may be the same, in words.
    pub reason: String,
}

/// One distinct name of the corpus and how often each label was given to it.
#[derive(Clone, Debug, Default)]
pub(super) struct NameStat {
    pub text: String,
    /// Mentions labelled PERSON, ORG, LOC.
    pub counts: [u32; 3],
}

/// What [`resolve`] decided, per name (indexes into its input).
pub(super) struct Resolution {
    /// The name whose text the group is called by.
    pub root: Vec<usize>,
    /// The group's label.
    pub label: Vec<Label>,
    /// Per group root: the merges made.
    pub notes: HashMap<usize, Vec<MergeNote>>,
    /// Pairs of group roots that may be the same, with the reason.
    pub maybe: Vec<(usize, usize, String)>,
}

const LABELS: [Label; 3] = [Label::Person, Label::Org, Label::Loc];
/// Larger blocks are skipped: they are common words, not one name's variants.
const MAX_BLOCK: usize = 40;

const STOP: &[&str] = &["of", "the", "and", "&", "for", "on", "in", "at"];
const PARTICLES: &[&str] = &["al", "el", "the"];
/// Words that only say what kind of place a name is.
const DESIGNATORS: &[&str] = &[
    "mountains",
    "mountain",
    "range",
    "island",
    "islands",
    "town",
    "strip",
    "province",
    "region",
    "square",
];
/// Words after a place name that make it another place ("Maui County" is not Maui).
const ADMIN: &[&str] = &[
    "county",
    "city",
    "state",
    "district",
    "municipality",
    "borough",
    "parish",
    "department",
    "governorate",
    "prefecture",
];
/// A last word that makes a name a place ("Maui County", "Al Haouz Province"); not
/// "State" or "Department", which also end bodies' names ("Islamic State").
fn is_place_head(w: &str) -> bool {
    DESIGNATORS.contains(&w)
        || matches!(
            w,
            "county"
                | "city"
                | "district"
                | "municipality"
                | "borough"
                | "parish"
                | "governorate"
                | "prefecture"
        )
}

pub(super) const DIRECTIONS: &[&str] = &["northern", "southern", "eastern", "western", "central"];
pub(super) const COMPASS: &[&str] = &["north", "south", "east", "west", "upper", "lower"];
/// Last words that make a name an organisation.
const ORG_HEADS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "authority",
    "office",
    "council",
    "committee",
    "commission",
    "corporation",
    "company",
    "co",
    "inc",
    "ltd",
    "plc",
    "llc",
    "group",
    "bank",
    "university",
    "institute",
    "college",
    "school",
    "hospital",
    "railway",
    "railways",
    "police",
    "army",
    "forces",
    "force",
    "party",
    "union",
    "association",
    "federation",
    "foundation",
    "trust",
    "press",
    "news",
    "network",
    "survey",
    "service",
    "services",
    "court",
    "parliament",
    "assembly",
    "board",
    "bureau",
    "organization",
    "fund",
    "watch",
    "jihad",
    "brigade",
    "brigades",
    "front",
    "movement",
];
const ORG_DESIGNATORS: &[&str] = &[
    "company",
    "co",
    "inc",
    "ltd",
    "plc",
    "llc",
    "corporation",
    "corp",
    "group",
];
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

struct UnionFind {
    parent: Vec<usize>,
    /// Per root: the group's mentions.
    total: Vec<u32>,
}

impl UnionFind {
    fn find(&mut self, mut a: usize) -> usize {
        while let Some(&p) = self.parent.get(a) {
            if p == a {
                break;
            }
            let gp = self.parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = self.parent.get_mut(a) {
                *slot = gp;
            }
            a = p;
        }
        a
    }
}

struct Node {
    words: Vec<String>,
    /// Words without leading particles ("al-Ahli" → ["ahli"]).
    bare: Vec<String>,
    /// The bare words run together, a place's trailing designators dropped
    /// ("Gaza Strip" → "gaza"): what transliteration compares.
    core: String,
    compact: String,
    label: Label,
    total: u32,
    acronym: bool,
    /// A known place: its canonical name.
    place: Option<String>,
    /// Decisive type evidence, if any.
    evidence: Option<Label>,
    /// Its first word is a known first name.
    first_name: bool,
}

struct Resolver<'a> {
    names: &'a [NameStat],
    nodes: Vec<Node>,
    uf: UnionFind,
    edges: Vec<(usize, usize, MergeRule, String)>,
    maybe: Vec<(usize, usize, String)>,
}

impl Resolver<'_> {
    fn union(&mut self, a: usize, b: usize, rule: MergeRule, evidence: &str) -> bool {
        let (ra, rb) = (self.uf.find(a), self.uf.find(b));
        if ra == rb {
            return false;
        }
        if let Some(slot) = self.uf.parent.get_mut(rb) {
            *slot = ra;
        }
        let moved = self.uf.total.get(rb).copied().unwrap_or(0);
        if let Some(t) = self.uf.total.get_mut(ra) {
            *t += moved;
        }
        self.edges.push((a, b, rule, evidence.to_string()));
        true
    }

    fn text(&self, i: usize) -> &str {
        self.names.get(i).map_or("", |n| n.text.as_str())
    }

    fn node(&self, i: usize) -> Option<&Node> {
        self.nodes.get(i)
    }

    /// Join `a` to the one group among `candidates`, or to the one that outnumbers
    /// the rest 3 to 1; otherwise suggest each.
    fn join_unique(&mut self, a: usize, candidates: &[usize], rule: MergeRule, evidence: &str) {
        let mut roots: Vec<usize> = candidates.iter().map(|&c| self.uf.find(c)).collect();
        roots.sort_unstable();
        roots.dedup();
        let own = self.uf.find(a);
        roots.retain(|&r| r != own);
        match roots.as_slice() {
            [] => {}
            [r] => {
                let r = *r;
                self.union(r, a, rule, evidence);
            }
            _ => {
                let mut by: Vec<(u32, usize)> = roots
                    .iter()
                    .map(|r| (self.uf.total.get(*r).copied().unwrap_or(0), *r))
                    .collect();
                by.sort_unstable_by(|x, y| y.cmp(x));
                let rest: u32 = by.iter().skip(1).map(|x| x.0).sum();
                match by.first() {
                    Some(&(top, r)) if top >= 3 * rest.max(1) => {
                        self.union(r, a, rule, &format!("{evidence}, the usual one"));
                    }
                    _ => {
                        for (_, r) in by {
                            self.maybe.push((own, r, rule.doubt().to_string()));
                        }
                    }
                }
            }
        }
    }
}

fn majority(counts: &[u32; 3]) -> Label {
    let mut best = 0;
    for i in 1..3 {
        if counts.get(i) > counts.get(best) {
            best = i;
        }
    }
    LABELS.get(best).copied().unwrap_or(Label::Org)
}

fn is_acronym(text: &str) -> bool {
    let letters: String = text.chars().filter(|c| *c != '.').collect();
    (2..=7).contains(&letters.chars().count())
        && letters.chars().all(|c| c.is_ascii_uppercase() || c == '&')
}

/// Whether `acr` could abbreviate `long`: it starts with the long name's first
/// letter and its letters come in order among the long name's letters, so "IDF" fits
/// "Israel Defense Forces" and "MAP" "Maghreb Arabe Presse", but "AP" after
/// "Morocco" is an agency's credit, not an acronym the text defines.
pub(super) fn could_abbreviate(acr: &str, long: &str) -> bool {
    let letters: Vec<char> = acr
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    let long_up: Vec<char> = long
        .split_whitespace()
        .skip_while(|w| STOP.contains(&w.to_lowercase().as_str()))
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect();
    if letters.len() < 2 || letters.len() >= long_up.len() || letters.first() != long_up.first() {
        return false;
    }
    let mut rest = long_up.iter();
    letters.iter().all(|c| rest.any(|l| l == c))
}

/// Letters an acronym of these words would have: one per word, skipping "of", "the",
/// "and"; an all-capital word gives all its letters ("US Geological Survey" → "USGS").
fn initials_of(text: &str) -> String {
    let mut out = String::new();
    for w in text.split(|c: char| c.is_whitespace() || c == '-' || c == '/') {
        let w: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        if w.is_empty() || STOP.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        if w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()) {
            out.push_str(&w);
        } else if let Some(c) = w.chars().next() {
            out.extend(c.to_uppercase());
        }
    }
    out
}

/// "eastern" → "east": the adjective and the noun of a direction name one thing in a
/// body's name ("South Eastern Railway", "South East Railway").
fn compass(w: &str) -> &str {
    match w {
        "northern" => "north",
        "southern" => "south",
        "eastern" => "east",
        "western" => "west",
        _ => w,
    }
}

fn singular(w: &str) -> &str {
    if w.len() > 3 && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w.strip_suffix('s').unwrap_or(w)
    } else {
        w
    }
}

/// Resolve the corpus's names. `defined` holds (acronym, long name) pairs an article
/// defined ("Israel Defense Forces (IDF)").
pub(super) fn resolve(
    names: &[NameStat],
    defined: &[(String, String)],
    lex: &Lexicon,
    gaz: &Gazetteer,
) -> Resolution {
    let place_of = |text: &str| -> Option<String> {
        lex.lookup(text)
            .filter(|e| e.label == Label::Loc && e.place.is_some())
            .map(|e| e.canonical.clone())
    };
    // Surnames of full names that start with a first name: such a word alone is a
    // person's name when the tagger says so somewhere, even if a place has it too
    // ("Austin" of "Lloyd Austin").
    let full_surnames: std::collections::HashSet<String> = names
        .iter()
        .filter(|n| n.counts.first().is_some_and(|&p| p > 0))
        .filter_map(|n| {
            let mut w = n.text.split_whitespace();
            let first = w.next()?;
            let last = w.last()?;
            gaz.is_first_name(first).then(|| words(last).concat())
        })
        .collect();
    let nodes: Vec<Node> = names
        .iter()
        .map(|n| {
            let words = words(&n.text);
            let first_name = words.len() >= 2
                && n.text
                    .split_whitespace()
                    .next()
                    .is_some_and(|f| gaz.is_first_name(f));
            let bare: Vec<String> = words
                .iter()
                .enumerate()
                .filter(|(i, w)| !(*i + 1 < words.len() && PARTICLES.contains(&w.as_str())))
                .map(|(_, w)| w.clone())
                .collect();
            let last = words.last().map(String::as_str).unwrap_or("");
            let someones = words.len() == 1
                && n.counts.first().is_some_and(|&p| p > 0)
                && words.first().is_some_and(|w| full_surnames.contains(w));
            let place = if someones { None } else { place_of(&n.text) };
            // "X County", "County of X" or a known place.
            let place_shaped = place.is_some()
                || (words.len() >= 2 && is_place_head(last))
                || (words.len() >= 3
                    && words.get(1).map(String::as_str) == Some("of")
                    && words.first().is_some_and(|f| is_place_head(f)));
            // A place known by its whole name is one even with a body's head word
            // ("West Bank").
            let evidence = if words.len() >= 2 && ORG_HEADS.contains(&last) && place.is_none() {
                Some(Label::Org)
            } else if place_shaped {
                Some(Label::Loc)
            } else {
                None
            };
            let mut core_words: &[String] = &bare;
            while core_words.len() > 1
                && core_words
                    .last()
                    .is_some_and(|l| DESIGNATORS.contains(&l.as_str()))
            {
                core_words = core_words.get(..core_words.len() - 1).unwrap_or(&[]);
            }
            let core = core_words.concat();
            Node {
                core,
                compact: words.concat(),
                bare,
                words,
                label: majority(&n.counts),
                total: n.counts.iter().sum(),
                acronym: is_acronym(&n.text),
                place,
                evidence,
                first_name,
            }
        })
        .collect();
    let mut r = Resolver {
        names,
        uf: UnionFind {
            parent: (0..nodes.len()).collect(),
            total: nodes.iter().map(|x| x.total).collect(),
        },
        nodes,
        edges: Vec::new(),
        maybe: Vec::new(),
    };
    let n = r.nodes.len();

    // A name that another name of the corpus qualifies with a designator ("Maui
    // County", "Al Haouz Province", "Province of X") is a place name.
    let by_compact: HashMap<String, usize> = r
        .nodes
        .iter()
        .enumerate()
        .map(|(i, x)| (x.compact.clone(), i))
        .collect();
    for i in 0..n {
        let Some(x) = r.node(i) else { continue };
        if x.words.len() < 2 || x.evidence == Some(Label::Org) {
            continue;
        }
        let (first, last) = (x.words.first(), x.words.last());
        let stem = match (first, last) {
            (_, Some(l)) if is_place_head(l) => {
                x.words.get(..x.words.len() - 1).map(<[String]>::concat)
            }
            (Some(f), _)
                if is_place_head(f) && x.words.get(1).map(String::as_str) == Some("of") =>
            {
                x.words.get(2..).map(<[String]>::concat)
            }
            _ => None,
        };
        if let Some(&j) = stem.and_then(|s| by_compact.get(&s)) {
            if let Some(y) = r.nodes.get_mut(j) {
                if y.evidence.is_none() {
                    y.evidence = Some(Label::Loc);
                }
            }
        }
    }
    // "West Maui", "Northern California": a direction before a place is a place.
    for i in 0..n {
        let Some(x) = r.node(i) else { continue };
        if x.words.len() < 2 || x.evidence.is_some() {
            continue;
        }
        let is_direction = x
            .words
            .first()
            .is_some_and(|f| DIRECTIONS.contains(&f.as_str()) || COMPASS.contains(&f.as_str()));
        let rest = x.words.get(1..).map(<[String]>::concat).unwrap_or_default();
        let place = by_compact
            .get(&rest)
            .and_then(|&j| r.node(j))
            .is_some_and(|y| y.evidence == Some(Label::Loc) || y.place.is_some());
        if is_direction && place {
            if let Some(x) = r.nodes.get_mut(i) {
                x.evidence = Some(Label::Loc);
            }
        }
    }
    // Evidence beats a count: a name's working label.
    for x in r.nodes.iter_mut() {
        if let Some(l) = x.evidence {
            x.label = l;
        }
    }

    // 1. Spelling: the same folded letters (particles kept, so "El Salvador" and
    //    "Salvador" stay apart).
    let mut blocks: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if !x.compact.is_empty() {
            blocks.entry(x.compact.as_str()).or_default().push(i);
        }
    }
    // Blocks are visited in the order of their first name, not the map's, here and
    // below: the same articles record the same merges.
    let mut spelled: Vec<Vec<usize>> = blocks.into_values().filter(|v| v.len() > 1).collect();
    spelled.sort_unstable();
    for v in spelled {
        for w in v.windows(2) {
            if let [a, b] = *w {
                r.union(a, b, MergeRule::Spelling, "same letters");
            }
        }
    }

    // 2. Designators and directions: "High Atlas Mountains" → "High Atlas",
    //    "Northern California" → "California", "Maui Island" → "Maui".
    for i in 0..n {
        let Some(x) = r.node(i) else { continue };
        if x.label != Label::Loc || x.words.len() < 2 || x.place.is_some() {
            continue;
        }
        let mut w: Vec<String> = x.words.clone();
        let before = w.len();
        while w.len() > 1 && w.last().is_some_and(|l| DESIGNATORS.contains(&l.as_str())) {
            w.pop();
        }
        if w.len() > 1 && w.first().is_some_and(|f| DIRECTIONS.contains(&f.as_str())) {
            w.remove(0);
        }
        if w.len() == before {
            continue;
        }
        if let Some(&j) = by_compact.get(&w.concat()) {
            if r.node(j).is_some_and(|y| y.label == Label::Loc) {
                r.union(j, i, MergeRule::Designator, "a designator added");
            }
        }
    }

    // 3. Word order and qualifiers of organisations.
    let mut bags: HashMap<String, Vec<(usize, Option<String>)>> = HashMap::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if !matches!(x.label, Label::Org | Label::Loc) || x.words.len() < 2 {
            continue;
        }
        let org = x.label == Label::Org;
        let mut country: Option<String> = None;
        let mut core: Vec<&str> = Vec::new();
        let text = names.get(i).map_or("", |s| s.text.as_str());
        let originals: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|t| !t.is_empty())
            .collect();
        let qualifier = |w: &str| -> Option<String> {
            let e = lex.lookup(w)?;
            let p = gaz.places().get(e.place? as usize)?;
            match e.label {
                Label::Loc | Label::Norp if !p.country.is_empty() => Some(p.country.clone()),
                _ => None,
            }
        };
        let mut mixed = false;
        for (k, w) in x.words.iter().enumerate() {
            if STOP.contains(&w.as_str()) {
                continue;
            }
            let q = if org && originals.len() == x.words.len() {
                originals.get(k).and_then(|o| qualifier(o))
            } else {
                None
            };
            match q {
                Some(c) => {
                    if country.as_ref().is_some_and(|x| *x != c) {
                        mixed = true;
                    }
                    country = Some(c);
                }
                None => core.push(compass(singular(w))),
            }
        }
        if mixed || core.len() < 2 {
            continue;
        }
        core.sort_unstable();
        let kind = if org { "o" } else { "l" };
        bags.entry(format!("{kind}:{}", core.join(" ")))
            .or_default()
            .push((i, country));
    }
    let mut bags: Vec<_> = bags.into_values().collect();
    bags.sort_unstable_by_key(|v| v.first().map(|&(i, _)| i));
    for v in bags {
        if v.len() < 2 || v.len() > MAX_BLOCK {
            continue;
        }
        let mut countries: Vec<&String> = v.iter().filter_map(|(_, c)| c.as_ref()).collect();
        countries.sort_unstable();
        countries.dedup();
        let pairs: Vec<(usize, usize)> = match countries.as_slice() {
            [] | [_] => v
                .windows(2)
                .filter_map(|w| Some((w.first()?.0, w.get(1)?.0)))
                .collect(),
            _ => {
                // Per country; unqualified forms stay apart.
                let mut p = Vec::new();
                for c in &countries {
                    let same: Vec<usize> = v
                        .iter()
                        .filter(|(_, x)| x.as_ref() == Some(*c))
                        .map(|(i, _)| *i)
                        .collect();
                    p.extend(
                        same.windows(2)
                            .filter_map(|w| Some((*w.first()?, *w.get(1)?))),
                    );
                }
                for (i, c) in &v {
                    if c.is_none() {
                        for (j, d) in &v {
                            if d.is_some() {
                                r.maybe.push((
                                    *i,
                                    *j,
                                    "the same words, but another country's".into(),
                                ));
                            }
                        }
                    }
                }
                p
            }
        };
        for (a, b) in pairs {
            r.union(a, b, MergeRule::WordOrder, "the same words");
        }
    }

    // 4. Transliterations and typos, blocked by consonant skeleton: people by surname
    //    (first names are compared below), every name also by its whole skeleton.
    let mut sk: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if x.acronym || x.compact.chars().count() < 4 {
            continue;
        }
        if x.label == Label::Person && x.words.len() >= 2 {
            if let Some(l) = x.words.last() {
                sk.entry(format!("p:{}", skeleton(l))).or_default().push(i);
            }
        }
        sk.entry(format!("w:{}", skeleton(&x.core)))
            .or_default()
            .push(i);
    }
    let mut sk: Vec<(String, Vec<usize>)> = sk.into_iter().collect();
    sk.sort_unstable();
    for (key, v) in sk {
        if v.len() < 2 || v.len() > MAX_BLOCK {
            continue;
        }
        if key.starts_with("p:") {
            people_block(&mut r, &v);
            continue;
        }
        for (k, &a) in v.iter().enumerate() {
            for &b in v.iter().skip(k + 1) {
                let (Some(x), Some(y)) = (r.node(a), r.node(b)) else {
                    continue;
                };
                if x.core.len().abs_diff(y.core.len()) > 2
                    || (x.place.is_some() && y.place.is_some() && x.place != y.place)
                {
                    continue;
                }
                // Two people are compared by their parts, in their own block; a person
                // and a name of another label too when both start with a first name
                // ("Rinkesh Roy", "Rinkesh Ray" tagged as a body), otherwise only when
                // the "person" does not start with one.
                let person = |z: &Node| z.label == Label::Person;
                if person(x) && person(y) {
                    continue;
                }
                if (person(x) || person(y)) && (x.first_name || y.first_name) {
                    let pa = person_name(x, r.text(a));
                    let pb = person_name(y, r.text(b));
                    if let (Some(pa), Some(pb)) = (pa, pb) {
                        if x.first_name && y.first_name {
                            if let Some(rule) = same_person(&pa, &pb) {
                                r.union(a, b, rule, "the same person's name");
                            }
                        }
                    }
                    continue;
                }
                if x.label != y.label
                    && !person(x)
                    && !person(y)
                    && x.evidence.is_some() == y.evidence.is_some()
                {
                    continue;
                }
                let (ca, cb) = (x.core.as_str(), y.core.as_str());
                let max = if ca.len().min(cb.len()) >= 9 { 2 } else { 1 };
                if ca == cb {
                    r.union(
                        a,
                        b,
                        MergeRule::Spelling,
                        "the same name with another particle",
                    );
                } else if within_edits(ca, cb, max) {
                    r.union(a, b, MergeRule::Transliteration, "a letter or two apart");
                }
            }
        }
    }

    // 5. Acronyms: defined in an article, or the initials of exactly one long name.
    let index: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, s)| (s.text.as_str(), i))
        .collect();
    for (acr, long) in defined {
        if let (Some(&a), Some(&l)) = (index.get(acr.as_str()), index.get(long.as_str())) {
            r.union(l, a, MergeRule::Acronym, "defined in an article");
        }
    }
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if x.words.len() >= 2 && x.label != Label::Person {
            let init = initials_of(r.text(i));
            if init.len() >= 2 {
                by_initials.entry(init).or_default().push(i);
            }
        }
    }
    for i in 0..n {
        let Some(x) = r.node(i) else { continue };
        if !x.acronym || x.label == Label::Person {
            continue;
        }
        let letters: String = r
            .text(i)
            .chars()
            .filter(|c| c.is_ascii_uppercase())
            .collect();
        // Initials alone join names of the acronym's type only: "GM", a carmaker
        // throughout, is not the "Gulf of Mexico".
        let label = x.label;
        if let Some(c) = by_initials.get(&letters) {
            let same: Vec<usize> = c
                .iter()
                .copied()
                .filter(|&k| r.node(k).is_some_and(|n| n.label == label))
                .collect();
            r.join_unique(i, &same, MergeRule::Acronym, "its initials");
        }
    }
    // "AIIMS Bhubaneswar": an acronym qualified by a place is the acronym's body.
    for i in 0..n {
        let Some(x) = r.node(i) else { continue };
        if x.label != Label::Org || x.words.len() != 2 {
            continue;
        }
        let toks: Vec<&str> = r.text(i).split_whitespace().collect();
        let acr = toks.iter().find(|t| is_acronym(t));
        let other = toks.iter().find(|t| !is_acronym(t));
        if let (Some(acr), Some(other)) = (acr, other) {
            let is_place = place_of(other).is_some()
                || index
                    .get(other)
                    .and_then(|&j| r.node(j))
                    .is_some_and(|y| y.label == Label::Loc);
            if let (true, Some(&a)) = (is_place, index.get(acr)) {
                r.union(a, i, MergeRule::Shortening, "the acronym with its place");
            }
        }
    }

    // 6. Shortenings of bodies and places: "Hawaiian Electric" → "… Company",
    //    "al-Ahli" → "al-Ahli Arab Hospital".
    let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if x.label != Label::Person && x.bare.len() >= 2 {
            if let Some(f) = x.bare.first() {
                by_first.entry(f.as_str()).or_default().push(i);
            }
        }
    }
    // Surnames of the corpus's full names: such a lone word is a person's, never a
    // shortening of a body's name ("Biden" and "Biden administration").
    let surnames: std::collections::HashSet<&str> = r
        .nodes
        .iter()
        .filter(|x| x.label == Label::Person && x.bare.len() >= 2)
        .filter_map(|x| x.words.last().map(String::as_str))
        .collect();
    let with_place: Vec<usize> = (0..n)
        .filter(|&i| r.node(i).is_some_and(|x| x.place.is_some()))
        .collect();
    let placed: std::collections::HashSet<usize> =
        with_place.into_iter().map(|i| r.uf.find(i)).collect();
    let mut joins: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if x.acronym || x.bare.is_empty() {
            continue;
        }
        if x.label == Label::Person
            && (x.bare.len() > 1
                || x.bare
                    .first()
                    .is_some_and(|w| surnames.contains(w.as_str())))
        {
            continue;
        }
        let Some(first) = x.bare.first() else {
            continue;
        };
        let Some(cands) = by_first.get(first.as_str()) else {
            continue;
        };
        if cands.len() > MAX_BLOCK {
            continue;
        }
        let own_place = placed.contains(&root_of(&r.uf.parent, i));
        let fits: Vec<usize> = cands
            .iter()
            .copied()
            .filter(|&j| j != i)
            .filter(|&j| {
                let Some(y) = r.node(j) else { return false };
                if y.bare.len() <= x.bare.len() || !subsequence(&x.bare, &y.bare) {
                    return false;
                }
                let extra: Vec<&String> = y.bare.iter().filter(|w| !x.bare.contains(w)).collect();
                let org_suffix = extra.iter().all(|w| ORG_DESIGNATORS.contains(&w.as_str()));
                if x.bare.len() >= 2 && x.bare.last() != y.bare.last() && !org_suffix {
                    return false;
                }
                if extra.iter().any(|w| ADMIN.contains(&w.as_str())) {
                    return false;
                }
                if (x.place.is_some() || own_place) && y.label != Label::Loc {
                    return false;
                }
                if x.place.is_some() && y.place.is_some() && x.place != y.place {
                    return false;
                }
                y.label == x.label || org_suffix || x.label == Label::Person
            })
            .collect();
        if !fits.is_empty() {
            joins.push((i, fits));
        }
    }
    for (i, fits) in joins {
        r.join_unique(i, &fits, MergeRule::Shortening, "a shorter form");
    }

    // 7. Lone surnames of people.
    let mut by_last: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, x) in r.nodes.iter().enumerate() {
        if x.label == Label::Person && x.words.len() >= 2 {
            let last = x
                .words
                .iter()
                .rev()
                .find(|w| !SUFFIXES.contains(&w.as_str()))
                .map(String::as_str);
            if let Some(l) = last {
                by_last.entry(l).or_default().push(i);
            }
        }
    }
    // A lone word the tagger called a body or a place but which is the surname of a
    // full name of the corpus, with nothing saying it is a place or a body, is too.
    let lone: Vec<(usize, Vec<usize>)> = r
        .nodes
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            x.words.len() == 1
                && x.place.is_none()
                && !x.acronym
                && (x.label == Label::Person || x.evidence.is_none())
        })
        .filter_map(|(i, x)| Some((i, by_last.get(x.words.first()?.as_str())?.clone())))
        .collect();
    for (i, c) in lone {
        r.join_unique(i, &c, MergeRule::Surname, "its surname");
    }

    finish(r, names)
}

/// The root of `i` without path compression (for shared borrows).
fn root_of(parent: &[usize], mut i: usize) -> usize {
    for _ in 0..parent.len() {
        match parent.get(i) {
            Some(&p) if p != i => i = p,
            _ => break,
        }
    }
    i
}

/// `short`'s words appear in `long` in order, starting with its first word.
fn subsequence(short: &[String], long: &[String]) -> bool {
    if short.first() != long.first() {
        return false;
    }
    let mut it = long.iter();
    short.iter().all(|w| it.any(|x| x == w))
}

/// One person's name split for comparison.
struct PersonName<'a> {
    first: &'a str,
    middle: Vec<&'a str>,
    last: &'a str,
    suffix: Option<&'a str>,
    /// The first name is written as initials ("PK", "J.").
    initial: bool,
}

fn person_name<'a>(x: &'a Node, text: &str) -> Option<PersonName<'a>> {
    let mut w: Vec<&str> = x.words.iter().map(String::as_str).collect();
    let suffix = match w.last() {
        Some(s) if SUFFIXES.contains(s) => w.pop(),
        _ => None,
    };
    let last = w.pop()?;
    let first = *w.first()?;
    let middle = w.get(1..).map(<[&str]>::to_vec).unwrap_or_default();
    let first_written = text.split_whitespace().next().unwrap_or("");
    let letters: String = first_written.chars().filter(|c| *c != '.').collect();
    let initial = (first_written.ends_with('.') && letters.chars().count() <= 2)
        || (letters.chars().count() <= 3 && letters.chars().all(|c| c.is_ascii_uppercase()));
    Some(PersonName {
        first,
        middle,
        last,
        suffix,
        initial,
    })
}

fn same_person(a: &PersonName, b: &PersonName) -> Option<MergeRule> {
    if let (Some(x), Some(y)) = (a.suffix, b.suffix) {
        if x != y {
            return None;
        }
    }
    if !a.middle.is_empty() && !b.middle.is_empty() {
        let ma: String = a.middle.iter().filter_map(|m| m.chars().next()).collect();
        let mb: String = b.middle.iter().filter_map(|m| m.chars().next()).collect();
        if ma != mb {
            return None;
        }
    }
    let initial_fits = |i: &PersonName, full: &PersonName| {
        i.initial
            && !full.initial
            && full
                .first
                .starts_with(i.first.chars().next().unwrap_or(' '))
    };
    let first_eq = a.first == b.first;
    let first_close = a.first.len() >= 4
        && b.first.len() >= 4
        && skeleton(a.first) == skeleton(b.first)
        && within_edits(a.first, b.first, 1);
    let last_eq = a.last == b.last;
    let last_close = a.last.len() >= 3
        && skeleton(a.last) == skeleton(b.last)
        && within_edits(a.last, b.last, if a.last.len() >= 7 { 2 } else { 1 });
    if last_eq && first_eq {
        Some(MergeRule::Spelling)
    } else if last_eq && (initial_fits(a, b) || initial_fits(b, a)) {
        Some(MergeRule::Initials)
    } else if (last_eq && first_close) || (first_eq && last_close) {
        Some(MergeRule::Transliteration)
    } else {
        None
    }
}

/// People sharing a surname skeleton: merge a name with the names it fits when those
/// are all one person; otherwise suggest.
fn people_block(r: &mut Resolver, v: &[usize]) {
    let parsed: Vec<(usize, Option<PersonName>)> = v
        .iter()
        .map(|&i| (i, r.node(i).and_then(|x| person_name(x, r.text(i)))))
        .collect();
    let mut merges: Vec<(usize, usize, MergeRule)> = Vec::new();
    let mut maybe: Vec<(usize, usize)> = Vec::new();
    for (a, pa) in &parsed {
        let Some(pa) = pa else { continue };
        let fits: Vec<(usize, MergeRule, &PersonName)> = parsed
            .iter()
            .filter(|(b, _)| b != a)
            .filter_map(|(b, pb)| {
                let pb = pb.as_ref()?;
                Some((*b, same_person(pa, pb)?, pb))
            })
            .collect();
        let coherent = fits.iter().enumerate().all(|(k, (_, _, x))| {
            fits.iter()
                .skip(k + 1)
                .all(|(_, _, y)| same_person(x, y).is_some())
        });
        for (b, rule, _) in &fits {
            if coherent {
                merges.push((*a, *b, *rule));
            } else {
                maybe.push((*a, *b));
            }
        }
    }
    for (a, b, rule) in merges {
        let evidence = match rule {
            MergeRule::Initials => "an initial for the first name",
            MergeRule::Transliteration => "a letter apart",
            _ => "the same name",
        };
        r.union(a, b, rule, evidence);
    }
    for (a, b) in maybe {
        r.maybe
            .push((a, b, "a similar name; more than one person fits".into()));
    }
}

/// Labels, roots and notes from the unions.
fn finish(mut r: Resolver, names: &[NameStat]) -> Resolution {
    let n = r.nodes.len();
    let roots: Vec<usize> = (0..n).map(|i| r.uf.find(i)).collect();
    // Per group: evidence votes and mention counts.
    let mut evidence: HashMap<usize, [u32; 3]> = HashMap::new();
    let mut counts: HashMap<usize, [u32; 3]> = HashMap::new();
    for (i, &g) in roots.iter().enumerate() {
        let (Some(x), Some(s)) = (r.nodes.get(i), names.get(i)) else {
            continue;
        };
        if let Some(k) = x.evidence.and_then(|l| LABELS.iter().position(|m| *m == l)) {
            if let Some(slot) = evidence.entry(g).or_default().get_mut(k) {
                *slot += 1;
            }
        }
        let c = counts.entry(g).or_default();
        for (slot, v) in c.iter_mut().zip(s.counts) {
            *slot += v;
        }
    }
    let group_label = |g: usize| -> Label {
        match evidence.get(&g) {
            Some(e) if e.iter().any(|&v| v > 0) => majority(e),
            _ => counts.get(&g).map_or(Label::Org, majority),
        }
    };
    // The name a group is called by: its most frequent spelling (forms differing in
    // case and punctuation counted together), long rather than short, not an acronym;
    // within it the most frequent form not in capitals.
    let mut spellings: HashMap<(usize, &str), f64> = HashMap::new();
    for (i, &g) in roots.iter().enumerate() {
        let Some(x) = r.nodes.get(i) else { continue };
        let weight = 1.0 + 0.5 * (x.words.len() as f64 - 1.0).min(3.0);
        let weight = if x.acronym { weight * 0.3 } else { weight };
        *spellings.entry((g, x.compact.as_str())).or_default() += f64::from(x.total) * weight;
    }
    let mut best: HashMap<usize, (f64, f64, usize)> = HashMap::new();
    for (i, &g) in roots.iter().enumerate() {
        let (Some(x), Some(s)) = (r.nodes.get(i), names.get(i)) else {
            continue;
        };
        let spelling = spellings
            .get(&(g, x.compact.as_str()))
            .copied()
            .unwrap_or(0.0);
        let own = f64::from(x.total) * if in_capitals(&s.text) { 0.1 } else { 1.0 };
        let e = best.entry(g).or_insert((spelling, own, i));
        if (spelling, own) > (e.0, e.1) {
            *e = (spelling, own, i);
        }
    }
    let root: Vec<usize> = roots
        .iter()
        .map(|g| best.get(g).map_or(*g, |b| b.2))
        .collect();
    let label: Vec<Label> = roots.iter().map(|&g| group_label(g)).collect();
    let mut notes: HashMap<usize, Vec<MergeNote>> = HashMap::new();
    for (a, b, rule, evidence) in std::mem::take(&mut r.edges) {
        let Some(&g) = root.get(a) else { continue };
        notes.entry(g).or_default().push(MergeNote {
            form: r.text(b).to_string(),
            with: r.text(a).to_string(),
            rule,
            evidence,
        });
    }
    let mut maybe: Vec<(usize, usize, String)> = Vec::new();
    let mut seen: std::collections::HashSet<(usize, usize)> = std::collections::HashSet::new();
    for (a, b, why) in std::mem::take(&mut r.maybe) {
        let (Some(&ra), Some(&rb)) = (root.get(a), root.get(b)) else {
            continue;
        };
        if ra != rb && seen.insert((ra.min(rb), ra.max(rb))) {
            maybe.push((ra, rb, why));
        }
    }
    Resolution {
        root,
        label,
        notes,
        maybe,
    }
}

#[cfg(test)]
mod tests {
    use super::could_abbreviate;
    use crate::{analyze, Analysis, Document};

    fn corpus(texts: &[&str]) -> Analysis {
        let docs = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::parse(format!("{i}.txt"), t.as_bytes()))
            .collect();
        analyze(docs)
    }

    /// The id of the entity a form was linked to, wherever it is written.
    fn id_of(a: &Analysis, form: &str) -> Option<String> {
        for (d, ex) in a.extractions.iter().enumerate() {
            for (m, mention) in ex.mentions.iter().enumerate() {
                let text = mention.span.slice(&a.documents[d].text);
                if super::super::fold::compose(super::super::clean_surface(text)) == form {
                    let e = a.mention_entity[d][m];
                    return Some(a.entities[e].id.clone());
                }
            }
        }
        None
    }

    #[test]
    fn names_a_reader_knows_are_one_are_merged() {
        // (articles, two forms that must be one entity)
        let cases: &[(&[&str], &str, &str)] = &[
            (
                &[
                    "Foreign Minister Sergei Lavrov spoke in Geneva on Monday.",
                    "Sergey Lavrov said the talks would go on.",
                ],
                "Sergei Lavrov",
                "Sergey Lavrov",
            ),
            (
                &[
                    "Colonel Muammar Qaddafi ruled Libya for decades.",
                    "Muammar Kadhafi was killed near Sirte.",
                ],
                "Muammar Qaddafi",
                "Muammar Kadhafi",
            ),
            (
                &[
                    "The Kenya Wildlife Service (KWS) counted the elephants.",
                    "KWS rangers said the herds had grown.",
                ],
                "Kenya Wildlife Service",
                "KWS",
            ),
            (
                &[
                    "The Ministry of Agriculture announced new subsidies.",
                    "The Agriculture Ministry said farmers would be paid.",
                ],
                "Ministry of Agriculture",
                "Agriculture Ministry",
            ),
            (
                &[
                    "The World Health Organisation warned of cholera.",
                    "The World Health Organization sent doctors.",
                ],
                "World Health Organisation",
                "World Health Organization",
            ),
            (
                &[
                    "Mayor Karen Bass toured the burned streets.",
                    "Bass said the fires were contained.",
                ],
                "Karen Bass",
                "Bass",
            ),
            (
                &[
                    "Climbers were stranded in the Andes Mountains.",
                    "Snow closed the passes of the Andes on Friday.",
                ],
                "Andes Mountains",
                "Andes",
            ),
            (
                &[
                    "Shares in Pacific Lumber Company fell.",
                    "Pacific Lumber said it would cut jobs.",
                ],
                "Pacific Lumber Company",
                "Pacific Lumber",
            ),
            (
                &[
                    "Residents fled São Paulo as the river rose.",
                    "Rain flooded Sao Paulo again on Tuesday.",
                ],
                "São Paulo",
                "Sao Paulo",
            ),
            (
                &[
                    "Leaders of the Labour Party met in Sydney on Monday.",
                    "The Labor Party said it would vote against the bill.",
                ],
                "Labour Party",
                "Labor Party",
            ),
        ];
        for (texts, a, b) in cases {
            let analysis = corpus(texts);
            let (x, y) = (id_of(&analysis, a), id_of(&analysis, b));
            assert!(
                x.is_some() && y.is_some(),
                "{a} / {b} not both found: {x:?} {y:?}"
            );
            assert_eq!(x, y, "{a} and {b} should be one entity");
        }
    }

    #[test]
    fn different_people_bodies_and_places_stay_apart() {
        let cases: &[(&[&str], &str, &str)] = &[
            // Initials alone do not make a carmaker a sea.
            (
                &[
                    "The carmaker General Motors (GM) will cut 900 jobs. GM said sales fell.",
                    "Storms shut oil rigs in the Gulf of Mexico on Monday.",
                ],
                "GM",
                "Gulf of Mexico",
            ),
            (
                &[
                    "Governor Josh Green toured Lahaina.",
                    "Jonathan Greene, a resident, lost his home.",
                ],
                "Josh Green",
                "Jonathan Greene",
            ),
            (
                &[
                    "Coach Mark Hughes was sacked on Sunday.",
                    "Mike Hughes, the club's chairman, said so.",
                ],
                "Mark Hughes",
                "Mike Hughes",
            ),
            (
                &[
                    "President George W. Bush spoke in Texas.",
                    "His father, President George H. W. Bush, had served before him.",
                ],
                "George W. Bush",
                "George H. W. Bush",
            ),
            (
                &[
                    "The Israeli Health Ministry reported two deaths.",
                    "The Palestinian Health Ministry reported forty deaths.",
                ],
                "Israeli Health Ministry",
                "Palestinian Health Ministry",
            ),
            (
                &[
                    "Troops crossed from Niger into Nigeria.",
                    "Nigeria closed its border with Niger.",
                ],
                "Niger",
                "Nigeria",
            ),
            (
                &[
                    "Storms hit Dallas County overnight.",
                    "In Dallas, power was cut to thousands of homes.",
                ],
                "Dallas County",
                "Dallas",
            ),
            (
                &[
                    "Jon Smith scored twice for the club.",
                    "Jan Smith, his sister, won the sprint.",
                ],
                "Jon Smith",
                "Jan Smith",
            ),
        ];
        for (texts, a, b) in cases {
            let analysis = corpus(texts);
            let (x, y) = (id_of(&analysis, a), id_of(&analysis, b));
            assert!(
                x.is_some() && y.is_some(),
                "{a} / {b} not both found: {x:?} {y:?}"
            );
            assert_ne!(x, y, "{a} and {b} must stay apart");
        }
    }

    #[test]
    fn a_name_in_brackets_is_an_acronym_only_when_its_letters_fit() {
        let cases = [
            ("IDF", "Israel Defense Forces", true),
            ("MAP", "Maghreb Arabe Presse", true),
            ("USGS", "US Geological Survey", true),
            ("NDRF", "National Disaster Response Force", true),
            ("WHO", "the World Health Organization", true),
            ("AP", "Morocco", false),
            ("AFP", "Paris", false),
            ("UN", "Gaza", false),
            ("BBC", "B", false),
        ];
        for (acr, long, fits) in cases {
            assert_eq!(could_abbreviate(acr, long), fits, "{acr} for {long}");
        }
    }

    #[test]
    fn a_place_under_its_former_name_is_the_same_place() {
        for (old, new) in [
            ("Calcutta", "Kolkata"),
            ("Bombay", "Mumbai"),
            ("Orissa", "Odisha"),
        ] {
            let a = corpus(&[
                &format!("Rain hits {old}\n\nHeavy rain flooded {old} on Monday."),
                &format!("Floods in {new}\n\nHeavy rain flooded {new} on Monday."),
            ]);
            let (o, n) = (id_of(&a, old), id_of(&a, new));
            assert!(o.is_some(), "{old} found");
            assert_eq!(o, n, "{old} and {new} are one place");
        }
    }

    #[test]
    fn a_surname_that_is_also_a_place_stays_the_persons() {
        let a = corpus(&[
            "Defense Secretary Lloyd Austin flew to Brussels on Monday.",
            "Officials said Mr Austin would meet NATO ministers.",
        ]);
        let full = id_of(&a, "Lloyd Austin");
        assert!(full.is_some());
        assert_eq!(id_of(&a, "Austin"), full);
    }

    #[test]
    fn a_surname_two_people_share_joins_neither() {
        let a = corpus(&[
            "Joe Biden met Jill Biden in Delaware.",
            "Jill Biden spoke later. Joe Biden left early.",
            "Biden said the aid would come soon.",
        ]);
        let lone = id_of(&a, "Biden");
        assert!(lone.is_some());
        assert_ne!(lone, id_of(&a, "Joe Biden"));
        assert_ne!(lone, id_of(&a, "Jill Biden"));
        // …and the entity page can offer both.
        let e = a.entities.iter().find(|e| Some(&e.id) == lone.as_ref());
        assert!(e.is_some_and(|e| e.maybe.len() == 2), "{e:?}");
    }

    #[test]
    fn composed_and_decomposed_accents_give_one_entity_and_id() {
        let a = corpus(&[
            "Prime Minister Fran\u{e7}ois Bayrou spoke in Paris on Monday.",
            "Prime Minister Franc\u{327}ois Bayrou said the budget would pass.",
        ]);
        let ids: Vec<&str> = a.entities.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids.iter().filter(|i| i.contains("bayrou")).count(),
            1,
            "{ids:?}"
        );
        let e = a.entities.iter().find(|e| e.id.contains("bayrou"));
        assert_eq!(e.map(|e| e.id.as_str()), Some("person-françois-bayrou"));
        assert_eq!(e.map(|e| e.docs.len()), Some(2));
    }

    #[test]
    fn every_merge_says_why() {
        let a = corpus(&[
            "The Kenya Wildlife Service (KWS) counted the elephants.",
            "KWS rangers said the herds had grown.",
        ]);
        let e = a
            .entities
            .iter()
            .find(|e| e.canonical == "Kenya Wildlife Service");
        let notes = e.map(|e| e.merged.clone()).unwrap_or_default();
        assert!(
            notes.iter().any(
                |n| n.rule == super::MergeRule::Acronym && n.form.contains("KWS")
                    || n.with.contains("KWS")
            ),
            "{notes:?}"
        );
    }

    #[test]
    fn the_same_articles_give_the_same_merges_in_the_same_order() {
        // Spellings of one hospital and one minister across outlets: several blocks,
        // each with several forms, so the order the linker visits them shows.
        let texts = [
            "Doctors at the Al-Noor Hospital in Tarsa said it was full.",
            "The al-Noor hospital in Tarsa took in the wounded, said Amina Haddad.",
            "Al Noor Hospital staff and health minister Amina Hadad spoke in Tarsa.",
            "Minister Amina Haddad visited the Al-Noor al-Arabi Hospital in Tarsa.",
            "The Al Noor Arab Hospital in Tarsa and the al-Noor Arab hospital are one.",
            "Staff at Al-Noor Arab Hospital and the al Noor hospital in Tarsa spoke.",
            "The Tarsa Water Board and the Water Board of Tarsa said Amina Hadad left.",
        ];
        let notes = |a: &crate::Analysis| -> Vec<(String, Vec<super::MergeNote>)> {
            a.entities
                .iter()
                .map(|e| (e.id.clone(), e.merged.clone()))
                .collect()
        };
        let first = notes(&corpus(&texts));
        assert!(first.iter().any(|(_, n)| n.len() >= 2), "{first:?}");
        for _ in 0..5 {
            assert_eq!(notes(&corpus(&texts)), first);
        }
    }
}
