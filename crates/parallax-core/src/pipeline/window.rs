//! The tagger's windows ([`model_candidates`]: it runs only around capitalised words the
//! other layers left unexplained) and the trims of the spans it draws: titles, nationality
//! and party words before a name, a person working for a body, two bodies joined by "and",
//! lower-case hyphen pieces and tails.

use super::{tok_range, Cand};
use crate::gazetteer::{Gazetteer, Lexicon};
use crate::mention::{Label, Source};
use crate::ner::features::DocContext;
use crate::ner::{NerLabel, NerModel};
use crate::rules::names;
use crate::span::Span;
use crate::token::scan::{joining_hyphen, opens_sentence, Tok, CAP, SPACE_BEFORE};
use crate::token::Token;
use crate::words;

/// Run the tagger over each sentence and add its PERSON/ORG/LOC spans. Spans are
/// trimmed of lower-case hyphen pieces, since the tokenizer keeps "U.S.-led" and
/// "counter-ISIS" whole but only "U.S." and "ISIS" are names.
pub(super) fn model_candidates(
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
pub(super) fn merge_intervals(sorted: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
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
pub(super) fn covered(intervals: &[(usize, usize)], a: usize, b: usize) -> bool {
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
        let said = names::opening_verb(w) && opens_sentence(text, toks, first);
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

/// Whether token `x` and the token after the hyphen glued to it are each a place the
/// lexicon knows as one word: "London-Frankfurt", "India-Pakistan". Not a place whose
/// name goes on after the hyphen ("Guinea-Bissau"), nor a place and another word
/// ("Rolls-Royce").
pub(super) fn place_pair(text: &str, toks: &[Tok], lex: &Lexicon, x: usize) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::scan::scan;

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
