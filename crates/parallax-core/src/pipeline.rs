//! The extraction pipeline: a [`Document`] in, mentions and quantities out; and
//! [`analyze`], which extracts every document and links mentions into entities.
//!
//! Layers and precedence. Every layer proposes candidate mentions with a confidence
//! and its [`Source`]: the alias lexicon and gazetteer (`gazetteer`: places,
//! demonyms, known organisations and groups); rules (`rule`: dates, name patterns,
//! the document's outlet and bylines); and the statistical tagger (`model`), run on
//! windows around capitalised words the other layers have not explained. Candidates
//! are chosen greedily, longest first and, for equal spans, most confident first (the
//! tagger's confidence counts 0.9× against a lexicon or rule), so "Syrian Democratic
//! Forces" beats "Syrian" and "Lloyd Austin" beats the city "Austin". A second pass
//! adds each chosen full name's surname wherever it stands alone ("Austin" → PERSON)
//! and each acronym the text defines ("Syrian Democratic Forces (SDF)"), then
//! chooses again. Mentions in boilerplate are dropped; quantities are found on the
//! words no name or date took. `DESIGN.md` has the longer story.
//!
//! ```
//! use parallax_core::{extract, Document, Label};
//!
//! let doc = Document::parse("a.txt", b"Defense Secretary Lloyd Austin visited Kerman on Thursday. Austin said nearly 100 people died among Iranian troops.");
//! let ex = extract(&doc);
//! let found: Vec<(&str, Label)> = ex.mentions.iter().map(|m| (m.span.slice(&doc.text), m.label)).collect();
//! assert!(found.contains(&("Lloyd Austin", Label::Person)));
//! assert!(found.contains(&("Austin", Label::Person)));
//! assert!(found.contains(&("Kerman", Label::Loc)));
//! assert!(found.contains(&("Thursday", Label::Date)));
//! assert!(found.contains(&("Iranian", Label::Norp)));
//! assert_eq!(ex.quantities[0].span.slice(&doc.text), "nearly 100 people");
//! ```

mod retype;

use crate::document::Document;
use crate::entities::{initial_letters, link_with, Entity, MentionRef};
use crate::gazetteer::{EntryKind, FxMap, FxSet, Gazetteer, LexEntry, Lexicon, PlaceKind};
use crate::mention::{DateValue, Label, Mention, Quantity, Source};
use crate::ner::features::DocContext;
use crate::ner::{NerLabel, NerModel};
use crate::rules::context;
use crate::rules::scan::{
    char_range, joining_hyphen, view, Tok, ALLCAPS, CAP, DIGIT, LINE_START, SPACE_BEFORE,
};
use crate::rules::{date, names, quantity, sport, words};
use crate::sentence::sentences_from_tokens;
use crate::span::Span;
use crate::token::{tokenize, Token};
use retype::{
    after_honorific, company_arms, company_products, full_name_surnames, list_types,
    one_type_per_name, pair_types, person_of_body, plural_heads, read_context, torn_names,
};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What extraction found in one document. All spans index [`Document::text`].
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// Tokens of the paragraphs ([`Document::paragraphs`]), in order.
    pub tokens: Vec<Token>,
    /// Sentences, in order.
    pub sentences: Vec<Span>,
    /// Entity mentions: sorted by start, non-overlapping, none inside boilerplate.
    pub mentions: Vec<Mention>,
    /// Counted quantities ("at least 143 people"), sorted by start.
    pub quantities: Vec<Quantity>,
    /// Every date the date rule found, read into a calendar value against the
    /// document's publication date, sorted by start. DATE mentions look their
    /// value up here by span.
    #[serde(default)]
    pub dates: Vec<DateValue>,
}

/// The whole corpus: documents, their extractions and the entities linking them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub documents: Vec<Document>,
    /// `extractions[d]` belongs to `documents[d]`.
    pub extractions: Vec<Extraction>,
    pub entities: Vec<Entity>,
    /// `mention_entity[d][m]` is the index into `entities` of mention `m` of document `d`.
    pub mention_entity: Vec<Vec<usize>>,
}

impl Analysis {
    /// The entity a mention belongs to.
    pub fn entity_of(&self, r: MentionRef) -> Option<&Entity> {
        let i = *self.mention_entity.get(r.doc)?.get(r.mention)?;
        self.entities.get(i)
    }

    /// Pairs of entities named in the same sentence, `(a, b)` with `a < b` as
    /// indexes into [`Analysis::entities`], and in how many sentences. A mention
    /// that crosses a sentence boundary counts for neither sentence.
    ///
    /// ```
    /// use parallax_core::{analyze, Document};
    /// let a = analyze(vec![Document::parse("a", b"Defense Secretary Lloyd Austin visited Kerman. Austin met Iranian envoys in Kerman.")]);
    /// let id = |name: &str| a.entities.iter().position(|e| e.canonical == name).unwrap();
    /// let (austin, kerman) = (id("Lloyd Austin"), id("Kerman"));
    /// let pair = (austin.min(kerman), austin.max(kerman));
    /// assert_eq!(a.co_occurrences()[&pair], 2);
    /// ```
    pub fn co_occurrences(&self) -> BTreeMap<(usize, usize), usize> {
        // Counted in a hash map, sorted once at the end.
        let mut weights: FxMap<(usize, usize), usize> = FxMap::default();
        for (d, ex) in self.extractions.iter().enumerate() {
            let ids = self.mention_entity.get(d).map_or(&[][..], Vec::as_slice);
            // (sentence, entity) of every mention inside a sentence.
            let mut placed: Vec<(usize, usize)> = ex
                .mentions
                .iter()
                .zip(ids)
                .filter_map(|(m, &e)| {
                    let s = ex.sentences.partition_point(|s| s.end <= m.span.start);
                    let sentence = ex.sentences.get(s)?;
                    sentence.contains(&m.span).then_some((s, e))
                })
                .collect();
            placed.sort_unstable();
            placed.dedup();
            for sentence in placed.chunk_by(|a, b| a.0 == b.0) {
                for (i, &(_, a)) in sentence.iter().enumerate() {
                    for &(_, b) in &sentence[i + 1..] {
                        *weights.entry((a, b)).or_insert(0) += 1;
                    }
                }
            }
        }
        weights.into_iter().collect()
    }
}

#[derive(Clone, Copy, Debug)]
struct Cand {
    start: usize,
    end: usize,
    label: Label,
    conf: f32,
    source: Source,
}

impl Cand {
    /// Whether the words around it may retype it: the tagger's and the rules'
    /// names, not the gazetteer's or the lexicon's.
    fn open(&self) -> bool {
        matches!(self.source, Source::Model | Source::Rule)
    }

    /// Whether it is a person, an organisation or a place.
    fn is_name(&self) -> bool {
        matches!(self.label, Label::Person | Label::Org | Label::Loc)
    }
}

/// The tokens `a..b` a byte range `start..end` covers (the inverse of [`tok_span`]).
fn tok_range(toks: &[Tok], start: usize, end: usize) -> (usize, usize) {
    (
        toks.partition_point(|t| (t.start as usize) < start),
        toks.partition_point(|t| (t.start as usize) < end),
    )
}

/// Extract mentions and quantities from one document. Never panics.
pub fn extract(doc: &Document) -> Extraction {
    extract_with(doc, Lexicon::embedded())
}

/// The tokens and sentences of a document's paragraphs: the
/// [`Extraction::tokens`] and [`Extraction::sentences`] that [`extract`] returns,
/// without finding any mentions. A worker that had the mentions found elsewhere
/// (in another thread) rebuilds the rest of the extraction with this.
///
/// ```
/// use parallax_core::{extract, pipeline::layout, Document};
///
/// let doc = Document::parse("a", b"NATO met in Brussels. Iran said no.");
/// let (tokens, sentences) = layout(&doc);
/// let ex = extract(&doc);
/// assert_eq!((tokens, sentences), (ex.tokens, ex.sentences));
/// ```
pub fn layout(doc: &Document) -> (Vec<Token>, Vec<Span>) {
    let text = doc.text.as_str();
    paragraph_layout(doc, &tokenize(text, Span::new(0, text.len())))
}

/// The tokens of `all` (the whole text's, in order) that lie in the document's
/// paragraphs, and the paragraphs' sentences.
fn paragraph_layout(doc: &Document, all: &[Token]) -> (Vec<Token>, Vec<Span>) {
    let text = doc.text.as_str();
    let mut tokens = Vec::with_capacity(all.len());
    let mut sentences = Vec::new();
    for &p in &doc.paragraphs {
        let from = all.partition_point(|t| t.span.start < p.start);
        let n = all[from..].partition_point(|t| t.span.end <= p.end);
        let at = tokens.len();
        tokens.extend_from_slice(&all[from..from + n]);
        sentences.extend(sentences_from_tokens(text, &tokens[at..]));
    }
    (tokens, sentences)
}

/// [`extract`] with another lexicon, e.g. [`Lexicon::with_user_aliases`].
///
/// One function per layer, in order: the lexicon, the document's metadata, dates,
/// the tagger, the name rules; the choice among their candidates; a second pass for
/// surnames and defined acronyms; the checks against the surroundings; quantities.
pub fn extract_with(doc: &Document, lex: &Lexicon) -> Extraction {
    let text = doc.text.as_str();
    // One token stream: the tokenizer's, read whole by the rules (split finer,
    // `rules::scan::view`) and paragraph by paragraph by the tagger.
    let all = tokenize(text, Span::new(0, text.len()));
    let toks = view(text, &all);
    let headline = headline_flags(text, &toks);
    let (tokens, sentences) = paragraph_layout(doc, &all);
    drop(all);

    let mut cands: Vec<Cand> = Vec::with_capacity(toks.len() / 4);
    let lex_at = lexicon_layer(text, &toks, &headline, lex, &mut cands);
    metadata_layer(doc, &mut cands);
    let (date_values, mut taken) = date_layer(doc, &toks, &mut cands);
    tagger_layer(
        text,
        &toks,
        &headline,
        lex,
        (&tokens, &sentences),
        &mut cands,
    );
    name_rule_layer(text, &toks, &lex_at, &headline, &mut cands);
    let mut chosen = choose(&mut cands.clone());
    // Whether the article is a sports report, read once if a pass asks.
    let sport = sport::Sport::new(text, &toks);
    second_pass(text, &toks, &headline, &mut cands, &mut chosen, &sport);
    tidy(doc, &toks, lex, &mut chosen, &sport);
    not_names(text, &toks, lex, &mut chosen, &mut taken);
    let quantities = quantity_layer(doc, &toks, &headline, &chosen, taken);

    let mentions = chosen
        .into_iter()
        .map(|c| Mention {
            span: Span::new(c.start, c.end),
            label: c.label,
            confidence: c.conf,
            source: c.source,
        })
        .collect();
    Extraction {
        tokens,
        sentences,
        mentions,
        quantities,
        dates: date_values,
    }
}

/// The characters tokens `a..b` cover.
fn tok_span(toks: &[Tok], a: usize, b: usize) -> (usize, usize) {
    (toks[a].start as usize, toks[b - 1].end as usize)
}

