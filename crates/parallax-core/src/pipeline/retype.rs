//! Retyping: the passes that read a chosen name's surroundings and the article's other
//! mentions to change its type after choice ([`read_context`]: the words around each name;
//! [`one_type_per_name`], [`torn_names`]: one type per name in an article; [`pair_types`],
//! [`list_types`], [`person_of_body`]: a name's neighbours in a list or a pair;
//! [`company_products`]: a company's products; [`company_arms`]: a company's arm in a
//! country; [`plural_heads`]: names before "universities", "parties";
//! [`one_word_teams`], [`club_named`]: teams in sports reports).

use super::{tok_range, Cand};
use crate::fxhash::{FxMap, FxSet};
use crate::gazetteer::{Gazetteer, Lexicon, PlaceKind};
use crate::mention::{Label, Source};
use crate::rules::context::{self, Evidence};
use crate::rules::sport::{self, Sport};
use crate::span::Span;
use crate::token::scan::{char_range, Tok, LINE_START, SPACE_BEFORE};
use crate::words;

/// A one-word name right after a known company's possessive is the company's
/// product, which the guidelines leave out: "Amazon's Alexa", "Microsoft's Copilot".
/// Not a person the article names in full or with an honorific ("Apple's Cook" where
/// "Tim Cook" is named), nor a given name ("Ferrari's Charles Leclerc" keeps its
/// person whole anyway), nor in a sports report, where a club's possessive names its
/// players ("Arsenal's Edu").
pub(super) fn company_products(text: &str, toks: &[Tok], chosen: &mut Vec<Cand>, sport: &Sport) {
    let gaz = Gazetteer::embedded();
    let surnames = full_name_surnames(text, chosen);
    let mut product = vec![false; chosen.len()];
    for (k, flag) in product.iter_mut().enumerate().skip(1) {
        let (Some(a), Some(b)) = (chosen.get(k - 1), chosen.get(k)) else {
            continue;
        };
        let possessive = text
            .get(a.end..b.start)
            .is_some_and(|g| matches!(g, "'s " | "’s "));
        let name = Span::new(b.start, b.end).slice(text);
        *flag = possessive
            && a.label == Label::Org
            && a.source == Source::Gazetteer
            && b.label == Label::Person
            && b.open()
            && !name.contains(' ')
            && !gaz.is_first_name(name)
            && !surnames.contains(name)
            && !after_honorific(text, toks, b.start);
    }
    // A club's possessive names its players ("Arsenal's Edu"): not in a sports report.
    if product.contains(&true) && !sport.report() {
        let mut flags = product.into_iter();
        chosen.retain(|_| !flags.next().unwrap_or(false));
    }
    // "Microsoft Teams", "Google Maps": a known company and a kind of software or
    // service is the product; the company is still named.
    let lex = Lexicon::embedded();
    for c in chosen
        .iter_mut()
        .filter(|c| c.label == Label::Org && c.open())
    {
        let (a, b) = tok_range(toks, c.start, c.end);
        let company = lex
            .longest(text, toks, a)
            .is_some_and(|(n, e)| n == 1 && e.label == Label::Org);
        if b == a + 2
            && company
            && toks
                .get(a + 1)
                .is_some_and(|t| PRODUCTS.contains(&t.text(text)))
        {
            c.end = toks[a].end as usize;
        }
    }
}

/// Kinds of software and service that follow their maker's name in a product's:
/// "Microsoft Teams", "Google Maps", "Apple Pay". Not "Music", "TV" or "News", which
/// also name a maker's divisions ("Sony Music", "BBC News").
const PRODUCTS: &[&str] = &[
    "Teams",
    "Maps",
    "Drive",
    "Photos",
    "Pay",
    "Wallet",
    "Search",
    "Docs",
    "Translate",
    "Assistant",
    "Watch",
    "Word",
    "Excel",
    "Outlook",
    "Messenger",
    "Explorer",
    "Prime",
    "Office",
];

/// The last words of the people the article names in full ("Bridge" for "Wayne
/// Bridge").
pub(super) fn full_name_surnames<'t>(text: &'t str, chosen: &[Cand]) -> FxSet<&'t str> {
    chosen
        .iter()
        .filter(|c| c.label == Label::Person)
        .filter_map(|c| Span::new(c.start, c.end).slice(text).rsplit_once(' '))
        .map(|(_, last)| last)
        .collect()
}

/// Whether the word right before the name starting at byte `start` is an honorific
/// ("Mr", "Lord", "Dr"): what follows is a person's name.
pub(super) fn after_honorific(text: &str, toks: &[Tok], start: usize) -> bool {
    toks.partition_point(|t| (t.start as usize) < start)
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| words::is(t.text(text), words::HONORIFIC))
}

