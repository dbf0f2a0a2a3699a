//! Type evidence from the words around a name: what a reader uses when a name alone
//! could be anything. "the band Silver Lanterns" is an organisation however personal
//! the name sounds; "Ashford manager" names a club, not the town; "the album Northern
//! Lights" is a title, which is none of the three types. The evidence is read from at
//! most three tokens on either side, so the pass is linear in the document.

use super::sport::{plays, TEAM_NOUNS, TEAM_ROLES};
use crate::fxhash::FxMap;
use crate::mention::Label;
use crate::token::scan::{
    char_range, joining_hyphen, opens_sentence, word, Tok, ALLCAPS, DIGIT, LINE_START, SPACE_BEFORE,
};
use crate::words;
use std::sync::OnceLock;

/// What the words around a name say about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Evidence {
    /// An organisation: "the band X", "shares in X", "X striker".
    Org,
    /// The title of a work (film, album, programme, book): not an entity.
    Work,
    /// A place: "the province of X", "X district", "the X mountains".
    Place,
    /// A person: a name of two or three words right after a role written in lower case
    /// ("railway spokesperson X Y", "health minister X Y").
    Person,
    /// A place's name standing for its sports club or team ("Ashford striker"): this
    /// mention only, since the same article may name the town too.
    Club,
}

/// The lists below a lower-case word belongs to, as bits: one hash lookup instead of a
/// scan of each list (the rules read the words beside every capitalised word). The
/// lists hold single tokens: the scanner splits "start-up" at its hyphen, so no entry
/// has one.
const C_ORG: u8 = 1 << 0;
const C_WORK: u8 = 1 << 1;
const C_PLACE_UNIT: u8 = 1 << 2;
const C_WORK_LEAD: u8 = 1 << 3;
const C_BUILDING: u8 = 1 << 4;
const C_DISASTER: u8 = 1 << 5;
const C_PLACE_AFTER: u8 = 1 << 6;
const C_TRADE: u8 = 1 << 7;

/// Lower-case words that open a work's title after "the" and before its noun: "the
/// comedy series X", "the breakfast show X".
const WORK_GENRES: &[&str] = &[
    "comedy",
    "drama",
    "music",
    "radio",
    "tv",
    "television",
    "crime",
    "breakfast",
    "chat",
    "talent",
    "reality",
    "quiz",
];

/// The lists `w` (lower case) is in, as `C_*` bits.
fn listed(w: &str) -> u8 {
    if w.is_empty() {
        return 0;
    }
    static T: OnceLock<FxMap<&'static str, u8>> = OnceLock::new();
    let t = T.get_or_init(|| {
        let mut t = FxMap::default();
        let building = BUILDING_NOUNS.iter().map(|(w, _)| w);
        for (bit, list) in [
            (C_ORG, ORG_NOUNS.iter()),
            (C_ORG | C_TRADE, TRADES.iter()),
            (C_WORK, WORK_NOUNS.iter()),
            (C_PLACE_UNIT, PLACE_UNITS.iter()),
            (C_WORK_LEAD, WORK_GENRES.iter()),
            (C_DISASTER, DISASTERS.iter()),
            (C_PLACE_AFTER, PLACE_AFTER.iter()),
        ] {
            for &w in list {
                *t.entry(w).or_insert(0) |= bit;
            }
        }
        for &w in building {
            *t.entry(w).or_insert(0) |= C_BUILDING;
        }
        t
    });
    t.get(w).copied().unwrap_or(0)
}

/// Kinds of work that stand right before a title with nothing between: "the comedy
/// X", "TV cult sitcom X". Not the nouns that are also verbs ("play", "show", "hit",
/// "star"): "England play Wales", "polls show Labour ahead".
const WORK_KINDS: &[&str] = &[
    "film",
    "movie",
    "album",
    "song",
    "programme",
    "sitcom",
    "documentary",
    "novel",
    "musical",
    "opera",
    "memoir",
    "podcast",
    "soundtrack",
    "comedy",
    "drama",
    "thriller",
    "biopic",
    "blockbuster",
    "cartoon",
    "series",
    "soap",
    "soaps",
    "serial",
    "sequel",
    "prequel",
    "miniseries",
    "trilogy",
    "ballet",
    "pantomime",
    "panto",
];

/// What a work or a product has and nothing else does, before "of" and its title:
/// "the cast of X", "the maker of X".
const WORK_PARTS: &[&str] = &[
    "cast",
    "sequel",
    "remake",
    "episode",
    "episodes",
    "series",
    "screening",
    "premiere",
    "adaptation",
    "soundtrack",
    // A product is no entity either: "the maker of Fortnite".
    "maker",
    "makers",
];

/// Nouns that introduce an organisation's name: "the band X", "the firm X". With
/// [`TRADES`], which do too.
const ORG_NOUNS: &[&str] = &[
    "band",
    "label",
    "company",
    "firm",
    "broadcaster",
    "channel",
    "publisher",
    "newspaper",
    "magazine",
    "journal",
    "startup",
    "charity",
    "conglomerate",
    "giant",
    "outfit",
    "club",
    "bank",
    // "Symantec subsidiary Brightmail".
    "subsidiary",
    "subsidiaries",
    // Plurals open a list of them: "firms Fiat and Renault", "analysts Ovum".
    "firms",
    "companies",
    "banks",
    "broadcasters",
    "publishers",
    "makers",
    "analysts",
];

/// A company's trade, which introduces its name ("carmaker X", "carmakers X and Y")
/// even opening a sentence ([`opening_trade`]: "Lenders Barclays and Lloyds"). Not the
/// trades people have too: "broadcaster", "publisher" are in [`ORG_NOUNS`].
const TRADES: &[&str] = &[
    "carmaker",
    "automaker",
    "chipmaker",
    "drugmaker",
    "housebuilder",
    "bookmaker",
    "retailer",
    "airline",
    "insurer",
    "lender",
    "supermarket",
    "manufacturer",
    "miner",
    "steelmaker",
    "carmakers",
    "automakers",
    "chipmakers",
    "drugmakers",
    "housebuilders",
    "bookmakers",
    "retailers",
    "airlines",
    "lenders",
    "insurers",
    "manufacturers",
    "supermarkets",
    "miners",
    "steelmakers",
];

/// Goods whose maker is a company: "game maker X", "chip maker X".
const GOODS: &[&str] = &[
    "game",
    "games",
    "phone",
    "handset",
    "chip",
    "car",
    "drug",
    "drugs",
    "software",
    "toy",
    "aircraft",
    "plane",
    "computer",
    "pc",
    "steel",
    "beer",
    "drinks",
    "food",
    "camera",
    "console",
    "tyre",
    "engine",
    "truck",
    "lorry",
    "chocolate",
    "cigarette",
    "tobacco",
    "watch",
    "shoe",
    "furniture",
    "printer",
    "battery",
    "vaccine",
    "device",
    "robot",
    "jet",
    "helicopter",
    "arms",
    "weapons",
    "cosmetics",
    "clothing",
    "sportswear",
    "electronics",
];

/// Nouns after a name that make it a company: "X analyst Ana Gil", "X shareholders".
/// Not "spokesman" or "aide": a person has those too ("a Blair spokesman").
const ORG_AFTER: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "shares",
    "shareholders",
    "shareholder",
    "subsidiary",
    "chairman",
    "chairwoman",
    "boss",
    "bosses",
    "executives",
    "employees",
    "workers",
    "owner",
    "party",
];

/// A band's members after its name: "Kasabian frontman Ana Gil". Not "singer" alone: a
/// place before it is where the singer comes from ("Devon singer Ana Gil"), as a place
/// the gazetteer knows is before any of them.
const BAND_MEMBERS: &[&str] = &[
    "frontman",
    "frontwoman",
    "guitarist",
    "drummer",
    "bassist",
    "keyboardist",
];

/// What a company owns and a person does not: "X's profits", "X's board".
const COMPANY_ASSETS: &[&str] = &[
    "shares",
    "shareholders",
    "profits",
    "profit",
    "revenues",
    "revenue",
    "earnings",
    "sales",
    "subsidiary",
    "subsidiaries",
    "operations",
    "factory",
    "factories",
    "plant",
    "plants",
    "workforce",
    "employees",
    "customers",
    "policyholders",
    "subscribers",
    "chairman",
    "board",
    "products",
    "brand",
    "takeover",
    "merger",
];

/// Nouns that introduce the title of a work: "the album X", "the film X".
const WORK_NOUNS: &[&str] = &[
    "film",
    "movie",
    "album",
    "song",
    "single",
    "show",
    "programme",
    "program",
    "series",
    "sitcom",
    "documentary",
    "novel",
    "book",
    "musical",
    "opera",
    "play",
    "memoir",
    "podcast",
    "soundtrack",
    // Only after "the", "her", "their"…: "her hit Golden Hours", "the track X".
    "hit",
    "track",
    "ballad",
];

/// Nouns after a name that make it a programme's or record's title: "the Evening Hour
/// programme". Fewer than [`WORK_NOUNS`]: "film", "book" and "song" also make compounds
/// ("the Bollywood film industry").
const WORK_AFTER: &[&str] = &[
    "programme",
    "show",
    "album",
    "series",
    "sitcom",
    "soundtrack",
];

/// Words that introduce what someone says.
pub(crate) const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "saying",
    "told",
    "telling",
    "stated",
    "stating",
    "reported",
    "announced",
    "added",
    "adding",
    "warned",
    "warning",
    "claimed",
    "confirmed",
    "insisted",
    "insisting",
    "estimated",
    "estimates",
    "estimate",
    "noted",
    "noting",
    "explained",
    "explaining",
    "argued",
    "arguing",
    "asked",
    "replied",
    "commented",
    "admitted",
    "acknowledged",
    "wrote",
    "writes",
    "declared",
    "tweeted",
    "posted",
];