/// The gazetteer and alias lexicon's layer: the longest known form starting at each
/// token (returned, for the name rules) and a candidate for each that counts here.
fn lexicon_layer<'l>(
    text: &str,
    toks: &[Tok],
    headline: &[bool],
    lex: &'l Lexicon,
    cands: &mut Vec<Cand>,
) -> Vec<Option<(usize, &'l LexEntry)>> {
    let gaz = Gazetteer::embedded();
    let lex_at: Vec<_> = (0..toks.len())
        .map(|i| {
            if toks[i].is_word() {
                lex.longest(text, toks, i)
            } else {
                None
            }
        })
        .collect();
    for (i, hit) in lex_at.iter().enumerate() {
        let Some((n, e)) = *hit else { continue };
        let t = &toks[i];
        let surface_len = (toks[i + n - 1].end - t.start) as usize;
        // Half of a capitalised hyphenated name is not a name: "T-Mobile", "Rolls-Royce".
        // A stance opening a sentence is no half: "Pro-Beijing" names Beijing, and two
        // places are two places: "a London-Frankfurt merger", "India-Pakistan talks".
        let compound = |x: usize| {
            joining_hyphen(text, toks, x + 1)
                && toks[x].is_cap()
                && toks[x + 2].is_cap()
                && !words::stance(toks[x].text(text))
                && !place_pair(text, toks, lex, x)
        };
        // A name ending in a number glued to another is a team and its score: "France
        // 24-17" is no "France 24".
        let score = toks[i + n - 1].has(DIGIT)
            && joining_hyphen(text, toks, i + n)
            && toks.get(i + n + 1).is_some_and(|t| t.has(DIGIT));
        if (i >= 2 && compound(i - 2)) || compound(i + n - 1) || score {
            continue;
        }
        // Languages are not nationalities: "in French", "speaks English", "Arabic-language".
        if e.kind == EntryKind::Demonym || e.label == Label::Norp {
            let before = i.checked_sub(1).map_or("", |k| toks[k].text(text));
            let after = toks.get(i + n).map_or("", |t| t.text(text));
            let after2 = toks.get(i + n + 1).map_or("", |t| t.text(text));
            // After "in"/"into" only a bare word is a language: "in French," but "in Muslim countries".
            let bare = !toks
                .get(i + n)
                .is_some_and(|t| (t.is_word() && !t.is_cap()) || t.text(text) == "-")
                || matches!(after, "and" | "or");
            let speech = matches!(before, "speak" | "speaks" | "spoke" | "speaking" | "fluent");
            let language_noun = matches!(
                after,
                "language" | "languages" | "translation" | "speakers" | "subtitles"
            ) || (after == "-"
                && matches!(after2, "language" | "speaking" | "speakers"));
            if (matches!(before, "in" | "into") && bare) || speech || language_noun {
                continue;
            }
        }
        // On shouting lines short all-caps forms ("US", "IS", "WHO") are words.
        if headline[i] && t.has(ALLCAPS) && surface_len <= 3 {
            continue;
        }
        // A known organisation inside a longer run of capitalised words may be part of
        // another name ("Sony Ericsson", "the Scottish Football Association"): it
        // stands, but below what leaves the tagger out, which may read the whole run.
        let cap_word = |k: usize| {
            toks.get(k).is_some_and(|t| {
                let w = t.text(text);
                t.is_cap()
                    && t.is_word()
                    && !names::function_word(w)
                    && !names::title(w)
                    && !words::is(w, words::ROLE_INITIALS)
            })
        };
        // A company naming an event is no mention of the company: "the Heineken Cup".
        if e.label == Label::Org
            && toks
                .get(i + n)
                .is_some_and(|x| x.has(SPACE_BEFORE) && words::is(x.text(text), words::EVENT_HEAD))
        {
            continue;
        }
        let in_run = e.label == Label::Org
            && ((cap_word(i + n) && !toks[i + n].has(LINE_START))
                || (i > 0
                    && cap_word(i - 1)
                    && !t.has(LINE_START)
                    && !sentence_initial(text, toks, i - 1)));
        let conf = match e.kind {
            EntryKind::Alias if surface_len <= 2 => 0.85,
            EntryKind::Alias if in_run => 0.89,
            EntryKind::Alias => 0.95,
            EntryKind::Demonym => 0.9,
            EntryKind::Place => match e.place_kind(gaz) {
                Some(PlaceKind::Country) => 0.93,
                Some(PlaceKind::Region) => 0.9,
                // "Mobile phones ...", "Reading the report ...": a city named like an
                // ordinary word does not count where capitals come from the sentence.
                _ if gaz.is_common_word(t.text(text)) && sentence_initial(text, toks, i) => {
                    continue
                }
                // A city name alone is weak evidence: many are also surnames, given names
                // or sports clubs ("Austin", "Leeds"). At 0.5 it stands only where the
                // tagger offers nothing better (CoNLL++ exact micro F1 0.873 → 0.887,
                // seeds unchanged); linking still finds its coordinates.
                // A name of two words or more is rarely anyone's ("Khan Yunis", "Deir
                // ez-Zor", "Kuala Lumpur"): it stands against the tagger.
                _ if n > 1 => 0.9,
                _ => 0.5,
            },
        };
        let (s, e2) = tok_span(toks, i, i + n);
        cands.push(Cand {
            start: s,
            end: e2,
            label: e.label,
            conf,
            source: Source::Gazetteer,
        });
    }
    lex_at
}

/// Document metadata: outlet and syndicator are organisations, bylines are people.
fn metadata_layer(doc: &Document, cands: &mut Vec<Cand>) {
    for sp in doc.outlet.iter().chain(doc.syndicator.iter()) {
        cands.push(Cand {
            start: sp.start,
            end: sp.end,
            label: Label::Org,
            conf: 0.9,
            source: Source::Rule,
        });
    }
    for sp in &doc.authors {
        cands.push(Cand {
            start: sp.start,
            end: sp.end,
            label: Label::Person,
            conf: 0.9,
            source: Source::Rule,
        });
    }
}

/// Dates, read once into calendar values; also which tokens they take.
fn date_layer(doc: &Document, toks: &[Tok], cands: &mut Vec<Cand>) -> (Vec<DateValue>, Vec<bool>) {
    let text = doc.text.as_str();
    let dates = date::find(text, toks);
    let date_values = date::read_all(
        text,
        toks,
        &dates,
        doc.date.map(crate::calendar::publication_value),
    );
    let mut taken = vec![false; toks.len()];
    for d in &dates {
        let (s, e) = tok_span(toks, d.start, d.end);
        cands.push(Cand {
            start: s,
            end: e,
            label: Label::Date,
            conf: 0.9,
            source: Source::Rule,
        });
        taken[d.start..d.end].iter_mut().for_each(|x| *x = true);
    }
    (date_values, taken)
}

/// The statistical tagger's layer, and the tagged spans a headline or an ordinary
/// opening word makes untrustworthy.
fn tagger_layer(
    text: &str,
    toks: &[Tok],
    headline: &[bool],
    lex: &Lexicon,
    (tokens, sentences): (&[Token], &[Span]),
    cands: &mut Vec<Cand>,
) {
    let gaz = Gazetteer::embedded();
    // The statistical tagger, on windows around capitalised words that the lexicon,
    // dates and metadata have not already explained.
    let mut explained: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.conf >= 0.9)
        .map(|c| (c.start, c.end))
        .collect();
    explained.sort_unstable();
    let explained = merge_intervals(explained);
    let mut known: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.source == Source::Gazetteer && c.conf >= 0.9)
        .map(|c| (c.start, c.end))
        .collect();
    known.sort_unstable();
    let model_from = cands.len();
    model_candidates(text, tokens, sentences, toks, lex, &explained, cands);
    // In a title-case headline capitals say nothing about where a name ends: a tagged
    // span that swallows a known name ("Moscow Concert Hall Attack") is not trusted.
    // (All-caps headlines are left to the tagger, which was trained on them.)
    let on_headline = |start: usize| {
        let k = toks.partition_point(|t| (t.end as usize) <= start);
        headline.get(k).copied().unwrap_or(false) && toks.get(k).is_some_and(|t| !t.has(ALLCAPS))
    };
    let swallows_known = |c: &Cand| {
        let from = known.partition_point(|&(a, _)| a < c.start);
        known[from..]
            .iter()
            .take_while(|&&(a, _)| a < c.end)
            .any(|&(a, b)| b <= c.end && (a, b) != (c.start, c.end))
    };
    // A sentence-initial ordinary word ("Mobile phones ...") needs strong evidence.
    let weak_initial_word = |c: &Cand| {
        let i = toks.partition_point(|t| (t.start as usize) < c.start);
        toks.get(i).is_some_and(|t| {
            t.end as usize == c.end
                && c.conf < 0.8
                && sentence_initial(text, toks, i)
                && gaz.is_common_word(t.text(text))
        })
    };
    // A tagged name that opens with a known organisation's is that organisation's
    // branch or venture, whatever type the tagger gave it: "Sony Ericsson", "Diageo
    // North America" ("Michael Dell", where the name ends with it, is a person; so is
    // "Labour MP Ana Gil", where a title or a given name follows).
    let personal = |a: usize, b: usize| {
        let from = toks.partition_point(|t| (t.start as usize) < a);
        toks[from..]
            .iter()
            .take_while(|t| (t.end as usize) <= b)
            .any(|t| {
                let w = t.text(text);
                names::title(w) || gaz.is_first_name(w)
            })
    };
    let mut org_starts: Vec<(usize, usize)> = cands[..model_from]
        .iter()
        .filter(|c| c.source == Source::Gazetteer && c.label == Label::Org)
        .map(|c| (c.start, c.end))
        .collect();
    org_starts.sort_unstable();
    for c in &mut cands[model_from..] {
        let k = org_starts.partition_point(|&(a, _)| a < c.start);
        if org_starts
            .get(k)
            .is_some_and(|&(a, b)| a == c.start && b < c.end && !personal(b, c.end))
        {
            c.label = Label::Org;
        }
    }
    // One letter glued to a lower-case word is a shape, no name: "U-turns", "T-shirt",
    // "X-rays".
    let shape_letter = |c: &Cand| {
        let mut after = text.get(c.end..).unwrap_or("").chars();
        text.get(c.start..c.end)
            .is_some_and(|w| w.chars().count() == 1)
            && after.next() == Some('-')
            && after.next().is_some_and(char::is_lowercase)
    };
    let mut k = model_from;
    while k < cands.len() {
        if (on_headline(cands[k].start) && swallows_known(&cands[k]))
            || weak_initial_word(&cands[k])
            || shape_letter(&cands[k])
        {
            cands.swap_remove(k);
        } else {
            k += 1;
        }
    }
}

/// Name patterns (`rules/names.rs`).
fn name_rule_layer(
    text: &str,
    toks: &[Tok],
    lex_at: &[Option<(usize, &LexEntry)>],
    headline: &[bool],
    cands: &mut Vec<Cand>,
) {
    for h in names::find(text, toks, lex_at, Gazetteer::embedded(), headline) {
        let (s, e) = tok_span(toks, h.start, h.end);
        cands.push(Cand {
            start: s,
            end: e,
            label: h.label,
            conf: h.confidence,
            source: Source::Rule,
        });
    }
}