/// A name the tagger read as a person in one sentence and as an organisation in
/// another is the organisation all through the article ("Toshiba", "Worldcom",
/// "Pixies"), unless the article shows a person: a full name ending with it ("Ed
/// Balls" for "Balls") or an honorific before it ("Mr Balls"). A name of several words
/// too ("Mittal Steel", "Stone Roses"), unless it opens with a given name or initials
/// ("Morgan Freeman", "JM Barrie"). Only the tagger's and the rules' readings change.
pub(super) fn one_type_per_name(text: &str, toks: &[Tok], chosen: &mut [Cand], sport: &Sport) {
    let gaz = Gazetteer::embedded();
    let name = |c: &Cand| Span::new(c.start, c.end).slice(text);
    let mut org: FxSet<&str> = FxSet::default();
    // A full name speaks for its surname; an honorific for the name after it.
    let mut person = full_name_surnames(text, chosen);
    for c in chosen.iter() {
        match c.label {
            Label::Org => {
                org.insert(name(c));
            }
            Label::Person if after_honorific(text, toks, c.start) => {
                person.insert(name(c));
            }
            _ => {}
        }
    }
    // A sports report names players by surname alone, and the tagger mistypes some:
    // there only a town ("Bolton") or a plural nickname ("the Lions") is the club.
    for c in chosen
        .iter_mut()
        .filter(|c| c.label == Label::Person && c.open())
    {
        let n = name(c);
        if !org.contains(n) || person.contains(n) {
            continue;
        }
        if let Some((first, _)) = n.split_once(' ') {
            let initials = first.chars().count() <= 2
                || first.chars().all(|ch| ch.is_uppercase() || ch == '.');
            if !gaz.is_first_name(first) && !initials {
                c.label = Label::Org;
            }
            continue;
        }
        let plural = n
            .strip_suffix('s')
            .is_some_and(|one| one.len() > 2 && gaz.is_common_word(one));
        let club_like = gaz.place(n).is_some() || plural;
        if club_like || !sport.report() {
            c.label = Label::Org;
        }
    }
}

/// A name the tagger read as a person in one sentence and as a place in another, and
/// nothing else knows, is most often a company named like both ("Wipro", "Aer Lingus",
/// "Lycos"): it becomes an organisation all through the article. Not a place the
/// gazetteer knows, a name opening with a given name, or one the article shows is a
/// person (a full name ending with it, an honorific before it); and not in a sports
/// report, where the torn names are players' surnames.
pub(super) fn torn_names(text: &str, toks: &[Tok], chosen: &mut [Cand], sport: &Sport) {
    let gaz = Gazetteer::embedded();
    let name = |c: &Cand| Span::new(c.start, c.end).slice(text);
    let mut seen: FxMap<&str, (bool, bool, bool)> = FxMap::default();
    for c in chosen.iter() {
        let e = seen.entry(name(c)).or_insert((false, false, false));
        match c.label {
            Label::Person if c.open() && !after_honorific(text, toks, c.start) => e.0 = true,
            Label::Loc if c.open() => e.1 = true,
            // Known otherwise, or read as anything else: "Leeds" the gazetteer's.
            _ => e.2 = true,
        }
    }
    let surnames = full_name_surnames(text, chosen);
    let torn = |n: &str| {
        let first = n.split(' ').next().unwrap_or(n);
        seen.get(n).is_some_and(|&(p, l, other)| p && l && !other)
            && gaz.place(n).is_none()
            && !gaz.is_first_name(first)
            && !surnames.contains(n)
    };
    let names: FxSet<&str> = seen.keys().copied().filter(|n| torn(n)).collect();
    if names.is_empty() || sport.report() {
        return;
    }
    for c in chosen.iter_mut() {
        if names.contains(name(c)) {
            c.label = Label::Org;
        }
    }
}

