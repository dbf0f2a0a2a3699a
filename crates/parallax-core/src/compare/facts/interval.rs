//! Intervals a hedged figure asserts, and whether two of them can both be true.

use crate::mention::{Hedge, Quantity};

/// A closed interval with optional bounds (`None` = unbounded).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Interval {
    /// The lower bound, included; `None` when unbounded below.
    pub low: Option<f64>,
    /// The upper bound, included; `None` when unbounded above.
    pub high: Option<f64>,
}

impl Interval {
    /// The interval a hedged number asserts: "at least 143" → [143, ∞),
    /// "nearly 100" → [90, 100], "about 100" → [90, 110], "more than 24" → [25, ∞),
    /// "up to 25" → [0, 25], "fewer than 10" → [0, 9]; a vague plural ("dozens")
    /// passes its implied lower bound as `value` and is open above.
    ///
    /// ```
    /// use parallax_core::compare::facts::Interval;
    /// use parallax_core::mention::Hedge;
    /// let i = Interval::from_hedge(Hedge::Nearly, 100.0);
    /// assert_eq!((i.low, i.high), (Some(90.0), Some(100.0)));
    /// ```
    pub fn from_hedge(hedge: Hedge, value: f64) -> Interval {
        let (low, high) = match hedge {
            Hedge::Exact | Hedge::Range => (Some(value), Some(value)),
            Hedge::AtLeast | Hedge::Vague => (Some(value), None),
            Hedge::MoreThan => (Some(value.floor() + 1.0), None),
            Hedge::Nearly => (Some((value * 0.9 + 1e-9).floor()), Some(value)),
            Hedge::About => (
                Some((value * 0.9 + 1e-9).floor()),
                Some((value * 1.1 - 1e-9).ceil()),
            ),
            Hedge::UpTo => (Some(0.0), Some(value)),
            Hedge::LessThan => (Some(0.0), Some((value.ceil() - 1.0).max(0.0))),
        };
        Interval { low, high }
    }

    /// A quantity's interval: its own bounds, or computed from hedge and value
    /// when the extraction left both bounds empty.
    pub fn of(q: &Quantity) -> Option<Interval> {
        if q.low.is_some() || q.high.is_some() {
            return Some(Interval {
                low: q.low,
                high: q.high,
            });
        }
        q.value.map(|v| Interval::from_hedge(q.hedge, v))
    }

    /// Whether the two intervals share at least one value.
    ///
    /// ```
    /// use parallax_core::compare::facts::Interval;
    /// let at_least_143 = Interval { low: Some(143.0), high: None };
    /// let exactly_137 = Interval { low: Some(137.0), high: Some(137.0) };
    /// assert!(!at_least_143.overlaps(&exactly_137));
    /// ```
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.intersect(other).is_some()
    }

    /// The common part, if any.
    pub fn intersect(&self, other: &Interval) -> Option<Interval> {
        let low = match (self.low, other.low) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let high = match (self.high, other.high) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        match (low, high) {
            (Some(l), Some(h)) if l > h => None,
            _ => Some(Interval { low, high }),
        }
    }
}

impl Interval {
    /// The interval in words, as the hedge that made it would say it.
    ///
    /// ```
    /// use parallax_core::compare::facts::Interval;
    /// let iv = |low, high| Interval { low, high };
    /// assert_eq!(iv(Some(2497.0), Some(2497.0)).text(), "2,497");
    /// assert_eq!(iv(Some(143.0), None).text(), "at least 143");
    /// assert_eq!(iv(Some(90.0), Some(110.0)).text(), "about 100");
    /// assert_eq!(iv(Some(90.0), Some(100.0)).text(), "nearly 100");
    /// assert_eq!(iv(Some(0.0), Some(25.0)).text(), "up to 25");
    /// assert_eq!(iv(Some(100.0), Some(300.0)).text(), "100–300");
    /// ```
    pub fn text(&self) -> String {
        let n = count_text;
        // "about 100" is [90, 110], "nearly 100" is [90, 100].
        let about = |l: f64, h: f64| {
            let v = ((l + h) / 2.0).round();
            ((v * 0.9 + 1e-9).floor() == l && (v * 1.1 - 1e-9).ceil() == h).then_some(v)
        };
        match (self.low.filter(|v| *v > 0.0), self.high) {
            (Some(l), Some(h)) if l == h => n(l),
            (Some(l), Some(h)) => match about(l, h) {
                Some(v) => format!("about {}", n(v)),
                None if (h * 0.9 + 1e-9).floor() == l => format!("nearly {}", n(h)),
                None => format!("{}–{}", n(l), n(h)),
            },
            (Some(l), None) => format!("at least {}", n(l)),
            (None, Some(h)) => format!("up to {}", n(h)),
            (None, None) => "no figure".to_string(),
        }
    }
}

/// A count with thousands separators ("12,500"); a fraction keeps one decimal.
///
/// ```
/// use parallax_core::compare::facts::count_text;
/// assert_eq!(count_text(12500.0), "12,500");
/// assert_eq!(count_text(6.8), "6.8");
/// ```
pub fn count_text(v: f64) -> String {
    if v.fract() != 0.0 {
        return format!("{v:.1}");
    }
    let v = v as i64;
    let s = v.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if v < 0 {
        format!("-{out}")
    } else {
        out
    }
}
