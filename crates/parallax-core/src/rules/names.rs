//! Name patterns for PERSON, ORG and LOC that need no statistics: given names,
//! titles before names, organisation head words ("... University", "Department of ..."),
//! facility head words ("... Hall"), "Town, Country", and unknown acronyms.

use super::date::{month, weekday};
use super::scan::{Tok, ALLCAPS, CAP, DIGIT, LINE_START};
use crate::gazetteer::{Gazetteer, Lexicon};
use crate::mention::Label;

/// A candidate name: token range, label, confidence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct NameHit {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub confidence: f32,
}

fn title(w: &str) -> bool {
    matches!(
        w,
        "President"
            | "Secretary"
            | "Minister"
            | "Spokesperson"
            | "Spokesman"
            | "Spokeswoman"
            | "Gen"
            | "General"
            | "Maj"
            | "Major"
            | "Lt"
            | "Lieutenant"
            | "Col"
            | "Colonel"
            | "Capt"
            | "Captain"
            | "Adm"
            | "Admiral"
            | "Sgt"
            | "Sergeant"
            | "Sen"
            | "Senator"
            | "Rep"
            | "Representative"
            | "Gov"
            | "Governor"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Professor"
            | "Judge"
            | "Justice"
            | "Chancellor"
            | "King"
            | "Queen"
            | "Prince"
            | "Princess"
            | "Pope"
            | "Ambassador"
            | "Director"
            | "Chief"
            | "Commander"
            | "Mayor"
            | "Premier"
            | "Sheikh"
            | "Imam"
            | "Ayatollah"
            | "Cardinal"
            | "Bishop"
            | "Chairman"
            | "Chairwoman"
            | "CEO"
            | "Leader"
            | "Officer"
            | "Prime"
            | "Vice"
            | "Deputy"
            | "Defense"
            | "Defence"
            | "Foreign"
            | "Former"
            | "former"
            | "Secretary-General"
            | "Emir"
            | "Sultan"
            | "Speaker"
            | "Attorney"
            | "Inspector"
            | "Superintendent"
            | "Detective"
            | "Coach"
            | "Manager"
            | "Striker"
            | "Midfielder"
            | "Defender"
    )
}

/// Words that end an organisation's name.
fn org_head(w: &str) -> bool {
    matches!(
        w,
        "University"
            | "College"
            | "Institute"
            | "Institution"
            | "Press"
            | "Post"
            | "Times"
            | "News"
            | "Herald"
            | "Tribune"
            | "Journal"
            | "Gazette"
            | "Agency"
            | "Ministry"
            | "Department"
            | "Council"
            | "Commission"
            | "Committee"
            | "Party"
            | "Forces"
            | "Army"
            | "Navy"
            | "Police"
            | "Bank"
            | "Corporation"
            | "Corp"
            | "Company"
            | "Inc"
            | "Ltd"
            | "Group"
            | "Organization"
            | "Organisation"
            | "Association"
            | "Foundation"
            | "Union"
            | "Front"
            | "Movement"
            | "Brigade"
            | "Brigades"
            | "Network"
            | "Court"
            | "Parliament"
            | "Assembly"
            | "Service"
            | "Services"
            | "Office"
            | "Bureau"
            | "Authority"
            | "Fund"
            | "Federation"
            | "League"
            | "Club"
            | "Airlines"
            | "Airways"
            | "Guard"
            | "Guards"
            | "Corps"
            | "Command"
            | "Center"
            | "Centre"
            | "Society"
            | "Trust"
            | "Board"
            | "School"
            | "Hospital"
            | "Church"
            | "Media"
            | "Television"
            | "Radio"
            | "Broadcasting"
            | "Reuters"
    )
}

fn facility_head(w: &str) -> bool {
    matches!(
        w,
        "Hall"
            | "Airport"
            | "Stadium"
            | "Square"
            | "Bridge"
            | "Palace"
            | "Arena"
            | "Mosque"
            | "Cathedral"
            | "Tower"
            | "Towers"
            | "Park"
            | "Street"
            | "Avenue"
            | "Mountains"
            | "River"
            | "Lake"
            | "Island"
            | "Islands"
            | "Valley"
            | "Desert"
            | "Province"
            | "Region"
            | "County"
            | "Strait"
            | "Canal"
    )
}

fn connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "and" | "the" | "on" | "&" | "de" | "al")
}

/// Acronyms that are not names.
fn common_acronym(w: &str) -> bool {
    matches!(
        w,
        "CEO"
            | "CFO"
            | "GDP"
            | "TV"
            | "AI"
            | "COVID"
            | "HIV"
            | "AIDS"
            | "DNA"
            | "PM"
            | "AM"
            | "OK"
            | "UFO"
            | "PDF"
            | "URL"
            | "FAQ"
            | "LGBT"
            | "LGBTQ"
            | "IED"
            | "IEDs"
            | "ID"
            | "VIP"
            | "USD"
            | "EUR"
            | "GMT"
            | "UTC"
            | "PS"
            | "PR"
            | "HQ"
            | "RSS"
            | "MP"
            | "MPs"
            | "GP"
            | "BC"
            | "AD"
            | "II"
            | "III"
            | "IV"
            | "VI"
            | "VII"
            | "VIII"
            | "XI"
            | "XII"
            | "NB"
            | "FYI"
            | "ASAP"
            | "DIY"
            | "SUV"
            | "ATM"
            | "PIN"
            | "APP"
            | "CCTV"
            | "WMD"
            | "OWB"
            | "THE"
            | "AND"
            | "FOR"
            | "NEW"
            | "NOT"
            | "BUT"
            | "ALL"
            | "ARE"
            | "YOU"
            | "WAS"
            | "HAS"
            | "CAN"
    )
}