/// Type evidence from the words around each name ([`context::evidence`]), then one type
/// per name across the document: "the band Silver Lanterns" makes every "Silver
/// Lanterns" an organisation, "the album Northern Lights" drops every "Northern Lights".
/// Gazetteer and lexicon names keep their type.
///
/// `surnames` are the last words of the people the article names in full
/// ([`full_name_surnames`] of `chosen`).
pub(super) fn read_context(
    text: &str,
    toks: &[Tok],
    chosen: &mut Vec<Cand>,
    sport: &Sport,
    surnames: &FxSet<&str>,
) {
    // "shares in Harlow Mills", "Tarsa province" name an organisation and a place even
    // where the tagger saw nothing.
    let covered = |a: usize, b: usize| {
        let Some((start, end)) = char_range(toks, a, b) else {
            return true;
        };
        let k = chosen.partition_point(|c| c.end <= start);
        chosen.get(k).is_some_and(|c| c.start < end)
    };
    let (mut new, mut known) = context::untagged(text, toks, covered);
    // "the Sale full-back", "against Bath": a club by a word the tagger left alone.
    if sport.report() {
        // "Ireland: Murphy, Horgan, O'Gara...": a team sheet lists players, whatever
        // the tagger read.
        for (a, b) in sport::team_sheet(text, toks) {
            if covered(a, b) {
                known.push((a, b, Label::Person));
            } else {
                new.push((a, b, Label::Person));
            }
        }
        // Added in any order: the chosen names are sorted once below.
        let clubs: Vec<_> = (0..toks.len())
            .filter(|&i| !covered(i, i + 1) && sport::lone_club(text, toks, i))
            .filter(|&i| !new.iter().any(|&(a, b, _)| a <= i && i < b))
            .map(|i| (i, i + 1, Label::Org))
            .collect();
        new.extend(clubs);
    }
    // "Mulberry and Ted Baker", "Octopus Energy, Ovo and EDF": a word the tagger left
    // alone, listed beside an organisation.
    let listed: Vec<_> = (0..toks.len())
        .filter(|&i| listed_with_body(text, toks, chosen, i) && !covered(i, i + 1))
        .filter(|&i| !new.iter().any(|&(a, b, _)| a <= i && i < b))
        .map(|i| (i, i + 1, Label::Org))
        .collect();
    new.extend(listed);
    // A name the tagger found but typed otherwise: "Imlil" in "the regions of Tarsa
    // (1,204) and Imlil (380)". Not a person the article names in full into a body:
    // "chief executive of Lee's company" beside "Stan Lee" is his company.
    for (a, b, label) in known {
        let Some((start, end)) = char_range(toks, a, b) else {
            continue;
        };
        let k = chosen.partition_point(|c| c.start < start);
        if let Some(c) = chosen.get_mut(k).filter(|c| {
            c.start == start
                && c.end == end
                && c.open()
                && c.is_name()
                && !(c.label == Label::Person
                    && label == Label::Org
                    && surnames.contains(Span::new(c.start, c.end).slice(text)))
        }) {
            c.label = label;
            continue;
        }
        // "Lenders Barclays": the tagger took the trade opening the sentence into the
        // name. The name starts after it.
        let cue = a
            .checked_sub(1)
            .filter(|&p| context::opening_trade(text, toks, p));
        if let Some((cue_start, _)) = cue.and_then(|p| char_range(toks, p, p + 1)) {
            if let Some(c) = chosen
                .get_mut(k.saturating_sub(1))
                .filter(|c| c.start == cue_start && c.end == end && c.open() && c.is_name())
            {
                c.start = start;
                c.label = label;
            }
        }
    }
    let added: Vec<Cand> = new
        .into_iter()
        .filter_map(|(a, b, label)| {
            let (start, end) = char_range(toks, a, b)?;
            Some(Cand {
                start,
                end,
                label,
                conf: 0.7,
                source: Source::Rule,
            })
        })
        .collect();
    if !added.is_empty() {
        chosen.extend(added);
        chosen.sort_by_key(|c| (c.start, c.end));
    }
    let range = |c: &Cand| tok_range(toks, c.start, c.end);
    // The article is read for sport only when a place or a club in it plays or wins.
    let sports = chosen.iter().any(|c| {
        let (a, b) = range(c);
        matches!(c.label, Label::Loc | Label::Org) && sport::plays(text, toks, a, b)
    }) && sport.report();
    let mut found: FxMap<&str, Evidence> = FxMap::default();
    let mut teams: FxSet<&str> = FxSet::default();
    for c in chosen.iter_mut() {
        if sports && c.open() && club_named(text, c) {
            c.label = Label::Org;
            continue;
        }
        let (a, b) = range(c);
        let e = context::evidence(text, toks, a, b, c.label, sports);
        if e == Some(Evidence::Club) {
            // Even a gazetteer's town: "Ashford striker" is the club.
            c.label = Label::Org;
            teams.insert(Span::new(c.start, c.end).slice(text));
            continue;
        }
        if let Some(e) = e.filter(|_| c.open()) {
            let name = Span::new(c.start, c.end).slice(text);
            // A title wins over an organisation: "the album X" is never the band.
            if e == Evidence::Work || !found.contains_key(name) {
                found.insert(name, e);
            }
        }
    }
    // In a sports report a team plays all through: "Wales" is the team wherever it
    // is not where something is or comes from ("in Wales", "Ana Gil (Wales)"), even
    // after "to" or "of" ("kudos to Wales", "the humiliation of Wales").
    if sports && !teams.is_empty() {
        for c in chosen.iter_mut().filter(|c| c.label == Label::Loc) {
            if teams.contains(Span::new(c.start, c.end).slice(text))
                && !sport::located(text, toks, range(c).0)
            {
                c.label = Label::Org;
            }
        }
    }
    if sports {
        one_word_teams(text, toks, chosen);
        paired_clubs(text, toks, chosen);
    }
    if found.is_empty() {
        return;
    }
    chosen.retain_mut(|c| {
        if !c.open() || !c.is_name() {
            return true;
        }
        match found.get(Span::new(c.start, c.end).slice(text)) {
            Some(Evidence::Work) => false,
            Some(Evidence::Org) => {
                c.label = Label::Org;
                true
            }
            Some(Evidence::Place) => {
                c.label = Label::Loc;
                true
            }
            Some(Evidence::Person) => {
                c.label = Label::Person;
                true
            }
            Some(Evidence::Club) | None => true,
        }
    });
}

