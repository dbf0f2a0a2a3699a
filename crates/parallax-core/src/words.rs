//! Closed word classes used by the rules (titles, months, units, ...), compiled once
//! into one hash table so each test is a single lookup rather than a chain of string
//! comparisons. [`classify`] gives all classes of a word at once; the scanner stores
//! them on each token.

use crate::fxhash::FxMap;
use std::sync::OnceLock;

pub(crate) const MONTH: u32 = 1 << 0;
pub(crate) const MONTH_ABBREV: u32 = 1 << 1;
pub(crate) const WEEKDAY: u32 = 1 << 2;
pub(crate) const UNIT: u32 = 1 << 3;
pub(crate) const SEASON: u32 = 1 << 4;
pub(crate) const NUMBER_WORD: u32 = 1 << 5;
pub(crate) const TITLE: u32 = 1 << 6;
pub(crate) const ORG_HEAD: u32 = 1 << 7;
pub(crate) const FACILITY_HEAD: u32 = 1 << 8;
pub(crate) const CONNECTOR: u32 = 1 << 9;
pub(crate) const FUNCTION_WORD: u32 = 1 << 10;
pub(crate) const COMMON_ACRONYM: u32 = 1 << 11;
pub(crate) const MODIFIER: u32 = 1 << 12;
pub(crate) const STOP: u32 = 1 << 13;
pub(crate) const TIME_NOUN: u32 = 1 << 14;
/// Words that can start a relative date ("last week", "the past decade", "today").
pub(crate) const DATE_TRIGGER: u32 = 1 << 15;
/// Words that can start a counted quantity: hedges, number words, vague plurals.
pub(crate) const QUANT_START: u32 = 1 << 16;
/// Words that end the names of events, prizes, products and plans, never surnames
/// ("Davis Cup", "Brit Awards", "Marshall Plan").
pub(crate) const EVENT_HEAD: u32 = 1 << 17;
/// Prizes and competitions named without a head word ("the Oscars", "a Grammy", "the
/// Six Nations"): no entity, as the guidelines leave out events and titles, however
/// the tagger typed them.
pub(crate) const PRIZE: u32 = 1 << 18;
/// Lower-case words inside a personal name: "Osama bin Laden", "Vincent van Gogh".
pub(crate) const NAME_PARTICLE: u32 = 1 << 19;
/// A role's initials, which end no name: "Labour MPs", "Apple CEO", "Ana Gil QC".
pub(crate) const ROLE_INITIALS: u32 = 1 << 20;
/// Titles worn only before a person's name ("Mr", "Lord", "Dr"), unlike "Former" or
/// "Chief"; every one is also a [`TITLE`].
pub(crate) const HONORIFIC: u32 = 1 << 21;
/// Heads that close an organisation's name, a company's or a paper's ("Group", "Inc",
/// "Times", "Research"); every one is also an [`ORG_HEAD`].
pub(crate) const COMPANY_HEAD: u32 = 1 << 22;
/// Words only sport reports use often, in any case: several of them make an article a
/// sports report (`sport::sports_report`), where a place's name that plays, wins or
/// loses is its team ("Wales beat Italy").
pub(crate) const SPORT: u32 = 1 << 23;
/// Heads that open a body's name in other languages, the name after them: "Banco
/// Santander", "Instituto Cervantes", "Partido Popular", "Fundación Juan March".
pub(crate) const OPENS_NAME: u32 = 1 << 24;
/// Lower-case words inside such a name: "Museo del Prado", "Partei der Arbeit".
pub(crate) const NAME_LINK: u32 = 1 << 25;
/// Heads that end only an event's, a prize's or a show's name, never a person's, a
/// body's or a place's: a name of several words ending in one is none of the three,
/// however the tagger typed it ("the Mercury Music Prize", "the London Marathon", "the
/// Detroit Motor Show"). Most are [`EVENT_HEAD`]s too; "Marathon", "Rally", "Expo",
/// "Paralympics" and "Prizes" are not, as a lone "Marathon" or "Rally" may be a company.
pub(crate) const EVENT_END: u32 = 1 << 26;
/// Every head word: a body's, a venue's or an event's. None ends a person's name.
pub(crate) const HEAD: u32 = ORG_HEAD | FACILITY_HEAD | EVENT_HEAD;
/// Closed classes no lone capitalised word of a name belongs to: function words, titles,
/// months, weekdays, number words, heads and modifiers ("And", "Mr", "August", "Seven",
/// "Council", "Other").
pub(crate) const CLOSED_CLASS: u32 =
    FUNCTION_WORD | TITLE | MONTH | WEEKDAY | NUMBER_WORD | HEAD | MODIFIER;