/// Common singular words that open a sentence before "said" without being anyone's
/// name (plurals are ruled out by their "s").
const SPEAKING_NOUNS: &[&str] = &[
    "police",
    "everyone",
    "everybody",
    "nobody",
    "someone",
    "somebody",
    "staff",
    "government",
    "military",
    "army",
    "management",
    "security",
    "one",
    "another",
    "each",
    "neither",
    "either",
    "both",
    "none",
    "all",
    "many",
    "most",
    "some",
    "few",
];

/// "Biden said …": a lone capitalised word opening a sentence right before a verb of
/// saying is the speaker's surname, unless it is a common word ("Police said", a
/// plural such as "Officials said"). Only for words the tagger left untagged.
fn speaker_surname(text: &str, toks: &[Tok], i: usize) -> bool {
    let (Some(t), Some(next)) = (toks.get(i), toks.get(i + 1)) else {
        return false;
    };
    // The cheap tests first: this runs at every token.
    if !t.is_cap() || !t.is_word() || t.has(ALLCAPS) || next.is_cap() {
        return false;
    }
    if !opens_sentence(text, toks, i) || !SPEECH.contains(&word(text, toks, Some(i + 1)).as_str()) {
        return false;
    }
    let w = word(text, toks, Some(i));
    let plural = w.ends_with('s') && !w.ends_with("ss");
    // "Having said that": a verb's -ing form that is a common word ("Manning said" is
    // someone).
    let gerund = w.len() >= 6
        && w.ends_with("ing")
        && crate::gazetteer::Gazetteer::embedded().is_common_word(w.as_str());
    w.chars().count() >= 3
        && !plural
        && !gerund
        && !SPEAKING_NOUNS.contains(&w.as_str())
        && !words::is(t.text(text), words::FUNCTION_WORD | words::TITLE)
}

/// Whether "maker(s)" at token `i` is joined by a hyphen to what people make ("film-",
/// "policy-", "decision-", "holiday-") rather than to a product a company makes.
fn people_makers(text: &str, toks: &[Tok], i: Option<usize>) -> bool {
    let Some(i) = i.filter(|&i| i >= 2) else {
        return false;
    };
    let hyphen = toks.get(i - 1).is_some_and(|t| t.text(text) == "-");
    hyphen
        && !matches!(
            word(text, toks, Some(i - 2)).as_str(),
            "car"
                | "drug"
                | "chip"
                | "auto"
                | "toy"
                | "phone"
                | "aircraft"
                | "plane"
                | "steel"
                | "game"
                | "games"
                | "software"
                | "computer"
                | "tyre"
                | "truck"
                | "handset"
                | "jet"
                | "engine"
                | "vaccine"
                | "beer"
                | "watch"
        )
}

/// Whether token `i` opens a sentence with a company's trade ([`TRADES`]), a name after
/// it: "Carmaker Renhold", "Lenders Barclays and Lloyds", "Insurers Aviva and Corvo".
/// Not the words that open names themselves ("Companies House", "Bank Leumi", "Club
/// Med") nor the trades people have too ("Broadcaster Chris Evans").
pub(crate) fn opening_trade(text: &str, toks: &[Tok], i: usize) -> bool {
    let Some(t) = toks.get(i).filter(|t| t.is_cap() && t.is_word()) else {
        return false;
    };
    if !opens_sentence(text, toks, i) {
        return false;
    }
    listed(words::lower(t.text(text)).as_str()) & C_TRADE != 0
}

/// What the words ending at token `i` say about the name that follows them:
/// "the album" → a work, "the band", "shares in" → an organisation.
fn cue(text: &str, toks: &[Tok], i: Option<usize>) -> Option<Evidence> {
    // A capitalised cue is part of a name ("World Bank", "The Album Club"), unless it
    // is a trade opening the sentence ("Carmaker Renhold cut output").
    if i.and_then(|i| toks.get(i)).is_none_or(|t| t.is_cap())
        && !i.is_some_and(|i| opening_trade(text, toks, i))
    {
        return None;
    }
    let w1 = word(text, toks, i);
    let w1 = w1.as_str();
    // "the comedy Sideways", "abortion drama X": a kind of work right before its
    // title, whatever comes before it.
    if WORK_KINDS.contains(&w1) {
        return Some(Evidence::Work);
    }
    let c1 = listed(w1);
    // "film-makers Ana Gil and Tom Reed", "policy-makers": makers of what people make
    // are people; "car-makers Fiat and Renault" are companies.
    if matches!(w1, "maker" | "makers") && people_makers(text, toks, i) {
        return None;
    }
    // Every cue ends in a listed noun or one of a few words: tested before the word
    // before it is read, as this runs at most tokens.
    if c1 & (C_ORG | C_WORK) == 0
        && !matches!(
            w1,
            "in" | "of"
                | "for"
                | "at"
                | "to"
                | "the"
                | ","
                | "called"
                | "named"
                | "paper"
                | "maker"
                | "on"
                | "by"
                | "based"
                | "owned"
                | "backed"
                | "funded"
                | "run"
                | "hits"
                | "flop"
                | "flops"
                | "as"
                | "like"
                | "including"
        )
    {
        return None;
    }
    // "companies such as Blinkx", "firms including Ovo".
    if matches!(w1, "as" | "like" | "including") {
        return i
            .filter(|&i| examples_of_bodies(text, toks, i))
            .map(|_| Evidence::Org);
    }
    // "Abu Dhabi-based Mubadala", "the London-based Harlow Mills", "Chinese-owned
    // Volvo", "state-run Xinhua", "Iran-backed Hezbollah": what is based somewhere,
    // owned, run or backed, named right after, is a body (a person has a role between:
    // "Paris-based analyst Ana Gil").
    // Not a place ("Paris-based US bankers"), a given name ("US-based Ana Gil") or a
    // name with a possessive ("London-based Tolland's novel": the author's).
    if matches!(w1, "based" | "owned" | "backed" | "funded" | "run") {
        let i = i.unwrap_or(0);
        let hyphen = i
            .checked_sub(1)
            .and_then(|k| toks.get(k))
            .is_some_and(|t| t.text(text) == "-");
        let gaz = crate::gazetteer::Gazetteer::embedded();
        let first = toks.get(i + 1).map_or("", |t| t.text(text));
        let placed = gaz.place(first).is_some()
            || crate::gazetteer::Lexicon::embedded()
                .lookup(first)
                .is_some_and(|e| e.label == Label::Loc);
        let end = (i + 1..i + 5)
            .find(|&k| !toks.get(k).is_some_and(|t| t.is_cap() && t.is_word()))
            .unwrap_or(i + 5);
        let owner = toks
            .get(end)
            .is_some_and(|t| matches!(t.text(text), "'s" | "’s"));
        return (hyphen && !placed && !owner && !gaz.is_first_name(first)).then_some(Evidence::Org);
    }
    let w2 = word(text, toks, i.and_then(|i| i.checked_sub(1)));
    let w2 = w2.as_str();
    // "a poll by X", "a survey for X": pollsters and the papers that pay them ("by"
    // cues nothing else).
    let poll = matches!(w2, "poll" | "polls" | "polling" | "survey" | "surveys");
    if w1 == "by" {
        return poll.then_some(Evidence::Org);
    }
    let c2 = listed(w2);
    // "box office hits Vera Drake and Enduring Love", "a box office flop": films.
    if matches!(w1, "hit" | "hits" | "flop" | "flops") && w2 == "office" {
        return Some(Evidence::Work);
    }
    // "indie band the Velvet Arcades", "rock outfit the Hollow Men": "the" opens the
    // band's name.
    if w1 == "the" && matches!(w2, "band" | "outfit" | "duo" | "trio" | "quartet") {
        return Some(Evidence::Org);
    }
    // "their second album, Glass Rivers,": a work between commas after its kind.
    if w1 == "," && c2 & C_WORK != 0 && !matches!(w2, "play" | "show" | "hit" | "track") {
        let w3 = word(text, toks, i.and_then(|i| i.checked_sub(2)));
        // Not "the" or "a": "I loved the film, Ana Gil said".
        let lead = w3.as_str();
        return (work_lead(lead) && !matches!(lead, "the" | "a")).then_some(Evidence::Work);
    }
    // "it airs on Dave", "shown on Alibi": where a programme goes out is a channel.
    if w1 == "on"
        && matches!(
            w2,
            "air"
                | "airs"
                | "aired"
                | "airing"
                | "shown"
                | "screened"
                | "broadcast"
                | "premieres"
                | "premiered"
                | "repeated"
        )
    {
        return Some(Evidence::Org);
    }
    // "a hacking group called Scattered Spider", "a film called X": what a thing is
    // called is what it is.
    if matches!(w1, "called" | "named") {
        if c2 & C_WORK != 0 || WORK_KINDS.contains(&w2) {
            return Some(Evidence::Work);
        }
        if c2 & C_ORG != 0 || matches!(w2, "group" | "party" | "movement" | "organisation") {
            return Some(Evidence::Org);
        }
    }
    // "game maker Valve", "phone maker Lumina": a maker of goods is a company (a
    // "film maker" or a "policy maker" is a person), unless a person's name follows
    // ("games maker Peter Molyneux").
    if w1 == "maker" && GOODS.contains(&w2) {
        let next = i.and_then(|i| toks.get(i + 1)).map_or("", |t| t.text(text));
        return (!crate::gazetteer::Gazetteer::embedded().is_first_name(next))
            .then_some(Evidence::Org);
    }
    // "the white paper Safer Streets": a government paper's title.
    if w1 == "paper" && matches!(w2, "white" | "green") {
        return Some(Evidence::Work);
    }
    // Every other cue ends in a listed noun or in "in", "of", "for", "at" or "to".
    if c1 & (C_ORG | C_WORK) == 0 && !matches!(w1, "in" | "of" | "for" | "at" | "to" | "by") {
        return None;
    }
    // "the cast of X", "a sequel to X", "the latest series of X".
    if (w1 == "of" && WORK_PARTS.contains(&w2))
        || (w1 == "to" && matches!(w2, "sequel" | "prequel"))
    {
        return Some(Evidence::Work);
    }
    // "the album X", "his new film X", "the comedy series X", "starring in X".
    if (c1 & C_WORK != 0 && work_lead(w2)) || (w1 == "in" && stars_in(w2)) {
        return Some(Evidence::Work);
    }
    // "the province of X", "the villages of X".
    if w1 == "of" && c2 & C_PLACE_UNIT != 0 {
        return Some(Evidence::Place);
    }
    // "the band X", "carmaker X", "shares in X", "chief executive of X", "signed for X".
    let two = |x: &str, y: &str| w2 == x && w1 == y;
    // Not a list of roles: "comedian and broadcaster Ana Gil" is a person.
    let org = (c1 & C_ORG != 0 && !matches!(w2, "night" | "and" | "or" | "," | "&"))
        || two("shares", "in")
        || two("shares", "of")
        || two("stake", "in")
        || two("executive", "of")
        || two("executives", "of")
        || two("boss", "of")
        || two("chairman", "of")
        || two("ceo", "of")
        || two("founder", "of")
        // "managing director of 3ami".
        || (two("director", "of") && word(text, toks, i.and_then(|i| i.checked_sub(2))).as_str() == "managing")
        || two("takeover", "of")
        || two("subsidiary", "of")
        // "Euronext, owner of Liffe", "the parent of Ovo".
        || two("owner", "of")
        || two("owners", "of")
        || two("parent", "of")
        || two("signed", "for")
        || (w1 == "for" && poll)
        // "analysts at X", "customers of X": people a company employs or serves.
        || (w1 == "at"
            && matches!(
                w2,
                "analyst"
                    | "analysts"
                    | "economist"
                    | "economists"
                    | "strategist"
                    | "strategists"
                    | "executives"
                    | "bankers"
                    | "traders"
            ))
        || (matches!(w1, "of" | "at")
            && matches!(w2, "customers" | "shareholders" | "employees" | "clients"))
        // "subscribers of X": a service's (not "users": "users of Windows" is a product's).
        || two("subscribers", "of");
    org.then_some(Evidence::Org)
}