/// In a sports report, a one-word name the tagger read as a person that plays a club
/// is a club too: "Leinster beat Munster 24-17", "Saracens host Exeter Chiefs". Not
/// where the other side is a person ("Djokovic beat Alcaraz"), nor a given name or the
/// surname of someone the article names in full.
pub(super) fn one_word_teams(text: &str, toks: &[Tok], chosen: &mut [Cand]) {
    let gaz = Gazetteer::embedded();
    let surnames = full_name_surnames(text, chosen);
    let range = |c: &Cand| tok_range(toks, c.start, c.end);
    let mut clubs = Vec::new();
    for (k, c) in chosen.iter().enumerate() {
        let (a, b) = range(c);
        let name = Span::new(c.start, c.end).slice(text);
        if c.label != Label::Person
            || !c.open()
            || b != a + 1
            || gaz.is_first_name(name)
            || surnames.contains(name)
            || !sport::plays(text, toks, a, b)
        {
            continue;
        }
        // The other side: a club one word away, and that word one that sets two
        // sides against each other ("Rooney scored as Fenby Rovers won" says nothing).
        let versus = |k: usize| {
            matches!(
                toks.get(k).map_or("", |t| t.text(text)),
                "beat"
                    | "beats"
                    | "defeated"
                    | "thrashed"
                    | "edged"
                    | "host"
                    | "hosts"
                    | "hosted"
                    | "face"
                    | "faces"
                    | "faced"
                    | "v"
                    | "vs"
                    | "versus"
                    | "against"
            )
        };
        let club = |o: &Cand| o.label == Label::Org && o.open();
        let next = chosen
            .get(k + 1)
            .is_some_and(|o| club(o) && range(o).0 == b + 1 && versus(b));
        let prev = k
            .checked_sub(1)
            .and_then(|j| chosen.get(j))
            .is_some_and(|o| club(o) && range(o).1 + 1 == a && versus(a - 1));
        if next || prev {
            clubs.push(k);
        }
    }
    for k in clubs {
        if let Some(c) = chosen.get_mut(k) {
            c.label = Label::Org;
        }
    }
}

/// Whether token `i`, a capitalised word standing alone, is listed beside an
/// organisation: "Mulberry and Ted Baker", "Octopus Energy, Ovo and EDF". By "and" or
/// "or" one side is enough; by a comma it takes both ("Apple, Ovo said" is no list).
/// Not an ordinary word, a given name, a place, or a word of a closed class.
fn listed_with_body(text: &str, toks: &[Tok], chosen: &[Cand], i: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.is_cap() && t.is_word()) else {
        return false;
    };
    let word_at = |k: usize| toks.get(k).map_or("", |n| n.text(text));
    let joiner = |k: usize| matches!(word_at(k), "and" | "or");
    let listing = |k: usize| joiner(k) || word_at(k) == ",";
    if !(i.checked_sub(1).is_some_and(listing) || listing(i + 1)) {
        return false;
    }
    // A word of a longer name or title: "Dancing Queen", "Tri-Nations", "Radio for
    // Schools"; a company's product after its possessive ("Honda's Asimo").
    let before = i.checked_sub(1).map_or("", word_at);
    let name_word = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.is_cap() && n.is_word() && !n.has(LINE_START))
    };
    let glued = |k: usize| toks.get(k).is_some_and(|n| !n.has(SPACE_BEFORE));
    let part = name_word(i + 1)
        || glued(i + 1)
        || glued(i)
        || (!t.has(LINE_START) && i > 0 && name_word(i - 1))
        || matches!(before, "for" | "of" | "the" | "'s" | "’s")
        // "Mott the Hoople".
        || (matches!(word_at(i + 1), "the" | "of") && name_word(i + 2));
    let w = t.text(text);
    let gaz = Gazetteer::embedded();
    if part
        || w.chars().count() < 3
        || ["ing", "ism", "ist", "ists", "ian", "ians"]
            .iter()
            .any(|end| w.ends_with(end))
        || !w.chars().all(char::is_alphanumeric)
        || words::is(w, words::CLOSED_CLASS)
        || gaz.is_common_word(w)
        || gaz.is_first_name(w)
        || gaz.place(w).is_some()
        || gaz.demonym(w).is_some()
        || gaz.demonym(w.trim_end_matches('s')).is_some()
    {
        return false;
    }
    // An organisation the lexicon knows or the tagger is sure of.
    let trusted = |c: &Cand| c.label == Label::Org && (c.source != Source::Model || c.conf >= 0.9);
    let org_ends = |end: usize| {
        let k = chosen.partition_point(|c| c.end < end);
        chosen.get(k).is_some_and(|c| c.end == end && trusted(c))
    };
    let org_starts = |start: usize| {
        let k = chosen.partition_point(|c| c.start < start);
        chosen
            .get(k)
            .is_some_and(|c| c.start == start && trusted(c))
    };
    let left =
        i >= 2 && listing(i - 1) && toks.get(i - 2).is_some_and(|p| org_ends(p.end as usize));
    let right = listing(i + 1)
        && toks
            .get(i + 2)
            .is_some_and(|n| org_starts(n.start as usize));
    (left && joiner(i - 1)) || (right && joiner(i + 1)) || (left && right)
}

