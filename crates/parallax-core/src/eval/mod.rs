//! Document-level evaluation as `../shared/eval/GUIDELINES.md` defines it: per article,
//! the set of distinct (normalised surface, label) pairs; precision, recall and F1 per
//! label and micro-averaged over PERSON, ORG and LOC. Gold items marked `ignore`
//! (page boilerplate) neither earn nor cost: a prediction with their surface is dropped.
//!
//! ```
//! use parallax_core::eval::{score, GoldItem, Predicted};
//! use parallax_core::Label;
//!
//! let gold = vec![
//!     GoldItem { doc: "a".into(), text: "Lloyd Austin".into(), label: Label::Person, ignore: false },
//!     GoldItem { doc: "a".into(), text: "The Hague".into(), label: Label::Loc, ignore: false },
//! ];
//! let pred = vec![
//!     Predicted { doc: "a".into(), text: "lloyd  austin".into(), label: Label::Person },
//!     Predicted { doc: "a".into(), text: "Hague's".into(), label: Label::Loc },
//!     Predicted { doc: "a".into(), text: "Kerman".into(), label: Label::Loc },
//! ];
//! let s = score(&gold, &pred);
//! assert_eq!(s.label(Label::Person).f1(), 1.0);
//! assert_eq!(s.label(Label::Loc).tp, 1);
//! assert_eq!(s.label(Label::Loc).fp, 1);
//! ```

pub mod tagged;

use crate::mention::Label;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
pub use tagged::{read_tagged, TaggedDoc};

/// One line of a gold file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GoldItem {
    /// Id of the document the name is in.
    pub doc: String,
    /// The name as written; compared after [`normalize`].
    pub text: String,
    /// The name's label.
    pub label: Label,
    /// Whether predictions with this surface in this document are dropped, neither
    /// earning nor costing (page boilerplate, or words the corpus does not call a name).
    #[serde(default)]
    pub ignore: bool,
}

/// One predicted (document, surface, label).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Predicted {
    /// Id of the document it was found in.
    pub doc: String,
    /// The surface as written; compared after [`normalize`].
    pub text: String,
    /// The predicted label.
    pub label: Label,
}

/// Counts and derived scores.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prf {
    /// True positives: predicted pairs that are in gold.
    pub tp: usize,
    /// False positives: predicted pairs that are not in gold.
    pub fp: usize,
    /// False negatives: gold pairs that were not predicted (`fn` in JSON).
    #[serde(rename = "fn")]
    pub fn_: usize,
}

impl Prf {
    /// `tp / (tp + fp)`; 1 when nothing was predicted.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// `tp / (tp + fn)`; 1 when there is nothing to find.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    /// The harmonic mean of precision and recall; 0 when both are 0.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// The header of a table of [`Prf::row`]s whose counts are `width` wide.
    pub fn header(width: usize) -> String {
        format!(
            "label     P      R      F1     {:>width$} {:>width$} {:>width$}\n",
            "tp", "fp", "fn"
        )
    }
    /// One table row: name, precision, recall, F1 and the counts, `width` wide.
    ///
    /// ```
    /// use parallax_core::eval::Prf;
    /// let p = Prf { tp: 3, fp: 1, fn_: 0 };
    /// assert_eq!(p.row("ORG", 2), "ORG      0.750  1.000  0.857   3  1  0\n");
    /// ```
    pub fn row(&self, name: &str, width: usize) -> String {
        format!(
            "{name:<8} {:.3}  {:.3}  {:.3}  {:>width$} {:>width$} {:>width$}\n",
            self.precision(),
            self.recall(),
            self.f1(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
    fn add(&mut self, o: &Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        // Nothing to find and nothing predicted is a perfect score.
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores per label, the PERSON/ORG/LOC micro average, and the errors behind them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Counts per label, with an entry for every label.
    pub per_label: BTreeMap<Label, Prf>,
    /// Counts summed over PERSON, ORG and LOC.
    pub micro: Prf,
    /// (doc, normalised text, label) predicted but not in gold.
    pub false_positives: Vec<(String, String, Label)>,
    /// (doc, normalised text, label) in gold but not predicted.
    pub false_negatives: Vec<(String, String, Label)>,
}

impl Scores {
    /// The counts for one label (zero if it never occurred).
    pub fn label(&self, l: Label) -> Prf {
        self.per_label.get(&l).copied().unwrap_or_default()
    }

    /// A small text table: label, P, R, F1, counts.
    pub fn table(&self) -> String {
        let mut s = Prf::header(3);
        let row = |name: &str, p: &Prf| p.row(name, 3);
        for l in Label::ALL {
            s += &row(l.as_str(), &self.label(l));
        }
        s += &row("micro3", &self.micro);
        s
    }
}

/// Normalise a surface form for comparison: case folded, white space collapsed,
/// a leading "the " and a trailing "'s" dropped.
///
/// ```
/// use parallax_core::eval::normalize;
/// assert_eq!(normalize(" The  Hague’s"), "hague");
/// assert_eq!(normalize("U.S."), "u.s.");
/// ```
pub fn normalize(s: &str) -> String {
    let folded: String = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut t = folded.as_str();
    if let Some(rest) = t.strip_prefix("the ") {
        t = rest;
    }
    for suffix in ["'s", "’s"] {
        if let Some(rest) = t.strip_suffix(suffix) {
            t = rest;
        }
    }
    t.trim().to_string()
}

/// Score predictions against gold, over every document that appears in either.
pub fn score(gold: &[GoldItem], predicted: &[Predicted]) -> Scores {
    type Set = BTreeSet<(String, String, Label)>;
    let mut g: Set = BTreeSet::new();
    let mut ignored: BTreeSet<(String, String)> = BTreeSet::new();
    for it in gold {
        let n = normalize(&it.text);
        if it.ignore {
            ignored.insert((it.doc.clone(), n));
        } else {
            g.insert((it.doc.clone(), n, it.label));
        }
    }
    let mut p: Set = BTreeSet::new();
    for it in predicted {
        let n = normalize(&it.text);
        if n.is_empty() || ignored.contains(&(it.doc.clone(), n.clone())) {
            continue;
        }
        p.insert((it.doc.clone(), n, it.label));
    }
    let mut scores = Scores::default();
    for l in Label::ALL {
        scores.per_label.insert(l, Prf::default());
    }
    for x in &p {
        let e = scores.per_label.entry(x.2).or_default();
        if g.contains(x) {
            e.tp += 1;
        } else {
            e.fp += 1;
            scores.false_positives.push(x.clone());
        }
    }
    for x in &g {
        if !p.contains(x) {
            scores.per_label.entry(x.2).or_default().fn_ += 1;
            scores.false_negatives.push(x.clone());
        }
    }
    let mut micro = Prf::default();
    for l in [Label::Person, Label::Org, Label::Loc] {
        micro.add(&scores.label(l));
    }
    scores.micro = micro;
    scores
}

/// The predictions of an extraction, ready for [`score`].
pub fn predictions(doc: &crate::Document, ex: &crate::pipeline::Extraction) -> Vec<Predicted> {
    ex.mentions
        .iter()
        .map(|m| Predicted {
            doc: doc.id.clone(),
            text: m.span.slice(&doc.text).to_string(),
            label: m.label,
        })
        .collect()
}