/// Whether `w` says someone acts in what follows "in": "starring in X", "stars in X".
fn stars_in(w: &str) -> bool {
    matches!(w, "starring" | "starred" | "stars")
}

/// Whether a part and its player's verb stand before token `i` ("in"): "her role as
/// Ada Lovelace in", "playing Howard Hughes in". What follows is the work.
fn cast_as(text: &str, toks: &[Tok], i: usize) -> bool {
    let r = run_back(toks, i);
    r < i
        && !toks.get(r).is_some_and(|t| t.has(LINE_START))
        && matches!(
            word(text, toks, r.checked_sub(1)).as_str(),
            "as" | "playing" | "plays" | "played" | "portraying" | "portrays" | "portrayed"
        )
}

/// Whether `w` comes right before a kind of work and makes it one: "the album X",
/// "her second novel X", "the comedy series X".
fn work_lead(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "new"
            | "hit"
            | "latest"
            | "debut"
            | "his"
            | "her"
            | "their"
            | "its"
            | "'s"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "fifth"
            | "sixth"
            | "seventh"
            | "upcoming"
            | "forthcoming"
    ) || listed(w) & C_WORK_LEAD != 0
}

/// Token `i` moved back over opening quotes and brackets ("the album 'X'").
fn before_quotes(text: &str, toks: &[Tok], mut i: Option<usize>) -> Option<usize> {
    while let Some(k) = i {
        if toks
            .get(k)
            .is_some_and(|t| matches!(t.text(text), "\"" | "“" | "'" | "‘" | "("))
        {
            i = k.checked_sub(1);
        } else {
            break;
        }
    }
    i
}

/// Channels and streaming services whose possessive introduces a programme.
const BROADCASTERS: &[&str] = &[
    "BBC",
    "ITV",
    "Netflix",
    "HBO",
    "Hulu",
    "CBS",
    "NBC",
    "ABC",
    "Sky",
    "S4C",
    "E4",
    "Showtime",
    "Disney+",
    "RTÉ",
    "PBS",
    "Channel 4",
    "Channel 5",
    "BBC One",
    "BBC Two",
    "BBC Three",
    "BBC Four",
    "Radio 4",
    "Sky One",
    "Sky Atlantic",
    "Apple TV+",
    "Prime Video",
    "Paramount+",
];

/// Whether the name at token `a` is a programme named after its channel's possessive
/// or its channel and kind: "ITV's Coronation Street", "Channel 4's Gogglebox", "the
/// BBC's Line of Duty", "the ITV soap Emmerdale". Not a
/// person ("the BBC's Laura Kuenssberg" opens with a given name; the caller's tagger and
/// rules have the person), nor a place ("the BBC's Washington correspondent").
fn broadcast(text: &str, toks: &[Tok], a: usize) -> bool {
    let Some(s) = a.checked_sub(1).filter(|&s| s > 0) else {
        return false;
    };
    // "ITV's X", or a kind of programme after the channel: "the Netflix series X",
    // "an Apple TV+ show X".
    let possessive = matches!(toks[s].text(text), "'s" | "’s");
    let cue = possessive
        || matches!(
            toks[s].text(text),
            "show" | "programme" | "series" | "drama" | "soap" | "sitcom" | "documentary"
        );
    // The channel's name: the one to three tokens before the cue.
    let channel = cue
        && (1..=3).any(|n| {
            s.checked_sub(n)
                .and_then(|k| text.get(toks[k].start as usize..toks[s - 1].end as usize))
                .is_some_and(|t| BROADCASTERS.contains(&t))
        });
    let first = toks.get(a).map_or("", |t| t.text(text));
    let gaz = crate::gazetteer::Gazetteer::embedded();
    // A given name after a possessive is a presenter's ("the BBC's Ana Gil"); after
    // a kind of programme, the title's ("the ITV soap Emmet Vale").
    channel && !(possessive && gaz.is_first_name(first)) && gaz.place(first).is_none()
}

/// Administrative units that introduce a place's name: "the province of X", and in
/// the plural a list of them ("the provinces of X, Y and Z").
const PLACE_UNITS: &[&str] = &[
    "province",
    "provinces",
    "region",
    "regions",
    "district",
    "districts",
    "municipality",
    "municipalities",
    "prefecture",
    "prefectures",
    "governorate",
    "governorates",
    "village",
    "villages",
    "town",
    "towns",
    "city",
    "cities",
    "island",
    "islands",
];

/// Lower-case words after a name that make it a place: "X province", "the X mountains".
/// The plurals close a list: "X, Y and Z provinces".
const PLACE_AFTER: &[&str] = &[
    "province",
    "region",
    "district",
    "prefecture",
    "governorate",
    "municipality",
    "mountains",
    "valley",
    "desert",
    "river",
    "provinces",
    "regions",
    "districts",
    "prefectures",
    "governorates",
    "municipalities",
];

/// Nouns for a place that an apposition gives a name: "Tarsa, a village in the
/// south", "the High Atlas, a rugged mountain range".
const PLACE_NOUNS: &[&str] = &[
    "village",
    "town",
    "city",
    "region",
    "province",
    "district",
    "range",
    "island",
    "valley",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "hamlet",
    "county",
];

/// Words that end an apposition's own phrase: in ", a man from the village" the
/// village is not what the name is.
const LINKS: &[&str] = &[
    "from", "of", "in", "the", "at", "with", "who", "that", "near", "to", "for", "on", "by", "and",
    "or",
];

/// The capitalised run ending right before the comma at `i` ([`name_before`]) when
/// the words after the comma call it a place: ", a (lower-case words) village".
fn named_by_apposition(text: &str, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    if toks.get(i)?.text(text) != ","
        || !matches!(word(text, toks, Some(i + 1)).as_str(), "a" | "an")
    {
        return None;
    }
    // Up to three lower-case words ("rugged mountain") before the place noun.
    let noun = (i + 2..i + 6)
        .take_while(|&k| toks.get(k).is_some_and(|t| t.is_word() && !t.is_cap()))
        .find(|&k| PLACE_NOUNS.contains(&word(text, toks, Some(k)).as_str()))?;
    // Only the noun's own phrase: "a village", not "a man from the village".
    if (i + 2..noun).any(|k| LINKS.contains(&word(text, toks, Some(k)).as_str())) {
        return None;
    }
    name_before(text, toks, i).map(|a| (a, i))
}

/// The name a body's spokesperson speaks for: "a Harwick spokeswoman", "an Ofwat
/// spokesman", "a Holcim statement" give tokens `a..i`. Only after "a" or "an": "Clinton
/// spokesman Joe Lockhart" is a person's. Not a name opening with a given name ("a Tom
/// Hale spokesman"), a place ("a Downing Street spokesman") or a nationality ("a Chinese
/// spokeswoman").
fn speaks_for(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    // The noun in lower case, as written: read at every token, so no case folding.
    if !matches!(
        toks.get(i)?.text(text),
        "spokesman" | "spokeswoman" | "spokesperson" | "statement"
    ) {
        return None;
    }
    let a = name_before(text, toks, i)?;
    if !matches!(word(text, toks, a.checked_sub(1)).as_str(), "a" | "an") {
        return None;
    }
    let gaz = crate::gazetteer::Gazetteer::embedded();
    let first = toks.get(a).map_or("", |t| t.text(text));
    let name = char_range(toks, a, i).and_then(|(s, e)| text.get(s..e))?;
    (!gaz.is_first_name(first) && gaz.place(name).is_none() && gaz.demonym(first).is_none())
        .then_some(a)
}