/// In a sports report, a one-word place paired with a club by "and" or "or" is a club
/// too: "with Chelsea and Tottenham interested". Not where the pair is placed ("in
/// Leeds and Bradford"), nor beside a body known by its initials ("the FA and Wembley").
pub(super) fn paired_clubs(text: &str, toks: &[Tok], chosen: &mut [Cand]) {
    let range = |c: &Cand| tok_range(toks, c.start, c.end);
    let club = |c: &Cand| {
        let name = Span::new(c.start, c.end).slice(text);
        c.label == Label::Org
            && !name
                .chars()
                .all(|ch| ch.is_uppercase() || !ch.is_alphabetic())
    };
    let place = |c: &Cand| {
        let (a, b) = range(c);
        c.label == Label::Loc && c.open() && b == a + 1
    };
    let mut clubs = Vec::new();
    for k in 1..chosen.len() {
        let (Some(x), Some(y)) = (chosen.get(k - 1), chosen.get(k)) else {
            continue;
        };
        let paired = matches!(text.get(x.end..y.start), Some(" and " | " or "));
        if !paired || sport::placed(text, toks, range(x).0) {
            continue;
        }
        if club(x) && place(y) {
            clubs.push(k);
        } else if place(x) && club(y) {
            clubs.push(k - 1);
        }
    }
    for k in clubs {
        if let Some(c) = chosen.get_mut(k) {
            c.label = Label::Org;
        }
    }
}

/// Whether `name` is a country, by the lexicon's place for it ("UK", "Ireland").
fn country(lex: &Lexicon, name: &str) -> bool {
    lex.lookup(name)
        .and_then(|e| e.place_kind(Gazetteer::embedded()))
        == Some(PlaceKind::Country)
}

/// A company and the country or continent right after it are one name, the company's
/// arm there: "Tesco Ireland", "Nintendo Europe", "General Motors Europe". Not a
/// body known by two letters ("the EU UK deal"), a party ("a Labour Britain"), or a
/// club in a sports report ("the Chelsea England defender"). The pair shares a line
/// and only a space.
pub(super) fn company_arms(text: &str, lex: &Lexicon, chosen: &mut Vec<Cand>, sport: &Sport) {
    let company = |c: &Cand| {
        let name = Span::new(c.start, c.end).slice(text);
        let initials = name.len() <= 2 && name.chars().all(|ch| ch.is_ascii_uppercase());
        let party = name.ends_with(" Party")
            || lex
                .lookup(name)
                .is_some_and(|e| e.canonical.ends_with(" Party"));
        c.label == Label::Org && !initials && !party
    };
    let region = |c: &Cand| {
        let name = Span::new(c.start, c.end).slice(text);
        c.label == Label::Loc
            && (country(lex, name)
                || matches!(name, "Europe" | "Asia" | "Africa" | "America" | "Americas"))
    };
    // The tagger's own "Lycos Europe" read as a place, where the article names
    // "Lycos" as an organisation: the firm's part of each such place, then one set of
    // the article's organisations to look it up in.
    let firm_of = |c: &Cand| -> Option<&str> {
        let name = Span::new(c.start, c.end).slice(text);
        let (firm, place) = name.rsplit_once(' ')?;
        let place = Cand {
            start: c.end - place.len(),
            ..*c
        };
        (c.label == Label::Loc && c.source == Source::Model && region(&place)).then_some(firm)
    };
    let arms: Vec<(usize, &str)> = chosen
        .iter()
        .enumerate()
        .filter_map(|(k, c)| Some((k, firm_of(c)?)))
        .collect();
    if !arms.is_empty() {
        let orgs: FxSet<&str> = chosen
            .iter()
            .filter(|o| o.label == Label::Org)
            .map(|o| Span::new(o.start, o.end).slice(text))
            .collect();
        for (k, firm) in arms {
            if let Some(c) = chosen.get_mut(k).filter(|_| orgs.contains(firm)) {
                c.label = Label::Org;
            }
        }
    }
    let mut joined = Vec::new();
    for k in 1..chosen.len() {
        let (Some(x), Some(y)) = (chosen.get(k - 1), chosen.get(k)) else {
            continue;
        };
        // Not before a hyphen: "a Nissan Europe-wide recall" names no arm.
        let after = text.get(y.end..).and_then(|a| a.chars().next());
        if text.get(x.end..y.start) == Some(" ") && after != Some('-') && company(x) && region(y) {
            joined.push(k);
        }
    }
    if joined.is_empty() || sport.report() {
        return;
    }
    let mut gone = vec![false; chosen.len()];
    for k in joined {
        let end = chosen.get(k).map(|y| y.end);
        if let (Some(end), Some(x)) = (end, chosen.get_mut(k - 1)) {
            x.end = end;
            x.source = Source::Rule;
            if let Some(g) = gone.get_mut(k) {
                *g = true;
            }
        }
    }
    let mut k = 0;
    chosen.retain(|_| {
        k += 1;
        !gone.get(k - 1).copied().unwrap_or(false)
    });
}

