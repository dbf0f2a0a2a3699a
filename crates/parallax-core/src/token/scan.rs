//! The rules' view of the document's one token stream: byte-offset pieces with
//! shape flags and word classes.
//!
//! The text is tokenized once, by [`crate::token`]; the tagger reads those tokens as
//! they are. The rule and lexicon layers match on finer pieces of the same tokens
//! ([`view`]): hyphens as their own pieces, so "U.S.-led" and "counter-ISIS" expose
//! the name; a dot apart from its word unless single letters are joined by dots
//! ("Sept", "." but "U.S."); numbers apart at anything but a decimal point or a
//! thousands comma. A piece never crosses a token, except that a contraction's
//! clitic stays on its word ("don't"); the possessive `'s` is a piece of its own in
//! both ("China", "'s").

use crate::span::Span;
use crate::token::{tokenize, Token, TokenKind};

/// Token shape flags.
pub(crate) const CAP: u8 = 1; // first char uppercase
pub(crate) const ALLCAPS: u8 = 2; // at least two letters, all uppercase
pub(crate) const DIGIT: u8 = 4; // contains a digit
pub(crate) const LINE_START: u8 = 8; // first token on its line
pub(crate) const SPACE_BEFORE: u8 = 16; // white space (or line start) precedes it
pub(crate) const ALPHA: u8 = 32; // starts with a letter

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok {
    pub start: u32,
    pub end: u32,
    pub flags: u8,
    /// Word classes from [`crate::words::classify`] (0 for non-words).
    pub class: u32,
}

/// Whether token `k` is a hyphen glued to the words on both sides: "Rolls-Royce",
/// "Ashworth-Vane".
pub(crate) fn joining_hyphen(text: &str, toks: &[Tok], k: usize) -> bool {
    // The hyphen first: most callers ask at every token.
    let Some(h) = toks
        .get(k)
        .filter(|h| h.end == h.start + 1 && h.text(text) == "-")
    else {
        return false;
    };
    matches!(
        (k.checked_sub(1).and_then(|j| toks.get(j)), toks.get(k + 1)),
        (Some(l), Some(r)) if l.end == h.start && h.end == r.start
    )
}

/// The character range of tokens `a..b`, if they exist.
pub(crate) fn char_range(toks: &[Tok], a: usize, b: usize) -> Option<(usize, usize)> {
    let first = toks.get(a)?;
    let last = toks.get(b.checked_sub(1)?)?;
    Some((first.start as usize, last.end as usize))
}