/// Whether the words from token `i` describe the name before them as a company:
/// ", the world's biggest spirits company", ", a pressure group". The noun must head
/// its phrase: not ", a bank manager" nor ", the firm's founder".
fn org_apposition(text: &str, toks: &[Tok], i: usize) -> bool {
    if toks.get(i).is_none_or(|t| t.text(text) != ",")
        || !matches!(word(text, toks, Some(i + 1)).as_str(), "the" | "a" | "an")
    {
        return false;
    }
    let lower_word = |k: usize| toks.get(k).is_some_and(|t| t.is_word() && !t.is_cap());
    let gaz = crate::gazetteer::Gazetteer::embedded();
    let mut k = i + 2;
    while k < i + 8 {
        let w = word(text, toks, Some(k));
        let w = w.as_str();
        // ", the French start-up", ", the Leeds-based retailer": a nationality or a
        // place describes the noun.
        let nationality = toks.get(k).is_some_and(|t| {
            t.is_cap() && (gaz.demonym(t.text(text)).is_some() || gaz.place(t.text(text)).is_some())
        });
        let hyphen = k > i + 2 && toks.get(k).is_some_and(|t| t.text(text) == "-");
        if w == "'s" || nationality || hyphen {
            k += 1;
            continue;
        }
        if !lower_word(k) || LINKS.contains(&w) {
            return false;
        }
        // "start-up" is one noun.
        if w == "start"
            && toks.get(k + 1).is_some_and(|t| t.text(text) == "-")
            && matches!(word(text, toks, Some(k + 2)).as_str(), "up" | "ups")
        {
            k += 2;
            let next = word(text, toks, Some(k + 1));
            return !lower_word(k + 1) && next.as_str() != "'s";
        }
        k += 1;
        if org_noun(w)
            || matches!(
                w,
                "group"
                    | "operator"
                    | "chain"
                    | "provider"
                    | "subsidiary"
                    | "division"
                    | "unit"
                    | "arm"
            )
        {
            // The noun's own clause may follow: ", the maker of Call of Duty", ", a
            // company that sells trainers".
            let next = word(text, toks, Some(k));
            let clause = matches!(
                next.as_str(),
                "of" | "that" | "which" | "whose" | "behind" | "based" | "owned" | "founded"
            );
            return clause || (!lower_word(k) && next.as_str() != "'s");
        }
    }
    false
}

/// Whether the words from token `i` describe the name before them as a work: ", the
/// Channel 4 soap", ", a BBC drama series", ", the 1997 film". The work's noun ends its
/// phrase: not ", the film's director" nor ", a drama teacher".
fn work_apposition(text: &str, toks: &[Tok], i: usize) -> bool {
    if toks.get(i).is_none_or(|t| t.text(text) != ",")
        || !matches!(word(text, toks, Some(i + 1)).as_str(), "the" | "a" | "an")
    {
        return false;
    }
    for k in i + 2..i + 7 {
        let Some(t) = toks.get(k) else {
            return false;
        };
        let w = word(text, toks, Some(k));
        let w = w.as_str();
        if !(t.is_word() || t.has(DIGIT)) || LINKS.contains(&w) {
            return false;
        }
        let noun = !t.is_cap()
            && (listed(w) & C_WORK != 0 || WORK_KINDS.contains(&w) || matches!(w, "soap"))
            && !matches!(w, "hit" | "track" | "play" | "show" | "single" | "book");
        if noun {
            // Not a possessive or a hyphen after it: ", the programme's co-ordinator",
            // ", a film-maker".
            let next = toks.get(k + 1);
            return next.is_none_or(|n| {
                n.is_cap()
                    || matches!(
                        n.text(text),
                        "," | "." | ";" | ":" | ")" | "!" | "?" | "\"" | "”"
                    )
            }) || matches!(
                word(text, toks, Some(k + 1)).as_str(),
                "that" | "which" | "about" | "starring" | "set" | "made" | "produced"
            );
        }
    }
    false
}

/// Where the capitalised run ending before token `end` starts, less a leading
/// function word ("The"): at most four words. None for no run, one at the text's
/// start, or a lone capitalised word opening a sentence, which says nothing.
fn name_before(text: &str, toks: &[Tok], end: usize) -> Option<usize> {
    let mut a = run_back(toks, end);
    while a < end
        && toks
            .get(a)
            .is_some_and(|t| words::is(t.text(text), words::FUNCTION_WORD))
    {
        a += 1;
    }
    let opens = a + 1 == end
        && a > 0
        && toks
            .get(a - 1)
            .is_some_and(|t| matches!(t.text(text), "." | "!" | "?"));
    (!(opens || a == 0 || a == end)).then_some(a)
}

/// Days a party celebrates, whose name before "party" names no political party, and
/// the halves of the world a touring party comes from.
const CELEBRATIONS: &[&str] = &[
    "Christmas",
    "Easter",
    "Halloween",
    "Hogmanay",
    "Diwali",
    "Eid",
    "Hanukkah",
    "Thanksgiving",
    "New",
    "Year",
    "Year's",
    "Birthday",
    "Jubilee",
    "Coronation",
    // A half of the world's touring side: "the Southern party".
    "Northern",
    "Southern",
];

/// Words before "by" or ":" that open a picture's credit: "Photo by X Y/Agency".
const CREDIT_NOUNS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "picture",
    "pictures",
    "image",
    "images",
    "credit",
    "video",
];

/// A credit's photographer: "(Photo by Ana Gil / AFP)", "Photo credit: ANA GIL/AFP".
/// The name after the credit words, two or three capitalised words, then a slash and
/// the agency. The end of the name, if token `i` opens one.
fn credited(text: &str, toks: &[Tok], i: usize) -> Option<usize> {
    // The cheap test first (this runs at every token): a name starts here.
    if !toks
        .get(i)
        .is_some_and(|t| t.is_cap() || t.text(text).len() == 2)
    {
        return None;
    }
    let link = word(text, toks, i.checked_sub(1));
    let noun = word(text, toks, i.checked_sub(2));
    let opens = matches!(link.as_str(), "by" | ":") && CREDIT_NOUNS.contains(&noun.as_str());
    if !opens {
        return None;
    }
    let end = run_from(text, toks, i);
    let slash = toks.get(end).is_some_and(|t| t.text(text) == "/");
    ((2..=3).contains(&(end - i)) && slash).then_some(end)
}

/// Token `i`, or the token after a bracketed figure starting there ("Tarsa (120) and
/// Imlil"): a list goes on past it.
fn after_figure(text: &str, toks: &[Tok], i: usize) -> usize {
    if toks.get(i).is_none_or(|t| t.text(text) != "(") {
        return i;
    }
    for k in i + 1..i + 6 {
        match toks.get(k).map(|t| t.text(text)) {
            Some(")") if k > i + 1 => return k + 1,
            Some(w)
                if w.chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.')) => {}
            _ => return i,
        }
    }
    i
}

/// Lower-case nouns of a disaster that a place's name comes before: "the Tarsa fire".
const DISASTERS: &[&str] = &[
    "fire",
    "fires",
    "blaze",
    "wildfire",
    "wildfires",
    "bushfire",
    "bushfires",
    "flood",
    "floods",
    "earthquake",
    "quake",
];

/// The places named before a disaster noun at token `i`, after "the": "the Tarsa
/// fire", "the Upper Tarsa fire", "the Tarsa/Imlil fire" (both, where the tagger
/// did not read them as one name). Not a day or a month ("the Sunday fire"). In order.
fn disaster_places(text: &str, toks: &[Tok], i: usize) -> Vec<(usize, usize)> {
    if toks.get(i).is_none_or(Tok::is_cap) || listed(&word(text, toks, Some(i))) & C_DISASTER == 0 {
        return Vec::new();
    }
    let mut runs = Vec::new();
    let mut end = i;
    loop {
        let a = run_back(toks, end);
        let dated = (a..end).any(|k| {
            toks.get(k)
                .is_some_and(|t| words::is(t.text(text), words::WEEKDAY | words::MONTH))
        });
        if a == end || dated {
            return Vec::new();
        }
        runs.push((a, end));
        let slash = a > 1 && toks.get(a - 1).is_some_and(|t| t.text(text) == "/");
        if !slash || runs.len() >= 3 {
            break;
        }
        end = a - 1;
    }
    let first = runs.last().map_or(0, |&(a, _)| a);
    if word(text, toks, first.checked_sub(1)).as_str() != "the" {
        return Vec::new();
    }
    runs.reverse();
    runs
}

/// Lower-case nouns of a building that, written after a name, belong to it: "the Noor
/// Arab hospital", "al-Rahma mosque". Hospitals are organisations, places of worship
/// places (the gold guidelines' reading).
const BUILDING_NOUNS: &[(&str, Label)] = &[
    ("hospital", Label::Org),
    ("clinic", Label::Org),
    ("infirmary", Label::Org),
    ("mosque", Label::Loc),
    ("church", Label::Loc),
    ("cathedral", Label::Loc),
    ("synagogue", Label::Loc),
    ("shrine", Label::Loc),
];

