//! Sport: whether an article is a sports report, and the words that make a place's
//! name its team or a word the tagger left alone a club ("Wales beat Italy", "the Sale
//! full-back"). The rest of the type evidence is in [`super::context`]. Each test reads
//! at most a few tokens either side of a name, and the report test one pass over the
//! tokens, read once per article ([`Sport`]).

use crate::token::scan::{
    joining_hyphen, opens_sentence, word, Tok, ALLCAPS, DIGIT, LINE_START, SPACE_BEFORE,
};
use crate::words;
use std::cell::OnceCell;

/// Nouns after a place's name that make it a sports club or team: "Ashford manager".
pub(super) const TEAM_ROLES: &[&str] = &[
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "batsman",
    "bowler",
    "quarterback",
    "boss",
    "coach",
    "captain",
    "skipper",
    "substitute",
    "squad",
    "fans",
    "supporters",
];

/// Verbs after a team's name in a sports report: "Wales beat Italy", "England were".
const TEAM_VERBS: &[&str] = &[
    "beat",
    "beats",
    "defeated",
    "thrashed",
    "edged",
    "won",
    "win",
    "wins",
    "lost",
    "lose",
    "drew",
    "draw",
    "trailed",
    "led",
    "scored",
    "face",
    "faces",
    "faced",
    "host",
    "hosts",
    "hosted",
    "play",
    "plays",
    "played",
    "were",
    "have",
    "clinched",
    "sealed",
    "booked",
    "reached",
    "are",
    "trail",
    "lead",
    "leads",
    "kicked",
    "suffered",
    "came",
    "come",
    "travel",
    "travelled",
    "crashed",
    "slumped",
    "rallied",
    "conceded",
    "survived",
    "dominated",
    "slipped",
    "climbed",
    "advance",
    "advanced",
    "progressed",
    "struggled",
    "welcome",
    "welcomes",
    "visit",
    "visits",
    // "India need 120 runs to win".
    "need",
    "needs",
];

/// Nouns after a team's name (or its possessive) in a sports report: "the Ireland
/// game", "the Italy team", "France's pack".
pub(super) const TEAM_NOUNS: &[&str] = &[
    "game",
    "match",
    "team",
    "side",
    "clash",
    "fixture",
    "players",
    "cricketers",
    "footballers",
    "camp",
    "pack",
    "lineup",
    "defence",
    "defense",
    "attack",
    "points",
    "lead",
    "victory",
    "win",
    "defeat",
    "player",
    "international",
    "centre",
    "center",
    "flanker",
    "prop",
    "lock",
    "hooker",
    "forward",
    "wing",
    "scrum",
    "fly",
    "full",
    "star",
    "place",
    "shirt",
    "jersey",
    "recall",
    "debut",
    "selectors",
    "management",
    "kickers",
    "backs",
    "forwards",
    "chances",
    "hopes",
    "bench",
    "staff",
    "coaching",
    "defensive",
];

/// Words before a team's name in a sports report: "beat Italy", "against Italy", and
/// what a side is called before its name ("champions Italy", "hosts Italy", "leaders
/// Chelsea", "rivals Arsenal").
const BEFORE_TEAM: &[&str] = &[
    "beat",
    "beating",
    "beaten",
    "trounced",
    "outclassed",
    "whitewashed",
    // "title-chasing Chelsea", "Grand Slam chasing Wales".
    "chasing",
    "defeated",
    "thrashed",
    "against",
    "versus",
    "vs",
    "v",
    "face",
    "faced",
    "faces",
    "facing",
    "host",
    "hosted",
    "hosting",
    "play",
    "playing",
    "played",
    "meet",
    "meets",
    "met",
    "beats",
    "overcame",
    "hammered",
    "edged",
    "routed",
    "stunned",
    "welcome",
    "welcomes",
    "welcomed",
    "defeat",
    "defeating",
    "champions",
    "holders",
    "hosts",
    "leaders",
    "rivals",
    "opponents",
    "visitors",
    "underdogs",
    "favourites",
];

/// Whether the article is a sports report ([`sports_report`]), read once and only if a
/// rule asks: several passes do, and most articles are no sports report.
pub(crate) struct Sport<'a> {
    text: &'a str,
    toks: &'a [Tok],
    read: OnceCell<bool>,
}

