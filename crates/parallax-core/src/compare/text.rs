//! Term normalisation shared by the comparison parts: lower-case, possessives and
//! plural `-s` folded, stop words and numbers dropped. Deliberately crude: the
//! same crude rule on every article is what makes their terms comparable.

use crate::pipeline::Extraction;
use crate::span::Span;
use crate::token::{Token, TokenKind};
use crate::Document;

/// Function words and reporting verbs: frequent everywhere, telling about nothing.
const STOP: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "ago",
    "all",
    "also",
    "although",
    "am",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "either",
    "even",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "last",
    "least",
    "less",
    "like",
    "made",
    "make",
    "many",
    "may",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "n't",
    "near",
    "nearly",
    "neither",
    "new",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "others",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "put",
    "rather",
    "said",
    "same",
    "say",
    "saying",
    "says",
    "see",
    "seen",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "through",
    "thus",
    "to",
    "told",
    "too",
    "two",
    "under",
    "until",
    "up",
    "upon",
    "us",
    "use",
    "used",
    "very",
    "via",
    "was",
    "way",
    "we",
    "well",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "within",
    "without",
    "would",
    "yet",
    "you",
    "your",
    "yours",
    "'s",
    "’s",
    "mr",
    "mrs",
    "ms",
    "year",
    "years",
    "week",
    "weeks",
    "month",
    "months",
    "day",
    "days",
    "time",
    "times",
    "including",
    "according",
    "get",
    "got",
    "take",
    "took",
    "going",
    "go",
    "went",
    "come",
    "came",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "first",
    "second",
    "around",
    "there",
    "s",
    "t",
    "re",
    "ve",
    "ll",
    "d",
];

/// Whether a lower-cased word is a stop word.
pub(crate) fn is_stop(lower: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOP.iter().copied().collect())
        .contains(lower)
}

/// The comparable form of a word token, or `None` for stop words, numbers and
/// punctuation. "Bombings" → "bombing", "cities" → "city", "ISIS’s" → "isis".
pub(crate) fn term(word: &str) -> Option<String> {
    let word = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    if word.chars().count() < 2 || !word.chars().any(char::is_alphabetic) {
        return None;
    }
    if word.chars().filter(|c| c.is_ascii_digit()).count() * 2 > word.len() {
        return None;
    }
    let mut w: String = word
        .chars()
        .filter(|c| *c != '.')
        .flat_map(char::to_lowercase)
        .collect();
    if w.chars().count() < 2 || is_stop(&w) {
        return None;
    }
    fold_plural(&mut w);
    if is_stop(&w) {
        return None;
    }
    Some(w)
}

/// English plural folding good enough for matching: "cities" → "city",
/// "attacks" → "attack"; leaves "news", "crisis", "virus", "glass" alone.
fn fold_plural(w: &mut String) {
    let n = w.len();
    if n > 4 && w.ends_with("ies") {
        w.truncate(n - 3);
        w.push('y');
    } else if n > 4
        && ["ches", "shes", "sses", "xes"]
            .iter()
            .any(|e| w.ends_with(e))
    {
        w.truncate(n - 2);
    } else if n > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("ews")
    {
        w.truncate(n - 1);
    }
}

/// Word tokens of an extraction that lie in the document's body (not headline,
/// wire tag or boilerplate), in order.
pub(crate) fn body_tokens<'a>(doc: &Document, ex: &'a Extraction) -> Vec<&'a Token> {
    let mut out = Vec::with_capacity(ex.tokens.len());
    let mut b = 0;
    for t in &ex.tokens {
        while b < doc.body.len() && doc.body[b].end <= t.span.start {
            b += 1;
        }
        let Some(body) = doc.body.get(b) else { break };
        if body.contains(&t.span) {
            out.push(t);
        }
    }
    out
}

/// Whether a token is a word (not a number, punctuation or quote).
pub(crate) fn is_word(t: &Token) -> bool {
    t.kind == TokenKind::Word
}

/// Index of the sentence containing byte `at`, if any.
pub(crate) fn sentence_at(sentences: &[Span], at: usize) -> Option<usize> {
    let i = sentences.partition_point(|s| s.end <= at);
    sentences.get(i).filter(|s| s.start <= at).map(|_| i)
}