/// Whether token `k` is an Arabic article ("al", "el", "Al") that opens a name.
fn article(text: &str, toks: &[Tok], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(t.text(text), "al" | "el" | "Al" | "El"))
}

/// A building named before a lower-case building noun at token `i`, the noun included:
/// "the Noor Arab hospital", "al Noor hospital", "the Al-Noor al-Arabi hospital". The
/// name must follow "the" or open with an Arabic article, and may not hold a day or a
/// month ("the Sunday church"). Returns the building's token range, noun included, and
/// its type.
pub(crate) fn building(text: &str, toks: &[Tok], i: usize) -> Option<(usize, usize, Label)> {
    let t = toks.get(i)?;
    // The cheap tests first (this runs at every token): a lower-case word after a
    // capitalised one.
    let after_name = i > 0 && toks.get(i - 1).is_some_and(|p| p.is_cap() && p.is_word());
    if t.is_cap() || !t.is_word() || !after_name {
        return None;
    }
    let w = word(text, toks, Some(i));
    let w = w.as_str();
    if listed(w) & C_BUILDING == 0 {
        return None;
    }
    let &(_, label) = BUILDING_NOUNS.iter().find(|(n, _)| *n == w)?;
    // A hyphen with no space either side: "Al-Noor".
    let glued = |k: usize| {
        let (Some(l), Some(h), Some(r)) = (
            k.checked_sub(1).and_then(|j| toks.get(j)),
            toks.get(k),
            toks.get(k + 1),
        ) else {
            return false;
        };
        h.text(text) == "-" && l.end == h.start && h.end == r.start
    };
    let mut a = i;
    let mut caps = 0usize;
    while a > 0 && i - a < 8 {
        let k = a - 1;
        let tok = toks.get(k)?;
        if tok.is_cap() && tok.is_word() {
            caps += 1;
            a = k;
        } else if glued(k) && toks.get(a).is_some_and(Tok::is_cap) {
            // "Al-Noor", "al-Arabi": the piece before the hyphen comes next.
            a = k;
        } else if article(text, toks, k) && (toks.get(a).is_some_and(Tok::is_cap) || glued(a)) {
            a = k;
        } else {
            break;
        }
    }
    // A run that ended on a hyphen is not a name's start.
    if toks.get(a).is_some_and(|t| t.text(text) == "-") {
        a += 1;
    }
    // "The Noor hospital" opening a sentence.
    let mut the = word(text, toks, a.checked_sub(1)).as_str() == "the";
    if toks.get(a).is_some_and(|t| t.text(text) == "The") {
        a += 1;
        caps = caps.saturating_sub(1);
        the = true;
    }
    if caps == 0 || a == i {
        return None;
    }
    let dated = (a..i).any(|k| {
        toks.get(k)
            .is_some_and(|t| words::is(t.text(text), words::WEEKDAY | words::MONTH))
    });
    ((the || article(text, toks, a)) && !dated).then_some((a, i + 1, label))
}

/// Whether token `i` joins the items of a list: ",", "and", "or".
fn joins(text: &str, toks: &[Tok], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| matches!(t.text(text), "," | "and" | "or"))
}

/// The start of the capitalised run (up to four words) that ends before token `end`.
fn run_back(toks: &[Tok], end: usize) -> usize {
    let mut a = end;
    while a > 0 && end - a < 4 && toks.get(a - 1).is_some_and(|t| t.is_cap() && t.is_word()) {
        a -= 1;
    }
    a
}

/// Whether the words ending at token `r` introduce examples of a kind of body:
/// "companies such as", "firms like", "banks including". Not "analysts": people too.
fn examples_of_bodies(text: &str, toks: &[Tok], r: usize) -> bool {
    let w = word(text, toks, Some(r));
    let kind_at = match w.as_str() {
        "as" if word(text, toks, r.checked_sub(1)).as_str() == "such" => r.checked_sub(2),
        "like" | "including" => r.checked_sub(1),
        _ => return false,
    };
    let kind = word(text, toks, kind_at);
    let kind = kind.as_str();
    kind != "analysts" && kind.ends_with('s') && listed(kind) & C_ORG != 0
}

/// The token before the first item of a list of capitalised names that ends at token
/// `k` (its "and", "or" or comma): "hits Vera Drake, Calendar Girls and" gives "hits".
/// At most six items back; `None` if a run is missing or starts a line.
fn list_head(text: &str, toks: &[Tok], mut k: usize) -> Option<usize> {
    for _ in 0..6 {
        let r = run_back(toks, k);
        if r == k || toks.get(r).is_some_and(|t| t.has(LINE_START)) {
            return None;
        }
        let p = r.checked_sub(1)?;
        if toks.get(p).is_some_and(|t| t.text(text) == ",") {
            k = p;
            continue;
        }
        return Some(p);
    }
    None
}