/// Whether `w` is a prefix of stance, "pro" or "anti" in any case: the word after its
/// hyphen is what someone is for or against ("pro-EU", "Anti-Brexit"), not part of a name.
pub(crate) fn stance(w: &str) -> bool {
    w.eq_ignore_ascii_case("pro") || w.eq_ignore_ascii_case("anti")
}

/// Whether a centre is a venue, a place, by the word before it: "the Metro Convention
/// Centre", "the Kennedy Space Center"; a research or policy centre is a body.
pub(crate) fn venue_centre(before: &str, head: &str) -> bool {
    matches!(head, "Centre" | "Center")
        && matches!(
            before,
            "Convention"
                | "Exhibition"
                | "Conference"
                | "Congress"
                | "Shopping"
                | "Leisure"
                | "Sports"
                | "Arts"
                | "Trade"
                | "Events"
                | "Space"
                | "Rocket"
                | "Science"
                | "Visitor"
                | "Visitors"
                | "Heritage"
                | "Community"
                | "Cultural"
        )
}

/// (class, matched case-insensitively, words)
type ClassList = (u32, bool, &'static [&'static str]);

const LISTS: &[ClassList] = &[
    (
        OPENS_NAME,
        false,
        &[
            "Banco",
            "Banca",
            "Banque",
            "Grupo",
            "Gruppo",
            "Groupe",
            "Instituto",
            "Institut",
            "Istituto",
            "Universidad",
            "Universitat",
            "Università",
            "Universität",
            "Université",
            "Universidade",
            "Partido",
            "Parti",
            "Partei",
            "Partito",
            "Fundación",
            "Fundação",
            "Fondation",
            "Fondazione",
            "Stiftung",
            "Museo",
            "Musée",
            "Museu",
            "Compañía",
            "Compagnie",
            "Companhia",
            "Société",
            "Sociedad",
            "Società",
            "Ministerio",
            "Ministère",
            "Ministero",
            "Consejo",
            "Conseil",
            "Consiglio",
            "Agence",
            "Agencia",
            "Agenzia",
            "Comisión",
            "Comité",
            "Federación",
            "Fédération",
            "Federazione",
            "Asociación",
            "Associazione",
            "Confederación",
            "Confédération",
            "Hôpital",
            "Ospedale",
            "Colegio",
            "Escuela",
            "École",
        ],
    ),
    (
        NAME_LINK,
        false,
        &[
            "de", "del", "della", "delle", "dei", "degli", "di", "der", "des", "du", "do", "da",
            "dos", "das", "la", "le", "les", "las", "los", "für", "zur",
        ],
    ),
    (
        SPORT,
        true,
        &[
            "match",
            "matches",
            "goal",
            "goals",
            "scored",
            "striker",
            "midfielder",
            "defender",
            "goalkeeper",
            "squad",
            "league",
            "tournament",
            "semifinal",
            "quarterfinal",
            "referee",
            "penalty",
            "penalties",
            "wicket",
            "wickets",
            "innings",
            "fixture",
            "fixtures",
            "championship",
            "premiership",
            "unbeaten",
            "equaliser",
            "equalizer",
            "winger",
            "touchdown",
            "playoff",
            "playoffs",
            "scrum",
            "stadium",
            "coach",
            "captain",
            "midfield",
            "title",
            "medal",
            "seeded",
            "football",
            "rugby",
            "cricket",
            "tennis",
            "golf",
            "athletics",
            "olympic",
            "olympics",
            "sprint",
            "marathon",
            "seed",
            "injury",
            "teammate",
            "teammates",
            "caps",
            "cup",
            "semi",
            "champion",
            "champions",
            "season",
            "keeper",
            "goalless",
            "scoreless",
            "relegation",
            "relegated",
            "offside",
            "batsman",
            "bowler",
            "quarterback",
            "podium",
            "birdie",
            "trophy",
            "championships",
            "athlete",
            "athletes",
            "sprinter",
            "skipper",
            "fly-half",
            "scrum-half",
            // Not "hat-trick", "kick-off" or "half-time": news writes them of anything.
            "cricketers",
            "footballers",
            "seamer",
            "wicketkeeper",
            "lbw",
            "flanker",
            "doping",
            "batting",
            "bowling",
        ],
    ),
    (
        ROLE_INITIALS,
        false,
        &[
            "MP", "MPs", "MEP", "MEPs", "MSP", "MSPs", "QC", "KC", "PM", "CEO", "HQ",
        ],
    ),
    (
        NAME_PARTICLE,
        false,
        &[
            "bin", "ibn", "ap", "al", "el", "de", "del", "der", "van", "von", "da", "di", "du",
            "la", "le", "den", "dal", "della", "degli", "dei", "des", "dos", "das", "ter", "ten",
            "zu",
        ],
    ),
    (
        // Competitions named without a head word, which are events too: "the Six
        // Nations", "the Champions League" (the body that runs one is named apart:
        // "Uefa", "Six Nations Rugby").
        PRIZE,
        false,
        &[
            "Six Nations",
            "RBS Six Nations",
            "Champions League",
            "Europa League",
            "Tri-Nations",
            "Tri Nations",
            "Rugby Championship",
            "Grand Slam",
            "Super Bowl",
            "Tour de France",
        ],
    ),
    (
        PRIZE,
        false,
        &[
            "Oscar",
            "Oscars",
            "Grammy",
            "Grammys",
            "Emmy",
            "Emmys",
            "Baftas",
            "BAFTAs",
            "Golden Globe",
            "Golden Globes",
            "Tony Awards",
            "Brits",
            "Brit Awards",
            "Booker",
            "Pulitzer",
            "Nobel",
            "Ballon d'Or",
            "Palme d'Or",
        ],
    ),
    (
        EVENT_HEAD | EVENT_END,
        false,
        &[
            "Cup",
            "Awards",
            "Award",
            "Election",
            "Elections",
            "Trophy",
            "Prize",
            "Open",
            "Championships",
            "Olympics",
            "Festival",
            "Show",
            "Series",
            "Prix",
        ],
    ),
    (
        EVENT_HEAD,
        false,
        &[
            "League",
            "Plan",
            "Championship",
            "Games",
            "Sevens",
            "Act",
            "Treaty",
            "Accord",
            "Mini",
            "Day",
            "Week",
            "Year",
            "Tour",
            "Classic",
            "Grand",
            "Bowl",
            "Conference",
            "Summit",
            "Agreement",
            "Doctrine",
            "Initiative",
            "Programme",
            "Program",
        ],
    ),
    (
        EVENT_END,
        false,
        &["Prizes", "Paralympics", "Marathon", "Rally", "Expo"],
    ),
    (
        DATE_TRIGGER,
        true,
        &[
            "the",
            "last",
            "next",
            "this",
            "past",
            "previous",
            "coming",
            "earlier",
            "later",
            "early",
            "late",
            "recent",
            "today",
            "yesterday",
            "tomorrow",
        ],
    ),
    (
        QUANT_START,
        true,
        &[
            "at",
            "no",
            "more",
            "over",
            "up",
            "as",
            "fewer",
            "less",
            "nearly",
            "almost",
            "about",
            "around",
            "roughly",
            "approximately",
            "some",
            "an",
            "a",
            "between",
            "surpassed",
            "surpassing",
            "exceeded",
            "exceeding",
            "topped",
            "upwards",
            "close",
            "in",
            "tens",
            "hundreds",
            "dozens",
            "scores",
            "thousands",
            "millions",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
        ],
    ),
    (MONTH, false, &MONTH_NAMES),
    (MONTH_ABBREV, false, &MONTH_ABBREVS),
    (WEEKDAY, false, &WEEKDAY_NAMES),
    (
        UNIT,
        true,
        &[
            "day",
            "days",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "decade",
            "decades",
            "century",
            "centuries",
            "weekend",
            "weekends",
        ],
    ),
    (
        SEASON,
        false,
        &["summer", "winter", "spring", "autumn", "fall"],
    ),
    (
        NUMBER_WORD,
        true,
        &[
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "a",
            "an", "several", "few", "many", "some",
        ],
    ),
    (
        // Honorifics: titles worn only before a person's name, so that one word
        // after one is a surname ("Lord Goldsmith", "Ms Diemont", "Cllr Reid").
        // British honours and peerage, clergy and councils are among them.
        TITLE | HONORIFIC,
        false,
        &[
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Mx",
            "Dr",
            "Prof",
            "Professor",
            "Sir",
            "Dame",
            "Lord",
            "Lady",
            "Baroness",
            "Viscount",
            "Countess",
            "Duchess",
            "Rabbi",
            "Rev",
            "Reverend",
            "Cllr",
            "Councillor",
            "Senator",
            "Sen",
            "Congressman",
            "Congresswoman",
            "Capt",
            "Col",
            "Lt",
            "Sgt",
            "Maj",
        ],
    ),
    (
        TITLE,
        false,
        &[
            "President",
            "Member",
            "Members",
            "Secretary",
            "Minister",
            "Spokesperson",
            "Spokesman",
            "Spokeswoman",
            "Gen",
            "General",
            "Major",
            "Lieutenant",
            "Colonel",
            "Captain",
            "Adm",
            "Admiral",
            "Sergeant",
            "Rep",
            "Representative",
            "Gov",
            "Governor",
            "Judge",
            "Justice",
            "Chancellor",
            "King",
            "Queen",
            "Prince",
            "Princess",
            "Pope",
            "Ambassador",
            "Director",
            "Chief",
            "Commander",
            "Mayor",
            "Premier",
            "Sheikh",
            "Imam",
            "Ayatollah",
            "Cardinal",
            "Bishop",
            "Chairman",
            "Chairwoman",
            "CEO",
            "Leader",
            "Officer",
            "Prime",
            "Vice",
            "Deputy",
            "Defense",
            "Defence",
            "Foreign",
            "Former",
            "former",
            "Secretary-General",
            "Emir",
            "Sultan",
            "Speaker",
            "Attorney",
            "Inspector",
            "Superintendent",
            "Detective",
            "Coach",
            "Manager",
            "Striker",
            "Midfielder",
            "Defender",
            "Archbishop",
            "Rt",
            "HRH",
        ],
    ),
    (
        // A company's or a paper's head, which closes its name ("Citra Group of Suharto"
        // is "Citra Group") and is never a surname: "Forrester Research", "Octopus
        // Energy", "Arbor Networks".
        ORG_HEAD | COMPANY_HEAD,
        false,
        &[
            "Group",
            "Corp",
            "Corporation",
            "Inc",
            "Incorporated",
            "Limited",
            "Tobacco",
            "Rail",
            "Railways",
            "Trains",
            "Hotels",
            "Retail",
            "Ltd",
            "Plc",
            "PLC",
            "Company",
            "Airlines",
            "Airways",
            "Post",
            "Times",
            "News",
            "Media",
            "Partnership",
            "Records",
            "Holdings",
            "Industries",
            "Technologies",
            "Systems",
            "Motors",
            "Laboratories",
            "Pharmaceuticals",
            "Studios",
            "Pictures",
            "Capital",
            "Partners",
            "Ventures",
            "Enterprises",
            "Research",
            "Analysis",
            "Energy",
            "Insurance",
            "Securities",
            "Investments",
            "Electric",
            "Petroleum",
            "Telecom",
            "Communications",
            "Networks",
            "Software",
            "Resources",
            "Brands",
            "Foods",
            "Logistics",
            "Freight",
            "Shipping",
            "Pharma",
            "Therapeutics",
            "Analytics",
            "Consulting",
            "Mining",
            "LLC",
            "LLP",
            "GmbH",
            "AG",
            "Developments",
            "Interactive",
            "Solutions",
            "Semiconductor",
            "Robotics",
            "Aerospace",
            "Chemicals",
            "Properties",
            "Labs",
            "Dynamics",
            "Devices",
            "Instruments",
            "Automotive",
            "Health",
            "Economics",
            "Macroeconomics",
            "Bancorp",
            "Publishing",
            "Films",
            "Books",
            "Chronicle",
            "Engineering",
            "Construction",
            "Breweries",
            "Brewery",
            "Dairy",
            "Dairies",
            "Industrial",
            "Distillers",
            "Textiles",
            "Telecommunications",
        ],
    ),
    (
        ORG_HEAD,
        false,
        &[
            "University",
            "Ambulance",
            "College",
            "Institute",
            "Institution",
            "Press",
            "Herald",
            "Tribune",
            "Journal",
            "Gazette",
            "Agency",
            "Ministry",
            "Department",
            "Council",
            "Commission",
            "Committee",
            "Party",
            "Forces",
            "Army",
            "Navy",
            "Police",
            "Constabulary",
            "Bank",
            "Organization",
            "Organisation",
            "Association",
            "Foundation",
            "Union",
            "Front",
            "Movement",
            "Brigade",
            "Brigades",
            "Network",
            "Court",
            "Parliament",
            "Assembly",
            "Service",
            "Services",
            "Office",
            "Bureau",
            "Authority",
            "Fund",
            "Federation",
            "League",
            "Club",
            "Guard",
            "Guards",
            "Corps",
            "Command",
            "Center",
            "Centre",
            "Society",
            "Trust",
            "Board",
            "School",
            "Hospital",
            "Clinic",
            "Infirmary",
            "Hospice",
            "Church",
            "Television",
            "Radio",
            "Broadcasting",
            "Reuters",
            "Forum",
            "Alliance",
            "Coalition",
            "Panel",
            "Caucus",
            "Charity",
            "Tribunal",
            "Secretariat",
            "Directorate",
            "Inspectorate",
            "Academy",
            "Laboratory",
            "Consortium",
            "Guild",
            "Syndicate",
            "Cartel",
            "Conservancy",
            "Cooperative",
            "Co-operative",
            "Regiment",
            "Battalion",
            "Squadron",
            // Companies of players: "the London Symphony Orchestra", "the Royal Ballet".
            "Orchestra",
            "Philharmonic",
            "Ballet",
            "Choir",
            "FC",
            // Football clubs named after their town: "Blackburn Rovers", "Bolton
            // Wanderers", "Brighton and Hove Albion", "Wigan Athletic".
            "Rovers",
            "Wanderers",
            "Albion",
            "Athletic",
            "Hotspur",
        ],
    ),
    (
        FACILITY_HEAD,
        false,
        &[
            "Hall",
            "Airport",
            "Stadium",
            "Square",
            "Bridge",
            "Palace",
            "Arena",
            "Mosque",
            "Cathedral",
            "Tower",
            "Towers",
            "Park",
            "Street",
            "Road",
            "Avenue",
            "Boulevard",
            "Mountains",
            "River",
            "Lake",
            "Island",
            "Islands",
            "Valley",
            "Desert",
            "Province",
            "Region",
            "County",
            "Strait",
            "Canal",
            // Venues and buildings: "the Savoy Hotel", "the Old Vic Theatre", "Paddington
            // Station", "Belmarsh Prison".
            "Hotel",
            "Theatre",
            "Theater",
            "Station",
            "Prison",
            // Museums and galleries are places one visits, as the guidelines type venues.
            "Museum",
            "Gallery",
            "Galleries",
            "Planetarium",
            "Aquarium",
            "Zoo",
        ],
    ),
    (
        CONNECTOR,
        false,
        &["of", "for", "and", "the", "on", "&", "de", "al"],
    ),
    (
        FUNCTION_WORD,
        false,
        &[
            "The",
            "A",
            "An",
            "But",
            "And",
            "Or",
            "So",
            "Yet",
            "In",
            "On",
            "At",
            "For",
            "From",
            "With",
            "When",
            "While",
            "After",
            "Before",
            "If",
            "As",
            "By",
            "Since",
            "This",
            "That",
            "These",
            "Those",
            "It",
            "He",
            "She",
            "They",
            "We",
            "I",
            "You",
            "Its",
            "His",
            "Her",
            "Their",
            "Our",
            "My",
            "Your",
            "Despite",
            "However",
            "Although",
            "Though",
            "Meanwhile",
            "Under",
            "Over",
            "Into",
            "Of",
            "To",
            "Why",
            "What",
            "How",
            "Who",
            "Where",
            "There",
            "Here",
            "Some",
            "Many",
            "Most",
            "All",
            "Both",
            "Each",
            "Every",
            "Such",
            "Other",
            "Another",
            "Not",
            "No",
            "Yes",
            "Also",
            "Then",
            "Now",
            "Still",
            "Even",
            "Only",
            "Just",
            "Because",
            "During",
            "Following",
            "According",
            "Among",
            "Against",
            "Without",
            "Through",
            "Until",
            // Prepositions and sentence adverbs that open a sentence, never a name:
            // "Near Sinjar" is the place, "Later, Ana Gil" the person.
            "Near",
            "Outside",
            "Across",
            "Along",
            "Around",
            "Within",
            "Throughout",
            "Upon",
            "Towards",
            "Toward",
            "Between",
            "Behind",
            "Below",
            "Above",
            "Amid",
            "Amongst",
            "Unlike",
            "Unless",
            "Whether",
            "Whereas",
            "Thus",
            "Instead",
            "Nevertheless",
            "Moreover",
            "Furthermore",
            "Indeed",
            "Perhaps",
            "Later",
            "Earlier",
            // A competitor named at a sentence's start: "Rival Ocado said ...".
            "Rival",
            "Rivals",
            "Fellow",
            // Nor a pair's first word, nor time past: "Neither Ana Gil nor", "Past
            // Acme forecasts".
            "Neither",
            "Either",
            "Past",
            // "Again Ana Gil broke first".
            "Again",
        ],
    ),
    (
        COMMON_ACRONYM,
        false,
        &[
            "CEO",
            "TBC",
            "TBA",
            "AGM",
            "EGM",
            "EST",
            "EDT",
            "PST",
            "PDT",
            "CET",
            "BST",
            "A.M.",
            "P.M.",
            "CFO",
            "GDP",
            "TV",
            "AI",
            "COVID",
            "HIV",
            "AIDS",
            "DNA",
            "PM",
            "AM",
            "OK",
            "DVD",
            "DVDs",
            "CD",
            "CDs",
            "DRM",
            "HDTV",
            "DTT",
            "VHS",
            "VCR",
            "PVR",
            "ICT",
            "GPRS",
            "GSM",
            "SMS",
            "MMS",
            "ADSL",
            "DSL",
            "IPTV",
            "P2P",
            "RFID",
            "NFC",
            "VoIP",
            "Voip",
            "3G",
            "4G",
            "5G",
            "LTE",
            "EV",
            "EVs",
            "VR",
            "LED",
            "OLED",
            "GPU",
            "GPUs",
            "SSD",
            "API",
            "APIs",
            "HD",
            "NFT",
            "NFTs",
            "LLM",
            "LLMs",
            "CCTV",
            "ATM",
            "ATMs",
            "IPO",
            "SUV",
            "SUVs",
            "MRI",
            "ICU",
            "CGI",
            "PDA",
            "PDAs",
            "DVR",
            "DVRs",
            "ISDN",
            "WAP",
            "CDMA",
            "SIM",
            "IoT",
            "HTTP",
            "HTTPS",
            "VPN",
            "VPNs",
            "MP",
            "MPs",
            "GCSE",
            "GCSEs",
            "IP",
            "GPS",
            "USB",
            "PC",
            "PCs",
            "LCD",
            "RAM",
            "CPU",
            "MP3",
            "AAC",
            "WMA",
            "MPEG",
            "JPEG",
            "UV",
            "HTML",
            "WWW",
            "WiFi",
            "UWB",
            "HSDPA",
            "MMORPG",
            "PSP",
            "VAT",
            "SARS",
            "MEP",
            "MEPs",
            "MSP",
            "MSPs",
            "AWOL",
            "POW",
            "LLC",
            "PLC",
            "CFD",
            "STATS",
            "HEAD",
            "WINNERS",
            "NEW",
            "UPDATE",
            "NOTE",
            "BREAKING",
            "EXCLUSIVE",
            "VIDEO",
            "PHOTOS",
            "FAQ",
            "ASAP",
            "RSVP",
            "QC",
            "OBE",
            "MBE",
            "CBE",
            "KBE",
            "PhD",
            "MBA",
            "BSc",
            "MSc",
            "IQ",
            "PR",
            "UFO",
            "PDF",
            "URL",
            "FAQ",
            "LGBT",
            "LGBTQ",
            "IED",
            "IEDs",
            "ID",
            "VIP",
            "USD",
            "EUR",
            "GMT",
            "UTC",
            "PS",
            "PR",
            "HQ",
            "RSS",
            "MP",
            "MPs",
            "GP",
            "BC",
            "AD",
            "II",
            "III",
            "IV",
            "VI",
            "VII",
            "VIII",
            "XI",
            "XII",
            "NB",
            "FYI",
            "ASAP",
            "DIY",
            "SUV",
            "ATM",
            "PIN",
            "APP",
            "CCTV",
            "WMD",
            "OWB",
            "THE",
            "AND",
            "FOR",
            "NEW",
            "NOT",
            "BUT",
            "ALL",
            "ARE",
            "YOU",
            "WAS",
            "HAS",
            "CAN",
        ],
    ),
    (
        MODIFIER,
        false,
        &[
            "unarmed",
            "innocent",
            "more",
            "other",
            "additional",
            "civilian",
            "foreign",
            "local",
            "armed",
            "suspected",
            "separate",
            "terrorist",
            "suicide",
            "deadly",
            "major",
            "military",
            "young",
            "confirmed",
            "total",
            "reported",
            "recorded",
            "official",
            "feared",
            "known",
            "new",
            "coordinated",
        ],
    ),
    (
        STOP,
        false,
        &[
            "of",
            "and",
            "or",
            "the",
            "a",
            "an",
            "to",
            "in",
            "on",
            "at",
            "by",
            "for",
            "from",
            "with",
            "were",
            "was",
            "are",
            "is",
            "had",
            "have",
            "has",
            "percent",
            "per",
            "%",
            "times",
            "that",
            "which",
            "who",
            "as",
            "than",
            "after",
            "before",
            "since",
            "even",
            "earlier",
            "later",
            "now",
            "so",
            "yet",
            "still",
            "until",
            "during",
            "following",
            "amid",
            "despite",
            "when",
            "while",
            "where",
            "according",
            "today",
            "yesterday",
        ],
    ),
    (
        TIME_NOUN,
        false,
        &[
            "year",
            "years",
            "month",
            "months",
            "week",
            "weeks",
            "day",
            "days",
            "hour",
            "hours",
            "minute",
            "minutes",
            "second",
            "seconds",
            "decade",
            "decades",
            "ago",
            "century",
            "centuries",
            // Units of measurement are not counts either.
            "magnitude",
            "degrees",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "metres",
            "meters",
            "feet",
        ],
    ),
];