/// Whether a name in a sports report is a club's: a town and "City", "Town",
/// "County" or "United" ("Bristol City") that is no place itself ("Mexico City"), or a
/// town and a plural nickname ("Leicester Tigers", "Sale Sharks"), not a landform
/// ("Malvern Hills").
pub(super) fn club_named(text: &str, c: &Cand) -> bool {
    const LANDFORMS: &[&str] = &[
        "Islands",
        "Isles",
        "Falls",
        "Heights",
        "Hills",
        "Mountains",
        "Springs",
        "Lakes",
        "Gardens",
        "Fields",
        "Downs",
        "Highlands",
        "Borders",
        "Sands",
        "Woods",
        "Docks",
        "Keys",
        "Plains",
        "Alps",
        "Moors",
        "Dales",
        "Marshes",
        "Flats",
        "Rocks",
        "Waters",
        "Towers",
        "Parks",
        "Meadows",
    ];
    // Creatures and warriors clubs are named after, which no common-word list holds.
    const NICKNAMES: &[&str] = &[
        "Tiger",
        "Shark",
        "Bull",
        "Rhino",
        "Warrior",
        "Saint",
        "Falcon",
        "Eagle",
        "Lion",
        "Bear",
        "Hawk",
        "Wolve",
        "Dragon",
        "Panther",
        "Raider",
        "Knight",
        "Pirate",
        "Titan",
        "Dolphin",
        "Cowboy",
        "Bronco",
        "Colt",
        "Jet",
        "Wildcat",
        "Viking",
        "Spartan",
        "Scarlet",
        "Osprey",
        "Harlequin",
        "Cheetah",
        "Stormer",
        "Crusader",
        "Hornet",
        "Harrier",
    ];
    let gaz = Gazetteer::embedded();
    let name = Span::new(c.start, c.end).slice(text);
    let Some((town, last)) = name.rsplit_once(' ') else {
        return false;
    };
    if c.label == Label::Org || gaz.place(town).is_none() || gaz.place(name).is_some() {
        return false;
    }
    // A nickname is a plural of an ordinary word ("Sale Sharks", "Leeds Rhinos"), not
    // a surname ending in "s" ("Milan Baros").
    let plural = last
        .strip_suffix('s')
        .is_some_and(|one| gaz.is_common_word(one) || NICKNAMES.contains(&one));
    matches!(last, "City" | "Town" | "County" | "United") || (plural && !LANDFORMS.contains(&last))
}

/// Names listed before a plural head in lower case are the bodies it names: "Harvard
/// and Columbia universities", "the Labour and Conservative parties", "Leeds and
/// Bradford councils". Not a list with a country or a nationality in it ("US and
/// European airlines" are theirs), nor a name alone ("Glasgow universities").
pub(super) fn plural_heads(text: &str, lex: &Lexicon, chosen: &mut [Cand]) {
    const HEADS: &[&str] = &[
        "universities",
        "parties",
        "councils",
        "colleges",
        "unions",
        "banks",
        "newspapers",
        "airlines",
    ];
    let gaz = Gazetteer::embedded();
    let head = |c: &Cand| {
        let after = text.get(c.end..)?.strip_prefix(' ')?;
        let end = after
            .find(|ch: char| !ch.is_ascii_lowercase())
            .unwrap_or(after.len());
        after.get(..end).filter(|w| HEADS.contains(w))
    };
    // A country's or a nationality's bodies are its own, not named after it: "US and
    // European airlines". A party's adjective names the party: "the Labour and
    // Conservative parties".
    let named = |c: &Cand, head: &str| {
        let name = Span::new(c.start, c.end).slice(text);
        match c.label {
            Label::Org | Label::Person => true,
            Label::Loc => !country(lex, name),
            Label::Norp => head == "parties" && gaz.demonym(name).is_none(),
            _ => false,
        }
    };
    let mut bodies = Vec::new();
    for k in 1..chosen.len() {
        let Some(h) = chosen.get(k).and_then(|c| head(c).filter(|h| named(c, h))) else {
            continue;
        };
        let mut j = k;
        while j > 0 && k - j < 8 {
            let (Some(x), Some(y)) = (chosen.get(j - 1), chosen.get(j)) else {
                break;
            };
            let gap = text.get(x.end..y.start).unwrap_or("");
            if !(named(x, h) && matches!(gap, " and " | ", " | ", and " | " or ")) {
                break;
            }
            j -= 1;
        }
        if j < k {
            bodies.extend(j..=k);
        }
    }
    for k in bodies {
        if let Some(c) = chosen.get_mut(k) {
            c.label = Label::Org;
        }
    }
}