/// The evidence of the words around tokens `a..b` (a name labelled `label`), if any.
/// `sports` says the article is a sports report ([`super::sport::sports_report`]).
pub(crate) fn evidence(
    text: &str,
    toks: &[Tok],
    a: usize,
    b: usize,
    label: Label,
    sports: bool,
) -> Option<Evidence> {
    // Words on another line say nothing: a headline's last word is no cue for the
    // first name below it, nor the other way round.
    let before = before_quotes(text, toks, a.checked_sub(1))
        .filter(|_| !toks.get(a).is_some_and(|t| t.has(LINE_START)));
    let w1 = word(text, toks, before);
    let after = Some(b).filter(|&b| !toks.get(b).is_some_and(|t| t.has(LINE_START) || t.is_cap()));
    let n1 = word(text, toks, after);
    let n2 = word(text, toks, after.map(|b| b + 1));
    // "chief executive of Lee's company": the cue is about what the name owns.
    let owner = n1.as_str() == "'s" && toks.get(b + 1).is_some_and(Tok::is_cap);
    // "an adaptation of Ana Gil's novel", "a sequel to Ana Gil comedy X", "an episode
    // of US drama X": the work is what follows the name.
    let work_follows = n1.as_str() == "'s"
        || WORK_KINDS.contains(&n1.as_str())
        || listed(n1.as_str()) & (C_WORK | C_WORK_LEAD) != 0
        || matches!(
            n1.as_str(),
            "classic" | "legend" | "star" | "stars" | "films" | "movies" | "shows" | "musicals"
        );
    // "starred in The Night Manager and Slow Horses", "hits Vera Drake, Calendar
    // Girls and Enduring Love": a title listed after a work's cue is a title too.
    // A comma before the name lists it only if the list goes on after it: not "she
    // starred in The Crown, Ana Gil said".
    let in_list = before.filter(|_| {
        matches!(w1.as_str(), "and" | "or")
            || (w1.as_str() == "," && matches!(n1.as_str(), "," | "and" | "or"))
    });
    let head = in_list.and_then(|k| list_head(text, toks, k));
    let listed_work = head.is_some_and(|r| cue(text, toks, Some(r)) == Some(Evidence::Work));
    if listed_work && !work_follows {
        return Some(Evidence::Work);
    }
    // "companies such as Blinkx, Copernic and X-Friend", "firms including Ovo": the
    // kind's examples, first and listed.
    let examples_at = if in_list.is_some() { head } else { before };
    if examples_at.is_some_and(|r| examples_of_bodies(text, toks, r)) && !owner {
        return Some(Evidence::Org);
    }
    // "Joey, starring Matt LeBlanc", "The Libertine starring Johnny Depp": what stars
    // someone is a work ("Ana Gil, starring in X" and "starring as X" are the actor).
    let starring = if n1.as_str() == "," { &n2 } else { &n1 };
    let star_at = b + usize::from(n1.as_str() == ",");
    if after.is_some()
        && starring.as_str() == "starring"
        && !matches!(
            word(text, toks, Some(star_at + 1)).as_str(),
            "in" | "as" | "opposite" | "alongside" | "with" | "role" | "roles"
        )
    {
        return Some(Evidence::Work);
    }
    if broadcast(text, toks, a) {
        return Some(Evidence::Work);
    }
    // "her album The Tortured Poets Department", "the show The Traitors": a title's
    // own "The" after its kind, or after what an actor is known for or stars in ("best
    // known for The Good Wife", "starred in The Crown").
    // The name must be the whole title: in "starring in The Cosby Show" the tagger's
    // "Cosby" is the man, whose other mentions follow this one.
    let titled_the = a >= 2
        && toks
            .get(a - 1)
            .is_some_and(|t| t.text(text) == "The" && !t.has(LINE_START))
        && !toks
            .get(b)
            .is_some_and(|t| t.is_cap() && t.is_word() && !t.has(LINE_START))
        && {
            let kind = word(text, toks, Some(a - 2));
            let kind = kind.as_str();
            let before_kind = word(text, toks, a.checked_sub(3));
            WORK_KINDS.contains(&kind)
                || listed(kind) & C_WORK != 0
                || match kind {
                    // "a nomination for The Aviator", "the best debut prize for The
                    // Motorcycle Diaries".
                    "for" => matches!(
                        before_kind.as_str(),
                        "known"
                            | "famous"
                            | "nomination"
                            | "nominations"
                            | "nominated"
                            | "prize"
                            | "award"
                            | "oscar"
                            | "oscars"
                    ),
                    "in" => {
                        stars_in(before_kind.as_str())
                            || matches!(before_kind.as_str(), "appeared" | "role")
                            || cast_as(text, toks, a - 2)
                    }
                    // "the star of The Office", "the film adaptation of The Da Vinci
                    // Code", "the author of The Da Vinci Code".
                    "of" => {
                        matches!(
                            before_kind.as_str(),
                            "star" | "stars" | "author" | "creator"
                        ) || WORK_PARTS.contains(&before_kind.as_str())
                    }
                    _ => false,
                }
        };
    if titled_the {
        return Some(Evidence::Work);
    }
    // "the Evening Hour TV show", "the Good Morning radio programme": a title before
    // its medium and kind.
    let medium_kind = matches!(w1.as_str(), "the" | "'s")
        && toks
            .get(b)
            .is_some_and(|t| matches!(t.text(text), "TV" | "television" | "radio"))
        && WORK_AFTER.contains(&word(text, toks, Some(b + 1)).as_str());
    if medium_kind {
        return Some(Evidence::Work);
    }
    match cue(text, toks, before) {
        Some(Evidence::Work) if work_follows => {}
        Some(Evidence::Work) => return Some(Evidence::Work),
        Some(Evidence::Org) if owner && !org_noun(w1.as_str()) => {}
        // Read even where the tagger agrees: the other mentions of the name follow it.
        Some(e @ (Evidence::Org | Evidence::Place)) => return Some(e),
        _ => {}
    }
    // The word before the cue word, read only by the cues that need it ("sales at",
    // "president of", "the merger with").
    let w0 = || word(text, toks, before.and_then(|k| k.checked_sub(1)));
    // "sales at Harvey Nichols", "profits at Ted Baker": a shop's or a firm's trade;
    // not a place's ("profits at US firms").
    let trade_at = w1.as_str() == "at"
        && matches!(
            w0().as_str(),
            "sales" | "profits" | "profit" | "revenue" | "revenues" | "shoppers" | "turnover"
        );
    // "figures from Brightmere", "data from Ana Gil" is rare: a firm's numbers (a
    // place's name there is where the numbers come from: "data from China").
    let numbers_from = w1.as_str() == "from"
        && matches!(w0().as_str(), "data" | "figures" | "statistics" | "numbers");
    // "president of Warner Home Video": no one presides over a person (a place's
    // president is its head of state, so only where the tagger read a person).
    let presides = label == Label::Person
        && w1.as_str() == "of"
        && w0().as_str() == "president"
        && n1.as_str() != "'s";
    if (trade_at || numbers_from || presides) && label == Label::Person {
        return Some(Evidence::Org);
    }
    // "the Labour MP for West Ham", "the MSP for Fife": what a member represents is a
    // constituency, a place.
    let represents = w1.as_str() == "for"
        && matches!(
            w0().as_str(),
            "mp" | "msp" | "mep" | "mla" | "congressman" | "congresswoman"
        );
    if represents && label != Label::Loc {
        return Some(Evidence::Place);
    }
    // "Vera Drake star Imelda Staunton", "her role in Vera Drake": what the
    // tagger read as a person is the work someone stars or performs in (a club's or
    // a place's star is read as neither: "Chelsea star", "Hollywood star"; nor is a
    // club's nickname, one plural word: "Hammers star Joe Cole"). What a person's
    // name owns comes after it: "performances in Ana Gil's drama", "her role in Tom
    // Innes' film".
    let nickname = b == a + 1 && toks.get(a).is_some_and(|t| t.text(text).ends_with('s'));
    let star_of = label == Label::Person
        && n1.as_str() == "star"
        && !nickname
        && toks
            .get(b + 1)
            .is_some_and(|t| t.is_cap() && t.is_word() && !t.has(LINE_START));
    let performed_in = label == Label::Person
        && w1.as_str() == "in"
        && matches!(
            w0().as_str(),
            "performance" | "performances" | "portrayal" | "role" | "roles"
        )
        && !matches!(n1.as_str(), "'s" | "'" | "’");
    if (star_of || performed_in) && !sports {
        return Some(Evidence::Work);
    }
    // "railway spokesperson Ada Moss": a role in lower case, then a short name.
    let role = before.and_then(|i| toks.get(i)).is_some_and(|t| {
        !t.is_cap()
            && (words::is_capitalised(t.text(text), words::TITLE)
                || ROLE_NOUNS.contains(&w1.as_str()))
    });
    let words_in_name = b.saturating_sub(a);
    let capitalised = (a..b).all(|k| toks.get(k).is_some_and(|t| t.is_cap() && t.is_word()));
    // "the official Xinhua News Agency" is a body, whatever the word before it.
    let body = b.checked_sub(1).and_then(|l| toks.get(l)).is_some_and(|t| {
        words::is(t.text(text), words::ORG_HEAD) || words::is(t.text(text), words::FACILITY_HEAD)
    });
    if role && (2..=3).contains(&words_in_name) && capitalised && !body {
        return Some(Evidence::Person);
    }
    // "Al Noor province", "the Tarsa mountains".
    if PLACE_AFTER.contains(&n1.as_str()) && !toks.get(b).is_some_and(Tok::is_cap) {
        return Some(Evidence::Place);
    }
    // "the Evening Hour programme": a title before a work noun, never a place.
    if label != Label::Loc
        && matches!(w1.as_str(), "the" | "'s")
        && WORK_AFTER.contains(&n1.as_str())
    {
        return Some(Evidence::Work);
    }
    // "the Vera Drake actress Imelda Staunton": a title before its cast.
    if label != Label::Loc && matches!(n1.as_str(), "actress" | "actor" | "actors" | "cast") {
        return Some(Evidence::Work);
    }
    // "agreed to buy Pellow Watts", "the merger with Pellow Watts": no person is bought
    // whole, nor merged (what follows a possessive is what is bought: "bought Ana
    // Gil's label").
    let bought = matches!(
        w1.as_str(),
        "buy" | "buys" | "bought" | "buying" | "acquire" | "acquires" | "acquired" | "acquiring"
    ) || (w1.as_str() == "with" && w0().as_str() == "merger");
    // Not in sport, where clubs buy players, nor a name that opens with a given name
    // ("Rovers want to buy Ana Gil").
    let given = toks
        .get(a)
        .is_some_and(|t| crate::gazetteer::Gazetteer::embedded().is_first_name(t.text(text)));
    let titled = before
        .and_then(|i| toks.get(i))
        .is_some_and(|t| words::is(t.text(text), words::TITLE));
    if label == Label::Person && bought && n1.as_str() != "'s" && !sports && !given {
        return Some(Evidence::Org);
    }
    // "X striker", "X manager", "X head coach": a place's name used for its club.
    let role_after = TEAM_ROLES.contains(&n1.as_str())
        || (matches!(n1.as_str(), "head" | "assistant" | "interim" | "caretaker")
            && TEAM_ROLES.contains(&word(text, toks, Some(b + 1)).as_str()));
    if label == Label::Loc && role_after {
        return Some(Evidence::Club);
    }
    // In a sports report, "Wales beat Italy", "a win against Italy", "Italy 2-1".
    // Not where something is ("chiefs in the US have vowed"), unless the name is the
    // team's ("in the Scotland game").
    let located = w1.as_str() == "the"
        && matches!(
            w0().as_str(),
            "in" | "at" | "across" | "throughout"
        )
        // "in the Scotland game" is the team's.
        && !TEAM_NOUNS.contains(&n1.as_str())
        && !TEAM_ROLES.contains(&n1.as_str());
    if sports && label == Label::Loc && !located && plays(text, toks, a, b) {
        return Some(Evidence::Club);
    }
    // "Harlow Mills, which makes tiles": no person is a "which" (after a verb or a
    // preposition the "which" may be about what comes before the name: "a proposal
    // from Mr Glazer, which").
    if label == Label::Person
        && opens_sentence(text, toks, a)
        && n1.as_str() == ","
        && n2.as_str() == "which"
    {
        return Some(Evidence::Org);
    }
    // "Harlow Mills cut its forecast", "Acme posted its first loss": a company's own
    // figures. What a person does to "its" is someone else's ("Ana Gil said its
    // future was bright", "Tom Bell criticised its board").
    let own_figures = n2.as_str() == "its"
        && matches!(
            n1.as_str(),
            "posted"
                | "reported"
                | "cut"
                | "cuts"
                | "raised"
                | "raises"
                | "lowered"
                | "lifted"
                | "trimmed"
                | "slashed"
                | "doubled"
                | "boosted"
                | "upgraded"
                | "downgraded"
        );
    // "Icann said its board would meet": a one-word name speaking of "its" own is a
    // body's (not a given name's, nor a titled person's: "Mr Gil said its profits").
    let speaks_for_its = n2.as_str() == "its"
        && matches!(n1.as_str(), "said" | "says")
        && b == a + 1
        && !given
        && !titled;
    // "Perplexity was valued at $9bn": a company's worth (a player's, in sport, or
    // where a given name opens the name).
    let valued = matches!(n1.as_str(), "was" | "is" | "now" | "being")
        && n2.as_str() == "valued"
        && !sports
        && !given;
    if label == Label::Person && (own_figures || speaks_for_its || valued) {
        return Some(Evidence::Org);
    }
    // "Diageo, the world's biggest spirits company, ...".
    if org_apposition(text, toks, b) {
        return Some(Evidence::Org);
    }
    // "Hollyoaks, the Channel 4 soap, ...": a title, whoever made it.
    if label != Label::Loc && work_apposition(text, toks, b) {
        return Some(Evidence::Work);
    }
    // "X shares fell", "X analyst Ana Gil", "X's profits"; a place's name before
    // them is its market or its club ("UK shares", "Leeds chairman"). Not after a
    // title: "Mr Yoran's division" is a person's.
    // "X chief executive Ana Gil", "X's chief executive".
    let chief_executive = |at: usize| {
        word(text, toks, Some(at)).as_str() == "chief"
            && word(text, toks, Some(at + 1)).as_str() == "executive"
    };
    // "Ana Gil shares her story": a verb, before what is shared.
    let shares_verb = n1.as_str() == "shares"
        && matches!(
            n2.as_str(),
            "her" | "his" | "their" | "my" | "a" | "an" | "the" | "this" | "that" | "what" | "how"
        );
    // "Coldplay lead singer Ana Gil"; and "Kasabian singer Ana Gil", where the tagger read
    // a person: a place comes before "singer" as often ("Devon singer"), and the tagger
    // reads that as a place or leaves it.
    let lead =
        n1.as_str() == "lead" && (n2.as_str() == "singer" || BAND_MEMBERS.contains(&n2.as_str()));
    let singer = n1.as_str() == "singer"
        && label == Label::Person
        && !given
        && toks.get(b + 1).is_some_and(Tok::is_cap);
    let band = (BAND_MEMBERS.contains(&n1.as_str()) || lead || singer)
        && char_range(toks, a, b)
            .and_then(|(s, e)| text.get(s..e))
            .is_some_and(|name| {
                crate::gazetteer::Gazetteer::embedded()
                    .place(name)
                    .is_none()
            });
    let org_after = (ORG_AFTER.contains(&n1.as_str()) && !shares_verb)
        || band
        || (n1.as_str() == "'s" && COMPANY_ASSETS.contains(&n2.as_str()))
        || after
            .is_some_and(|b| chief_executive(b) || (n1.as_str() == "'s" && chief_executive(b + 1)));
    (org_after && label != Label::Loc && !titled).then_some(Evidence::Org)
}