/// Second pass: each chosen full name's surname where it stands alone, each acronym
/// the text defines, and in a sports report each club's short name
/// ([`club_short_forms`]), then the choice again.
fn second_pass(
    text: &str,
    toks: &[Tok],
    headline: &[bool],
    cands: &mut Vec<Cand>,
    chosen: &mut Vec<Cand>,
    sport: &sport::Sport,
) {
    let gaz = Gazetteer::embedded();
    let mut extra = Vec::new();
    let mut surnames: FxSet<&str> = FxSet::default();
    for m in chosen.iter().filter(|m| m.label == Label::Person) {
        let s = Span::new(m.start, m.end).slice(text);
        // "Lord Goldsmith", "Ms Diemont": one word after an honorific is a surname too.
        let one_word = toks
            .get(toks.partition_point(|t| (t.start as usize) < m.start))
            .is_some_and(|t| t.end as usize == m.end);
        let titled = one_word && after_honorific(text, toks, m.start);
        let last = match s.rsplit_once(' ') {
            Some((_, last)) => Some(last),
            None if titled => Some(s),
            None => None,
        };
        if let Some(last) = last {
            // "Richard I", "Jones MP": initials and all-caps tails are not surnames.
            let caps = last.chars().filter(|c| c.is_uppercase()).count();
            if last.chars().next().is_some_and(char::is_uppercase)
                && last.len() > 1
                && caps < last.chars().count()
            {
                surnames.insert(last);
            }
        }
    }
    // "Syrian Democratic Forces (SDF)": an all-caps token in brackets right after a name.
    let mut acronyms: FxMap<&str, Label> = FxMap::default();
    // Where capitals stand that may be undefined acronyms (below).
    let mut caps: Vec<usize> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if !t.has(ALLCAPS) {
            continue;
        }
        if !headline[k] && (2..=6).contains(&(t.end - t.start)) {
            caps.push(k);
        }
        if k >= 2
            && toks[k - 1].text(text) == "("
            && toks.get(k + 1).is_some_and(|n| n.text(text) == ")")
        {
            let before = toks[k - 2].end as usize;
            let i = chosen.partition_point(|m| m.end < before);
            if let Some(m) = chosen
                .get(i)
                .filter(|m| m.end == before && matches!(m.label, Label::Org | Label::Loc))
            {
                acronyms.entry(t.text(text)).or_insert(m.label);
            }
        }
    }
    // "GM" after "General Motors", "WFP" after "World Food Programme": capitals that
    // spell the initials of a body or a place the text names in full stand for it,
    // defined or not. Not where two names share the initials, nor for a word the
    // lexicon knows as something else ("US" after "Universal Studios"). A place's
    // name counts when the lexicon gave it: the tagger's places may still turn out
    // bodies ("Mobile Entertainment Forum").
    if !caps.is_empty() {
        // Each word of capitals, then the type of the names spelling it: Date while
        // none does, Norp where a body's and a place's both do.
        let mut spelled: FxMap<&str, Label> = FxMap::default();
        for &k in &caps {
            spelled.insert(toks[k].text(text), Label::Date);
        }
        for m in chosen.iter().filter(|m| {
            m.label == Label::Org || (m.label == Label::Loc && m.source == Source::Gazetteer)
        }) {
            let name = Span::new(m.start, m.end).slice(text);
            let mut buf = [0u8; 6];
            let mut n = 0;
            for c in initial_letters(name) {
                if n == buf.len() || !c.is_ascii_uppercase() {
                    n = 0;
                    break;
                }
                buf[n] = c as u8;
                n += 1;
            }
            let key = std::str::from_utf8(&buf[..n]).unwrap_or("");
            if let Some(l) = spelled.get_mut(key).filter(|_| name.contains(' ')) {
                *l = if matches!(*l, Label::Date) || *l == m.label {
                    m.label
                } else {
                    Label::Norp
                };
            }
        }
        let lex = Lexicon::embedded();
        for &k in &caps {
            let w = toks[k].text(text);
            if let Some(&label) = spelled.get(w) {
                if matches!(label, Label::Org | Label::Loc)
                    && !acronyms.contains_key(w)
                    && lex.lookup(w).is_none_or(|e| e.label == label)
                    && !words::is(w, words::FUNCTION_WORD)
                {
                    acronyms.insert(w, label);
                }
            }
        }
    }
    let clubs = club_short_forms(text, chosen, sport);
    let companies = company_short_forms(text, chosen, &surnames);
    let national = national_short_forms(text, chosen);
    for (k, t) in toks.iter().enumerate() {
        if !t.has(CAP) {
            continue;
        }
        // A double-barrelled surname is one: "Ashworth-Vane" after "Lucy Ashworth-Vane".
        let barrelled = match toks.get(k + 2) {
            Some(r) if joining_hyphen(text, toks, k + 1) && r.has(CAP) => text
                .get(t.start as usize..r.end as usize)
                .filter(|w| surnames.contains(w)),
            _ => None,
        };
        let w = barrelled.unwrap_or_else(|| t.text(text));
        let (start, end) = (t.start as usize, t.start as usize + w.len());
        // Ordinary words stay ordinary even after a name ended with them ("Note", "Hub").
        // Nor is a surname before another name word ("Dale Farm" after "Tom Dale",
        // "the Cosby Show"): a capitalised word glued after it, not a title or a
        // common word, makes a name of its own. (Before it, the word is most often a
        // given name the tagger missed: "Amit Yoran".)
        let glued = barrelled.is_none()
            && toks.get(k + 1).is_some_and(|n| {
                let nw = n.text(text);
                n.has(CAP)
                    && n.is_word()
                    && !n.has(LINE_START)
                    && !words::is(nw, words::FUNCTION_WORD | words::TITLE)
                    && !gaz.is_common_word(nw)
            });
        if surnames.contains(w) && !headline[k] && !gaz.is_common_word(w) && !glued {
            extra.push(Cand {
                start,
                end,
                label: Label::Person,
                // Above a country (0.93): in a text about Michael Jordan, "Jordan" is him.
                conf: 0.94,
                source: Source::Rule,
            });
        }
        // "Sale" alone after "Sale Sharks", "Saints" after "Northampton Saints": the
        // club by its short name, where no other name word stands beside it.
        let alone = !toks
            .get(k + 1)
            .is_some_and(|n| n.has(CAP) && n.is_word() && !n.has(LINE_START))
            && !k
                .checked_sub(1)
                .and_then(|j| toks.get(j))
                .is_some_and(|p| p.has(CAP) && p.is_word() && !t.has(LINE_START));
        // Where something happens the town is the place: "the final in Cardiff".
        let club = clubs.contains(w) && !sport::placed(text, toks, k);
        // "Reform" after "Reform UK": an ordinary word, so never where the sentence
        // capitalises it.
        let national = national.contains(w) && !sentence_initial(text, toks, k);
        if alone && !headline[k] && (club || national || companies.contains(w)) {
            extra.push(Cand {
                start,
                end,
                label: Label::Org,
                conf: 0.9,
                source: Source::Rule,
            });
        }
        if let Some(&label) = acronyms.get(w) {
            extra.push(Cand {
                start,
                end,
                label,
                conf: 0.9,
                source: Source::Rule,
            });
        }
    }
    if !extra.is_empty() {
        cands.extend(extra);
        *chosen = choose(cands);
    }
}

/// The short names of bodies the lexicon knows by a word and their country: "Reform"
/// after "Reform UK", "Shelter" after "Shelter Scotland". Unlike a company's, the word
/// may be an ordinary one, so the caller takes it only inside a sentence.
fn national_short_forms<'t>(text: &'t str, chosen: &[Cand]) -> FxSet<&'t str> {
    let gaz = Gazetteer::embedded();
    let lex = Lexicon::embedded();
    let country = |w: &str| {
        gaz.place(w).is_some_and(|p| p.kind == PlaceKind::Country)
            || lex
                .lookup(w)
                .is_some_and(|e| e.label == Label::Loc && e.kind == EntryKind::Alias)
    };
    chosen
        .iter()
        .filter(|m| m.label == Label::Org && m.source == Source::Gazetteer)
        .filter_map(|m| Span::new(m.start, m.end).slice(text).split_once(' '))
        .filter(|&(first, rest)| {
            first.len() > 2
                && first.chars().next().is_some_and(char::is_uppercase)
                && first.chars().skip(1).all(char::is_lowercase)
                && country(rest)
        })
        .map(|(first, _)| first)
        .collect()
}

/// The short names of the companies the article names in full: "Daiwa" after "Daiwa
/// Securities", "Goldman" after "Goldman Sachs", "Marks" after "Marks & Spencer".
/// The first word only, and only a word that names nothing else: not a given name
/// ("Morgan Stanley"), a place ("London Stock Exchange"), an ordinary or a head word
/// ("General Motors", "Bank of England"), initials, nor the surname of someone the
/// article names.
fn company_short_forms<'t>(
    text: &'t str,
    chosen: &[Cand],
    surnames: &FxSet<&str>,
) -> FxSet<&'t str> {
    let gaz = Gazetteer::embedded();
    let mut short = FxSet::default();
    for m in chosen.iter().filter(|m| m.label == Label::Org) {
        let name = Span::new(m.start, m.end).slice(text);
        let Some((first, rest)) = name.split_once(' ') else {
            continue;
        };
        let mut chars = first.chars();
        let shaped = chars.next().is_some_and(char::is_uppercase)
            && first.chars().count() > 2
            && chars.all(char::is_lowercase);
        let second_named = rest
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '&');
        // A company's name: one the lexicon knows, or one a company's head closes
        // ("Daiwa Securities", "Baikal Finance Group"); not any body or title the
        // tagger guessed ("the Sundance Film Festival").
        let company = m.source == Source::Gazetteer
            || rest
                .rsplit(' ')
                .next()
                .is_some_and(|w| words::is(w, words::COMPANY_HEAD));
        if shaped
            && company
            && second_named
            && !words::is(
                first,
                words::HEAD | words::TITLE | words::FUNCTION_WORD | words::STOP,
            )
            && !words::is(name, words::PRIZE)
            && !gaz.is_common_word(first)
            && !gaz.is_first_name(first)
            && gaz.place(first).is_none()
            && !surnames.contains(first)
        {
            short.insert(first);
        }
    }
    // A word the lexicon gives another type somewhere in the article stays that.
    if !short.is_empty() {
        for m in chosen
            .iter()
            .filter(|m| m.label != Label::Org && m.source == Source::Gazetteer)
        {
            short.remove(Span::new(m.start, m.end).slice(text));
        }
    }
    short
}

/// The short names of the clubs a sports report names in two words: "Sale" and
/// "Sharks" for "Sale Sharks", "Northampton" and "Saints" for "Northampton Saints".
/// A nickname is a plural ("Sharks", "Saints", "Rovers"); its town is a short name
/// only beside a nickname or "Rugby" ("Bath Rugby"), never beside "City" or "United",
/// which name two clubs of one town. Empty outside sport.
fn club_short_forms<'t>(text: &'t str, chosen: &[Cand], sport: &sport::Sport) -> FxSet<&'t str> {
    let mut clubs = FxSet::default();
    let pairs: Vec<(&str, &str)> = chosen
        .iter()
        .filter(|m| m.label == Label::Org)
        .map(|m| Span::new(m.start, m.end).slice(text))
        // "Six Nations" is a competition, whatever the tagger made of it.
        .filter(|name| !words::is(name, words::PRIZE))
        .filter_map(|name| name.split_once(' '))
        .filter(|(a, b)| {
            [a, b].iter().all(|w| {
                w.len() > 2
                    && w.chars().next().is_some_and(char::is_uppercase)
                    && w.chars().skip(1).all(char::is_lowercase)
            })
        })
        .collect();
    if pairs.is_empty() || !sport.report() {
        return clubs;
    }
    let gaz = Gazetteer::embedded();
    for (town, name) in pairs {
        // Not an event ("the Dubai Sevens", "the Athens Olympics"), nor "All Blacks".
        let nickname = name.ends_with('s')
            && !name.ends_with("ss")
            && !words::is(name, words::HEAD | words::PRIZE | words::TITLE);
        let ordinary = words::is(
            town,
            words::FUNCTION_WORD | words::NUMBER_WORD | words::TITLE | words::STOP,
        );
        if ordinary {
            continue;
        }
        if nickname {
            clubs.insert(name);
        }
        if (nickname || name == "Rugby") && !gaz.is_first_name(town) {
            clubs.insert(town);
        }
    }
    clubs
}

