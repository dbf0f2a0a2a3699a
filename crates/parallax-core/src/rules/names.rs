//! Name patterns for PERSON, ORG and LOC that need no statistics: given names,
//! titles before names, organisation head words ("... University", "Department of ..."),
//! facility head words ("... Hall"), "Town, Country", and unknown acronyms.

use crate::gazetteer::{EntryKind, Gazetteer, LexEntry, PlaceKind};
use crate::mention::Label;
use crate::token::scan::{joining_hyphen, Tok, ALLCAPS, CAP, DIGIT, LINE_START, SPACE_BEFORE};
use crate::words;

/// A candidate name: token range, label, confidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NameHit {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub confidence: f32,
}

/// Titles and honorifics ("President", "Maj.", "Ms"): never part of a name.
pub(crate) fn title(w: &str) -> bool {
    words::is(w, words::TITLE)
}

/// Capitalised only because they start a sentence: never part of a name.
pub(crate) fn function_word(w: &str) -> bool {
    words::is(w, words::FUNCTION_WORD)
}

/// A verb that can open a sentence before the name it introduces: "Said Hull coach Tom
/// Reed:", "Called the Fenby Group, the firm...". Only where it opens the sentence
/// ("Edward Said" ends with it).
pub(crate) fn opening_verb(w: &str) -> bool {
    matches!(
        w,
        "Said" | "Called" | "Named" | "Dubbed" | "Nicknamed" | "Titled" | "Entitled"
    )
}

/// A month or weekday in any case ("FRIDAY", "march").
fn calendar_word(w: &str) -> bool {
    let mut t = String::with_capacity(w.len());
    for (k, ch) in w.chars().enumerate() {
        if k == 0 {
            t.extend(ch.to_uppercase());
        } else {
            t.extend(ch.to_lowercase());
        }
    }
    words::is(&t, words::MONTH | words::WEEKDAY)
}

/// The longest lexicon match starting at each token: (token count, entry).
pub(crate) type LexAt<'l> = [Option<(usize, &'l LexEntry)>];

struct Ctx<'a, 'l> {
    text: &'a str,
    toks: &'a [Tok],
    lex_at: &'a LexAt<'l>,
    gaz: &'a Gazetteer,
}

impl<'a, 'l> Ctx<'a, 'l> {
    fn lex_at(&self, i: usize) -> Option<(usize, &'l LexEntry)> {
        self.lex_at.get(i).copied().flatten()
    }
    fn is(&self, i: usize, class: u32) -> bool {
        self.toks.get(i).is_some_and(|t| t.class & class != 0)
    }
    fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }
    fn joins(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.has(LINE_START))
    }
    /// A capitalised word that could be part of a name.
    fn name_word(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        const NOT_NAME: u32 = words::MONTH
            | words::WEEKDAY
            | words::TITLE
            | words::FUNCTION_WORD
            | words::ROLE_INITIALS;
        t.is_word()
            && t.has(CAP)
            && !t.has(DIGIT)
            && t.class & NOT_NAME == 0
            && !self.initial_verb_or_adverb(i)
    }
    /// A sentence-initial "-ing" or "-ly" word the lexicon does not know ("Speaking on
    /// BBC Radio", "Currently") or an [`opening_verb`]: capitalised by position, not a
    /// name.
    fn initial_verb_or_adverb(&self, i: usize) -> bool {
        let w = self.w(i);
        if !(w.ends_with("ing") || w.ends_with("ly") || opening_verb(w)) || self.lex_at(i).is_some()
        {
            return false;
        }
        let t = &self.toks[i];
        t.has(LINE_START)
            || i == 0
            || matches!(
                self.w(i - 1),
                "." | "!" | "?" | "\"" | "“" | "‘" | ":" | "("
            )
    }
    /// A word after a given name that can be a surname: a name word, or a title word
    /// that ends the name ("John Major said", but not "Mark Secretary General").
    fn surname_word(&self, i: usize) -> bool {
        if self.is(i, words::HEAD) {
            return false;
        }
        self.name_word(i)
            || (self.is(i, words::TITLE)
                && self.toks[i].has(CAP)
                && !self.name_word(i + 1)
                && !self.is(i + 1, words::TITLE))
    }
    /// A word the lexicon knows as a place, group or nationality on its own.
    fn known(&self, i: usize) -> bool {
        self.lex_at(i).is_some()
    }
    /// Known, and not merely a city whose name is also a given name ("Vladimir", "Austin").
    fn known_strong(&self, i: usize) -> bool {
        match self.lex_at(i) {
            None => false,
            Some((_, e)) if e.kind == EntryKind::Place => {
                let city = e
                    .place
                    .and_then(|p| self.gaz.places().get(p as usize))
                    .is_some_and(|p| p.kind == PlaceKind::City);
                !(city && self.gaz.is_first_name(self.w(i)))
            }
            Some(_) => true,
        }
    }
    /// Token `i` is missing, punctuation, or (looking forward) starts a new line.
    fn edge(&self, i: Option<usize>, forward: bool) -> bool {
        match i.and_then(|i| self.toks.get(i)) {
            None => true,
            Some(t) if forward && t.has(LINE_START) => true,
            Some(t) => !t.is_word() && !t.has(DIGIT),
        }
    }
    fn norp_word(&self, i: usize) -> bool {
        self.lex_at(i)
            .is_some_and(|(n, e)| n == 1 && e.label == Label::Norp)
    }
    fn known_non_norp(&self, i: usize) -> bool {
        self.lex_at(i).is_some_and(|(_, e)| e.label != Label::Norp)
    }
    fn loc_at(&self, i: usize) -> bool {
        self.lex_at(i).is_some_and(|(_, e)| e.label == Label::Loc)
    }
}