/// Whether `w` is a noun that names an organisation's kind ("the firm", "carmaker").
fn org_noun(w: &str) -> bool {
    listed(w) & C_ORG != 0
}

/// Lower-case nouns for people that are not titles (those are [`words::TITLE`]) but,
/// like a title, come right before a name: "railway official Ana Gil", "survivor Tom
/// Hale".
const ROLE_NOUNS: &[&str] = &[
    "official",
    "resident",
    "survivor",
    "witness",
    "engineer",
    "analyst",
    "researcher",
    "lawyer",
    "activist",
    "volunteer",
    "nurse",
    "farmer",
    "passenger",
    "teacher",
];

/// The capitalised run (up to four words) starting at token `i`, or at an Arabic
/// article before it ("al-Noor"): its end. A hyphen between capitalised words is part
/// of the run: "Hewlett-Packard", "Ana Ruiz-Vela".
fn run_from(text: &str, toks: &[Tok], i: usize) -> usize {
    let particle = matches!(
        word(text, toks, Some(i)).as_str(),
        "al" | "el" | "ad" | "ar" | "as"
    ) && toks.get(i + 1).is_some_and(|t| t.text(text) == "-");
    let mut end = if particle { i + 2 } else { i };
    if particle && !toks.get(end).is_some_and(Tok::is_cap) {
        return i;
    }
    let cap_word = |k: usize| toks.get(k).is_some_and(|t| t.is_cap() && t.is_word());
    let mut words_in = 0;
    while words_in < 6 && cap_word(end) {
        end += 1;
        words_in += 1;
        if joining_hyphen(text, toks, end) && cap_word(end + 1) {
            end += 1;
        }
    }
    end
}

/// The stage name after a performer's trade in lower case at token `i`: "rapper 50
/// Cent" (a number and a capitalised word), "singer Prince", "rapper The Game" (its
/// "The" left out). One or two capitalised words, on the trade's line.
fn stage_name(text: &str, toks: &[Tok], i: usize) -> Option<(usize, usize)> {
    let t = toks.get(i)?;
    if t.is_cap()
        || !matches!(
            t.text(text),
            "rapper" | "singer" | "rappers" | "singers" | "comedian" | "magician"
        )
    {
        return None;
    }
    let on_line = |k: usize| toks.get(k).filter(|n| !n.has(LINE_START));
    let mut a = i + 1;
    if on_line(a).is_some_and(|n| n.text(text) == "The") {
        a += 1;
    }
    let number = on_line(a).is_some_and(|n| n.has(DIGIT) && n.text(text).len() <= 4);
    let first = a + usize::from(number);
    let cap = |k: usize| on_line(k).is_some_and(|n| n.is_cap() && n.is_word() && !n.has(DIGIT));
    if !cap(first) || words::is(toks[first].text(text), words::FUNCTION_WORD) {
        return None;
    }
    let end = if cap(first + 1) { first + 2 } else { first + 1 };
    // A longer run is a full name the tagger reads well ("singer Ana Maria Gil").
    (!cap(end)).then_some((a, end))
}

/// A name the words around it type, as a `(start, end, label)` token range.
pub(crate) type Typed = (usize, usize, Label);

/// Whether token `i` is the hyphen of "Harrow-based", "Kent-born": one capitalised
/// word of a name glued to "based", "born" or "headquartered". Not a common word
/// ("Plant-based", "Evidence-based"), a nationality ("Texan-born"), an acronym, a piece
/// of a longer hyphened word, nor the last word of a longer name ("Milton
/// Keynes-based"), which the gazetteer or the tagger reads whole.
fn based_in(text: &str, toks: &[Tok], i: usize) -> bool {
    // The hyphen first: this runs at every token.
    let (Some(p), true) = (i.checked_sub(1), joining_hyphen(text, toks, i)) else {
        return false;
    };
    let gaz = crate::gazetteer::Gazetteer::embedded();
    let place = &toks[p];
    let name_before = || {
        p.checked_sub(1)
            .and_then(|q| toks.get(q))
            .is_some_and(|q| q.is_cap() && q.is_word() && !gaz.is_common_word(q.text(text)))
    };
    matches!(
        word(text, toks, Some(i + 1)).as_str(),
        "based" | "born" | "headquartered"
    ) && place.is_cap()
        && place.is_word()
        && place.has(SPACE_BEFORE)
        && !place.has(ALLCAPS)
        && !gaz.is_common_word(place.text(text))
        && !demonym_like(place.text(text))
        && !name_before()
}

/// A nationality's adjective, by the gazetteer or by its ending ("Texan",
/// "Yugoslavian", "Maltese", "Cornish"). A place so ending ("Pakistan", "Milan") is one
/// the gazetteer names anyway.
fn demonym_like(w: &str) -> bool {
    crate::gazetteer::Gazetteer::embedded().demonym(w).is_some()
        || ["an", "ese", "ish"].iter().any(|end| w.ends_with(end))
}