struct Tables {
    cased: FxMap<&'static str, u32>,
    /// Keyed by [`fold`]: a number, so a lookup neither copies nor compares a string.
    folded: FxMap<u128, u32>,
}

/// The months, January first: the one list the date rule, the header reader and the
/// word classes read.
pub(crate) const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The months' abbreviations (May has none).
pub(crate) const MONTH_ABBREVS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

/// The days of the week, Monday first.
pub(crate) const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The weekdays' abbreviations.
const WEEKDAY_ABBREVS: [&str; 10] = [
    "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// The month a name or abbreviation stands for, 1 to 12, in any case and with or
/// without a dot ("March", "sept.", "DEC").
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    let starts = |name: &str| {
        name.get(..w.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(w))
    };
    let index = MONTH_NAMES
        .iter()
        .position(|m| m.eq_ignore_ascii_case(w))
        .or_else(|| {
            MONTH_ABBREVS
                .iter()
                .any(|a| a.eq_ignore_ascii_case(w))
                .then(|| MONTH_NAMES.iter().position(|m| starts(m)))
                .flatten()
        })?;
    u8::try_from(index + 1).ok()
}

/// The day of the week a name stands for, 0 for Monday, in any case ("friday").
pub(crate) fn weekday(word: &str) -> Option<usize> {
    WEEKDAY_NAMES
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
}