/// The chosen names checked against the document and their surroundings.
fn tidy(doc: &Document, toks: &[Tok], lex: &Lexicon, chosen: &mut Vec<Cand>, sport: &sport::Sport) {
    let text = doc.text.as_str();
    // Nothing from ads, widgets or navigation, nor from the outlet and date lines.
    chosen.retain(|c| {
        let span = Span::new(c.start, c.end);
        !doc.is_boilerplate(span) && !doc.is_source_line(span)
    });
    for c in chosen.iter_mut() {
        if c.label == Label::Person {
            if let Some(end) = given_name_tail(text, c.start, c.end) {
                c.end = end;
            }
        }
        // "Procter & Gamble", "I & PR Department": the piece before an ampersand
        // belongs to the organisation's name.
        if c.label == Label::Org {
            c.start = ampersand_start(text, c.start);
        }
        if c.is_name() {
            c.start = article_start(text, c.start);
        }
        // "St Mungo's said": a saint's possessive is a word of the organisation's name
        // (the charity, the hospital, the college). Not any possessive: "less scrutiny
        // than Verizon's" owns what came before.
        if c.label == Label::Org && text.get(c.start..).is_some_and(|n| n.starts_with("St ")) {
            c.end = saint_possessive(text, c.end);
        }
        // A name ending in a facility's head word is the place ("Dulles International
        // Airport", "Century City Towers"), whatever the tagger thought; the lexicon's
        // bodies stay bodies ("Islamic State Khorasan Province").
        if c.label == Label::Org && c.open() && facility_named(text, c.start, c.end) {
            c.label = Label::Loc;
        }
        // "PlusNet", "WorldCom", "OutKast": a word with a capital inside is a brand's,
        // not a person's (a surname's prefix is no brand: "McCall", "DiCaprio").
        if c.label == Label::Person
            && c.open()
            && camel_brand(Span::new(c.start, c.end).slice(text))
        {
            c.label = Label::Org;
        }
        // "RAF Fairford", "RAF Lakenheath": an air base is a place ("the RAF
        // Regiment" is a body).
        if c.label == Label::Org && c.open() {
            let name = Span::new(c.start, c.end).slice(text);
            if name.strip_prefix("RAF ").is_some_and(|rest| {
                !rest.is_empty()
                    && !rest
                        .split(' ')
                        .any(|w| words::is(w, words::HEAD) || w == "and")
            }) {
                c.label = Label::Loc;
            }
        }
        // A body's head word alone is the body, not a place: "Parliament", "the Senate".
        if c.source == Source::Model
            && c.label == Label::Loc
            && words::is(Span::new(c.start, c.end).slice(text), words::ORG_HEAD)
        {
            c.label = Label::Org;
        }
        // A name the tagger guessed ending in a body's head word is the body: "the
        // Prince's Trust", "the Carter Foundation". Not a place the gazetteer knows
        // whole ("West Bank").
        if c.source == Source::Model
            && matches!(c.label, Label::Loc | Label::Person)
            && body_named(text, c.start, c.end)
            && !known_place(text, toks, lex, c.start, c.end)
        {
            c.label = Label::Org;
        }
    }
    // A head word that is the surname of someone the article names in full ("Wayne
    // Bridge") or follows an honorific ("Mr Park") is a person.
    let surnames = full_name_surnames(text, chosen);
    // Laws, treaties and government papers are no entity, as the guidelines say:
    // "the Freedom of Information Act", "the Treaty of Rome", "the White Paper on
    // Schools".
    // So are technologies, titles and diseases known by their initials ("HDTV",
    // "MP3", "P2P", "CEO", "HIV") and prizes ("the Oscars", "a Grammy"), however the
    // tagger typed them, and a family named by its surname ("the Hartley family",
    // "the Royal Family"), which is no one person. Dropped after the context pass, so
    // that none it adds stays ("the TV channel X" adds no "TV").
    read_context(text, toks, chosen, sport, &surnames);
    chosen.retain(|c| {
        let name = Span::new(c.start, c.end).slice(text);
        let after = text.get(c.end..).unwrap_or("");
        // The tagger may read the surname as a place or a company ("the Windsor
        // family"); after "the" a one-word name before "family" is the family's
        // ("a Gaza family" is where one lives).
        let family_word = after.starts_with(" family") || after.starts_with(" families");
        let the_before = text
            .get(..c.start)
            .is_some_and(|b| b.ends_with("the ") || b.ends_with("The "));
        let family = (family_word
            && (c.label == Label::Person || (the_before && !name.contains(' '))))
            || (name.ends_with(" Family") && name.split(' ').count() == 2);
        // A head word standing alone is no name: "the Championship", "the League",
        // "Hotel" or "Trust" read as a person ("Parliament", "the Army", "the Times"
        // stay).
        let bare_head = (words::is(name, words::EVENT_HEAD)
            || (c.label == Label::Person
                && words::is(name, words::ORG_HEAD | words::FACILITY_HEAD)))
            && !surnames.contains(name)
            && !after_honorific(text, toks, c.start);
        // A place naming a treaty is the treaty's: "the Paris Agreement", "the Kyoto
        // Protocol" (the lexicon's places too: no one reads them as the city).
        let treaty = c.label == Label::Loc
            && after
                .strip_prefix(' ')
                .and_then(|a| a.split([' ', ',', '.', ';', ':', '\'']).next())
                .is_some_and(|w| {
                    matches!(
                        w,
                        "Agreement"
                            | "Accord"
                            | "Accords"
                            | "Treaty"
                            | "Protocol"
                            | "Convention"
                            | "Conventions"
                    )
                });
        // Read only for a name the tagger or a rule guessed (a closure: most names are
        // kept before it runs).
        let no_name = || {
            storm_named(text, c.start, name)
                || eponym(after)
                || (matches!(c.label, Label::Org | Label::Loc) && law_named(name))
                // "the Planning and Infrastructure Bill" read as a person: not one
                // opening with a given name ("Buffalo Bill" is no law either).
                || (c.label == Label::Person
                    && law_named(name)
                    && !name
                        .split(' ')
                        .next()
                        .is_some_and(|w| Gazetteer::embedded().is_first_name(w)))
                // "We've", "They're": a contraction is no name.
                || contraction(name)
                // "CSI: Miami": a title's colon is in no person's name.
                || (c.label == Label::Person && name.contains(": "))
                // "Roma Czechs", "Czechs": a people in the plural is no one person.
                || (c.label == Label::Person
                    && name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|last| Gazetteer::embedded().is_plural_demonym(last)))
                // "the Budget", the Chancellor's statement, whatever the tagger read.
                || name == "Budget"
                // "the Mercury Music Prize", "the London Marathon": an event.
                || name
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| words::is(last, words::EVENT_END))
                || words::is(name, words::COMMON_ACRONYM | words::PRIZE)
                || family
                || bare_head
        };
        // A name opening an event's name is the event's, the gazetteer's too: "the US
        // Open", "the Australian Open", "the Athens Olympics", "the London Marathon".
        let opens_event = matches!(
            c.label,
            Label::Person | Label::Org | Label::Loc | Label::Norp
        ) && event_after(after);
        !(opens_event || (c.is_name() && (treaty || (c.open() && no_name()))))
    });
    buildings(text, toks, lex, chosen);
    court_districts(text, toks, chosen);
    seats_as_places(text, chosen);
    list_types(text, chosen);
    plural_heads(text, lex, chosen);
    pair_types(text, toks, chosen);
    person_of_body(text, chosen);
    company_products(text, toks, chosen, sport);
    company_arms(text, lex, chosen, sport);
    one_type_per_name(text, toks, chosen, sport);
    torn_names(text, toks, chosen, sport);
    chosen.retain(|c| !doc.is_boilerplate(Span::new(c.start, c.end)));
}

/// Products, games and holidays the lexicon lists ([`Lexicon::is_not_a_name`]) are no
/// mentions: a name inside one of their forms is dropped ("Halo" and "Asimo" are no
/// people, the "Mac" of "Mac Mini" no person, "Mac Mini" no organisation), and their
/// words are no figures ("Xbox 360 consoles"). A longer name around one is kept
/// ("Fleetwood Mac", "the Halo Trust"), and so is a company the lexicon knows inside
/// one: "Nintendo DS" still names Nintendo.
fn not_names(text: &str, toks: &[Tok], lex: &Lexicon, chosen: &mut Vec<Cand>, taken: &mut [bool]) {
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match lex.not_a_name_at(text, toks, i) {
            Some(n) => {
                taken
                    .get_mut(i..i + n)
                    .into_iter()
                    .flatten()
                    .for_each(|t| *t = true);
                spans.push(tok_span(toks, i, i + n));
                i += n;
            }
            None => i += 1,
        }
    }
    if spans.is_empty() {
        return;
    }
    // The forms are disjoint and in order, as `covered` wants them. A span over two
    // or more of them and the words that list them goes too: "Sideways and The
    // Aviator", "Halo, Doom and Fable".
    let listed = |c: &Cand| {
        let (a, b) = tok_range(toks, c.start, c.end);
        let mut forms = 0;
        let mut k = a;
        while k < b {
            let at = toks[k].start as usize;
            let inside = spans.partition_point(|&(s, _)| s <= at).checked_sub(1);
            match inside.and_then(|j| spans.get(j)) {
                Some(&(_, e)) if e > at && e <= c.end => {
                    forms += 1;
                    k = toks.partition_point(|t| (t.start as usize) < e);
                }
                _ if matches!(toks[k].text(text), "and" | "," | "&" | "or") => k += 1,
                _ => return false,
            }
        }
        forms >= 2
    };
    chosen.retain(|c| {
        !(c.is_name()
            && c.source != Source::Gazetteer
            && (covered(&spans, c.start, c.end) || listed(c)))
    });
}

/// Quantities, outside the names (a hedged figure is never part of one).
fn quantity_layer(
    doc: &Document,
    toks: &[Tok],
    headline: &[bool],
    chosen: &[Cand],
    mut taken: Vec<bool>,
) -> Vec<Quantity> {
    let text = doc.text.as_str();
    // Names take their tokens from the quantities.
    for m in chosen.iter().filter(|m| m.label != Label::Norp) {
        let a = toks.partition_point(|t| (t.start as usize) < m.start);
        let b = toks.partition_point(|t| (t.start as usize) < m.end);
        // A hedged figure is never part of a name: a span the tagger drew over
        // "Least 632" in a title-case headline leaves the figure to the quantities.
        let hedged = (a..b).any(|k| {
            k > 0
                && toks.get(k).is_some_and(|t| t.has(DIGIT))
                && matches!(
                    words::lower(toks[k - 1].text(text)).as_str(),
                    "least" | "than" | "nearly" | "almost" | "over" | "about" | "around"
                )
        });
        if hedged {
            continue;
        }
        taken[a..b.max(a)].iter_mut().for_each(|x| *x = true);
    }
    let mut quantities = quantity::find(text, toks, &taken, headline);
    quantities.retain(|q| !doc.is_boilerplate(q.span) && !doc.is_source_line(q.span));
    quantities
}

