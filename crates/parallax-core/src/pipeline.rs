//! The extraction pipeline: a [`Document`] in, mentions and quantities out
//! ([`crate::analyze`] runs it over a corpus and links the mentions into entities).
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
//! words no name or date took. `DESIGN.md` has the longer story. The layers and the
//! choice are here; the tagger's windows and span trims are in `window`, the checks
//! against the surroundings in `tidy`, the passes that retype a chosen name in `retype`.
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
mod tidy;
mod window;

use crate::document::Document;
use crate::fxhash::{FxMap, FxSet};
use crate::gazetteer::{EntryKind, Gazetteer, LexEntry, Lexicon, PlaceKind};
use crate::mention::{DateValue, Label, Mention, Quantity, Source};
use crate::rules::{date, names, quantity, sport};
use crate::sentence::sentences_from_tokens;
use crate::span::Span;
use crate::token::scan::{
    joining_hyphen, view, Tok, ALLCAPS, CAP, DIGIT, LINE_START, SPACE_BEFORE,
};
use crate::token::{tokenize, Token};
use crate::words::{self, initial_letters};
use retype::after_honorific;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use tidy::{not_names, tidy};
use window::{merge_intervals, model_candidates, place_pair};

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
    // `token::scan::view`) and paragraph by paragraph by the tagger.
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