/// The names of one list share a type: in "Tarsa, Imlil, Ouirgane and Asni" or "12 in
/// Tarsa, 4 in Imlil and 2 in Asni", a name the tagger typed unlike most of the others
/// takes their type. Only lists of three or more with a clear majority; names the
/// gazetteer or the lexicon typed keep their type.
pub(super) fn list_types(text: &str, chosen: &mut [Cand]) {
    let mut i = 0;
    while i < chosen.len() {
        let mut j = i;
        while chosen.get(j).is_some_and(Cand::is_name)
            && chosen.get(j + 1).is_some_and(|next| {
                next.is_name()
                    && chosen
                        .get(j)
                        .and_then(|c| text.get(c.end..next.start))
                        .is_some_and(list_gap)
            })
        {
            j += 1;
        }
        if let Some(items) = chosen.get_mut(i..=j).filter(|items| items.len() >= 3) {
            let count = |l: Label| items.iter().filter(|c| c.label == l).count();
            let (n, label) = [Label::Loc, Label::Person, Label::Org]
                .into_iter()
                .map(|l| (count(l), l))
                .max_by_key(|&(n, _)| n)
                .unwrap_or((0, Label::Loc));
            if n >= 2 && 2 * n > items.len() {
                for c in items.iter_mut() {
                    // A person named by a given name keeps it: a byline lists the
                    // writer before her university and outlet ("Ana Gil, Tarsa
                    // University, The Courier").
                    let named = c.label == Label::Person
                        && Span::new(c.start, c.end)
                            .slice(text)
                            .split(' ')
                            .next()
                            .is_some_and(|w| Gazetteer::embedded().is_first_name(w));
                    if c.open() && !named {
                        c.label = label;
                    }
                }
            }
        }
        i = j + 1;
    }
}

/// A "person" right after someone named in full and "of" is where they work: "Claire
/// Dunn of Enders Analysis", "Ana Gil of Harlow Mills". Not a name opening with a
/// given name ("Ana Gil of Tom Bell's firm"), a possessive ("said Ana Gil of Vane's
/// goal"), nor a peer's seat ("Baron Kinnock of Bedwellty").
pub(super) fn person_of_body(text: &str, chosen: &mut [Cand]) {
    let gaz = Gazetteer::embedded();
    for k in 1..chosen.len() {
        let (Some(a), Some(b)) = (chosen.get(k - 1), chosen.get(k)) else {
            continue;
        };
        let person = Span::new(a.start, a.end).slice(text);
        let name = Span::new(b.start, b.end).slice(text);
        let first = name.split(' ').next().unwrap_or(name);
        let peer = person.split(' ').next().is_some_and(|w| {
            matches!(
                w,
                "Baron" | "Baroness" | "Lord" | "Lady" | "Earl" | "Duke" | "Viscount" | "Marquess"
            )
        });
        let possessive = text
            .get(b.end..)
            .is_some_and(|r| r.starts_with("'s") || r.starts_with("’s"));
        let works_at = a.label == Label::Person
            && person.contains(' ')
            && !peer
            && text.get(a.end..b.start) == Some(" of ")
            && b.label == Label::Person
            && b.open()
            && !possessive
            && !gaz.is_first_name(first);
        if works_at {
            if let Some(c) = chosen.get_mut(k) {
                c.label = Label::Org;
            }
        }
    }
}

/// A one-word name the tagger read as a person, paired by "and" or "or" with an
/// organisation the lexicon knows, is an organisation too: "shares in Qualcomm and
/// Broadcom", "deals with Toyota and Marenzi". Not where the article shows a person: a given name,
/// a full name ending with it, or an honorific before it ("Mr Vane and the BBC").
pub(super) fn pair_types(text: &str, toks: &[Tok], chosen: &mut [Cand]) {
    let gaz = Gazetteer::embedded();
    let surnames = full_name_surnames(text, chosen);
    let known_org = |c: &Cand| c.label == Label::Org && c.source == Source::Gazetteer;
    for k in 1..chosen.len() {
        let (Some(a), Some(b)) = (chosen.get(k - 1), chosen.get(k)) else {
            continue;
        };
        let paired = text
            .get(a.end..b.start)
            .is_some_and(|g| matches!(g, " and " | " or "));
        // "O'Brien and McDonald's boss Ana Gil": a company before a role word
        // qualifies the role; the name paired with it is a person's.
        let role_after = text
            .get(b.end..)
            .and_then(|rest| rest.split_whitespace().next())
            .is_some_and(|w| {
                matches!(
                    w.trim_end_matches(|c: char| !c.is_alphanumeric()),
                    "boss"
                        | "chief"
                        | "executive"
                        | "chairman"
                        | "chairwoman"
                        | "founder"
                        | "owner"
                        | "president"
                        | "director"
                        | "head"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                )
            });
        let target = if paired && known_org(a) {
            k
        } else if paired && known_org(b) && !role_after {
            k - 1
        } else {
            continue;
        };
        let Some(c) = chosen.get_mut(target) else {
            continue;
        };
        let name = Span::new(c.start, c.end).slice(text);
        if c.label == Label::Person
            && c.open()
            && !name.contains(' ')
            && !gaz.is_first_name(name)
            && !surnames.contains(name)
            && !after_honorific(text, toks, c.start)
        {
            c.label = Label::Org;
        }
    }
}