/// Words for people that an organisation's name holds in the possessive: "the
/// Women's Institute", "the Worker's Union", "the Prince's Trust".
const PEOPLE: &[&str] = &[
    "Women",
    "Men",
    "Children",
    "People",
    "Workers",
    "Worker",
    "Farmers",
    "Seamen",
    "Veterans",
    "Citizens",
    "Teachers",
    "Nurses",
    "Soldiers",
    "Sailors",
    "Parents",
    "Students",
    "Pensioners",
    "Writers",
    "Artists",
    "Musicians",
    "Miners",
    "Girls",
    "Boys",
    "Mothers",
    "Prince",
    "King",
    "Queen",
    "Patients",
    "Consumers",
    "Taxpayers",
    "Residents",
    "Victims",
    "Members",
    "Employees",
    "Officers",
    "Doctors",
    "Pilots",
    "Journalists",
    "Lawyers",
];

/// Whether `mark` after `word` is a possessive of a word for people: "Women's",
/// "Teachers'" (a plural's bare apostrophe).
fn people_possessive(mark: &str, word: &str) -> bool {
    let marked = match mark {
        "'s" | "’s" => true,
        "'" | "’" => word.ends_with('s'),
        _ => false,
    };
    marked && PEOPLE.contains(&word)
}

/// The token of the word a stance is taken on, when a run opens with one: "EU" when
/// token `k` is that word after "pro-" ("the pro-EU party"), or when `k` is "Pro" or
/// "Anti" itself with the hyphen and the word after it ("Pro-Beijing").
fn stance_word(c: &Ctx, k: usize) -> Option<usize> {
    if words::stance(c.w(k)) && joining_hyphen(c.text, c.toks, k + 1) {
        Some(k + 2)
    } else if k >= 2 && joining_hyphen(c.text, c.toks, k - 1) && words::stance(c.w(k - 2)) {
        Some(k)
    } else {
        None
    }
}
/// Name candidates for one text. `headline[i]` marks tokens on title-case or all-caps
/// lines, where capitalisation says little.
pub(crate) fn find(
    text: &str,
    toks: &[Tok],
    lex_at: &LexAt<'_>,
    gaz: &Gazetteer,
    headline: &[bool],
) -> Vec<NameHit> {
    let c = Ctx {
        text,
        toks,
        lex_at,
        gaz,
    };
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let head_line = headline.get(i).copied().unwrap_or(false);
        let w = c.w(i);
        // A US appeals court by its circuit: "the Ninth Circuit", "the DC Circuit".
        let capital = toks[i].has(CAP);
        if capital
            && matches!(
                w,
                "First"
                    | "Second"
                    | "Third"
                    | "Fourth"
                    | "Fifth"
                    | "Sixth"
                    | "Seventh"
                    | "Eighth"
                    | "Ninth"
                    | "Tenth"
                    | "Eleventh"
                    | "DC"
                    | "D.C."
                    | "Federal"
            )
            && c.w(i + 1) == "Circuit"
            && c.joins(i + 1)
            && !c.name_word(i + 2)
        {
            out.push(NameHit {
                start: i,
                end: i + 2,
                label: Label::Org,
                confidence: 0.85,
            });
        }
        // A US federal court's district is the court and its prosecutors: "the
        // Southern District of New York" (the "District of Columbia" is a place).
        if capital
            && matches!(
                w,
                "Northern" | "Southern" | "Eastern" | "Western" | "Central" | "Middle"
            )
            && c.w(i + 1) == "District"
            && c.w(i + 2) == "of"
            && (i + 1..i + 4).all(|k| c.joins(k))
            && c.name_word(i + 3)
        {
            let mut end = i + 4;
            while end < i + 6 && c.name_word(end) && c.joins(end) {
                end += 1;
            }
            out.push(NameHit {
                start: i,
                end,
                label: Label::Org,
                confidence: 0.85,
            });
        }
        // Given name + surname(s): "Lloyd Austin", "Mark Rutte". Not the end of a
        // hyphenated word: "the Shangri-La Dialogue" names no "La Dialogue".
        if toks[i].has(CAP)
            && c.gaz.is_first_name(w)
            && !i
                .checked_sub(1)
                .is_some_and(|h| joining_hyphen(c.text, c.toks, h))
            && c.name_word(i)
            && c.surname_word(i + 1)
            && c.joins(i + 1)
            && !c.known_strong(i)
            // "Roma Czechs", "Ashanti Ghanaians": a people in the plural is no surname
            // (a singular one can be: "Dawn French").
            && !c.gaz.is_plural_demonym(c.w(i + 1))
        {
            let mut end = i + 2;
            if c.name_word(end) && c.joins(end) && !c.known(end) && !head_line {
                end += 1;
            }
            // A person's name before a head names a body after them: "the Tony Blair
            // Institute", "the Melinda Gates Foundation" (the head rule below finds it).
            let names_body = c.is(end - 1, words::HEAD)
                || (c.joins(end) && c.is(end, words::ORG_HEAD | words::FACILITY_HEAD));
            // In a title-case line only a name standing apart ("Sara Harmouch, ...") counts.
            let apart = (toks[i].has(LINE_START) || c.edge(i.checked_sub(1), false))
                && c.edge(Some(end), true);
            if (!head_line || apart) && !names_body {
                let confidence = if head_line { 0.7 } else { 0.8 };
                out.push(NameHit {
                    start: i,
                    end,
                    label: Label::Person,
                    confidence,
                });
            }
        }
        // Title + name: "President Vladimir Putin", "Maj. Gen. Pat Ryder".
        if c.is(i, words::TITLE) && toks[i].has(CAP) && !head_line {
            let mut j = i + 1;
            while (c.is(j, words::TITLE) || c.w(j) == "." || c.w(j) == "-")
                && c.joins(j)
                && j < i + 6
            {
                j += 1;
            }
            let start = j;
            // "Prime" and "Vice" are titles only before another ("Prime Minister"):
            // "Amazon Prime Video", "Vice News" name no one.
            let half_title = matches!(c.w(i), "Prime" | "Vice") && start == i + 1;
            // "the President Hotel", "Major League Baseball": a head ends no person's name.
            while !half_title
                && c.name_word(j)
                && c.joins(j)
                && !c.known_strong(j)
                && !c.is(j, words::HEAD)
                && j < start + 3
            {
                j += 1;
                // "Ms Ashworth-Vane": a hyphen glued between two name words is inside
                // the surname.
                if joining_hyphen(c.text, c.toks, j) && c.name_word(j + 1) {
                    j += 2;
                }
            }
            // "Chief Operating Officer": a word between two titles is part of one title.
            let inside_title = c.is(j, words::TITLE) && c.joins(j);
            // "the Criminal Justice Bill": a law, not Justice Bill ("Justice Bill
            // Tolland" is the judge).
            let law = j == start + 1 && matches!(c.w(start), "Bill" | "Bills" | "Act" | "Acts");
            if j > start && !inside_title && !law {
                out.push(NameHit {
                    start,
                    end: j,
                    label: Label::Person,
                    confidence: 0.82,
                });
            }
        }
        // "Redfield & Wilton", "Tate & Lyle": two names joined by an ampersand, and no
        // name word either side, are a firm's, with or without a head; people are joined
        // by "and".
        if toks[i].has(CAP)
            && c.w(i + 1) == "&"
            && c.name_word(i)
            && c.name_word(i + 2)
            && c.joins(i + 1)
            && c.joins(i + 2)
            // "R&B", "P&O": initials glued to the ampersand are a word of their own.
            && toks[i + 1].has(SPACE_BEFORE)
            && toks[i + 2].has(SPACE_BEFORE)
            // "Serbia & Montenegro": two places are both places.
            && !(c.gaz.place(c.w(i)).is_some() && c.gaz.place(c.w(i + 2)).is_some())
            && !(i > 0 && c.joins(i) && (c.name_word(i - 1) || c.w(i - 1) == "&"))
            && !(c.joins(i + 3) && (c.name_word(i + 3) || c.w(i + 3) == "&"))
            // A line without a stop at its end is a headline, whose "&" is "and":
            // "Henman & Murray through".
            && !unstopped_line(c.text, toks[i].start as usize)
            && !head_line
        {
            out.push(NameHit {
                start: i,
                end: i + 3,
                label: Label::Org,
                confidence: 0.85,
            });
        }
        // "the Trump administration", "the Assad regime", "the Sunak government": a
        // leader's surname before the government they lead. Not a word the lexicon knows
        // ("the Labour government", "the Kyrgyz government", "the Tehran regime"), nor an
        // ordinary word or a group's ("the Yes campaign", "the Sandinista government").
        if toks[i].has(CAP)
            && matches!(
                c.w(i + 1),
                "administration" | "government" | "regime" | "presidency" | "era"
            )
            && i > 0
            && matches!(c.w(i - 1), "the" | "The")
            && c.name_word(i)
            && c.joins(i + 1)
            && !toks[i].has(ALLCAPS)
            && !c.known(i)
            && !c.is(i, words::HEAD)
            && !c.gaz.is_common_word(c.w(i))
            && !c.gaz.is_first_name(c.w(i))
            && !["ist", "ian", "ese", "ish", "ista", "ite"]
                .iter()
                .any(|e| c.w(i).ends_with(e))
            && !head_line
        {
            out.push(NameHit {
                start: i,
                end: i + 1,
                label: Label::Person,
                // Below the tagger's reading of a place or a body ("the Westminster
                // government"); it stands where the tagger saw nothing.
                confidence: 0.6,
            });
        }
        // A head that opens the name, in other languages: "Banco Santander", "Museo del
        // Prado", "Partei der Arbeit", "Agence France-Presse". The name runs over name
        // words, hyphens and the lower-case words that link them, and ends on a name word.
        if c.is(i, words::OPENS_NAME) && !head_line {
            let mut j = i + 1;
            let mut end = i + 1;
            while j < toks.len() && c.joins(j) && j < i + 8 {
                // A month's name right after a name word is a surname ("Fundación Juan
                // March"), unless a day follows.
                let month_name = c.is(j, words::MONTH)
                    && toks[j].has(CAP)
                    && end == j
                    && !toks.get(j + 1).is_some_and(|t| t.has(DIGIT));
                if c.name_word(j) || month_name {
                    j += 1;
                    end = j;
                } else if c.is(j, words::NAME_LINK) || joining_hyphen(c.text, c.toks, j) {
                    j += 1;
                } else {
                    break;
                }
            }
            if end > i + 1 {
                // A museum is a venue, as "Museum" is ("the Museo del Prado").
                let venue = matches!(c.w(i), "Museo" | "Musée" | "Museu");
                out.push(NameHit {
                    start: i,
                    end,
                    label: if venue { Label::Loc } else { Label::Org },
                    confidence: 0.9,
                });
            }
        }
        // Capitalised run with an organisation or facility head. In a headline the head
        // must close the run, so "Moscow Concert Hall Attack" yields nothing.
        if c.name_word(i) && (i == 0 || !c.name_word(i - 1) || !c.joins(i)) {
            let mut j = i;
            let mut last_cap = i;
            // A title word inside a body's remit is a word of its name: "the Council on
            // Foreign Relations", "the Ministry of Foreign Affairs".
            // Heads of bodies named with their remit after "on" ("the Committee on
            // Climate Change"), unlike "Acme Bank on Monday"; a remit is in words, not
            // initials ("launched from Kennedy Space Center on STS-118").
            let remit = |k: usize| {
                toks.get(k + 2).is_some_and(|t| !t.has(ALLCAPS))
                    && matches!(
                        c.w(k),
                        "Committee"
                            | "Commission"
                            | "Council"
                            | "Panel"
                            | "Authority"
                            | "Institute"
                            | "Centre"
                            | "Center"
                            | "Forum"
                            | "Board"
                            | "Agency"
                            | "Office"
                            | "Tribunal"
                            | "Organisation"
                            | "Organization"
                    )
            };
            let remit_word = |k: usize| {
                c.name_word(k)
                    || (k > i
                        && matches!(c.w(k - 1), "of" | "on")
                        && c.is(k, words::TITLE)
                        && !c.is(k, words::HONORIFIC)
                        && toks[k].has(CAP)
                        && c.name_word(k + 1)
                        && c.joins(k + 1))
            };
            // "St John's Ambulance", "St Mungo's Trust": a saint's possessive.
            let saint = matches!(c.w(i), "St" | "Saint") && c.joins(i + 1);
            while j < toks.len() && (j == i || c.joins(j)) {
                if (remit_word(j) || toks[j].has(ALLCAPS)) && !c.is(j, words::ROLE_INITIALS) {
                    last_cap = j;
                    j += 1;
                } else if (c.is(j, words::CONNECTOR)
                    && j > i
                    && remit_word(j + 1)
                    && c.joins(j + 1)
                    // "Barrick Gold Corp and Bre-X Minerals": a head word closes a name;
                    // "Scotland for National Air Traffic Services", "Sony Music and Island
                    // Records": so does a known place or body.
                    // A body's head before "on" opens its remit, not a second
                    // name: "the Council on Foreign Relations", "the Intergovernmental
                    // Panel on Climate Change" (a company's does not: "Acme Corp on Monday").
                    && !(matches!(c.w(j), "and" | "&" | "for" | "on")
                        && (c.is(j - 1, words::ORG_HEAD) && !(c.w(j) == "on" && remit(j - 1))
                            || c.lex_at(i).is_some_and(|(n, e)| {
                                i + n == j && matches!(e.label, Label::Loc | Label::Org)
                            })))
                    // "Ridley Scott for Paramount Pictures", "Ana Gil on BBC Radio": two
                    // words without a head before "for" are a person working for a body
                    // ("Campaign for Nuclear Disarmament" has one).
                    && !(matches!(c.w(j), "for" | "on" | "at")
                        && j >= i + 2
                        && !(c.w(j) == "on" && remit(j - 1)))
                    // "University of California and Dan Gillmor" is two names; so are
                    // "Arsenal and Manchester United": "and" joins an organisation's
                    // ordinary words ("Transport and General Workers' Union"), not names.
                    // (or two names after "of": "the Police Federation of England and
                    // Wales").
                    // Nor two single words alone: "Forest and Palace drew".
                    // Two counties share a force: "Avon and Somerset Constabulary",
                    // "Devon and Cornwall Police".
                    && !(c.w(j) == "and"
                        && !(j == i + 1 && matches!(c.w(j + 2), "Police" | "Constabulary"))
                        && (c.gaz.is_first_name(c.w(j + 1))
                            || (j == i + 1 && !(c.name_word(j + 2) && c.joins(j + 2)))
                            || !(c.gaz.is_common_word(c.w(j + 1))
                                || (j >= 2 && c.w(j - 2) == "of")))))
                    // "the Women's Institute", "the Association of Children's
                    // Hospices": a possessive after a word for people, opening the name
                    // or after "of" ("Britain's Royal Navy", "the Fed's Open Market
                    // Committee", "the University's Centre" are two).
                    // A plural's bare apostrophe too ("the Teachers' Pension Fund"), and
                    // after other name words ("Alder Hey Children's Hospital").
                    || (people_possessive(c.w(j), c.w(j - 1))
                        && j > i
                        && !toks[j].has(SPACE_BEFORE)
                        && (j - 1 == i || (j >= 2 && c.w(j - 2) == "of") || c.name_word(j - 2))
                        && c.name_word(j + 1)
                        && c.joins(j + 1))
                    // "Alzheimer's Research UK", "Guy's Hospital", "Harlow's Bank": one
                    // word's possessive right before the head of a body named after
                    // someone names the body; not a place's or a body's own ("Britain's
                    // Army", "MIT's Media Lab", "the District of Columbia's Court").
                    || (matches!(c.w(j), "'s" | "’s")
                        && (j == i + 1 || (j == i + 2 && saint))
                        && !toks[j].has(SPACE_BEFORE)
                        && matches!(
                            c.w(j + 1),
                            "Hospital"
                                | "Trust"
                                | "Fund"
                                | "Charity"
                                | "Society"
                                | "Group"
                                | "Bank"
                                | "College"
                                | "School"
                                | "Research"
                                | "Foundation"
                                | "Ambulance"
                        )
                        && c.joins(j + 1)
                        && c.lex_at(i).is_none()
                        && c.gaz.place(c.w(i)).is_none()
                        && !toks[i].has(ALLCAPS)
                        && !(i > 0 && c.w(i - 1) == "of")
                        && (saint || !c.is(i, words::TITLE | words::FUNCTION_WORD)))
                    || (c.w(j) == "-"
                        && c.name_word(j + 1)
                        && c.joins(j + 1)
                        && !toks[j].has(SPACE_BEFORE)
                        && !toks[j + 1].has(SPACE_BEFORE))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = last_cap + 1;
            // "Lawyers for Harlan Holdings", "Residents of Mill Street": a plural noun
            // for people opening the sentence is who acts for the body or lives in the
            // place, not its name ("Friends of the Earth" has no head).
            let people_for = |h: usize| {
                h > i + 2
                    && c.edge(i.checked_sub(1), false)
                    && c.w(i).ends_with('s')
                    && c.gaz.is_common_word(c.w(i))
                    && !c.is(i, words::HEAD)
                    && matches!(c.w(i + 1), "for" | "of" | "at" | "from")
            };
            if end > i + 1 || c.is(i, words::ORG_HEAD) {
                let head = (i..end).rev().find(|&k| c.is(k, words::ORG_HEAD));
                // "the Orange British Academy Film Awards" is a prize, not the body.
                let event = |h: usize| {
                    end > h + 1
                        && c.is(end - 1, words::EVENT_HEAD)
                        && !c.is(end - 1, words::ORG_HEAD)
                };
                if let Some(h) = head.filter(|&h| !event(h)) {
                    // "Department of Defense", "University of Oxford": the head takes its "of" phrase.
                    // Company-type heads close the name: "Citra Group of Suharto" is "Citra Group".
                    let closes = c.is(h, words::COMPANY_HEAD);
                    // So does a body's remit after "on": "the Council on Foreign Relations".
                    // Not a person after "of": "the Bharatiya Janata Party of Narendra
                    // Modi" (a place that is also a given name stays: "University of
                    // Virginia").
                    let of_someone = c.w(h + 1) == "of"
                        && h + 3 < end
                        && c.gaz.is_first_name(c.w(h + 2))
                        && !c.known(h + 2);
                    let h_end = if h + 1 < end
                        && (c.w(h + 1) == "of" || (c.w(h + 1) == "on" && remit(h)))
                        && !closes
                        && !of_someone
                    {
                        end
                    } else {
                        h + 1
                    };
                    // "American New York Post": a nationality before a place-led name describes it.
                    // "UK Department of Transport": a place or nationality right before a
                    // head word is not part of the name.
                    // "Orin Hale of Barclays Capital": a person of the body, not its name;
                    // so are two words of no head and no ordinary word ("Kenji Ota of
                    // Daiwa Securities", not "Democratic Republic of Congo").
                    let plain = |k: usize| {
                        !c.gaz.is_common_word(c.w(k))
                            && !c.is(k, words::ORG_HEAD | words::FACILITY_HEAD)
                    };
                    let of_person = (i + 1..h).rev().find(|&k| c.w(k) == "of").filter(|&k| {
                        c.gaz.is_first_name(c.w(i)) || (k == i + 2 && plain(i) && plain(i + 1))
                    });
                    let s0 = if let Some(k) = of_person {
                        k + 1
                    } else if people_for(h) {
                        i + 2
                    } else if h_end > i + 2 && c.norp_word(i) && c.known_non_norp(i + 1) {
                        i + 1
                    } else if let Some((n, _)) = c.lex_at(i).filter(|(_, e)| {
                        matches!(e.label, Label::Loc | Label::Norp) && e.kind != EntryKind::Place
                            || e.place_kind(c.gaz) == Some(PlaceKind::Country)
                    }) {
                        // A company's field before another head is the body's remit:
                        // "the Israeli Health Ministry" keeps its nationality.
                        if i + n < h
                            && c.is(i + n, words::ORG_HEAD)
                            && !c.is(i + n, words::COMPANY_HEAD)
                        {
                            i + n
                        } else {
                            i
                        }
                    } else {
                        i
                    };
                    // A royal's title opens a body or a place named after them: "Queen
                    // Elizabeth Hospital", "King Edward VII School".
                    let s0 = if s0 == i
                        && i > 0
                        && matches!(c.w(i - 1), "Queen" | "King" | "Prince" | "Princess")
                        && c.joins(i)
                        && c.gaz.is_first_name(c.w(i))
                    {
                        i - 1
                    } else {
                        s0
                    };
                    // "the pro-EU Scottish National Party", "Pro-Beijing New People Party":
                    // the word after "pro-" or "anti-" is what the party is for or
                    // against; the name is the words after it. "the Anti-Nazi League",
                    // with nothing between that word and the head, is one name.
                    let s0 = match stance_word(&c, s0) {
                        Some(k) if h >= k + 2 => k + 1,
                        _ => s0,
                    };
                    let long_enough = h_end > s0 + 1;
                    // A centre for conventions or shopping is a venue, a place: "the Metro
                    // Convention Centre"; a research or policy centre is an organisation.
                    let venue = h > s0 && words::venue_centre(c.w(h - 1), c.w(h));
                    // "Welsh Health Minister Ana Gil": a portfolio before a title.
                    let portfolio = h_end == end
                        && h + 1 == end
                        && matches!(c.w(end), "Minister" | "Secretary" | "Editor");
                    if long_enough && (!head_line || h_end == end) && !portfolio {
                        out.push(NameHit {
                            start: s0,
                            end: h_end,
                            label: if venue { Label::Loc } else { Label::Org },
                            confidence: 0.75,
                        });
                    }
                } else if c.is(end - 1, words::FACILITY_HEAD) && end > i + 1 && !head_line {
                    out.push(NameHit {
                        start: if people_for(end - 1) { i + 2 } else { i },
                        end,
                        label: Label::Loc,
                        confidence: 0.7,
                    });
                }
            }
        }
        if head_line {
            continue;
        }
        // "in Baghouz, Syria": unknown capitalised word, comma, known place — after a
        // locative preposition, or opening a line as a dateline does ("VAIL, Colorado").
        if c.name_word(i) && !c.known(i) && c.w(i + 1) == "," && c.joins(i + 2) {
            let prep = if i > 0 { c.w(i - 1) } else { "" };
            let opens_line = toks[i].has(LINE_START);
            // An ordinary word opening a line is a sentence's: "Earlier, Ipswich beat
            // Norwich".
            let dateline = opens_line && !c.gaz.is_common_word(w);
            if (dateline || matches!(prep, "in" | "at" | "near" | "from" | "of" | "outside"))
                && c.loc_at(i + 2)
            {
                out.push(NameHit {
                    start: i,
                    end: i + 1,
                    label: Label::Loc,
                    confidence: 0.7,
                });
            }
        }
        // Unknown acronym: "MENAFN". Not among other all-caps words (tables, shouted
        // lines), not an ordinary or calendar word in capitals ("BALANCE", "FRIDAY").
        let t = &toks[i];
        let caps_word = |k: Option<usize>| {
            k.and_then(|k| toks.get(k))
                .is_some_and(|n| n.has(ALLCAPS) && !n.has(LINE_START))
        };
        if t.has(ALLCAPS)
            && !t.has(DIGIT)
            && (3..=7).contains(&w.chars().count())
            && !c.is(i, words::COMMON_ACRONYM | words::TITLE)
            && !c.gaz.is_common_word(w)
            && !calendar_word(w)
            && !c.known(i)
            && !caps_word(i.checked_sub(1))
            && !caps_word(Some(i + 1))
        {
            out.push(NameHit {
                start: i,
                end: i + 1,
                label: Label::Org,
                confidence: 0.55,
            });
        }
    }
    out
}

