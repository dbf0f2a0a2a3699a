//! Byte ranges into a document's decoded text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's decoded text.
///
/// Spans are computed once against the text they index and never re-found by
/// searching strings.
///
/// ```
/// use parallax_core::Span;
/// let text = "Moscow, Russia";
/// let span = Span::new(8, 14);
/// assert_eq!(span.slice(text), "Russia");
/// // Out-of-range or non-boundary spans slice to "" instead of panicking.
/// assert_eq!(Span::new(3, 99).slice(text), "");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The range `[start, end)`.
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    /// Its length in bytes (0 if `end < start`).
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers, or `""` if it does not lie on char boundaries in `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// Whether `other` lies entirely inside `self`.
    pub const fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}