/// Run the tagger over each sentence and add its PERSON/ORG/LOC spans. Spans are
/// trimmed of lower-case hyphen pieces, since the tokenizer keeps "U.S.-led" and
/// "counter-ISIS" whole but only "U.S." and "ISIS" are names.
fn model_candidates(
    text: &str,
    tokens: &[Token],
    sentences: &[Span],
    toks: &[Tok],
    lex: &Lexicon,
    explained: &[(usize, usize)],
    cands: &mut Vec<Cand>,
) {
    let model = NerModel::embedded();
    let mut words: Vec<&str> = Vec::with_capacity(64);
    // Each sentence's tokens, found once.
    let mut k = 0;
    let ranges: Vec<(usize, usize)> = sentences
        .iter()
        .map(|s| {
            while k < tokens.len() && tokens[k].span.start < s.start {
                k += 1;
            }
            let from = k;
            while k < tokens.len() && tokens[k].span.end <= s.end {
                k += 1;
            }
            (from, k)
        })
        .collect();
    // The whole document first: the tagger reads a word beside its other occurrences.
    let mut doc = DocContext::builder();
    for &(from, to) in &ranges {
        words.clear();
        words.extend(tokens[from..to].iter().map(|t| t.text(text)));
        doc.sentence(&words);
    }
    let doc = doc.build();
    for &(from, to) in &ranges {
        // Tag windows around capitalised words, not whole sentences: names are
        // capitalised, the tagger's features look a few tokens either side, and most
        // of a news sentence is lower-case words it would only label O.
        let whole = &tokens[from..to];
        let mut w0 = 0;
        while let Some((a, b)) = next_window(text, whole, w0, explained) {
            w0 = b;
            let sent = &whole[a..b];
            words.clear();
            words.extend(sent.iter().map(|t| t.text(text)));
            tag_window((model, &doc), text, sent, &words, toks, lex, cands);
        }
    }
}

/// Sorted, overlapping intervals merged into disjoint ones.
fn merge_intervals(sorted: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(sorted.len());
    for (a, b) in sorted {
        match out.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => out.push((a, b)),
        }
    }
    out
}

/// Whether `[a, b)` lies inside one of the disjoint sorted `intervals`.
fn covered(intervals: &[(usize, usize)], a: usize, b: usize) -> bool {
    let k = intervals.partition_point(|&(s, _)| s <= a);
    k > 0 && intervals[k - 1].1 >= b
}

/// Context the tagger sees on each side of a capitalised word: its features look two
/// tokens either side, so three keeps every feature of the word and its neighbours.
const WINDOW_CONTEXT: usize = 3;

/// The next window `[a, b)` of `sent` at or after token `from` that holds a word
/// which may be a name: any capitalised word except a sentence-initial function word.
fn next_window(
    text: &str,
    sent: &[Token],
    from: usize,
    explained: &[(usize, usize)],
) -> Option<(usize, usize)> {
    let cap = |i: usize| {
        let t = sent[i];
        let w = t.text(text);
        w.chars().next().is_some_and(char::is_uppercase)
            && !(i == 0 && names::function_word(w))
            && !covered(explained, t.span.start, t.span.end)
    };
    let first = (from..sent.len()).find(|&i| cap(i))?;
    let a = first.saturating_sub(WINDOW_CONTEXT).max(from);
    let mut last = first;
    let mut i = first + 1;
    // Extend while another capitalised word lies within reach of the window's end.
    while i < sent.len() && i <= last + 2 * WINDOW_CONTEXT {
        if cap(i) {
            last = i;
        }
        i += 1;
    }
    let b = (last + WINDOW_CONTEXT + 1).min(sent.len());
    Some((a, b))
}

/// Tags one window with `model`, reading its words in their document `doc`.
fn tag_window(
    (model, doc): (&NerModel, &DocContext),
    text: &str,
    sent: &[Token],
    words: &[&str],
    toks: &[Tok],
    lex: &Lexicon,
    cands: &mut Vec<Cand>,
) {
    {
        for ns in model.tag_in(words, doc) {
            let label = match ns.label {
                NerLabel::Person => Label::Person,
                NerLabel::Org => Label::Org,
                NerLabel::Loc => Label::Loc,
                _ => continue,
            };
            let (Some(a), Some(b)) = (
                sent.get(ns.start),
                ns.end.checked_sub(1).and_then(|e| sent.get(e)),
            ) else {
                continue;
            };
            // "London-Frankfurt" is two places, which the lexicon layer names.
            let k = toks.partition_point(|t| (t.start as usize) < a.span.start);
            if toks
                .get(k + 2)
                .is_some_and(|t| t.end as usize == b.span.end)
                && place_pair(text, toks, lex, k)
            {
                continue;
            }
            let (start, end) = trim_hyphen_pieces(text, a.span.start, b.span.end);
            let end = before_lower_tail(text, start, end);
            let (start, end) = trim_titles_and_nationality(text, toks, lex, start, end);
            let end = before_known_after_and(text, toks, lex, start, end);
            // "Liberal Democrat Sarah Teather" read as one body: once the party is
            // cut, the person.
            let party_cut = label == Label::Org && start > a.span.start && {
                let (f, l) = tok_range(toks, a.span.start, end);
                party_before_person(text, toks, lex, f, l)
                    .and_then(|k| toks.get(k))
                    .is_some_and(|t| t.start as usize == start)
            };
            let label = if party_cut { Label::Person } else { label };
            // "Lydia Vane for Food Standards Australia": the person, then the body;
            // "Harrow Bank and Vale Bank": two bodies.
            let split = (label == Label::Org)
                .then(|| {
                    person_for_body(text, toks, lex, start, end)
                        .map(|(e, s)| (Label::Person, e, s))
                        .or_else(|| {
                            two_bodies(text, toks, start, end).map(|(e, s)| (Label::Org, e, s))
                        })
                })
                .flatten()
                .or_else(|| place_owner(text, lex, start, end).map(|(e, s)| (Label::Loc, e, s)));
            let start = match split {
                Some((first, first_end, second_start)) => {
                    cands.push(Cand {
                        start,
                        end: first_end,
                        label: first,
                        conf: 0.6,
                        source: Source::Model,
                    });
                    second_start
                }
                None => start,
            };
            if end > start {
                cands.push(Cand {
                    start,
                    end,
                    label,
                    // Confidences leave the engine in [0, 1], whatever the model says.
                    conf: if ns.confidence.is_finite() {
                        ns.confidence.clamp(0.0, 1.0)
                    } else {
                        0.0
                    },
                    source: Source::Model,
                });
            }
        }
    }
}

/// Cut a tagged span before a title inside it ("Pentagon Spokesperson Maj." →
/// "Pentagon") and drop a leading nationality before a known place or name
/// ("American New York Post" → "New York Post").
fn trim_titles_and_nationality(
    text: &str,
    toks: &[Tok],
    lex: &Lexicon,
    start: usize,
    end: usize,
) -> (usize, usize) {
    let (first, last) = tok_range(toks, start, end);
    if first >= last {
        return (start, end);
    }
    let (mut s, mut e) = (start, end);
    // A title with a possessive inside the name is part of it: "the Prince's Trust",
    // "King's College", "Lord's".
    // Nor is a title opening a body's, a venue's or an event's name: "the Premier
    // League", "the General Medical Council", "the President Hotel" (an honorific
    // still goes: "Mr Bean's Holiday").
    let headed = toks
        .get(last - 1)
        .is_some_and(|t| words::is(t.text(text), words::HEAD));
    let titled = |k: usize| {
        let w = toks[k].text(text);
        names::title(w)
            && !(k + 1 < last && matches!(toks[k + 1].text(text), "'s" | "’s"))
            && (!headed || words::is(w, words::HONORIFIC))
    };
    // Leading titles and sentence-initial words: "Ms Diemont" → "Diemont", "But NATO" → "NATO".
    // A span all in lower case is the tagger's reading of a name so written ("interior
    // ministry"), left whole.
    let cased = (first..last).any(|k| toks[k].has(CAP));
    let mut first = first;
    while first + 1 < last {
        let w = toks[first].text(text);
        // Only a word of its own: "In-Stat" is a name. A lower-case word opens no
        // name ("of Wales"), except a particle ("van Gogh").
        let own = toks[first + 1].has(SPACE_BEFORE) || w == ".";
        let lower = cased && all_lower(w) && !words::is(w, words::NAME_PARTICLE);
        // "Said Wales coach Tom Reed:", "Called the Fenby Group, the firm..." open with
        // a verb ("Edward Said" ends with it).
        let said = names::opening_verb(w) && context::opens_sentence(text, toks, first);
        // A party and its member's initials before the member: "Labour MP Ana Gil".
        if own
            && first + 2 < last
            && words::is(toks[first + 1].text(text), words::ROLE_INITIALS)
            && toks[first + 2].has(CAP)
        {
            first += 2;
            s = toks[first].start as usize;
            continue;
        }
        if own && (titled(first) || names::function_word(w) || said || lower || w == ".") {
            // A title "of the" something is a role or a work's title, no name: "the
            // Lord of the Rings", "the Leader of the House".
            if titled(first)
                && first + 2 < last
                && toks[first + 1].text(text) == "of"
                && toks[first + 2].text(text) == "the"
            {
                return (start, start);
            }
            first += 1;
            s = toks[first].start as usize;
        } else {
            break;
        }
    }
    if first + 1 == last && names::title(toks[first].text(text)) {
        return (start, start);
    }
    // A title after "of" is a word of the name ("the Association of Chief Police
    // Officers", "the Court of Justice"), and after "and" in an organisation's name
    // ("the Transport and General Workers' Union", not "the Queen and Prince Ali").
    let org_head = (first..last).any(|j| words::is(toks[j].text(text), words::ORG_HEAD));
    for k in first + 1..last {
        let inside = match toks[k - 1].text(text) {
            "of" | "&" => true,
            "and" => org_head,
            // "Magnus Ware-King": a title glued by a hyphen to a name is a piece of the
            // surname ("the party's Co-Chairman" is a title still).
            "-" => {
                !toks[k].has(SPACE_BEFORE)
                    && !matches!(toks[k - 2].text(text), "Co" | "Ex" | "Vice" | "Deputy")
            }
            _ => false,
        };
        // A title ending a person's name after a given name is the surname: "Ledley
        // King", "Ana Bishop".
        let surname = k + 1 == last && k == first + 1 && {
            let given = toks[first].text(text);
            let gaz = Gazetteer::embedded();
            // Not a people's word: "the Kyrgyz President".
            let people = gaz.demonym(given).is_some()
                || lex
                    .longest(text, toks, first)
                    .is_some_and(|(_, x)| x.label == Label::Norp);
            gaz.is_first_name(given)
                || (toks[first].has(CAP)
                    && !names::title(given)
                    && !gaz.is_common_word(given)
                    && !people)
        };
        if toks[k].has(CAP) && titled(k) && !inside && !surname {
            e = toks[k - 1].end as usize;
            break;
        }
    }
    // A party's conference is an event of the party, which is the name: "the
    // Conservative Party Conference".
    {
        let k = toks.partition_point(|t| (t.start as usize) < e);
        if k >= first + 3
            && toks[k - 1].text(text) == "Conference"
            && toks[k - 2].text(text) == "Party"
        {
            e = toks[k - 2].end as usize;
        }
    }
    // A name never ends in a lower-case word of its own: "Shares in Acme Corp rose"
    // gives "Acme Corp", "Ana Gil writing in the Herald" gives "Ana Gil". A piece after
    // a hyphen ("Lee Cheuk-yan") is not a word of its own, and an organisation's head
    // written in lower case stays ("the Interior ministry").
    let mut last = toks.partition_point(|t| (t.start as usize) < e);
    while last > first + 1 {
        let t = &toks[last - 1];
        let w = t.text(text);
        let lower_word = t.has(SPACE_BEFORE)
            && all_lower(w)
            && !words::is_capitalised(w, words::ORG_HEAD | words::FACILITY_HEAD);
        // Nor in a role's initials: "Labour MPs", "Ana Gil QC".
        let acronym = t.has(SPACE_BEFORE) && words::is(w, words::ROLE_INITIALS);
        // Nor in a joining word: "leave the European Union In his speech" lost its
        // full stop. ("To", "An" and "On" end some people's names: "James To".)
        let joining = t.has(SPACE_BEFORE)
            && matches!(
                w,
                "In" | "At" | "Of" | "For" | "From" | "With" | "And" | "But" | "The"
            );
        if !(lower_word || acronym || joining) {
            break;
        }
        last -= 1;
        e = toks[last - 1].end as usize;
    }
    // A lower-case word of its own inside a tagged name, when it is neither a joining
    // word, a particle nor a head, is the sentence's verb or noun between two names
    // ("Derby hold Rovers", "Springer criticises Opera", "R&B star Usher"): the name
    // is the one after it, as a headline's object or a role's holder is.
    for k in (first + 1..last.saturating_sub(1)).rev() {
        let t = &toks[k];
        let w = t.text(text);
        if t.has(SPACE_BEFORE)
            && cased
            && all_lower(w)
            && w.chars().count() >= 3
            && !words::is(w, words::CONNECTOR | words::NAME_PARTICLE)
            && !matches!(w, "upon" | "with" | "under" | "over" | "sur")
            // "the Interior ministry office" keeps its head; "Manchester station Key
            // 103" is two names.
            && !words::is_capitalised(w, words::ORG_HEAD)
        {
            first = k + 1;
            s = toks[first].start as usize;
            break;
        }
    }
    // What is left of "the Queen and Prince Ali" once its titles are cut is no name.
    if last == first + 1 && names::function_word(toks[first].text(text)) {
        return (start, start);
    }
    let norp = lex
        .longest(text, toks, first)
        .is_some_and(|(n, x)| n == 1 && x.label == Label::Norp);
    // "Tory Neil Hamilton", "American Ana Gil": a people's or a party's word before a
    // given name and a surname is none of the person's name.
    if norp
        && first + 2 < last
        && (lex
            .longest(text, toks, first + 1)
            .is_some_and(|(_, x)| x.label != Label::Norp)
            || Gazetteer::embedded().is_first_name(toks[first + 1].text(text)))
    {
        s = toks[first + 1].start as usize;
    } else if let Some(k) = party_before_person(text, toks, lex, first, last) {
        s = toks[k].start as usize;
    }
    (s, e.max(s))
}

