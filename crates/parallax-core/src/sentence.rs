//! Sentences: split paragraphs at sentence ends, never across a paragraph.
//!
//! Works on the tokens from [`crate::token`], so abbreviations ("U.S.", "Sept.",
//! "Maj. Gen."), decimals and initials are already whole words and their dots are
//! not mistaken for full stops.
//!
//! ```
//! use parallax_core::sentence::sentences;
//! use parallax_core::Span;
//!
//! let text = "Maj. Gen. Pat Ryder spoke. “It’s a threat,” he said. The U.S. Army agreed.";
//! let spans = sentences(text, &[Span::new(0, text.len())]);
//! let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
//! assert_eq!(got, ["Maj. Gen. Pat Ryder spoke.", "“It’s a threat,” he said.", "The U.S. Army agreed."]);
//! ```

use crate::span::Span;
use crate::token::{tokenize_into, Token, TokenKind, TITLE_ABBREVIATIONS};

/// Sentence spans of each paragraph in `paragraphs`, in order. A sentence never
/// crosses a paragraph; each paragraph with any token yields at least one sentence.
/// Spans start at a sentence's first token and end after its last (closing quotes
/// and brackets after a full stop belong to the sentence).
pub fn sentences(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut tokens = Vec::new();
    for &para in paragraphs {
        tokens.clear();
        tokenize_into(text, para, &mut tokens);
        sentences_from_tokens_into(text, &tokens, &mut out);
    }
    out
}

/// Sentence spans over `tokens`, which must come from one paragraph (for example
/// `tokenize(text, paragraph)`). Use this when the tokens are already at hand.
///
/// ```
/// use parallax_core::sentence::sentences_from_tokens;
/// use parallax_core::token::tokenize;
/// use parallax_core::Span;
///
/// let text = "It rose 3.5 percent. Then it fell...";
/// let tokens = tokenize(text, Span::new(0, text.len()));
/// let spans = sentences_from_tokens(text, &tokens);
/// assert_eq!(spans.iter().map(|s| s.slice(text)).collect::<Vec<_>>(), ["It rose 3.5 percent.", "Then it fell..."]);
/// ```
pub fn sentences_from_tokens(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_from_tokens_into(text, tokens, &mut out);
    out
}

fn sentences_from_tokens_into(text: &str, tokens: &[Token], out: &mut Vec<Span>) {
    let mut first = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let end_kind = terminator(text, &t);
        if end_kind == Terminator::No {
            i += 1;
            continue;
        }
        // Closing quotes and brackets glued to the full stop belong to this sentence.
        let mut last = i;
        while last + 1 < tokens.len() {
            let n = tokens[last + 1];
            let glued = n.span.start == tokens[last].span.end;
            let closing = match n.span.slice(text) {
                "”" | "’" | "»" | "›" | ")" | "]" | "}" => true,
                // A straight quote closes only when glued to the stop: `end." Next`.
                "\"" | "'" => glued,
                _ => false,
            };
            if closing {
                last += 1;
            } else {
                break;
            }
        }
        let next = tokens.get(last + 1);
        if breaks_before(text, end_kind, &t, next) {
            out.push(Span::new(tokens[first].span.start, tokens[last].span.end));
            first = last + 1;
        }
        i = last + 1;
    }
    if first < tokens.len() {
        out.push(Span::new(
            tokens[first].span.start,
            tokens[tokens.len() - 1].span.end,
        ));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Terminator {
    No,
    /// `.`, `!`, `?`, `...`, `…`
    Stop,
    /// A word with an abbreviation dot that never ends a sentence: titles, initials.
    Title,
    /// Any other word ending in a dot: "U.S.", "Inc.", "etc.", "Sept."
    Abbreviation,
}

fn terminator(text: &str, t: &Token) -> Terminator {
    let s = t.span.slice(text);
    match t.kind {
        TokenKind::Punct => {
            let first = s.as_bytes().first().copied();
            if matches!(first, Some(b'.' | b'!' | b'?')) || s == "…" {
                Terminator::Stop
            } else {
                Terminator::No
            }
        }
        TokenKind::Word if s.len() > 1 && s.ends_with('.') => {
            let word = &s[..s.len() - 1];
            let mut chars = word.chars();
            let initial =
                matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
            if initial || TITLE_ABBREVIATIONS.contains(&word) || BEFORE_REFERENCE.contains(&word) {
                Terminator::Title
            } else {
                Terminator::Abbreviation
            }
        }
        _ => Terminator::No,
    }
}

/// Abbreviations that stand before a number or a reference, and so never end a
/// sentence, like the titles before a name ([`TITLE_ABBREVIATIONS`]).
const BEFORE_REFERENCE: &[&str] = &["No", "Nos", "Vol", "Vols", "Fig", "Figs", "vs", "cf"];

/// Capitalised words that start sentences far more often than they continue a
/// name, used to decide whether "the U.S. The …" ends a sentence at "U.S.".
const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "However",
    "Meanwhile",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "Our",
    "My",
    "Some",
    "Many",
    "Most",
    "Such",
    "When",
    "While",
    "After",
    "Before",
    "If",
    "As",
    "For",
    "According",
    "Although",
    "Since",
    "Despite",
    "During",
    "Following",
    "Over",
    "Under",
    "Still",
    "Instead",
    "Now",
    "Then",
    "Last",
    "Earlier",
    "Later",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Both",
    "Each",
    "Other",
    "Several",
    "Officials",
    "Experts",
];