impl<'a> Sport<'a> {
    pub(crate) fn new(text: &'a str, toks: &'a [Tok]) -> Self {
        Sport {
            text,
            toks,
            read: OnceCell::new(),
        }
    }

    /// Whether the article is a sports report.
    pub(crate) fn report(&self) -> bool {
        *self
            .read
            .get_or_init(|| sports_report(self.text, self.toks))
    }
}

/// Words of [`words::SPORT`] that no other news uses: with one of them, three uses of
/// sport's words make a sports report ("the football schedule", "title", "matches").
const STRONG_SPORT: &[&str] = &[
    "football",
    "rugby",
    "cricket",
    "tennis",
    "golf",
    "striker",
    "midfielder",
    "goalkeeper",
    "referee",
    "premiership",
    "equaliser",
    "fly-half",
    "scrum-half",
    "batsman",
    "bowler",
    "quarterback",
    "relegation",
    "relegated",
    "offside",
    "goalless",
    "wicket",
    "wickets",
];

/// Whether the article is a sports report: at least four uses of [`words::SPORT`], of at
/// least two different words, or three with one of [`STRONG_SPORT`]. A listed
/// hyphenated compound counts whole ("fly-half"). One pass over the tokens, reading the
/// class the scanner gave each.
pub(crate) fn sports_report(text: &str, toks: &[Tok]) -> bool {
    let mut hits = 0usize;
    let mut first: Option<words::Lower> = None;
    let mut distinct = false;
    let mut strong = false;
    for (k, t) in toks.iter().enumerate() {
        let compound = joining_hyphen(text, toks, k + 1)
            .then(|| toks.get(k + 2))
            .flatten()
            .and_then(|r| text.get(t.start as usize..r.end as usize))
            .filter(|c| words::is_folded(c, words::SPORT));
        let w = match compound {
            Some(c) => c,
            None if t.class & words::SPORT != 0 => t.text(text),
            None => continue,
        };
        hits += 1;
        let w = words::lower(w);
        strong |= STRONG_SPORT.contains(&w.as_str());
        match first {
            None => first = Some(w),
            Some(f) => distinct |= f.as_str() != w.as_str(),
        }
        if distinct && (hits >= 4 || (hits >= 3 && strong)) {
            return true;
        }
    }
    false
}

