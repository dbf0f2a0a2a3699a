//! Documents: decoded text plus metadata and structure, all as spans.

use crate::decode::decode;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// One article: its decoded text and what was found about it.
///
/// Every field that points into the article is a [`Span`] into [`Document::text`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier, usually the file name.
    pub id: String,
    /// The decoded text (BOM removed, Windows-1252 decoded); every span indexes this.
    pub text: String,
    /// The headline, or the first sentence when the article has no headline.
    pub title: Option<Span>,
    /// Body paragraphs (non-empty lines), in order.
    pub paragraphs: Vec<Span>,
}

impl Document {
    /// Decode `bytes` and find the document's structure. Never panics.
    pub fn parse(id: impl Into<String>, bytes: &[u8]) -> Self {
        let text = decode(bytes);
        let paragraphs = lines(&text);
        let title = paragraphs.first().copied();
        Self {
            id: id.into(),
            text,
            title,
            paragraphs,
        }
    }

    /// The title text, if any.
    pub fn title(&self) -> Option<&str> {
        self.title
            .map(|s| s.slice(&self.text))
            .filter(|s| !s.is_empty())
    }

    /// Number of whitespace-separated words in the text.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

/// Non-empty lines of `text` as spans, trimmed of surrounding whitespace.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push(Span::new(start + lead, start + lead + trimmed.len()));
        }
        start += line.len();
    }
    out
}