fn breaks_before(text: &str, kind: Terminator, t: &Token, next: Option<&Token>) -> bool {
    let Some(next) = next else {
        return true;
    };
    let next_text = next.span.slice(text);
    let first = next_text.chars().next().unwrap_or(' ');
    let opening = matches!(next_text, "“" | "‘" | "«" | "\"" | "'" | "(" | "[");
    match kind {
        Terminator::No | Terminator::Title => false,
        Terminator::Stop => {
            // "… which" or "?” he asked": a lowercase word continues the sentence.
            if first.is_lowercase() {
                return false;
            }
            // "3. 5" and ".," are not sentence ends, but "in 2019. 2020 was …" is.
            if matches!(next.kind, TokenKind::Punct) && !matches!(next_text, "(" | "[") {
                return false;
            }
            first.is_uppercase() || first.is_numeric() || opening || next.kind == TokenKind::Symbol
        }
        Terminator::Abbreviation => {
            (opening && next.span.start > t.span.end) || STARTERS.contains(&next_text)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &[Span::new(0, text.len())])
            .iter()
            .map(|s| s.slice(text))
            .collect()
    }

    #[test]
    fn sentence_cases() {
        struct Case {
            text: &'static str,
            want: &'static [&'static str],
        }
        let cases = [
            Case { text: "One. Two.", want: &["One.", "Two."] },
            Case {
                text: "On Thursday, the U.S. Defense Secretary warned. It is grave.",
                want: &["On Thursday, the U.S. Defense Secretary warned.", "It is grave."],
            },
            Case {
                text: "Troops left the U.S. The war went on.",
                want: &["Troops left the U.S.", "The war went on."],
            },
            Case {
                text: "The aftermath of the Sept. 11, 2001 terrorist attacks. Over time, it shifted.",
                want: &["The aftermath of the Sept. 11, 2001 terrorist attacks.", "Over time, it shifted."],
            },
            Case {
                text: "According to Pentagon Spokesperson Maj. Gen. Pat Ryder, ISIS-K grew. Ryder agreed.",
                want: &["According to Pentagon Spokesperson Maj. Gen. Pat Ryder, ISIS-K grew.", "Ryder agreed."],
            },
            Case { text: "Dr Jones left. Mr. Smith stayed.", want: &["Dr Jones left.", "Mr. Smith stayed."] },
            Case {
                text: "Prices rose 3.5 percent. Wages fell 1,000 dollars.",
                want: &["Prices rose 3.5 percent.", "Wages fell 1,000 dollars."],
            },
            Case {
                text: "“The claim proves it,” said Ryder during a briefing. “It’s something.”",
                want: &["“The claim proves it,” said Ryder during a briefing.", "“It’s something.”"],
            },
            Case {
                text: "He said, “The rise is a concern.” Then he left.",
                want: &["He said, “The rise is a concern.”", "Then he left."],
            },
            Case {
                text: "It went on... and on. The end… Next one.",
                want: &["It went on... and on.", "The end…", "Next one."],
            },
            Case { text: "Really? Yes! Fine.", want: &["Really?", "Yes!", "Fine."] },
            Case { text: "“Where?” he asked.", want: &["“Where?” he asked."] },
            Case { text: "John F. Kennedy died.", want: &["John F. Kennedy died."] },
            Case { text: "(He left.) Then", want: &["(He left.)", "Then"] },
            Case { text: "no final stop", want: &["no final stop"] },
            Case { text: "  ", want: &[] },
            Case {
                text: "After years of inactivity. In Iraq and Syria.",
                want: &["After years of inactivity.", "In Iraq and Syria."],
            },
        ];
        for case in cases {
            assert_eq!(split(case.text), case.want, "splitting {:?}", case.text);
        }
    }

    #[test]
    fn never_crosses_paragraphs() {
        let text = "First paragraph has no stop\nSecond one. Has two";
        let paras = [Span::new(0, 27), Span::new(28, text.len())];
        let got: Vec<&str> = sentences(text, &paras)
            .iter()
            .map(|s| s.slice(text))
            .collect();
        assert_eq!(
            got,
            ["First paragraph has no stop", "Second one.", "Has two"]
        );
    }
}