struct Ctx<'a> {
    text: &'a str,
    toks: &'a [Tok],
    lex: &'a Lexicon,
    gaz: &'a Gazetteer,
}

impl<'a> Ctx<'a> {
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
        let w = self.w(i);
        t.is_word()
            && t.has(CAP)
            && !t.has(DIGIT)
            && !month(w)
            && !weekday(w)
            && !title(w)
            && w != "The"
    }
    /// A word the lexicon knows as a place, group or nationality on its own.
    fn known(&self, i: usize) -> bool {
        self.lex.longest(self.text, self.toks, i).is_some()
    }
}

/// Name candidates for one text. `shouting[i]` marks tokens on all-caps or title-case
/// lines (headlines), where capitalisation says nothing.
pub(crate) fn find(
    text: &str,
    toks: &[Tok],
    lex: &Lexicon,
    gaz: &Gazetteer,
    titlecase: &[bool],
) -> Vec<NameHit> {
    let c = Ctx {
        text,
        toks,
        lex,
        gaz,
    };
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let headline = titlecase.get(i).copied().unwrap_or(false);
        let w = c.w(i);
        // Given name + surname(s): "Lloyd Austin", "Mark Rutte".
        if c.gaz.is_first_name(w)
            && c.name_word(i)
            && c.name_word(i + 1)
            && c.joins(i + 1)
            && !c.known(i)
        {
            let mut end = i + 2;
            if c.name_word(end) && c.joins(end) && !c.known(end) && !headline {
                end += 1;
            }
            out.push(NameHit {
                start: i,
                end,
                label: Label::Person,
                confidence: if headline { 0.6 } else { 0.8 },
            });
        }
        // Title + name: "President Vladimir Putin", "Maj. Gen. Pat Ryder".
        if title(w) && toks[i].has(CAP) && !headline {
            let mut j = i + 1;
            while (title(c.w(j)) || c.w(j) == "." || c.w(j) == "-") && c.joins(j) && j < i + 6 {
                j += 1;
            }
            let start = j;
            while c.name_word(j) && c.joins(j) && !c.known(j) && j < start + 3 {
                j += 1;
            }
            // A lone known word after a title is not a person ("President Washington" is rare).
            if j > start && !(j == start + 1 && c.known(start)) {
                out.push(NameHit {
                    start,
                    end: j,
                    label: Label::Person,
                    confidence: 0.82,
                });
            }
        }
        if headline {
            continue;
        }
        // Capitalised run with an organisation or facility head.
        if c.name_word(i) && (i == 0 || !c.name_word(i - 1) || !c.joins(i)) {
            let mut j = i;
            let mut last_cap = i;
            while j < toks.len() && c.joins(j) || j == i {
                if c.name_word(j) || (toks.get(j).is_some_and(|t| t.has(ALLCAPS))) {
                    last_cap = j;
                    j += 1;
                } else if connector(c.w(j)) && c.name_word(j + 1) && j > i && c.joins(j + 1) {
                    j += 1;
                } else if c.w(j) == "-" && c.name_word(j + 1) && c.joins(j + 1) {
                    j += 1;
                } else {
                    break;
                }
            }
            let end = last_cap + 1;
            if end > i + 1 || org_head(w) {
                // Head inside the run: "Department of Defense", "University of Oxford".
                let head = (i..end).rev().find(|&k| org_head(c.w(k)));
                let fac = facility_head(c.w(end - 1));
                if let Some(h) = head {
                    let h_end = if h + 1 < end && c.w(h + 1) == "of" {
                        end
                    } else {
                        h + 1
                    };
                    if h_end > i + 1 || (h == i && c.w(h + 1) == "of") {
                        out.push(NameHit {
                            start: i,
                            end: h_end.max(i + 1),
                            label: Label::Org,
                            confidence: 0.75,
                        });
                    }
                } else if fac && end > i + 1 {
                    out.push(NameHit {
                        start: i,
                        end,
                        label: Label::Loc,
                        confidence: 0.7,
                    });
                }
            }
        }
        // "in Baghouz, Syria": unknown capitalised word, comma, known country.
        if c.name_word(i) && !c.known(i) && c.w(i + 1) == "," && c.joins(i + 2) && i > 0 {
            let prep = c.w(i - 1);
            if matches!(prep, "in" | "at" | "near" | "from" | "of" | "outside") {
                if let Some((_, e)) = c.lex.longest(text, toks, i + 2) {
                    if e.label == Label::Loc {
                        out.push(NameHit {
                            start: i,
                            end: i + 1,
                            label: Label::Loc,
                            confidence: 0.7,
                        });
                    }
                }
            }
        }
        // Unknown acronym: "MENAFN".
        let t = &toks[i];
        if t.has(ALLCAPS)
            && !t.has(DIGIT)
            && (3..=7).contains(&w.chars().count())
            && !common_acronym(w)
            && !c.known(i)
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