/// Whether `word` names a day of the week, in full or abbreviated, in any case and
/// with or without a dot ("Thurs.", "MONDAY").
pub(crate) fn is_weekday(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    weekday(w).is_some() || WEEKDAY_ABBREVS.iter().any(|d| d.eq_ignore_ascii_case(w))
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables {
            cased: FxMap::default(),
            folded: FxMap::default(),
        };
        for &(class, folded, words) in LISTS {
            for &w in words {
                if !folded {
                    *t.cased.entry(w).or_insert(0) |= class;
                } else if let Some(key) = fold(w) {
                    *t.folded.entry(key).or_insert(0) |= class;
                }
            }
        }
        t
    })
}

/// `w` lower-cased and packed into a number, when it is short ASCII (every folded
/// list word is, as a test checks): 16 bytes at most, none of them zero.
fn fold(w: &str) -> Option<u128> {
    let bytes = w.as_bytes();
    if bytes.len() > 16 {
        return None;
    }
    let mut buf = [0u8; 16];
    for (d, &b) in buf.iter_mut().zip(bytes) {
        if b == 0 || !b.is_ascii() {
            return None;
        }
        *d = b.to_ascii_lowercase();
    }
    Some(u128::from_le_bytes(buf))
}

/// Every class `w` belongs to, as a bit set.
pub(crate) fn classify(w: &str) -> u32 {
    let t = tables();
    let mut c = t.cased.get(w).copied().unwrap_or(0);
    if let Some(key) = fold(w) {
        c |= t.folded.get(&key).copied().unwrap_or(0);
    }
    c
}