/// The most tokens a window around a figure, quote or date reads: a sentence longer
/// than this (a paragraph without full stops, a list run together) is read in
/// pieces of at most this many tokens, so the work per item is bounded and the
/// comparison stays linear in the text. Only the windows are split; the reader
/// still sees the sentence as written. News sentences are far shorter (the BBC's
/// longest run to about 120 tokens).
pub(crate) const WINDOW_TOKENS: usize = 160;

/// The most bytes a window reads on either side of an item when it is not
/// inside a sentence (text the sentence splitter left out).
pub(crate) const WINDOW_BYTES: usize = 1000;

/// The sentences of a document as the comparison's windows: each sentence, or
/// for one of more than [`WINDOW_TOKENS`] tokens consecutive pieces of it that
/// cover it, each of at most that many tokens (cut after a clause break in the
/// piece's last quarter when there is one).
pub(crate) fn window_sentences(sentences: &[Span], tokens: &[Token], text: &str) -> Vec<Span> {
    let mut out = Vec::with_capacity(sentences.len());
    for &s in sentences {
        let (a, b) = token_range(tokens, s);
        if b - a <= WINDOW_TOKENS {
            out.push(s);
            continue;
        }
        let mut start = s.start;
        let mut k = a;
        while b - k > WINDOW_TOKENS {
            let last = k + WINDOW_TOKENS;
            let cut = (k + WINDOW_TOKENS * 3 / 4..last)
                .rev()
                .find(|&j| {
                    tokens
                        .get(j)
                        .is_some_and(|t| matches!(t.text(text), "," | ";" | ":" | "and"))
                })
                .map_or(last, |j| j + 1);
            let Some(next) = tokens.get(cut) else { break };
            out.push(Span::new(start, next.span.start));
            start = next.span.start;
            k = cut;
        }
        out.push(Span::new(start, s.end));
    }
    out
}

/// Index range `[a, b)` of the tokens inside `span`.
pub(crate) fn token_range(tokens: &[Token], span: Span) -> (usize, usize) {
    let a = tokens.partition_point(|t| t.span.start < span.start);
    let b = tokens.partition_point(|t| t.span.start < span.end);
    (a, b.max(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_sentences_are_read_in_bounded_windows() {
        use crate::sentence::sentences_from_tokens;
        use crate::token::tokenize;
        let long = "officials in Leeds announced the budget and ".repeat(200);
        // (text, sentences the reader sees, fewest windows)
        let cases: &[(&str, usize, usize)] = &[
            ("The mayor spoke. The council voted.", 2, 2),
            (long.as_str(), 1, 200 * 7 / WINDOW_TOKENS),
        ];
        for &(text, n_sentences, at_least) in cases {
            let tokens = tokenize(text, Span::new(0, text.len()));
            let sents = sentences_from_tokens(text, &tokens);
            assert_eq!(sents.len(), n_sentences, "{text}");
            let windows = window_sentences(&sents, &tokens, text);
            assert!(windows.len() >= at_least, "{} windows", windows.len());
            for w in &windows {
                let (a, b) = token_range(&tokens, *w);
                assert!(b - a <= WINDOW_TOKENS, "{} tokens", b - a);
            }
            // Pieces of one sentence follow each other without a gap or an overlap.
            for s in &sents {
                let inside: Vec<&Span> = windows.iter().filter(|w| s.contains(w)).collect();
                assert_eq!(inside.first().map(|w| w.start), Some(s.start));
                assert_eq!(inside.last().map(|w| w.end), Some(s.end));
                assert!(inside.windows(2).all(|p| p[0].end == p[1].start));
            }
        }
    }

    #[test]
    fn terms() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Bombings", Some("bombing")),
            ("cities", Some("city")),
            ("ISIS’s", Some("isis")),
            ("U.S.", None), // "us" is a stop word once the dots go
            ("news", Some("news")),
            ("crisis", Some("crisis")),
            ("the", None),
            ("2019", None),
            ("a", None),
            ("Taliban", Some("taliban")),
            ("matches", Some("match")),
            ("taxes", Some("tax")),
            ("businesses", Some("business")),
        ];
        for (w, want) in cases {
            assert_eq!(term(w).as_deref(), *want, "{w}");
        }
    }
}