impl Tok {
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
    pub fn has(&self, f: u8) -> bool {
        self.flags & f != 0
    }
    pub fn is_word(&self) -> bool {
        self.has(ALPHA)
    }
    pub fn is_cap(&self) -> bool {
        self.has(CAP)
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The rules' view of a text that has not been tokenized yet: [`view`] over
/// [`tokenize`] of the whole text. Surface forms in the lexicon are read this way,
/// so they match the documents' view token for token.
pub(crate) fn scan(text: &str) -> Vec<Tok> {
    view(text, &tokenize(text, Span::new(0, text.len())))
}

/// The rules' view of `tokens`, the document's one token stream from
/// [`tokenize`]: every token split where the rules need finer pieces, and never
/// joined across two tokens except a clitic glued to its word.
///
/// - hyphens are tokens of their own: "U.S.-led" → "U.S.", "-", "led";
/// - a dot is its own token unless it belongs to single letters joined by dots:
///   "Sept." → "Sept", "."; "U.S." and "D.C." stay whole;
/// - numbers split at anything but a decimal point or thousands comma:
///   "2024-01-15" → "2024", "-", "01", "-", "15"; "10:30" → "10", ":", "30";
/// - a clitic other than the possessive stays on its word ("don't", "they're"),
///   while the possessive is a token of its own ("China", "'s");
/// - every other character that is not a letter or digit is a token of its own.
///
/// Never panics; every piece lies on char boundaries inside one token.
pub(crate) fn view(text: &str, tokens: &[Token]) -> Vec<Tok> {
    let mut out = Vec::with_capacity(tokens.len() + tokens.len() / 8);
    let mut k = 0;
    while k < tokens.len() {
        let mut unit = tokens[k].span;
        while let Some(next) = tokens.get(k + 1) {
            if next.span.start == unit.end && glued(text, tokens[k], *next) {
                unit.end = next.span.end;
                k += 1;
            } else {
                break;
            }
        }
        if !whole_word(text, unit, &mut out) {
            split(text, unit, &mut out);
        }
        k += 1;
    }
    out
}

/// Whether `next`, touching `prev`, reads as part of it here: a contraction's
/// clitic ("do" + "n't", "they" + "'re"), or an "s" after a lone apostrophe that
/// follows a word ("’" + "s" after a closing quote makes the possessive "’s").
fn glued(text: &str, prev: Token, next: Token) -> bool {
    let word = next.text(text);
    if prev.kind == TokenKind::Quote {
        return prev.text(text).chars().all(is_apostrophe)
            && matches!(word, "s" | "S")
            && text[..prev.span.start]
                .chars()
                .next_back()
                .is_some_and(|c| !c.is_whitespace());
    }
    let mut chars = word.chars();
    next.kind == TokenKind::Word
        && match (chars.next(), chars.next()) {
            // 're 'll 've 'd 'm; 's stays apart as the possessive.
            (Some(a), Some(b)) if is_apostrophe(a) => !matches!(b, 's' | 'S'),
            // n't
            (Some('n' | 'N'), Some(a)) => is_apostrophe(a),
            _ => false,
        }
}

/// Whether the text before byte `i` leaves it at the start of a line (only white
/// space, back to a line break or the start), and whether white space precedes it.
fn line_and_space(text: &str, i: usize) -> u8 {
    let mut flags = 0;
    for (n, c) in text[..i].chars().rev().enumerate() {
        if n == 0 && c.is_whitespace() {
            flags |= SPACE_BEFORE;
        }
        if c == '\n' {
            return flags | LINE_START;
        }
        if !c.is_whitespace() {
            return flags;
        }
    }
    flags | SPACE_BEFORE | LINE_START
}

/// The common case, without decoding characters: a token of ASCII letters and
/// digits only is one piece. Pushes it and returns true; false for any other token,
/// which [`split`] handles (and gives the same piece for these).
fn whole_word(text: &str, unit: Span, out: &mut Vec<Tok>) -> bool {
    let Some(word) = text.get(unit.start..unit.end) else {
        return false;
    };
    let bytes = word.as_bytes();
    if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let mut flags = line_and_space(text, unit.start);
    let (mut letters, mut upper) = (0, 0);
    for &b in bytes {
        if b.is_ascii_digit() {
            flags |= DIGIT;
        } else {
            letters += 1;
            upper += usize::from(b.is_ascii_uppercase());
        }
    }
    if bytes[0].is_ascii_alphabetic() {
        flags |= ALPHA;
    }
    if bytes[0].is_ascii_uppercase() {
        flags |= CAP;
    }
    if letters >= 2 && upper == letters {
        flags |= ALLCAPS;
    }
    let class = if flags & ALPHA != 0 {
        crate::words::classify(word)
    } else {
        0
    };
    out.push(piece(unit.start, 0, bytes.len(), flags, class));
    true
}

/// Split one token's span `unit` into the rules' pieces, pushing them to `out`.
fn split(text: &str, unit: Span, out: &mut Vec<Tok>) {
    let Some(part) = text.get(unit.start..unit.end) else {
        return;
    };
    let base = unit.start;
    let bytes = part.as_bytes();
    let end = part.len();
    let mut flags = line_and_space(text, base);
    let mut i = 0;
    while i < end {
        let Some(c) = part[i..].chars().next() else {
            break;
        };
        let start = i;
        if c.is_alphanumeric() {
            let mut j = i;
            let mut seg_len = 0usize; // chars since the last internal dot
            let mut dotted = false;
            while let Some(d) = part[j..].chars().next() {
                if d.is_alphanumeric() {
                    seg_len += 1;
                    j += d.len_utf8();
                    continue;
                }
                let next = part[j + d.len_utf8()..].chars().next();
                let prev_digit = j > 0 && bytes[j - 1].is_ascii_digit();
                match (d, next) {
                    // Possessive 's stays a token of its own.
                    (a, Some('s' | 'S')) if is_apostrophe(a) => {
                        let after = part[j + a.len_utf8() + 1..].chars().next();
                        if after.is_some_and(|x| x.is_alphanumeric()) {
                            j += a.len_utf8();
                            seg_len = 0;
                        } else {
                            break;
                        }
                    }
                    (a, Some(n)) if is_apostrophe(a) && n.is_alphabetic() => {
                        j += a.len_utf8();
                        seg_len = 0;
                    }
                    // U.S, D.C: single letters joined by dots.
                    ('.', Some(n)) if n.is_alphabetic() && seg_len == 1 && !prev_digit => {
                        dotted = true;
                        j += 1;
                        seg_len = 0;
                    }
                    // 1.5, 1,000
                    ('.' | ',', Some(n)) if n.is_ascii_digit() && prev_digit => {
                        j += 1;
                        seg_len = 0;
                    }
                    _ => break,
                }
            }
            if dotted && part[j..].starts_with('.') && seg_len == 1 {
                j += 1;
            }
            let word = &part[start..j];
            let first = word.chars().next().unwrap_or(' ');
            if first.is_alphabetic() {
                flags |= ALPHA;
            }
            if first.is_uppercase() {
                flags |= CAP;
            }
            let mut letters = 0;
            let mut upper = true;
            for ch in word.chars() {
                if ch.is_ascii_digit() {
                    flags |= DIGIT;
                } else if ch.is_alphabetic() {
                    letters += 1;
                    upper &= ch.is_uppercase();
                }
            }
            if letters >= 2 && upper {
                flags |= ALLCAPS;
            }
            let class = if flags & ALPHA != 0 {
                crate::words::classify(word)
            } else {
                0
            };
            out.push(piece(base, start, j, flags, class));
            i = j;
        } else if is_apostrophe(c)
            && part[i + c.len_utf8()..].starts_with(['s', 'S'])
            && i + c.len_utf8() + 1 == end
            && text[..base + i]
                .chars()
                .next_back()
                .is_some_and(|x| !x.is_whitespace())
        {
            // A possessive after a closing quote or bracket: "the “Hope”’s".
            out.push(piece(base, i, end, flags, 0));
            i = end;
        } else {
            let j = i + c.len_utf8();
            out.push(piece(base, i, j, flags, 0));
            i = j;
        }
        flags = 0;
    }
}

fn piece(base: usize, start: usize, end: usize, flags: u8, class: u32) -> Tok {
    Tok {
        start: (base + start) as u32,
        end: (base + end) as u32,
        flags,
        class,
    }
}

/// Whether token `i` opens a sentence: the text's or a line's first, or after ".", "!"
/// or "?".
pub(crate) fn opens_sentence(text: &str, toks: &[Tok], i: usize) -> bool {
    i == 0
        || toks.get(i).is_some_and(|t| t.has(LINE_START))
        || toks
            .get(i - 1)
            .is_some_and(|p| matches!(p.text(text), "." | "!" | "?"))
}

/// The lower-cased word of token `i` ("" past either end); a curly possessive reads as a
/// straight one.
pub(crate) fn word<'a>(text: &'a str, toks: &[Tok], i: Option<usize>) -> crate::words::Lower<'a> {
    let w = i.and_then(|i| toks.get(i)).map_or("", |t| t.text(text));
    // A curly possessive reads as a straight one.
    crate::words::lower(if w == "’s" { "'s" } else { w })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("China's U.S.-led", &["China", "'s", "U.S.", "-", "led"]),
            (
                "ISIS’s counter-ISIS",
                &["ISIS", "’s", "counter", "-", "ISIS"],
            ),
            (
                "O'Brien don't 1,000.5 2024-01-15",
                &["O'Brien", "don't", "1,000.5", "2024", "-", "01", "-", "15"],
            ),
            ("Washington, D.C. is", &["Washington", ",", "D.C.", "is"]),
            ("Sept. 11", &["Sept", ".", "11"]),
            ("", &[]),
            ("é’", &["é", "’"]),
            // Contractions stay whole; the possessive is apart, even after a quote.
            (
                "they're sure we'd can't",
                &["they're", "sure", "we'd", "can't"],
            ),
            ("the “Hope”’s end", &["the", "“", "Hope", "”", "’s", "end"]),
            ("states' rights", &["states", "'", "rights"]),
            // The tokenizer's whole tokens split into the rules' pieces.
            ("AT&T at 10:30", &["AT", "&", "T", "at", "10", ":", "30"]),
            (
                "Ph.D. and I.S.I.S.",
                &["Ph", ".", "D", ".", "and", "I.S.I.S."],
            ),
            (
                "www.bbc.org/a-b",
                &["www", ".", "bbc", ".", "org", "/", "a", "-", "b"],
            ),
            ("wait... no", &["wait", ".", ".", ".", "no"]),
            // Invisible spaces are spaces, not tokens.
            ("a\u{200B}b \u{FEFF}Kabul", &["a", "b", "Kabul"]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = scan(text).iter().map(|t| t.text(text)).collect();
            assert_eq!(&got, want, "{text}");
        }
    }

    #[test]
    fn shape_flags_say_where_a_piece_stands() {
        let text = "Kabul's U.S.-led\n  NATO 7";
        let toks = scan(text);
        let flags: Vec<(&str, bool, bool)> = toks
            .iter()
            .map(|t| (t.text(text), t.has(LINE_START), t.has(SPACE_BEFORE)))
            .collect();
        assert_eq!(
            flags,
            [
                ("Kabul", true, true),
                ("'s", false, false),
                ("U.S.", false, true),
                ("-", false, false),
                ("led", false, false),
                ("NATO", true, true),
                ("7", false, true),
            ]
        );
        assert!(toks[5].has(ALLCAPS) && toks[5].is_cap() && toks[6].has(DIGIT));
        assert!(!toks[1].is_word() && toks[4].is_word());
    }

    #[test]
    fn the_fast_path_gives_the_pieces_of_the_slow_one() {
        let text = "KABUL, Aug 3 (Reuters) - U.S. and NATO's 2,500 troops left Kabul in 2021; \
                    the G7 met. B2B x86 Über a1b2 DC\nAl 9 11th iPhone";
        for t in tokenize(text, Span::new(0, text.len())) {
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            if whole_word(text, t.span, &mut fast) {
                split(text, t.span, &mut slow);
                assert_eq!(fast, slow, "{:?}", t.text(text));
            }
        }
    }

    #[test]
    fn pieces_lie_inside_the_tokens() {
        let text =
            "“Don’t,” said Maj. Gen. Ana Gil-Ortiz of the U.S.-backed AT&T Corp. at 10:30 a.m.";
        let tokens = tokenize(text, Span::new(0, text.len()));
        for piece in view(text, &tokens) {
            let inside = tokens
                .iter()
                .any(|t| t.span.start <= piece.start as usize && piece.end as usize <= t.span.end);
            // The one exception: a contraction's clitic joins its word.
            assert!(
                inside || piece.text(text) == "Don’t",
                "{:?}",
                piece.text(text)
            );
        }
    }
}