/// Whether the name at tokens `a..b` plays, wins or loses in its sentence: "Wales beat
/// Italy", "England were", "Wales' captain", "beat Italy", "against Italy", "lost to
/// Italy", "drew with Italy", "a win over Italy", "Italy 2-1 Wales".
pub(crate) fn plays(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    let after = word(text, toks, Some(b));
    let apostrophe = toks
        .get(b)
        .is_some_and(|t| matches!(t.text(text), "'s" | "’s" | "'" | "’"));
    let possessive = apostrophe && {
        let role = word(text, toks, Some(b + 1));
        TEAM_ROLES.contains(&role.as_str()) || TEAM_NOUNS.contains(&role.as_str())
    };
    // The second of two teams as one subject: "Aberdeen and Hibernian meet".
    let second_of_pair =
        pair_verb(after.as_str()) && word(text, toks, a.checked_sub(1)).as_str() == "and";
    if TEAM_VERBS.contains(&after.as_str())
        || TEAM_NOUNS.contains(&after.as_str())
        || possessive
        || second_of_pair
    {
        return true;
    }
    // Two teams as one subject: "Aberdeen and Hibernian drew 2-2".
    if after.as_str() == "and" {
        let verb = (b + 2..b + 5)
            .find(|&k| toks.get(k).is_none_or(|t| !t.is_cap()))
            .map(|k| word(text, toks, Some(k)));
        if toks.get(b + 1).is_some_and(Tok::is_cap) && verb.is_some_and(|v| pair_verb(v.as_str())) {
            return true;
        }
    }
    // A score right after the name or right before it: "Italy 2-1", "2-1 Wales".
    if score_ends(text, toks, b + 2) {
        return true;
    }
    // A fixture, its sides maybe still to be decided: "Derby v Watford", "Derby or
    // Leeds v Hull or Wigan".
    if fixture_side(text, toks, a, b) {
        return true;
    }
    let Some(p) = a.checked_sub(1) else {
        return false;
    };
    let before = word(text, toks, Some(p));
    // "drew 1-1 at Derby", "lost 2-0 at Preston": a match at a club's ground.
    if score_ends(text, toks, p) || (before.as_str() == "at" && at_after_score(text, toks, p, a)) {
        return true;
    }
    // A score between the verb and its preposition: "drew 1-1 with Italy", "lost 2-0
    // to Italy".
    let verb_at = p
        .checked_sub(1)
        .filter(|&q| score_ends(text, toks, q))
        .map_or(p.checked_sub(1), |q| q.checked_sub(3));
    let before2 = word(text, toks, verb_at);
    // "overcame Germany's Tommy Haas": who is played is the player.
    let players_country = apostrophe && toks.get(b + 1).is_some_and(Tok::is_cap);
    (BEFORE_TEAM.contains(&before.as_str()) && !players_country)
        || (before.as_str() == "to"
            && matches!(
                before2.as_str(),
                "lost" | "lose" | "losing" | "loss" | "losses" | "defeat" | "defeats"
            ))
        // "lost at home to Norwich", "are at home to Wolves".
        || (before.as_str() == "to" && before2.as_str() == "home")
        || (before.as_str() == "by"
            && matches!(
                before2.as_str(),
                "defeat" | "beaten" | "beat" | "out" | "held" | "thrashed" | "stunned"
            ))
        // "drew with Italy", "Sunday's clash with Italy".
        || (before.as_str() == "with"
            && matches!(
                before2.as_str(),
                "drew" | "draw" | "drawing" | "clash" | "match" | "game" | "tie" | "showdown"
            ))
        || (before.as_str() == "over"
            && matches!(
                before2.as_str(),
                "win" | "wins" | "victory" | "victories" | "triumph" | "lead"
            ))
        // "the 24-3 defeat of Italy", "their humiliation of Italy".
        || (before.as_str() == "of"
            && matches!(
                before2.as_str(),
                "defeat" | "humiliation" | "thrashing" | "hammering" | "drubbing" | "demolition"
            ))
        // Who a player plays for: "played for Italy", "ten caps for Italy", "his debut
        // for Italy", "signed for Hull".
        || (before.as_str() == "for"
            && matches!(
                before2.as_str(),
                "played"
                    | "plays"
                    | "playing"
                    | "play"
                    | "appearances"
                    | "appearance"
                    | "caps"
                    | "cap"
                    | "capped"
                    | "scored"
                    | "scores"
                    | "scoring"
                    | "goals"
                    | "tries"
                    | "debut"
                    | "signed"
                    | "signs"
                    | "signing"
                    | "starts"
                    | "started"
            ))
}

/// Whether `w` is what two teams do together as one subject: "X and Y drew", "X and Y
/// meet".
fn pair_verb(w: &str) -> bool {
    matches!(w, "drew" | "draw" | "met" | "meet")
}

/// Whether `w` sets two sides against each other in a fixture: "Derby v Hull".
fn versus(w: &str) -> bool {
    matches!(w, "v" | "vs" | "versus")
}

/// Whether the name at tokens `a..b` is a side of a fixture: right before or after
/// "v" ("Derby v Hull"), or one of two sides still to play for the place ("Derby or
/// Leeds v Hull", "Hull v Derby or Leeds"), the other a capitalised name of at most
/// three words.
fn fixture_side(text: &str, toks: &[Tok], a: usize, b: usize) -> bool {
    let after = word(text, toks, Some(b));
    let before = word(text, toks, a.checked_sub(1));
    if versus(after.as_str()) || versus(before.as_str()) {
        return true;
    }
    let cap = |k: usize| toks.get(k).is_some_and(|t| t.is_cap() && t.is_word());
    // The other side after "or": its words, then "v".
    if after.as_str() == "or" && cap(b + 1) {
        let end = (b + 1..b + 4).find(|&k| !cap(k)).unwrap_or(b + 4);
        if versus(word(text, toks, Some(end)).as_str()) {
            return true;
        }
    }
    // The other side before "or": "v", then its words.
    if before.as_str() == "or" && a >= 2 && cap(a - 2) {
        let start = (a.saturating_sub(4)..a - 1)
            .rev()
            .take_while(|&k| cap(k))
            .last()
            .unwrap_or(a - 2);
        if start > 0 && versus(word(text, toks, Some(start - 1)).as_str()) {
            return true;
        }
    }
    false
}

