//! Tidying the chosen names: each checked against the document and its surroundings
//! ([`tidy`]: buildings, courts, seats, storms, laws, events, brands, given names, the
//! article before a name), and the products and games the lexicon lists taken out
//! ([`not_names`]).

use super::retype::{
    after_honorific, company_arms, company_products, full_name_surnames, list_types,
    one_type_per_name, pair_types, person_of_body, plural_heads, read_context, torn_names,
};
use super::window::covered;
use super::{tok_range, tok_span, Cand};
use crate::document::Document;
use crate::gazetteer::{Gazetteer, Lexicon};
use crate::mention::{Label, Source};
use crate::rules::{context, sport};
use crate::span::Span;
use crate::token::scan::{char_range, Tok, LINE_START};
use crate::words;

/// The chosen names checked against the document and their surroundings.
pub(super) fn tidy(
    doc: &Document,
    toks: &[Tok],
    lex: &Lexicon,
    chosen: &mut Vec<Cand>,
    sport: &sport::Sport,
) {
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
pub(super) fn not_names(
    text: &str,
    toks: &[Tok],
    lex: &Lexicon,
    chosen: &mut Vec<Cand>,
    taken: &mut [bool],
) {
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

/// Whether `name` is one word with a capital after a lower-case letter inside it, as
/// brands are written ("PlusNet", "eBay", "1Xtra"), and not after a surname's prefix
/// ("McCall", "MacArthur", "DiCaprio", "LeBlanc", "O'Neill", "FitzGerald").
pub(super) fn camel_brand(name: &str) -> bool {
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
/// the name alone after its kind ("Tropical Storm \[Hilary\]"). A storm is an event,
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