/// Whether the line holding byte `at` ends without a full stop, a question or
/// exclamation mark or a closing quote: a headline's or a caption's. A headline is
/// short: a line running on past 300 bytes is body text, and is not read to its end
/// (each call costs at most that, however long the line).
fn unstopped_line(text: &str, at: usize) -> bool {
    const HEADLINE: usize = 300;
    let rest = text.get(at..).unwrap_or("").as_bytes();
    let Some(len) = rest.iter().take(HEADLINE).position(|&b| b == b'\n') else {
        return rest.len() <= HEADLINE && unstopped(rest);
    };
    rest.get(..len).is_some_and(unstopped)
}

/// Whether a line's bytes end without a stop, a closing quote or bracket.
fn unstopped(line: &[u8]) -> bool {
    let line = line.trim_ascii_end();
    !(line.ends_with(b".")
        || line.ends_with(b"?")
        || line.ends_with(b"!")
        || line.ends_with(b"\"")
        || line.ends_with("\u{201d}".as_bytes())
        || line.ends_with(b"'")
        || line.ends_with(b")")
        || line.ends_with(b":"))
}

#[cfg(test)]
mod tests {
    use super::unstopped_line;

    #[test]
    fn a_headline_is_a_line_without_a_stop() {
        let text = "Henman & Murray through\n\nShares in Tate & Lyle rose.\nHe said: \"Fine.\"";
        assert!(unstopped_line(text, 0));
        assert!(!unstopped_line(text, text.find("Tate").unwrap_or(0)));
        assert!(!unstopped_line(text, text.find("He said").unwrap_or(0)));
        // A long line is body text, whatever its end.
        let long = format!("Tate & Lyle {}", "and more words ".repeat(40));
        assert!(!unstopped_line(&long, 0));
    }
}