/// Where a person's name starts in a tagged span that opens with a party or a people
/// of two or three words the lexicon knows: "Liberal Democrat Sarah Teather" gives
/// the token of "Sarah". Only a given name and one surname after it, ending the span.
fn party_before_person(
    text: &str,
    toks: &[Tok],
    lex: &Lexicon,
    first: usize,
    last: usize,
) -> Option<usize> {
    let (n, x) = lex.longest(text, toks, first)?;
    let k = first + n;
    let party = n >= 2 && matches!(x.label, Label::Norp | Label::Org);
    (party
        && k + 2 == last
        && Gazetteer::embedded().is_first_name(toks[k].text(text))
        && toks[k + 1].has(CAP)
        && toks[k + 1].is_word())
    .then_some(k)
}

/// Where a tagged span that ends in "and" and a name the lexicon knows really ends:
/// "the Department for Education and Ofsted" is two bodies, the first ending before
/// "and" (the lexicon's name is its own candidate). A span the lexicon knows whole
/// ("Bosnia and Herzegovina") is left alone, and so is a pair after "of" ("the Police
/// Federation of England and Wales").
fn before_known_after_and(
    text: &str,
    toks: &[Tok],
    lex: &Lexicon,
    start: usize,
    end: usize,
) -> usize {
    let (first, last) = tok_range(toks, start, end);
    if lex
        .longest(text, toks, first)
        .is_some_and(|(n, _)| first + n >= last)
    {
        return end;
    }
    for k in first + 1..last.saturating_sub(1) {
        // "of England and Wales" is one phrase of the name.
        if toks[k].text(text) != "and" || (k >= 2 && toks[k - 2].text(text) == "of") {
            continue;
        }
        let known = lex
            .longest(text, toks, k + 1)
            .is_some_and(|(n, e)| k + 1 + n == last && matches!(e.label, Label::Org | Label::Loc));
        if known {
            return toks[k - 1].end as usize;
        }
    }
    end
}

/// Where a span the tagger read as an organisation is a person working for one:
/// "Lydia Vane for Food Standards Australia", "Ana Gil at Harrowgate Securities" give
/// the person's end and the body's start. Only where two or three capitalised words
/// with no head, no title, no ordinary or known word stand before "for", "at" or "with"
/// ("Campaign for Nuclear Disarmament", "Citizens for Reform" stay whole).
fn person_for_body(
    text: &str,
    toks: &[Tok],
    lex: &Lexicon,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let (first, last) = tok_range(toks, start, end);
    let gaz = Gazetteer::embedded();
    let plain = |k: usize| {
        toks.get(k).is_some_and(|t| {
            let w = t.text(text);
            t.has(CAP)
                && !gaz.is_common_word(w)
                && !words::is(w, words::ORG_HEAD | words::FACILITY_HEAD | words::TITLE)
                && lex.longest(text, toks, k).is_none()
        })
    };
    let k = (first + 2..last.saturating_sub(1))
        .find(|&k| matches!(toks[k].text(text), "for" | "at" | "with"))?;
    ((first..k).all(plain) && k - first <= 3)
        .then(|| (toks[k - 1].end as usize, toks[k + 1].start as usize))
}

/// Where a span the tagger read as one organisation is two joined by "and", the first
/// closed by its head word: "Harrow Bank and Vale Bank", "Fenby Council and Tarn
/// Enterprise" give the first's end and the second's start. Not a head inside a remit
/// ("the Department of Trade and Industry": "Trade" is no head; "the Department for
/// Culture, Media and Sport", "the US Securities and Exchange Commission": a company's
/// head that is also a field is none here), nor a first of one word ("Industrial and
/// Commercial Bank").
fn two_bodies(text: &str, toks: &[Tok], start: usize, end: usize) -> Option<(usize, usize)> {
    let (first, last) = tok_range(toks, start, end);
    let k = (first + 2..last.saturating_sub(1)).find(|&k| toks[k].text(text) == "and")?;
    let closes = |w: &str| {
        words::is(w, words::ORG_HEAD)
            && (!words::is(w, words::COMPANY_HEAD)
                || matches!(
                    w,
                    "Group" | "Corp" | "Corporation" | "Inc" | "Ltd" | "Plc" | "PLC" | "Company"
                ))
    };
    let head = toks
        .get(k - 1)
        .is_some_and(|t| t.has(CAP) && closes(t.text(text)));
    // "the Bank of Tarn and Fenby": a remit's words.
    let remit = (first..k).any(|j| matches!(toks[j].text(text), "of" | "for" | "on" | ","));
    let next = toks.get(k + 1).is_some_and(|t| t.has(CAP));
    // "the Tarn Department of Health and State University of Fenby": a head and its
    // remit on each side of the "and" are two bodies ("the Department of Health and
    // Human Services" is one: no remit after the second).
    let head_of = |a: usize, b: usize| {
        (a..b.saturating_sub(1)).any(|j| {
            toks[j].has(CAP)
                && closes(toks[j].text(text))
                && matches!(toks[j + 1].text(text), "of" | "for")
        })
    };
    let remits = next && head_of(first, k) && head_of(k + 1, last);
    ((head && next && !remit) || remits)
        .then(|| (toks[k - 1].end as usize, toks[k + 1].start as usize))
}

/// Where a tagged span opens with a place's possessive before another name: "London's
/// Abbey Road", "Hollywood's Walk of Fame" give the place's end and the second name's
/// start. The lexicon must know the owner as a place ("Korea's Hyundai" stays: the
/// lexicon knows only North and South Korea); the second name opens with a capital.
fn place_owner(text: &str, lex: &Lexicon, start: usize, end: usize) -> Option<(usize, usize)> {
    let s = text.get(start..end)?;
    let (pos, mark) = match s.find("'s ") {
        Some(pos) => (pos, "'s ".len()),
        None => (s.find("’s ")?, "’s ".len()),
    };
    let owner = s.get(..pos)?;
    let rest = s.get(pos + mark..)?;
    let known = lex.lookup(owner).is_some_and(|e| e.label == Label::Loc);
    (known && rest.chars().next().is_some_and(char::is_uppercase))
        .then(|| (start + pos, start + pos + mark))
}

/// Whether `w` is a word in lower case: letters, perhaps an apostrophe ("don't").
fn all_lower(w: &str) -> bool {
    w.chars().any(char::is_alphabetic)
        && w.chars().all(|c| c.is_lowercase() || c == '\'' || c == '’')
}

/// The end of a tagged span without the lower-case words closing it: "Belmarsh prison"
/// → "Belmarsh", "the Bernabeu stadium" → "Bernabeu", "the Carry On films" → "Carry
/// On". The name is what is capitalised; the noun after it says what kind of thing it
/// is. Not a public body's head ("the Interior ministry" is the ministry's name as news
/// writes it), nor after a word ending like an adjective (-ic, -al, -an: "International
/// Olympic committee"), which ends no name; a place so ending ("Milan stadium") keeps
/// its noun, as before.
fn before_lower_tail(text: &str, start: usize, mut end: usize) -> usize {
    while let Some((head, last)) = text.get(start..end).and_then(|s| s.rsplit_once(' ')) {
        let head = head.trim_end();
        let adjective = head
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.ends_with("ic") || w.ends_with("al") || w.ends_with("an"));
        // "the Interior ministry", "the Labour party": a body's head in lower case
        // is its name's.
        let body_head = words::is_capitalised(last, words::ORG_HEAD)
            && !words::is_capitalised(last, words::COMPANY_HEAD);
        if !all_lower(last) || head.is_empty() || adjective || body_head {
            break;
        }
        end = start + head.len();
    }
    end
}

/// Whether `name` is one word with a capital after a lower-case letter inside it, as
/// brands are written ("PlusNet", "eBay", "1Xtra"), and not after a surname's prefix
/// ("McCall", "MacArthur", "DiCaprio", "LeBlanc", "O'Neill", "FitzGerald").
fn camel_brand(name: &str) -> bool {
    if name.contains([' ', '-', '\'', '’', '.']) {
        return false;
    }
    let prefixes = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "St",
    ];
    let b = name.as_bytes();
    let inner = (1..b.len()).find(|&k| b[k].is_ascii_uppercase() && b[k - 1].is_ascii_lowercase());
    inner.is_some_and(|k| !prefixes.contains(&&name[..k]))
        || (b.first().is_some_and(u8::is_ascii_digit) && b.iter().any(u8::is_ascii_uppercase))
}

/// Whether `name` ends in a verb's contraction: "We've", "They're", "You'll".
fn contraction(name: &str) -> bool {
    name.rsplit_once(['\'', '’']).is_some_and(|(head, tail)| {
        matches!(tail, "ve" | "re" | "ll" | "m") || (tail == "t" && head.ends_with('n'))
    })
}

