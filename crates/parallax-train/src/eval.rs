//! Exact-mention precision, recall and F1 over PER/ORG/LOC.

use parallax_core::ner::decode::spans_from_tags;
use parallax_core::ner::{NerLabel, NerModel};

use crate::data::Sentence;

const LABELS: [NerLabel; 3] = [NerLabel::Person, NerLabel::Org, NerLabel::Loc];

#[derive(Clone, Copy, Debug, Default)]
pub struct Counts {
    pub tp: usize,
    pub pred: usize,
    pub gold: usize,
}

impl Counts {
    pub fn prf(&self) -> (f64, f64, f64) {
        let p = if self.pred == 0 {
            0.0
        } else {
            self.tp as f64 / self.pred as f64
        };
        let r = if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
}

/// Per-label counts (PER, ORG, LOC) and their micro sum.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub per_label: [Counts; 3],
    /// `(confidence, correct)` of every predicted PER/ORG/LOC span, for calibration.
    pub confidences: Vec<(f32, bool)>,
}

impl Report {
    pub fn micro(&self) -> Counts {
        self.per_label
            .iter()
            .fold(Counts::default(), |a, c| Counts {
                tp: a.tp + c.tp,
                pred: a.pred + c.pred,
                gold: a.gold + c.gold,
            })
    }

    pub fn f1(&self) -> f64 {
        self.micro().prf().2
    }

    pub fn print(&self, name: &str) {
        for (l, c) in LABELS.iter().zip(&self.per_label) {
            let (p, r, f) = c.prf();
            println!(
                "  {name:<10} {:<5} P {p:.4} R {r:.4} F1 {f:.4}  (gold {})",
                l.conll(),
                c.gold
            );
        }
        let (p, r, f) = self.micro().prf();
        println!("  {name:<10} micro P {p:.4} R {r:.4} F1 {f:.4}");
    }
}

pub fn evaluate(model: &NerModel, sents: &[Sentence]) -> Report {
    let mut rep = Report::default();
    for s in sents {
        let toks = s.token_refs();
        let gold: Vec<_> = spans_from_tags(&s.tags)
            .into_iter()
            .filter(|g| g.label != NerLabel::Misc)
            .collect();
        let pred = model.tag_in(&toks, &s.doc);
        for g in &gold {
            rep.per_label[g.label.index()].gold += 1;
        }
        for p in &pred {
            let ok = gold
                .iter()
                .any(|g| g.start == p.start && g.end == p.end && g.label == p.label);
            let c = &mut rep.per_label[p.label.index()];
            c.pred += 1;
            if ok {
                c.tp += 1;
            }
            rep.confidences.push((p.confidence, ok));
        }
    }
    rep
}

/// Mean log loss of span confidences against span correctness.
pub fn log_loss(conf: &[(f32, bool)]) -> f64 {
    if conf.is_empty() {
        return 0.0;
    }
    let sum: f64 = conf
        .iter()
        .map(|&(c, ok)| {
            let p = f64::from(c).clamp(1e-4, 1.0 - 1e-4);
            if ok {
                -p.ln()
            } else {
                -(1.0 - p).ln()
            }
        })
        .sum();
    sum / conf.len() as f64
}

/// Prints how often spans in each confidence band are right, and the expected
/// calibration error (mean |confidence − accuracy| weighted by band size).
pub fn print_calibration(name: &str, conf: &[(f32, bool)]) {
    let edges = [0.0f32, 0.5, 0.8, 0.9, 0.95, 0.99, 1.01];
    let mut ece = 0.0f64;
    let mut line = String::new();
    for w in edges.windows(2) {
        let band: Vec<_> = conf.iter().filter(|c| c.0 >= w[0] && c.0 < w[1]).collect();
        if band.is_empty() {
            continue;
        }
        let acc = band.iter().filter(|c| c.1).count() as f64 / band.len() as f64;
        let mean = band.iter().map(|c| f64::from(c.0)).sum::<f64>() / band.len() as f64;
        ece += (mean - acc).abs() * band.len() as f64;
        line.push_str(&format!(
            " [{:.2},{:.2}) n={} acc={acc:.3};",
            w[0],
            w[1].min(1.0),
            band.len()
        ));
    }
    let ece = if conf.is_empty() {
        0.0
    } else {
        ece / conf.len() as f64
    };
    println!("  {name:<10} calibration:{line} ECE {ece:.4}");
}