/// Whether `w` (exact case) is in `class`.
pub(crate) fn is(w: &str, class: u32) -> bool {
    tables().cased.get(w).is_some_and(|c| c & class != 0)
}

/// Whether a word written in lower case is in `class` once capitalised: "ministry"
/// as an organisation's head, "spokesperson" as a title.
pub(crate) fn is_capitalised(w: &str, class: u32) -> bool {
    let mut chars = w.chars();
    chars.next().is_some_and(|c| {
        let capitalised: String = c.to_uppercase().chain(chars).collect();
        is(&capitalised, class)
    })
}

/// Whether `w`, ignoring ASCII case, is in `class`.
pub(crate) fn is_folded(w: &str, class: u32) -> bool {
    fold(w).is_some_and(|key| tables().folded.get(&key).is_some_and(|c| c & class != 0))
}

/// A short ASCII word in lower case, without allocating: the word itself when it is
/// lower case already (most words of running text), else a copy folded on the stack.
/// Longer or non-ASCII words become `""`, which no keyword equals.
#[derive(Clone, Copy)]
pub(crate) enum Lower<'a> {
    Same(&'a str),
    Folded([u8; 24], u8),
}

impl Default for Lower<'_> {
    fn default() -> Self {
        Lower::Same("")
    }
}

impl Lower<'_> {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            Lower::Folded(buf, len) => {
                std::str::from_utf8(buf.get(..*len as usize).unwrap_or_default()).unwrap_or("")
            }
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

