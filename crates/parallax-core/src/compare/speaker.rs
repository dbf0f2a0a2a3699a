//! Who states something: one [`Speaker`] read from a mention or a word, shared by
//! the claims and the quotes.

use super::text::is_stop;
use super::{Speaker, View};
use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::Label;

impl Speaker {
    /// The speaker named by mention `m` of document `d`, with its entity when linked.
    pub(crate) fn of_mention(view: &View, d: usize, m: usize) -> Option<Speaker> {
        let mention = view.analysis.extractions.get(d)?.mentions.get(m)?;
        let text = view.analysis.documents.get(d)?.text.as_str();
        let e = view.entity(d, m);
        Some(Speaker {
            text: mention.span.slice(text).to_string(),
            entity: e.map(|e| e.id.clone()),
            name: e.map(|e| e.canonical.clone()),
            start: mention.span.start,
            end: mention.span.end,
        })
    }
}

pub(crate) use crate::rules::context::SPEECH;

/// Who states the sentence: "according to X", "X said", "said X", "officials said".
pub(crate) fn source_in(
    view: &View,
    d: usize,
    tokens: &[Token],
    (a, b): (usize, usize),
    skip: Span,
) -> Option<Speaker> {
    let doc = &view.analysis.documents[d];
    let ex = &view.analysis.extractions[d];
    let text = doc.text.as_str();
    let low = |k: usize| tokens.get(k).map(|t| t.text(text).to_lowercase());
    let mention_at = |span: Span| -> Option<Speaker> {
        let i = ex.mentions.partition_point(|m| m.span.end <= span.start);
        let m = ex.mentions.get(i).filter(|m| m.span.overlaps(&span))?;
        if !matches!(
            m.label,
            Label::Person | Label::Org | Label::Norp | Label::Loc
        ) {
            return None;
        }
        Speaker::of_mention(view, d, i)
    };
    let word = |k: usize| -> Option<Speaker> {
        let t = tokens.get(k)?;
        let w = t.text(text);
        let alpha = t.kind == TokenKind::Word && w.chars().all(|c| c.is_alphabetic());
        (alpha && !is_stop(&w.to_lowercase()) && w.len() > 2).then(|| Speaker {
            text: w.to_string(),
            entity: None,
            name: None,
            start: t.span.start,
            end: t.span.end,
        })
    };
    for k in a..b {
        if skip.contains(&tokens[k].span) {
            continue;
        }
        let w = low(k).unwrap_or_default();
        if w == "according" && low(k + 1).as_deref() == Some("to") {
            for t in tokens.iter().take((k + 5).min(b)).skip(k + 2) {
                if let Some(s) = mention_at(t.span) {
                    return Some(s);
                }
            }
            let j = if low(k + 2).as_deref() == Some("the") {
                k + 3
            } else {
                k + 2
            };
            if j < b {
                if let Some(s) = word(j) {
                    return Some(s);
                }
            }
        }
        if SPEECH.contains(&w.as_str()) {
            // "Ryder said", "Pentagon Spokesperson Ryder said"
            if k > a {
                if let Some(s) = mention_at(tokens[k - 1].span) {
                    return Some(s);
                }
            }
            // "said Ryder", "said the Pentagon"
            for t in tokens.iter().take((k + 3).min(b)).skip(k + 1) {
                if let Some(s) = mention_at(t.span) {
                    return Some(s);
                }
            }
            // "officials said", "police say"
            if k > a && w != "added" {
                if let Some(s) = word(k - 1) {
                    return Some(s);
                }
            }
        }
    }
    None
}
