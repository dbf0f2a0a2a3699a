//! Mentions: labelled spans of text, and counted quantities.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The entity types Parallax reports, as defined in the annotation guidelines.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Label {
    /// People, by name, without titles.
    #[serde(rename = "PERSON")]
    Person,
    /// Named organisations: agencies, companies, parties, armed groups, media.
    #[serde(rename = "ORG")]
    Org,
    /// Countries, cities, regions, geographic features, facilities.
    #[serde(rename = "LOC")]
    Loc,
    /// Nationalities, ethnic, religious and political groups.
    #[serde(rename = "NORP")]
    Norp,
    /// Calendar expressions anchored in time.
    #[serde(rename = "DATE")]
    Date,
}

impl Label {
    /// All labels, in display order.
    pub const ALL: [Label; 5] = [
        Label::Person,
        Label::Org,
        Label::Loc,
        Label::Norp,
        Label::Date,
    ];

    /// The label's name as it appears in gold files and JSON ("PERSON", "ORG", ...).
    ///
    /// ```
    /// use parallax_core::Label;
    /// assert_eq!(Label::Norp.as_str(), "NORP");
    /// assert_eq!(Label::parse("LOC"), Some(Label::Loc));
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Norp => "NORP",
            Label::Date => "DATE",
        }
    }

    /// The label as the app's pages and the exports name it for people.
    ///
    /// ```
    /// use parallax_core::Label;
    /// assert_eq!(Label::Person.name(), "Person");
    /// assert_eq!(Label::Loc.name(), "Place");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Label::Person => "Person",
            Label::Org => "Organization",
            Label::Loc => "Place",
            Label::Norp => "Group (nationality, religion, politics)",
            Label::Date => "Date",
        }
    }

    /// Parse a label name; accepts the CoNLL short forms `PER` and `GPE` too.
    pub fn parse(s: &str) -> Option<Label> {
        Some(match s {
            "PERSON" | "PER" => Label::Person,
            "ORG" => Label::Org,
            "LOC" | "GPE" => Label::Loc,
            "NORP" => Label::Norp,
            "DATE" => Label::Date,
            _ => return None,
        })
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which layer of the pipeline produced a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// The statistical sequence tagger.
    Model,
    /// A gazetteer or alias-lexicon lookup.
    Gazetteer,
    /// A hand-written rule (dates, quantities, name patterns, document metadata).
    Rule,
    /// A person's correction ([`crate::corrections::Correction::AddMention`]).
    User,
}

/// One labelled span of a document's text.
///
/// ```
/// use parallax_core::{extract, Document, Label, Source};
///
/// let doc = Document::parse("a", b"NATO met in Brussels on Thursday.");
/// let m = &extract(&doc).mentions;
/// assert_eq!((m[0].span.slice(&doc.text), m[0].label, m[0].source), ("NATO", Label::Org, Source::Gazetteer));
/// assert_eq!((m[2].span.slice(&doc.text), m[2].label, m[2].source), ("Thursday", Label::Date, Source::Rule));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Byte range into [`Document::text`](crate::Document::text).
    pub span: Span,
    /// What kind of thing it names.
    pub label: Label,
    /// How sure the producing layer is, in `[0, 1]`.
    pub confidence: f32,
    /// Which layer of the pipeline produced it.
    pub source: Source,
}

/// A date the date rule read: where it is, its calendar value and whether it is
/// relative. Read once, at extraction; the comparison places these values.
///
/// ```
/// use parallax_core::{extract, Document};
/// let doc = Document::parse("a", b"The fire broke out in March 2019, the mayor said.");
/// let d = &extract(&doc).dates[0];
/// assert_eq!(d.span.slice(&doc.text), "March 2019");
/// assert_eq!(d.value.map(|v| v.label()).as_deref(), Some("2019-03"));
/// assert!(!d.relative);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateValue {
    /// Where the date is written.
    pub span: Span,
    /// `None` when relative and the article states no date to anchor it, or too vague.
    pub value: Option<crate::calendar::CalendarValue>,
    /// "five years ago", "last week", "Thursday", "the previous day", "the fourth anniversary".
    pub relative: bool,
}

/// How a quantity's number is hedged in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// A bare number: "137 unarmed lives".
    Exact,
    /// "at least 143", "no fewer than".
    AtLeast,
    /// "more than 50", "over 50".
    MoreThan,
    /// "nearly 100", "almost 100".
    Nearly,
    /// "about 30", "around", "some", "roughly", "an estimated".
    About,
    /// "up to 25", "as many as 25".
    UpTo,
    /// "fewer than 10", "less than 10", "under 10".
    LessThan,
    /// Vague plurals: "dozens", "hundreds", "tens of thousands".
    Vague,
    /// Two bounds: "between 10 and 50", "200 to 300", "10-50".
    Range,
}

/// A counted quantity: "at least 143 people", "nearly 100 dead", "dozens of attacks".
///
/// `low`/`high` bound the interval the text asserts; `None` means unbounded on that side.
/// Hedges widen it: "at least 143" → [143, ∞), "nearly 100" → [90, 100], "about 100" →
/// [90, 110], "dozens" → [24, ∞), "more than two dozen" → [25, ∞), "up to 25" → [0, 25].
///
/// ```
/// use parallax_core::{extract, mention::Hedge, Document};
///
/// let doc = Document::parse("a", b"The blasts left nearly 100 dead and dozens of people injured.");
/// let q = &extract(&doc).quantities;
/// assert_eq!(q[0].span.slice(&doc.text), "nearly 100 dead");
/// assert_eq!((q[0].low, q[0].high, q[0].hedge), (Some(90.0), Some(100.0), Hedge::Nearly));
/// assert_eq!(q[1].noun_text.as_deref(), Some("people"));
/// assert_eq!((q[1].low, q[1].high), (Some(24.0), None));
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// The whole expression, hedge through noun.
    pub span: Span,
    /// The number words or digits alone.
    pub number: Span,
    /// The number as written, when it is one ("143", "two dozen" → 24); `None` for "dozens".
    pub value: Option<f64>,
    /// The lower bound the text asserts, included; `None` when unbounded below.
    pub low: Option<f64>,
    /// The upper bound the text asserts, included; `None` when unbounded above.
    pub high: Option<f64>,
    /// How the number is hedged.
    pub hedge: Hedge,
    /// The counted noun ("people", "dead", "attacks"), if one follows.
    pub noun: Option<Span>,
    /// The noun lower-cased, for grouping ("people").
    pub noun_text: Option<String>,
}