pub(crate) fn lower(w: &str) -> Lower<'_> {
    const MAX: usize = 24;
    if w.len() > MAX {
        return Lower::default();
    }
    // One pass for the common case: ASCII with no capital.
    let (mut ascii, mut upper) = (true, false);
    for &b in w.as_bytes() {
        ascii &= b.is_ascii();
        upper |= b.is_ascii_uppercase();
    }
    if !ascii {
        return Lower::default();
    }
    if !upper {
        return Lower::Same(w);
    }
    let mut buf = [0u8; MAX];
    for (d, &b) in buf.iter_mut().zip(w.as_bytes()) {
        *d = b.to_ascii_lowercase();
    }
    Lower::Folded(buf, w.len() as u8)
}

/// The upper-case initials of `name`'s words, one at a time ("Department of Homeland Security" → D, H, S).
pub(crate) fn initial_letters(name: &str) -> impl Iterator<Item = char> + '_ {
    name.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Months and weekdays as dates and bylines write them, and words that only look
    /// like them.
    #[test]
    fn months_and_weekdays_in_any_case() {
        for (word, want) in [
            ("March", Some(3)),
            ("sept.", Some(9)),
            ("Sept", Some(9)),
            ("DEC", Some(12)),
            ("may", Some(5)),
            ("January", Some(1)),
            ("Ma", None),
            ("Marc", None),
            ("Juneau", None),
            ("", None),
            ("Décembre", None),
        ] {
            assert_eq!(month(word), want, "{word}");
        }
        for (word, index, any_form) in [
            ("Monday", Some(0), true),
            ("SUNDAY", Some(6), true),
            ("Thurs.", None, true),
            ("sat", None, true),
            ("Saturn", None, false),
            ("Mo", None, false),
        ] {
            assert_eq!(weekday(word), index, "{word}");
            assert_eq!(is_weekday(word), any_form, "{word}");
        }
    }

    #[test]
    fn classes() {
        assert!(is("President", TITLE) && !is("president", TITLE));
        assert!(is_folded("Years", UNIT) && is_folded("years", UNIT));
        assert!(classify("March") & MONTH != 0);
        assert_eq!(classify("Kerman"), 0);
        assert!(!is_folded("a-very-long-word-indeed", UNIT));
    }

    #[test]
    fn every_folded_list_word_is_short_lower_case_ascii() {
        // Longer words could never be found: `fold` leaves them out.
        for &(_, folded, words) in LISTS {
            for &w in words.iter().filter(|_| folded) {
                assert!(fold(w).is_some() && w.to_ascii_lowercase() == w, "{w}");
            }
        }
        assert_eq!(fold("Years"), fold("yEARS"));
        assert_ne!(fold("year"), fold("years"));
        assert_eq!(fold("a\0"), None);
    }

    #[test]
    fn lower_case_forms() {
        for (word, want) in [
            ("said", "said"),
            ("Tarsa", "tarsa"),
            ("NATO", "nato"),
            ("'s", "'s"),
            ("", ""),
            // Non-ASCII and long words match no keyword.
            ("Zoë", ""),
            ("counterrevolutionariesxyz", ""),
        ] {
            assert_eq!(lower(word).as_str(), want, "{word}");
        }
    }
}