/// Whether a score ends at token `q`: "1-1", "24-17" (at most three digits a side).
fn score_ends(text: &str, toks: &[Tok], q: usize) -> bool {
    let short_number = |k: Option<usize>| {
        k.and_then(|k| toks.get(k))
            .is_some_and(|t| t.has(DIGIT) && t.text(text).len() <= 3)
    };
    short_number(Some(q))
        && q.checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.text(text) == "-")
        && short_number(q.checked_sub(2))
}

/// Whether token `i`, a capitalised word the tagger left alone in a sports report,
/// names a club by the words around it: a player's position or a club's role after it
/// ("the Sale full-back", "Bath prop Ana Gil", "Leinster coach"), a match's verb
/// before it ("against Bath", "beat Leinster", "lost to Forest", "drew with Bath"), or
/// a fixture ("Reading or Hull v Derby").
/// Not a word that opens a sentence, one beside another name word, a given name, or a
/// word of a closed class ("Test captain", "August", "Olympic").
pub(crate) fn lone_club(text: &str, toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.is_cap() && t.is_word()) else {
        return false;
    };
    let word_at = |k: usize| toks.get(k).map_or("", |n| n.text(text));
    let name_word = |k: usize| {
        toks.get(k)
            .is_some_and(|n| n.is_cap() && n.is_word() && !n.has(LINE_START))
    };
    let quoted = i
        .checked_sub(1)
        .and_then(|j| toks.get(j))
        .is_some_and(|p| matches!(p.text(text), "\"" | "“" | "‘" | "'" | ":" | "("));
    // A sentence's first word stands only as one side of a match whose other side
    // is named: "Leinster beat Munster", "Ulster lost to the Stormers".
    let opens = opens_sentence(text, toks, i);
    // Or before a club's role: "Saints boss Redknapp", "Burnley striker Ana Gil"; not
    // an ordinary word ("Team boss", "Interim coach").
    let role_next = || {
        TEAM_ROLES.contains(&word(text, toks, Some(i + 1)).as_str())
            && !crate::gazetteer::Gazetteer::embedded().is_common_word(t.text(text))
    };
    if (opens
        && !versus_named(text, toks, i + 1)
        && !role_next()
        && !fixture_side(text, toks, i, i + 1))
        || quoted
        || name_word(i + 1)
        || (!t.has(LINE_START)
            && i > 0
            && name_word(i - 1)
            && !words::is(word_at(i - 1), words::FUNCTION_WORD))
    {
        return false;
    }
    let w = t.text(text);
    let closed = words::CLOSED_CLASS | words::PRIZE;
    if w.len() < 3
        || t.has(ALLCAPS)
        || words::is(w, closed)
        || matches!(w, "Test" | "Tests" | "Olympic" | "World" | "Grand")
        // A league or a title: "against Premiership opposition".
        || words::is_folded(w, words::SPORT)
        || crate::gazetteer::Gazetteer::embedded().is_first_name(w)
    {
        return false;
    }
    if opens {
        return true;
    }
    // A club's nickname, a plural after "the": "the Gunners", "the Magpies". Not a
    // people ("the Scots", "the Londoners"), a place ("the Netherlands", "the
    // States"), a role ("the Directors") or an event ("the Olympics").
    let gaz = crate::gazetteer::Gazetteer::embedded();
    let residents = [2, 3].iter().any(|&n| {
        w.get(..w.len() - n)
            .is_some_and(|stem| gaz.place(stem).is_some())
    });
    let nickname = word_at(i.wrapping_sub(1)) == "the"
        && w.len() >= 5
        && w.ends_with('s')
        && !w.ends_with("ss")
        && gaz.demonym(w).is_none()
        && gaz.place(w).is_none()
        && !residents
        && !words::is(&w[..w.len() - 1], words::TITLE)
        && !matches!(
            w,
            "Olympics"
                | "Paralympics"
                | "Games"
                | "Championships"
                | "Ashes"
                | "Masters"
                | "Nationals"
                | "Worlds"
                | "States"
        );
    if nickname {
        return true;
    }
    let after = word(text, toks, Some(i + 1));
    let position = matches!(
        after.as_str(),
        "wing" | "prop" | "lock" | "hooker" | "flanker" | "centre" | "fly" | "full" | "scrum"
    );
    if TEAM_ROLES.contains(&after.as_str()) || position {
        return true;
    }
    // In lower case: "Game Against Poverty" is a title.
    let before = word(text, toks, i.checked_sub(1).filter(|&j| !name_word(j)));
    let before2 = word(text, toks, i.checked_sub(2));
    matches!(
        before.as_str(),
        "beat" | "beating" | "against" | "versus" | "vs" | "v" | "host" | "hosts" | "hosting"
    ) || (before.as_str() == "to"
        && matches!(before2.as_str(), "lost" | "losing" | "defeat" | "defeats"))
        || (before.as_str() == "with" && matches!(before2.as_str(), "drew" | "draw" | "drawing"))
}

