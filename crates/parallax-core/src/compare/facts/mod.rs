//! Facts: counted quantities read as claims (interval, measure, event, source),
//! grouped across articles by measure and event, and reconciled: a group whose
//! intervals share no value is a discrepancy, one whose intervals share a value is
//! an agreement.
//!
//! The measure is the counted noun and what happened to it: "nearly 100 dead" and
//! "killed about 100 people" are both "people killed". The event is the places,
//! names and words of the clause around the number (widened to the sentence, then
//! to the previous sentence, when the clause names no place or organisation).
//! Two claims are about the same event when they come from the same or aligned
//! articles, share the measure, name no two disjoint sets of places, and share a
//! place plus a name or a salient word (or, lacking places, several of those).

mod group;
mod interval;
mod read;
mod tracks;

pub(crate) use group::group;
pub use interval::Interval;
pub(crate) use read::{claims, in_mention};
pub(crate) use tracks::tracks;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mention::Hedge;
    use crate::{extract, Document};

    #[test]
    fn intervals_from_text() {
        // (sentence, low, high) read by the real extraction and this module.
        let cases: &[(&str, Option<f64>, Option<f64>)] = &[
            ("The attack killed at least 143 people.", Some(143.0), None),
            (
                "The bombings left nearly 100 dead.",
                Some(90.0),
                Some(100.0),
            ),
            (
                "The blasts killed about 100 people.",
                Some(90.0),
                Some(110.0),
            ),
            ("Police arrested dozens of people.", Some(24.0), None),
            ("It freed more than two dozen hostages.", Some(25.0), None),
            (
                "Officials detained up to 25 suspects.",
                Some(0.0),
                Some(25.0),
            ),
            ("The blast killed 137 people.", Some(137.0), Some(137.0)),
        ];
        for (s, low, high) in cases {
            let doc = Document::parse("t", s.as_bytes());
            let ex = extract(&doc);
            let q = ex
                .quantities
                .first()
                .unwrap_or_else(|| panic!("{s}: no quantity"));
            let i = Interval::of(q).unwrap_or_else(|| panic!("{s}: no interval"));
            assert_eq!((i.low, i.high), (*low, *high), "{s}");
        }
    }

    #[test]
    fn hedge_table() {
        let cases = [
            (Hedge::Exact, 137.0, Some(137.0), Some(137.0)),
            (Hedge::AtLeast, 143.0, Some(143.0), None),
            (Hedge::Nearly, 100.0, Some(90.0), Some(100.0)),
            (Hedge::About, 100.0, Some(90.0), Some(110.0)),
            (Hedge::MoreThan, 24.0, Some(25.0), None),
            (Hedge::UpTo, 25.0, Some(0.0), Some(25.0)),
            (Hedge::LessThan, 10.0, Some(0.0), Some(9.0)),
            (Hedge::Vague, 24.0, Some(24.0), None),
        ];
        for (h, v, low, high) in cases {
            let i = Interval::from_hedge(h, v);
            assert_eq!((i.low, i.high), (low, high), "{h:?} {v}");
        }
    }

    #[test]
    fn overlap_table() {
        let iv = |low: Option<f64>, high: Option<f64>| Interval { low, high };
        let cases = [
            (iv(Some(143.0), None), iv(Some(137.0), Some(137.0)), false),
            (
                iv(Some(90.0), Some(100.0)),
                iv(Some(90.0), Some(110.0)),
                true,
            ),
            (iv(Some(24.0), None), iv(Some(30.0), Some(30.0)), true),
            (iv(Some(0.0), Some(25.0)), iv(Some(26.0), None), false),
            (iv(None, None), iv(Some(5.0), Some(5.0)), true),
            (iv(Some(5.0), Some(5.0)), iv(Some(5.0), Some(5.0)), true),
            (iv(Some(100.0), Some(100.0)), iv(Some(101.0), None), false),
        ];
        for (a, b, want) in cases {
            assert_eq!(a.overlaps(&b), want, "{a:?} {b:?}");
            assert_eq!(b.overlaps(&a), want, "{b:?} {a:?}");
        }
    }
}