/// Whether token `x` and the token after the hyphen glued to it are each a place the
/// lexicon knows as one word: "London-Frankfurt", "India-Pakistan". Not a place whose
/// name goes on after the hyphen ("Guinea-Bissau"), nor a place and another word
/// ("Rolls-Royce").
fn place_pair(text: &str, toks: &[Tok], lex: &Lexicon, x: usize) -> bool {
    let place = |k: usize| {
        toks.get(k).is_some_and(|t| t.is_cap() && t.is_word())
            && lex
                .longest(text, toks, k)
                .is_some_and(|(n, e)| n == 1 && e.label == Label::Loc)
    };
    joining_hyphen(text, toks, x + 1) && place(x) && place(x + 2)
}

/// "U.S.-led" → "U.S.", "counter-ISIS" → "ISIS", "Iranian-backed" → "Iranian"; "al-Noor"
/// and "Gulf Co-operation Council" stay whole.
fn trim_hyphen_pieces(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let s = Span::new(start, end).slice(text);
    if let Some(pos) = s.rfind('-') {
        let tail = &s[pos + 1..];
        // A prefix's word goes on: "Gulf Co-operation Council", "Coalition of
        // Non-governmental Organisations" are one name.
        let prefix = s[..pos]
            .rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "Co" | "Non" | "Anti" | "Pan" | "Inter"));
        if tail.chars().next().is_some_and(|c| c.is_lowercase()) && !(prefix && tail.contains(' '))
        {
            end = start + pos;
        }
    }
    let s = Span::new(start, end).slice(text);
    if let Some(pos) = s.find('-') {
        let head = &s[..pos];
        // An Arabic article belongs to the name: "al-Noor", "el-Sisi".
        let article = matches!(head, "al" | "el" | "ad" | "ar" | "as" | "ash" | "az");
        if !article && head.chars().next().is_some_and(|c| c.is_lowercase()) {
            start += pos + 1;
        }
    }
    (start, end)
}

/// The end of a person's name `start..end` when its last given name goes on after a
/// hyphen in lower case ("Lee Cheuk-yan", "Kwok Wai-ching"); `None` for a word built on
/// the name ("Biden-era", "Putin-backed", "Blair-ite"), whose tail is a common word or a
/// suffix, and when the name ends in a long word.
fn given_name_tail(text: &str, start: usize, end: usize) -> Option<usize> {
    let name = text.get(start..end)?;
    let last = name.rsplit([' ', '-']).next()?;
    let tail = text.get(end..)?.strip_prefix('-')?;
    let len = tail
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(tail.len());
    let word = tail.get(..len)?;
    let glued = tail
        .get(len..)
        .is_some_and(|r| r.starts_with(['-', '\'', '’']));
    let suffix = matches!(
        word,
        "esque" | "ish" | "ism" | "ist" | "ite" | "ian" | "ly" | "ites"
    );
    (last.chars().count() <= 6
        && (2..=8).contains(&word.chars().count())
        && word.chars().all(char::is_lowercase)
        && !glued
        && !suffix
        && !Gazetteer::embedded().is_common_word(word))
    .then_some(end + 1 + len)
}

/// Where an organisation's name starting at `start` really starts when an ampersand
/// and a capitalised word come before it ("Procter & Gamble", "I&PR Department"), or
/// when it starts at the ampersand itself ("&PR Department").
fn ampersand_start(text: &str, start: usize) -> usize {
    let before = text.get(..start).unwrap_or("");
    let (rest, amp_in_name) = match text.get(start..).is_some_and(|t| t.starts_with('&')) {
        true => (before, true),
        false => match before.trim_end_matches(' ').strip_suffix('&') {
            Some(r) => (r, false),
            None => return start,
        },
    };
    let rest = rest.trim_end_matches(' ');
    let word_start = rest
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(rest.len(), |(i, _)| i);
    let word = rest.get(word_start..).unwrap_or("");
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    // A whole word before it, not the end of a longer one, and not too long a stretch.
    let whole = rest
        .get(..word_start)
        .is_none_or(|b| b.is_empty() || b.ends_with(char::is_whitespace));
    if capitalised
        && whole
        && word.chars().count() <= 12
        && (amp_in_name || start - word_start <= 16)
    {
        word_start
    } else {
        start
    }
}

/// The last word of the name at `start..end` when it has two words or more: the
/// head word that says what kind of name it is ("… Airport", "… Trust").
fn head_word(text: &str, start: usize, end: usize) -> Option<&str> {
    let (_, head) = Span::new(start, end).slice(text).rsplit_once(' ')?;
    Some(head)
}

/// Whether the name at `start..end` ends in a facility's head word ("Dulles
/// International Airport", "Century City Towers") or names a venue's centre ("the
/// Kennedy Space Center").
fn facility_named(text: &str, start: usize, end: usize) -> bool {
    let name = Span::new(start, end).slice(text);
    let mut last = name.rsplit(' ');
    match (last.next(), last.next()) {
        (Some(head), Some(before)) => {
            words::is(head, words::FACILITY_HEAD) || words::venue_centre(before, head)
        }
        _ => false,
    }
}

/// Whether the name at `start..end` ends in a body's head word ("… Trust", "… Council",
/// "… Bank"). A centre is as often the building ("the Metro Convention Centre"), so it
/// says nothing.
fn body_named(text: &str, start: usize, end: usize) -> bool {
    head_word(text, start, end)
        .is_some_and(|h| words::is(h, words::ORG_HEAD) && !matches!(h, "Center" | "Centre"))
}

/// Whether a name is a storm's: "Storm Ciaran", "Hurricane Ian", "Typhoon Haiyan", or
/// the name alone after its kind ("Tropical Storm [Hilary]"). A storm is an event,
/// which the guidelines leave out, however the tagger typed it.
fn storm_named(text: &str, start: usize, name: &str) -> bool {
    const KINDS: &[&str] = &["Storm", "Hurricane", "Typhoon", "Cyclone"];
    let kind_first = name
        .split_once(' ')
        .is_some_and(|(first, rest)| KINDS.contains(&first) && !rest.contains(' '));
    let kind_before = text.get(..start).is_some_and(|before| {
        before
            .strip_suffix(' ')
            .and_then(|b| b.rsplit([' ', '\n']).next())
            .is_some_and(|w| KINDS.contains(&w))
    });
    kind_first || kind_before
}

/// Whether the words after a name make it a disease's or a law's, named after someone:
/// "Parkinson's disease", "Down's syndrome", "Bell's palsy", "Moore's law".
fn eponym(after: &str) -> bool {
    ["'s ", "’s "].iter().any(|s| {
        after.strip_prefix(s).is_some_and(|rest| {
            let w = rest
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            matches!(
                w,
                "disease" | "syndrome" | "palsy" | "law" | "paradox" | "theorem"
            )
        })
    })
}

/// Whether `name` is a law's, a treaty's, a plan's or a government paper's: two words or
/// more whose head ("Act", "Treaty", "Paper", "Plan"...) ends the name ("the Freedom of Information
/// Act") or comes right before "of"/"on" ("the Treaty of Rome", "the White Paper on
/// Schools").
fn law_named(name: &str) -> bool {
    const HEADS: &[&str] = &[
        "Act",
        "Bill",
        "Treaty",
        "Agreement",
        "Accord",
        "Accords",
        "Directive",
        "Paper",
        "Amendment",
        "Protocol",
        "Framework",
        "Convention",
        "Declaration",
        "Doctrine",
        "Ordinance",
        "Statute",
        "Statement",
        "Speech",
        "Manifesto",
        "Strategy",
        "Plan",
        "Regulations",
        "Budget",
    ];
    // One pass over the words, with no substring search: this runs for every name.
    let mut words = name.split(' ');
    let mut prev = words.next().unwrap_or("");
    let mut several = false;
    for w in words {
        several = true;
        if matches!(w, "of" | "on") && HEADS.contains(&prev) {
            return true;
        }
        prev = w;
    }
    several && HEADS.contains(&prev)
}

/// Whether `after`, the text right after a name, goes on with the rest of an event's
/// name: one space, then capitalised words up to one that ends an event ([`words::EVENT_END`]):
/// " Open", " Motor Show", " City Marathon". Reads at most four words.
fn event_after(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let mut last = "";
    for w in rest.split(' ').take(4) {
        let word = w.trim_end_matches(|ch: char| !ch.is_alphanumeric());
        if !word.starts_with(|ch: char| ch.is_uppercase()) {
            break;
        }
        last = word;
        // Punctuation after the word ends the name.
        if word.len() != w.len() {
            break;
        }
    }
    words::is(last, words::EVENT_END)
}

/// Whether the gazetteer knows the whole name at `start..end` as a place.
fn known_place(text: &str, toks: &[Tok], lex: &Lexicon, start: usize, end: usize) -> bool {
    let (a, b) = tok_range(toks, start, end);
    lex.longest(text, toks, a)
        .is_some_and(|(n, x)| a + n == b && x.label == Label::Loc)
}

/// The end of a saint's name ending at `end` with the possessive after it, which is a
/// word of an institution's name: "St Mungo's said", "St Mungo's staff".
fn saint_possessive(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or("");
    ["'s", "’s"]
        .iter()
        .find_map(|s| {
            rest.strip_prefix(s)
                .filter(|after| !after.starts_with(|ch: char| ch.is_alphanumeric() || ch == '-'))
                .map(|_| end + s.len())
        })
        .unwrap_or(end)
}

/// The start of a name that an Arabic article written in lower case opens: "the
/// al-Noor Hospital" is "al-Noor Hospital", "Ashraf al-Qudra" keeps its "al-".
fn article_start(text: &str, start: usize) -> usize {
    let before = text.get(..start).unwrap_or("");
    let Some(rest) = ["al-", "el-"].iter().find_map(|a| before.strip_suffix(a)) else {
        return start;
    };
    // A whole word: "Nepal-Noor" is not "al-Noor".
    if rest.chars().next_back().is_some_and(char::is_alphanumeric) {
        return start;
    }
    rest.len()
}

/// A name and the lower-case building noun after it are one name
/// ([`context::building`]): "the Noor Arab hospital" replaces the tagger's "Noor" and
/// "Arab". Not when the name is a place or a nationality on its own ("the Gaza City
/// hospital" is a hospital in Gaza City), nor when a mention runs across the name's
/// start.
fn buildings(text: &str, toks: &[Tok], lex: &Lexicon, chosen: &mut Vec<Cand>) {
    let mut found = Vec::new();
    for i in 0..toks.len() {
        let Some((a, b, label)) = context::building(text, toks, i) else {
            continue;
        };
        let place = lex
            .longest(text, toks, a)
            .is_some_and(|(n, e)| a + n + 1 == b && matches!(e.label, Label::Loc | Label::Norp));
        if place {
            continue;
        }
        let (Some((start, end)), Some((_, run_end))) =
            (char_range(toks, a, b), char_range(toks, a, b - 1))
        else {
            continue;
        };
        // A place in the name ("Gaza" of "the Gaza City hospital") backs the tagger's
        // reading of the whole as a place.
        let names_place = (a..b - 1).any(|k| {
            lex.longest(text, toks, k)
                .is_some_and(|(n, e)| k + n < b && e.label == Label::Loc)
        });
        let k = chosen.partition_point(|c| c.end <= start);
        let mut inside = chosen
            .get(k..)
            .unwrap_or(&[])
            .iter()
            .take_while(|c| c.start < end);
        let fits = inside.all(|c| {
            // Known from a list, not a bare guess of the tagger's: "the Noor Arab
            // hospital" is one name even where the tagger read "Noor Arab" as a place.
            let known_place = matches!(c.label, Label::Loc | Label::Norp)
                && (c.source != Source::Model || names_place)
                && c.start == start
                && c.end == run_end;
            c.start >= start && c.end <= end && !known_place
        });
        if fits {
            found.push(Cand {
                start,
                end,
                label,
                conf: 0.75,
                source: Source::Rule,
            });
        }
    }
    if found.is_empty() {
        return;
    }
    chosen.retain(|c| {
        let k = found.partition_point(|f| f.end <= c.start);
        found
            .get(k)
            .is_none_or(|f| !(f.start <= c.start && c.end <= f.end))
    });
    chosen.extend(found);
    chosen.sort_by_key(|c| (c.start, c.end));
}