/// Whether the text between two names only joins a list: ", ", " and ", ", or ", a
/// bracketed figure before it ("Tarsa (120) and Imlil"), or a figure and "in" after it
/// ("12 in Tarsa, 4 in Imlil").
pub(super) fn list_gap(gap: &str) -> bool {
    let mut g = gap.trim();
    if let Some(rest) = g.strip_prefix('(') {
        let Some((inside, after)) = rest.split_once(')') else {
            return false;
        };
        if !inside
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' '))
        {
            return false;
        }
        g = after.trim();
    }
    let mut words = g.split_whitespace().peekable();
    let mut joined = false;
    if words.peek() == Some(&",") {
        joined = true;
        words.next();
    }
    if let Some(&w) = words.peek() {
        if matches!(w, "and" | "or") {
            joined = true;
            words.next();
        }
    }
    let rest: Vec<&str> = words.collect();
    match rest.as_slice() {
        [] => joined,
        [n, "in"] => joined && n.chars().all(|c| c.is_ascii_digit() || c == ','),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::scan::scan;

    /// The labels a pass leaves on the tagger's spans `(name, nth occurrence, label)`
    /// of `text`, in text order.
    fn relabelled(
        text: &str,
        spans: &[(&str, usize, Label)],
        pass: impl Fn(&str, &[Tok], &mut [Cand]),
    ) -> Vec<Label> {
        let toks = scan(text);
        let mut chosen: Vec<Cand> = spans
            .iter()
            .map(|&(name, nth, label)| {
                let start = text.match_indices(name).nth(nth).map_or(0, |(i, _)| i);
                Cand {
                    start,
                    end: start + name.len(),
                    label,
                    conf: 0.9,
                    source: Source::Model,
                }
            })
            .collect();
        chosen.sort_by_key(|c| c.start);
        pass(text, &toks, &mut chosen);
        chosen.iter().map(|c| c.label).collect()
    }

    use Label::{Loc, Org, Person};

    /// In a sports report, a one-word "person" that plays a club is a club; one that
    /// plays a person stays a person.
    #[test]
    fn a_one_word_person_playing_a_club_is_a_club() {
        let text = "Leinster beat Munster 24-17, and Djokovic beat Alcaraz. Ana Gil and \
                    Harrow scored as Fenby Rovers won. Fenby Rovers host Castres.";
        let spans = [
            ("Leinster", 0, Person),
            ("Munster", 0, Org),
            ("Djokovic", 0, Person),
            ("Alcaraz", 0, Person),
            ("Ana Gil", 0, Person),
            ("Harrow", 0, Person),
            ("Fenby Rovers", 0, Org),
            ("Fenby Rovers", 1, Org),
            ("Castres", 0, Person),
        ];
        assert_eq!(
            relabelled(text, &spans, one_word_teams),
            [Org, Org, Person, Person, Person, Person, Org, Org, Org]
        );
    }

    /// A name of several words read as a person once and as an organisation elsewhere
    /// is the organisation, unless it opens with a given name or initials.
    #[test]
    fn a_name_typed_two_ways_is_the_organisation() {
        let text = "Varn Steel cut jobs. Varn Steel said so. Ana Gil met Ana Gil. \
                    JM Tarn met JM Tarn.";
        let spans = [
            ("Varn Steel", 0, Org),
            ("Varn Steel", 1, Person),
            ("Ana Gil", 0, Org),
            ("Ana Gil", 1, Person),
            ("JM Tarn", 0, Org),
            ("JM Tarn", 1, Person),
        ];
        assert_eq!(
            relabelled(text, &spans, |t, k, c| {
                one_type_per_name(t, k, c, &Sport::new(t, k))
            }),
            [Org, Org, Org, Person, Org, Person]
        );
    }

    /// A name read as a person once and as a place elsewhere, and known to nothing
    /// else, is a company; a given name, a titled person and a known place are not.
    #[test]
    fn a_name_torn_between_a_person_and_a_place_is_a_company() {
        let text = "Velmora grew. Shares in Velmora fell. Mr Dace spoke in Dace. \
                    Paris met Paris. Tom Kell met Tom Kell.";
        let spans = [
            ("Velmora", 0, Person),
            ("Velmora", 1, Loc),
            ("Dace", 0, Person),
            ("Dace", 1, Loc),
            ("Paris", 0, Person),
            ("Paris", 1, Loc),
            ("Tom Kell", 0, Person),
            ("Tom Kell", 1, Loc),
        ];
        assert_eq!(
            relabelled(text, &spans, |t, k, c| torn_names(
                t,
                k,
                c,
                &Sport::new(t, k)
            )),
            [Org, Org, Person, Loc, Person, Loc, Person, Loc]
        );
    }
}