/// Whether the tokens from `k` set a side against another that is named: "beat
/// Munster", "lost to the Stormers", "drew with Italy", "2-1 Dunmore". A verb's object
/// in lower case ("beat the odds") or a word that opens the next sentence says nothing.
fn versus_named(text: &str, toks: &[Tok], k: usize) -> bool {
    let verb = word(text, toks, Some(k));
    let object = match verb.as_str() {
        // A score line: "Wexley 2-1 Dunmore".
        _ if score_ends(text, toks, k + 2) => k + 3,
        "beat" | "beats" | "defeated" | "thrashed" | "edged" | "overcame" | "hammered" => k + 1,
        "lost" | "drew" => match word(text, toks, Some(k + 1)).as_str() {
            "to" | "with" => k + 2,
            _ => return false,
        },
        _ => return false,
    };
    let object = object + usize::from(word(text, toks, Some(object)).as_str() == "the");
    toks.get(object)
        .is_some_and(|t| t.is_cap() && t.is_word() && !opens_sentence(text, toks, object))
}

/// Whether the word before token `a` says where something is, goes or comes from: "in
/// Italy", "to Italy", "Ana Gil of Italy", "Ana Gil (Italy)".
pub(crate) fn placed(text: &str, toks: &[Tok], a: usize) -> bool {
    let before = word(text, toks, a.checked_sub(1));
    matches!(
        before.as_str(),
        "in" | "at"
            | "from"
            | "to"
            | "across"
            | "near"
            | "throughout"
            | "into"
            | "around"
            | "of"
            | "("
    )
}

/// Whether the word before token `a` says where something is or comes from ("in
/// Italy", "from Italy", "Ana Gil (Italy)"): [`placed`] less "to" and "of", which in a
/// sports report as often lead to a side ("kudos to Italy", "the humiliation of Italy").
pub(crate) fn located(text: &str, toks: &[Tok], a: usize) -> bool {
    let before = word(text, toks, a.checked_sub(1));
    let at_ground = a
        .checked_sub(1)
        .is_some_and(|p| before.as_str() == "at" && at_after_score(text, toks, p, a));
    !matches!(before.as_str(), "to" | "of") && !at_ground && placed(text, toks, a)
}

/// Whether the "at" at token `p` follows a score and the name at token `a` after it
/// is a town's: "drew 1-1 at Derby" is a match at the club's ground, whose side the
/// name is. Not a venue the lexicon lists, a place of its own ("24-17 at Twickenham").
fn at_after_score(text: &str, toks: &[Tok], p: usize, a: usize) -> bool {
    p.checked_sub(1).is_some_and(|q| score_ends(text, toks, q))
        && !crate::gazetteer::Lexicon::embedded()
            .longest(text, toks, a)
            .is_some_and(|(_, e)| e.kind == crate::gazetteer::EntryKind::Alias && e.place.is_none())
}