/// Seats of government the lexicon calls bodies, since they mostly speak for one
/// ("the White House said"), as the Pentagon does.
const SEATS: &[&str] = &["White House", "Kremlin"];

/// A court's name goes on over the district or circuit it sits for: "the Court of
/// Appeals for the District of Columbia", "the District Court for the Southern District
/// of New York" are one organisation each, and the place inside is no mention of its
/// own. The remit is capitalised words and "of", at most eight tokens.
fn court_districts(text: &str, toks: &[Tok], chosen: &mut Vec<Cand>) {
    // The grown names, in order of start (`chosen` is sorted by start).
    let mut grown: Vec<(usize, usize)> = Vec::new();
    for c in chosen.iter_mut() {
        let name = Span::new(c.start, c.end).slice(text);
        if c.label != Label::Org || !(name.ends_with(" Court") || name.ends_with(" Appeals")) {
            continue;
        }
        let (_, b) = tok_range(toks, c.start, c.end);
        let word_at = |i: usize| toks.get(i).map_or("", |t| t.text(text));
        if word_at(b) != "for" || word_at(b + 1) != "the" {
            continue;
        }
        let mut e = b + 2;
        while e < b + 10
            && toks.get(e).is_some_and(|t| {
                (t.is_cap() && t.is_word() && !t.has(LINE_START)) || t.text(text) == "of"
            })
        {
            e += 1;
        }
        // Not a remit ending in "of", nor none at all.
        while e > b + 2 && word_at(e - 1) == "of" {
            e -= 1;
        }
        if let Some(last) = toks.get(e - 1).filter(|_| e > b + 2) {
            c.end = last.end as usize;
            grown.push((c.start, c.end));
        }
    }
    if grown.is_empty() {
        return;
    }
    // The names inside a grown one go: each is checked against the last grown name
    // starting at or before it.
    chosen.retain(|c| {
        let k = grown.partition_point(|&(s, _)| s <= c.start);
        k.checked_sub(1)
            .and_then(|k| grown.get(k))
            .is_none_or(|&(s, e)| !(c.end <= e && (s, e) != (c.start, c.end)))
    });
}

/// A seat of government reached or stood in is the building: "taken to the White
/// House", "a meeting at the Kremlin" are places; "the White House said" stays the body.
fn seats_as_places(text: &str, chosen: &mut [Cand]) {
    for c in chosen.iter_mut() {
        let name = Span::new(c.start, c.end).slice(text);
        if c.label != Label::Org || !SEATS.contains(&name) {
            continue;
        }
        let before = text.get(..c.start).unwrap_or("").trim_end();
        let Some(rest) = before.strip_suffix("the") else {
            continue;
        };
        let prep = rest
            .trim_end()
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        if matches!(
            words::lower(prep).as_str(),
            "to" | "at"
                | "in"
                | "into"
                | "inside"
                | "outside"
                | "near"
                | "from"
                | "leave"
                | "left"
                | "visit"
                | "visited"
                | "visits"
                | "reach"
                | "reached"
        ) {
            c.label = Label::Loc;
        }
    }
}

/// Whether token `i` starts a line or follows sentence-ending punctuation or an opening quote.
fn sentence_initial(text: &str, toks: &[Tok], i: usize) -> bool {
    i == 0
        || toks[i].has(LINE_START)
        || matches!(
            toks[i - 1].text(text),
            "." | "!" | "?" | "\"" | "“" | "‘" | ":" | "("
        )
}

/// Greedy choice: longest first, then most confident; no overlaps. Output sorted by start.
fn choose(cands: &mut [Cand]) -> Vec<Cand> {
    // For equal spans a lexicon or rule outranks the tagger unless the tagger is far surer.
    let rank = |c: &Cand| {
        if c.source == Source::Model {
            c.conf * 0.9
        } else {
            c.conf
        }
    };
    cands.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(rank(b).total_cmp(&rank(a)))
            .then(a.start.cmp(&b.start))
    });
    // Accepted spans are disjoint, so a map by start finds the only two that could
    // overlap a new one: the last starting before its end, and nothing else.
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut chosen: Vec<Cand> = Vec::new();
    for c in cands.iter() {
        if c.conf < 0.5 || c.end <= c.start {
            continue;
        }
        let clash = taken
            .range(..c.end)
            .next_back()
            .is_some_and(|(_, &end)| end > c.start);
        if !clash {
            taken.insert(c.start, c.end);
            chosen.push(*c);
        }
    }
    chosen.sort_by_key(|c| (c.start, c.end));
    chosen
}

/// Per token: whether its line is a headline (most words capitalised) or shouted
/// (all caps), where capitalisation is no evidence of a name.
fn headline_flags(text: &str, toks: &[Tok]) -> Vec<bool> {
    let mut out = vec![false; toks.len()];
    let mut line_start = 0;
    for k in 0..=toks.len() {
        if k == toks.len() || (k > line_start && toks[k].has(LINE_START)) {
            let line = &toks[line_start..k];
            let (mut n, mut caps, mut all) = (0, 0, 0);
            for t in line.iter().filter(|t| t.is_word() && t.end - t.start >= 4) {
                n += 1;
                caps += usize::from(t.has(CAP));
                all += usize::from(t.has(ALLCAPS));
            }
            // Running text ends its line with a sentence; headlines and bylines rarely do.
            let sentence_end = line
                .iter()
                .rev()
                .find(|t| !matches!(t.text(text), "\"" | "”" | "’" | "'" | ")"))
                .is_some_and(|t| matches!(t.text(text), "." | "!" | "?"));
            let shouting = n >= 3 && all * 10 >= n * 7;
            let title_case = n >= 3 && caps * 10 >= n * 7 && !sentence_end;
            let flag = shouting || title_case;
            out[line_start..k].iter_mut().for_each(|x| *x = flag);
            line_start = k;
        }
    }
    out
}

/// Extract every document and link their mentions into entities.
///
/// ```
/// use parallax_core::{analyze, Document, Label};
///
/// let docs = vec![
///     Document::parse("a.txt", b"ISIS-K attacked Moscow. The U.S. warned of ISIS."),
///     Document::parse("b.txt", b"The Islamic State Khorasan Province, or ISKP, struck in the United States."),
/// ];
/// let analysis = analyze(docs);
/// let isisk = analysis.entities.iter().find(|e| e.canonical == "ISIS-K").unwrap();
/// assert_eq!(isisk.docs, vec![0, 1]);
/// let us = analysis.entities.iter().find(|e| e.canonical == "United States").unwrap();
/// assert_eq!(us.label, Label::Loc);
/// assert!(us.surfaces.contains(&"U.S.".to_string()));
/// ```
pub fn analyze(documents: Vec<Document>) -> Analysis {
    analyze_with(documents, Lexicon::embedded())
}

/// [`analyze`] with another lexicon, e.g. [`Lexicon::with_user_aliases`].
pub fn analyze_with(documents: Vec<Document>, lex: &Lexicon) -> Analysis {
    let mut extractions: Vec<Extraction> = documents.iter().map(|d| extract_with(d, lex)).collect();
    let (entities, mention_entity) = link_with(&documents, &mut extractions, lex);
    Analysis {
        documents,
        extractions,
        entities,
        mention_entity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::scan::scan;

    /// A word written as brands are is no person's name, whatever the tagger read;
    /// a surname with a prefix is.
    #[test]
    fn brands_by_their_inner_capitals() {
        for brand in [
            "PlusNet",
            "WebSideStory",
            "eBay",
            "1Xtra",
            "OutKast",
            "WorldCom",
        ] {
            assert!(camel_brand(brand), "{brand} is a brand's name");
        }
        for person in [
            "McCall",
            "MacArthur",
            "DiCaprio",
            "LeBlanc",
            "O'Neill",
            "Okafor",
        ] {
            assert!(!camel_brand(person), "{person} is a person's name");
        }
    }

    /// A span the tagger read as one organisation, split into a person and a body.
    #[test]
    fn a_person_working_for_a_body_is_two_names() {
        let lex = Lexicon::embedded();
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "said Lydia Varnholt for Food Standards Tasmania today",
                Some(("Lydia Varnholt", "Food Standards Tasmania")),
            ),
            (
                "said Marit Oyelaran at Harrowgate Consulting today",
                Some(("Marit Oyelaran", "Harrowgate Consulting")),
            ),
            // A body whose name holds "for": its first words are not a person's.
            ("the Campaign for Nuclear Disarmament said", None),
            ("the Institute for Fiscal Studies said", None),
            ("the Citizens for Fair Taxes group", None),
            // A known word before "at" is no person: "European Indoors at Madrid".
            ("the European Indoors at Madrid", None),
        ];
        for (text, want) in cases {
            let toks = scan(text);
            let (start, end) = capitalised_span(&toks);
            let got = person_for_body(text, &toks, lex, start, end)
                .map(|(pe, bs)| (&text[start..pe], &text[bs..end]));
            assert_eq!(got, *want, "{text}");
        }
    }

    /// The span from a text's first capital to the end of its last capitalised word.
    fn capitalised_span(toks: &[Tok]) -> (usize, usize) {
        let start = toks
            .iter()
            .find(|t| t.has(CAP))
            .map_or(0, |t| t.start as usize);
        let end = toks
            .iter()
            .rev()
            .find(|t| t.has(CAP))
            .map_or(0, |t| t.end as usize);
        (start, end)
    }

    /// A span the tagger read as one organisation, split into two bodies at "and"
    /// after the first one's head.
    #[test]
    fn two_bodies_joined_by_and_are_two_names() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            (
                "owned by Harrow Bank and Meadow Bank until",
                Some(("Harrow Bank", "Meadow Bank")),
            ),
            (
                "from Midvale Council and Tarn Borders Enterprise last",
                Some(("Midvale Council", "Tarn Borders Enterprise")),
            ),
            (
                "the Fenby Traders Association and Corran Retail Association said",
                Some(("Fenby Traders Association", "Corran Retail Association")),
            ),
            // One body whose name holds "and".
            ("the Department of Trade and Industry said", None),
            ("the Industrial and Commercial Bank said", None),
            ("the US Securities and Exchange Commission said", None),
            ("the Department for Culture, Media and Sport said", None),
            (
                "the Natural Hazards Research and Applications Center said",
                None,
            ),
        ];
        for (text, want) in cases {
            let toks = scan(text);
            let (start, end) = capitalised_span(&toks);
            let got = two_bodies(text, &toks, start, end)
                .map(|(fe, ss)| (&text[start..fe], &text[ss..end]));
            assert_eq!(got, *want, "{text}");
        }
    }
}