/// Names the words around them type: a capitalised run (up to four words) after a cue
/// ("shares in Harlow Mills", "the provinces of Tarsa, Imlil and Asni", a list going on
/// after a plural unit), before a place word ("Tarsa province"), glued to "based" or
/// "born" ("Harrow-based", [`based_in`]), or in a picture's credit ("Photo by Ana
/// Gil/AFP"). `covered(a, b)` says whether tokens `a..b` overlap
/// a mention. Returns the names no mention covers yet, in order, and those a mention
/// covers (whose type the caller may correct).
pub(crate) fn untagged(
    text: &str,
    toks: &[Tok],
    covered: impl Fn(usize, usize) -> bool,
) -> (Vec<Typed>, Vec<Typed>) {
    let mut out = Vec::new();
    let mut known = Vec::new();
    let mut push = |a: usize, b: usize, label: Label, out: &mut Vec<Typed>| {
        if b <= a {
            return;
        }
        if covered(a, b) {
            known.push((a, b, label));
        } else if out.last().is_none_or(|&(_, e, _)| e <= a) {
            out.push((a, b, label));
        }
    };
    for i in 0..toks.len() {
        // Most rules need a capitalised word beside token `i`: tested first, as this
        // loop runs at every token.
        let after_cap = i > 0 && toks.get(i - 1).is_some_and(Tok::is_cap);
        if speaker_surname(text, toks, i) {
            push(i, i + 1, Label::Person, &mut out);
        }
        if let Some((a, b)) = named_by_apposition(text, toks, i) {
            push(a, b, Label::Loc, &mut out);
        }
        // "investors backed Renhold, a Swiss drugmaker,": what the apposition calls a
        // company. Not the end of a hyphened name ("Anglo-American, the miner,") nor one
        // common word ("Currently, the group ...").
        if org_apposition(text, toks, i) {
            let gaz = crate::gazetteer::Gazetteer::embedded();
            let name = name_before(text, toks, i).filter(|&a| {
                let joined = a > 0 && toks.get(a - 1).is_some_and(|t| t.text(text) == "-");
                let common = a + 1 == i
                    && toks
                        .get(a)
                        .is_some_and(|t| gaz.is_common_word(t.text(text)));
                !joined && !common
            });
            if let Some(a) = name {
                push(a, i, Label::Org, &mut out);
            }
        }
        // "a Harrow-based charity", "the Kent-born singer": where someone or something
        // is based or born is a place.
        if based_in(text, toks, i) {
            push(i - 1, i, Label::Loc, &mut out);
        }
        // "a Harwick spokeswoman said": the body she speaks for.
        if let Some(a) = speaks_for(text, toks, i) {
            push(a, i, Label::Org, &mut out);
        }
        // "rapper 50 Cent", "singer Prince", "rapper The Game": a performer's stage
        // name after the trade, where the tagger saw none.
        if let Some((a, b)) = stage_name(text, toks, i).filter(|&(a, b)| !covered(a, b)) {
            push(a, b, Label::Person, &mut out);
        }
        // "Photo by Ana Gil/AFP": the photographer.
        if let Some(end) = credited(text, toks, i) {
            push(i, end, Label::Person, &mut out);
        }
        // "the Tarsa fire", "the Tarsa/Imlil fire": where a disaster is.
        if after_cap {
            for (a, b) in disaster_places(text, toks, i) {
                push(a, b, Label::Loc, &mut out);
            }
        }
        // "Tarsa province": the run ending before a lower-case place word; before a
        // plural ("Tarsa, Imlil and Asni provinces"), every name of the list.
        let place_word = if after_cap && !toks.get(i).is_some_and(Tok::is_cap) {
            word(text, toks, Some(i))
        } else {
            words::Lower::default()
        };
        if listed(&place_word) & C_PLACE_AFTER != 0 {
            let plural = place_word.ends_with('s') && place_word.as_str() != "mountains";
            let mut runs: Vec<(usize, usize)> = Vec::new();
            let mut end = i;
            while let Some(a) = name_before(text, toks, end) {
                runs.push((a, end));
                if !plural || runs.len() >= 12 {
                    break;
                }
                let mut k = a;
                while k > 0 && joins(text, toks, k - 1) && a - k < 3 {
                    k -= 1;
                }
                if k == a {
                    break;
                }
                end = k;
            }
            for (a, b) in runs.into_iter().rev() {
                push(a, b, Label::Loc, &mut out);
            }
        }
        // "the Tisza party", "Macron's Renaissance party": a political party's name.
        // Not a celebration ("the Christmas party"), a month or a day.
        if place_word.as_str() == "party" {
            if let Some(a) = name_before(text, toks, i).filter(|&a| {
                matches!(word(text, toks, a.checked_sub(1)).as_str(), "the" | "'s")
                    && (a..i).all(|k| {
                        toks.get(k).is_some_and(|t| {
                            let w = t.text(text);
                            !words::is(w, words::MONTH | words::WEEKDAY)
                                && !CELEBRATIONS.contains(&w)
                        })
                    })
            }) {
                push(a, i, Label::Org, &mut out);
            }
        }
        // A cue needs a name after it on the same line: a capitalised word that is
        // not a function word ("firms\n\nShares in ...", "firm\n\nA drug"), or a
        // particle ("al-").
        let name_next = toks.get(i + 1).is_some_and(|t| {
            !t.has(LINE_START)
                && ((t.is_cap() && !words::is(t.text(text), words::FUNCTION_WORD))
                    || t.text(text).len() == 2)
        });
        if !name_next {
            continue;
        }
        let label = match cue(text, toks, Some(i)) {
            Some(Evidence::Org) => Label::Org,
            Some(Evidence::Place) => Label::Loc,
            _ => continue,
        };
        let mut start = i + 1;
        loop {
            let end = run_from(text, toks, start);
            if end == start {
                break;
            }
            push(start, end, label, &mut out);
            // A list goes on after a plural unit: ", Y", ", and Y", " and Y".
            let plural = word(text, toks, i.checked_sub(1)).ends_with('s');
            let mut k = after_figure(text, toks, end);
            let mut sep = false;
            while let Some(t) = toks.get(k) {
                match t.text(text) {
                    "," | "and" => {
                        sep = true;
                        k += 1;
                    }
                    _ => break,
                }
            }
            // After a plural trade too: "carmakers Renhold and Vasta".
            let trades = label == Label::Org && {
                let w = word(text, toks, Some(i));
                (w.ends_with('s') && listed(w.as_str()) & C_ORG != 0)
                    || examples_of_bodies(text, toks, i)
            };
            if !((label == Label::Loc && plural) || trades) || !sep {
                break;
            }
            start = k;
        }
    }
    (out, known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::sport::sports_report;
    use crate::token::scan::scan;

    /// The evidence for `name` in `text` when the tagger called it `label`.
    fn judge(text: &str, name: &str, label: Label) -> Option<Evidence> {
        let toks = scan(text);
        let start = text.find(name).unwrap_or(0);
        let a = toks.partition_point(|t| (t.start as usize) < start);
        let b = toks.partition_point(|t| (t.start as usize) < start + name.len());
        evidence(text, &toks, a, b, label, sports_report(text, &toks))
    }

    #[test]
    fn the_words_around_a_name_say_what_it_is() {
        use Evidence::*;
        let cases: &[(&str, &str, Label, Option<Evidence>)] = &[
            (
                "the band Harper Lane played",
                "Harper Lane",
                Label::Person,
                Some(Org),
            ),
            (
                "said NVR spokesperson Tarun Mehta",
                "Tarun Mehta",
                Label::Org,
                Some(Person),
            ),
            (
                "said health minister Ana Gil",
                "Ana Gil",
                Label::Loc,
                Some(Person),
            ),
            (
                "the province of Korvala",
                "Korvala",
                Label::Person,
                Some(Place),
            ),
            ("in Tinmel district", "Tinmel", Label::Org, Some(Place)),
            (
                "Ashford striker Joe Pike",
                "Ashford",
                Label::Loc,
                Some(Club),
            ),
            (
                "the album Quiet Harbour",
                "Quiet Harbour",
                Label::Loc,
                Some(Work),
            ),
            (
                "she starred in Northern Lights",
                "Northern Lights",
                Label::Org,
                Some(Work),
            ),
            (
                "said railway official Tarun Mehta",
                "Tarun Mehta",
                Label::Org,
                Some(Person),
            ),
            (
                "reported the official Harlow News Agency",
                "Harlow News Agency",
                Label::Org,
                None,
            ),
            // No cue.
            ("Tarun Mehta said", "Tarun Mehta", Label::Org, None),
            ("The Spokesperson Ana Gil", "Ana Gil", Label::Person, None),
            // A cue counts where the tagger already agrees: it speaks for the
            // name's other mentions too.
            (
                "the band Harper Lane played",
                "Harper Lane",
                Label::Org,
                Some(Org),
            ),
            ("Varenko shares fell", "Varenko", Label::Org, Some(Org)),
            (
                "Varenko analyst Ana Gil",
                "Varenko",
                Label::Person,
                Some(Org),
            ),
            (
                "Varenko's profits rose",
                "Varenko",
                Label::Person,
                Some(Org),
            ),
            (
                "according to analysts Varenko",
                "Varenko",
                Label::Person,
                Some(Org),
            ),
            ("Mr Varenko's operations", "Varenko", Label::Person, None),
            ("UK shares fell", "UK", Label::Loc, None),
            // A kind of work right before a title, or what only a work has.
            (
                "the abortion drama Quiet Harbour won",
                "Quiet Harbour",
                Label::Person,
                Some(Work),
            ),
            (
                "the cast of Quiet Harbour",
                "Quiet Harbour",
                Label::Org,
                Some(Work),
            ),
            (
                "a sequel to Quiet Harbour",
                "Quiet Harbour",
                Label::Org,
                Some(Work),
            ),
            (
                "the Quiet Harbour actress Ana Gil",
                "Quiet Harbour",
                Label::Org,
                Some(Work),
            ),
            // The work is what follows the name, or the cue is on another line.
            (
                "an adaptation of Tom Hale's novel",
                "Tom Hale",
                Label::Person,
                None,
            ),
            ("an episode of US drama Dead Air", "US", Label::Loc, None),
            (
                "the Hollywood actress Ana Gil",
                "Hollywood",
                Label::Loc,
                None,
            ),
            (
                "Tom Hale movie\n\nHollywood stars",
                "Hollywood",
                Label::Loc,
                None,
            ),
            (
                "Prize for Hale\n\nActor Tom Hale",
                "Hale",
                Label::Person,
                None,
            ),
            // An apposition that calls the name a company.
            (
                "Varenko, the world's biggest spirits company, said",
                "Varenko",
                Label::Person,
                Some(Org),
            ),
            (
                "Tom Hale, a former bank manager, said",
                "Tom Hale",
                Label::Person,
                None,
            ),
            (
                "Tom Hale, the firm's founder, said",
                "Tom Hale",
                Label::Person,
                None,
            ),
            (
                "said health minister Ana Gil",
                "Ana Gil",
                Label::Person,
                Some(Person),
            ),
            // Roles in a list, and a possessor, are no company's evidence.
            (
                "the comedian and broadcaster Tom Hale",
                "Tom Hale",
                Label::Org,
                None,
            ),
            (
                "chief executive of Lee's Vantage Media",
                "Lee",
                Label::Person,
                None,
            ),
            (
                "shares in Varenko's unit",
                "Varenko",
                Label::Person,
                Some(Org),
            ),
            (
                "oil firm Varenko's Moscow office",
                "Varenko",
                Label::Person,
                Some(Org),
            ),
            // A role before a long run is not a name's evidence.
            (
                "spokesperson North Valley Rail Board",
                "North Valley Rail Board",
                Label::Org,
                None,
            ),
        ];
        for &(text, name, label, want) in cases {
            assert_eq!(judge(text, name, label), want, "{text} / {name}");
        }
    }

    #[test]
    fn a_team_plays_wins_or_loses() {
        let plays_in = |text: &str, name: &str| {
            let toks = scan(text);
            let start = text.find(name).unwrap_or(0);
            let a = toks.partition_point(|t| (t.start as usize) < start);
            let b = toks.partition_point(|t| (t.start as usize) < start + name.len());
            plays(text, &toks, a, b)
        };
        for (text, yes) in [
            ("Italy beat Wales", true),
            ("Italy were better", true),
            ("they lost to Italy", true),
            ("they drew with Italy", true),
            ("a win over Italy", true),
            ("the defeat by Italy", true),
            ("Italy 2-1 Wales", true),
            ("the Italy game", true),
            ("Italy's captain", true),
            ("Wales’ captain", true),
            ("against Italy", true),
            ("they flew to Italy", false),
            ("the hills of Italy", false),
            ("Italy's coastline", false),
            ("Italy 2024", false),
        ] {
            let name = if text.starts_with("Wales") {
                "Wales"
            } else {
                "Italy"
            };
            assert_eq!(plays_in(text, name), yes, "{text}");
        }
    }
}