/// The players of a team sheet: five or more names listed with commas or semicolons
/// after a colon, up to the sentence's end ("Ireland: Murphy, Horgan, O'Gara, S
/// Easterby (capt), Foley."), or two or more that make a whole paragraph ("Murphy,
/// Horgan (Foley 60), O'Gara." — a line-up, its bookings, its unused substitutes). Each
/// name is one to five tokens of capitalised words, initials and the apostrophes or
/// hyphens inside them; a minute after it is skipped, a substitute in brackets is a
/// player too, another note in brackets is skipped, and an item in capitals ("TBC") is
/// no player. Returns each player's token range. One pass: a list that breaks off is
/// left whole and the scan goes on after it.
pub(crate) fn team_sheet(text: &str, toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut players = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let colon = toks[i].text(text) == ":";
        let paragraph = toks[i].has(LINE_START) && toks[i].is_cap();
        if !colon && !paragraph {
            i += 1;
            continue;
        }
        let from = if colon { i + 1 } else { i };
        let (items, end) = sheet_items(text, toks, from);
        // The list closes its paragraph: nothing after it, or after its full stop, on
        // its line.
        let line_ends = |k: usize| toks.get(k).is_none_or(|t| t.has(LINE_START));
        let whole = line_ends(end)
            || (toks.get(end).is_some_and(|t| t.text(text) == ".") && line_ends(end + 1));
        let named = items.iter().filter(|&&(_, _, sub)| !sub).count();
        if named >= 5 || (whole && named >= 2) {
            players.extend(items.into_iter().map(|(a, b, _)| (a, b)));
        }
        i = end.max(i + 1);
    }
    players
}

/// The names listed from token `k` to the end of the sentence and the token after
/// the list, or no names if an item is not a name. Each name comes with whether it is
/// a substitute's, named in brackets after a player ("Horgan (Foley 60)").
fn sheet_items(text: &str, toks: &[Tok], mut k: usize) -> (Vec<(usize, usize, bool)>, usize) {
    let mut items = Vec::new();
    loop {
        // One item: up to a comma, a semicolon or the end of the sentence.
        let mut start = None;
        let mut end = k;
        let mut named = false;
        let mut capitals = false;
        let mut depth = 0usize;
        // A capitalised run in brackets: a substitute, if it is one name.
        let mut sub: Option<(usize, usize)> = None;
        let mut subs = Vec::new();
        while let Some(t) = toks.get(k) {
            let w = t.text(text);
            if depth == 0 && matches!(w, "," | ";" | "." | "and") {
                break;
            }
            if t.has(LINE_START) && k > 0 && start.is_some() {
                break;
            }
            match w {
                "(" => {
                    depth += 1;
                    sub = None;
                }
                ")" => {
                    depth = depth.saturating_sub(1);
                    subs.extend(sub.take());
                }
                _ if depth > 0 => {
                    if t.is_cap() && t.is_word() && !t.has(DIGIT) && !t.has(ALLCAPS) {
                        let (a, _) = sub.unwrap_or((k, k));
                        sub = Some((a, k + 1));
                    } else if t.has(DIGIT) && sub.is_some() {
                        // The minute he came on: "(Foley 60)".
                    } else {
                        sub = None;
                    }
                }
                "'" | "’" | "-" if !t.has(SPACE_BEFORE) => {}
                // A minute after a name: "Lita 45", "Makofo 66".
                _ if t.has(DIGIT) && t.is_word() && start.is_some() => {}
                _ if t.is_cap() && t.is_word() && !t.has(DIGIT) => {
                    let one_letter = w.chars().count() == 1;
                    if t.has(ALLCAPS) {
                        capitals = true;
                    } else if !one_letter {
                        named = true;
                    }
                    start.get_or_insert(k);
                    end = k + 1;
                }
                _ => return (Vec::new(), k),
            }
            if depth > 4 || k + 1 - start.unwrap_or(k) > 8 {
                return (Vec::new(), k);
            }
            k += 1;
        }
        match start {
            Some(a) if named && !capitals && end - a <= 5 => {
                items.push((a, end, false));
                items.extend(subs.iter().map(|&(a, b)| (a, b, true)));
            }
            Some(_) if capitals && !named => {}
            _ => return (Vec::new(), k),
        }
        let sep = toks.get(k).map_or(".", |t| t.text(text));
        if sep == "." || toks.get(k).is_none_or(|t| t.has(LINE_START)) {
            return (items, k);
        }
        k += 1;
    }
}
