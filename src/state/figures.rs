//! A figure in words, as the Facts view, its charts and the overview write it: what it
//! is in its article ([`status_text`]), its value ([`figure_text`]) and the one number
//! a chart plots ([`point`]).

use parallax_core::compare::{ClaimStatus, GroupClaim};

/// What a figure is in its article, in words.
pub fn status_text(s: ClaimStatus) -> &'static str {
    match s {
        ClaimStatus::Reported => "Reported",
        ClaimStatus::Earlier => "Earlier figure",
        ClaimStatus::Projected => "Projected",
        ClaimStatus::OtherSource => "Another source's figure",
        ClaimStatus::Partial => "Part of the total",
    }
}

/// A figure in prose: "45", "at least 143", "about 100", "up to 25", "100–300".
pub fn figure_text(low: Option<f64>, high: Option<f64>) -> String {
    parallax_core::compare::facts::Interval { low, high }.text()
}

/// The figure a claim gives as one number: its lower bound, else its upper (as the
/// engine orders tracks).
pub fn point(c: &GroupClaim) -> Option<f64> {
    c.point()
}
