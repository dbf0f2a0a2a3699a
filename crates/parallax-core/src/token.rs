//! Tokens: a hand-written scanner that splits text the way CoNLL and the Penn
//! Treebank do, returning byte spans into the text (no allocation per token).
//!
//! - punctuation and quotes are split off: `"Hello,"` → `"`, `Hello`, `,`, `"`;
//! - clitics are split off: `ISIS’s` → `ISIS`, `’s`; `don't` → `do`, `n't`;
//! - abbreviations keep their dot: `U.S.`, `Mr.`, `Sept.`, `F.`;
//! - hyphenated words stay whole: `ISIS-K`, `U.S.-led`, `19-year-old`
//!   (see [`hyphen_parts`] for their pieces);
//! - numbers stay whole: `3.5`, `1,000`, `2024-01-15`, `10:30`.
//!
//! `scan` is the view of these tokens the rules, the lexicon and the gazetteer read
//! (shape flags and word classes, hyphens split where a name needs it).
//!
//! ```
//! use parallax_core::token::{tokenize, TokenKind};
//! use parallax_core::Span;
//!
//! let text = "The U.S.-led coalition’s 1,000 troops left.";
//! let tokens = tokenize(text, Span::new(0, text.len()));
//! let words: Vec<&str> = tokens.iter().map(|t| t.span.slice(text)).collect();
//! assert_eq!(words, ["The", "U.S.-led", "coalition", "’s", "1,000", "troops", "left", "."]);
//! assert_eq!(tokens[4].kind, TokenKind::Number);
//! ```

use crate::span::Span;
use serde::{Deserialize, Serialize};

pub(crate) mod scan;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, inner apostrophes or an abbreviation dot.
    Word,
    /// Digits with optional `.`, `,`, `:`, `/` or `-` between them: `3.5`, `1,000`, `2024-01-15`.
    Number,
    /// Sentence and clause punctuation, brackets, dashes, ellipses.
    Punct,
    /// Quotation marks and apostrophes standing alone: `"`, `“`, `”`, `‘`, `’`, `'`, `«`, `»`.
    Quote,
    /// Anything else: currency signs, `%`, `&`, `@`, emoji.
    Symbol,
    /// A web address, kept whole: `https://example.com/a?b=1`, `www.bbc.co.uk/news`.
    Url,
}

/// One token: where it is and what it is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Byte range into the text given to [`tokenize`].
    pub span: Span,
    /// What kind of token it is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        self.span.slice(text)
    }
}

/// Split `text[range]` into tokens. Spans index `text` itself, so they can be used
/// directly against the document. A `range` that is out of bounds or not on char
/// boundaries is clipped to the nearest valid range; the function never panics.
///
/// ```
/// use parallax_core::token::tokenize;
/// use parallax_core::Span;
///
/// let text = "“It’s a threat,” said Maj. Gen. Pat Ryder.";
/// let tokens = tokenize(text, Span::new(0, text.len()));
/// let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(
///     words,
///     ["“", "It", "’s", "a", "threat", ",", "”", "said", "Maj.", "Gen.", "Pat", "Ryder", "."]
/// );
/// ```
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let mut out = Vec::with_capacity(range.len() / 5 + 1);
    tokenize_into(text, range, &mut out);
    out
}

/// Like [`tokenize`], appending to `out` (lets callers reuse one buffer).
pub fn tokenize_into(text: &str, range: Span, out: &mut Vec<Token>) {
    let range = clip(text, range);
    let bytes = text.as_bytes();
    let end = range.end;
    let mut i = range.start;
    while i < end {
        let b = bytes[i];
        if b < 0x80 {
            match class_ascii(b) {
                Class::Space => i += 1,
                Class::Alnum => match url_len(text, i, end) {
                    Some(len) => {
                        out.push(tok(i, i + len, TokenKind::Url));
                        i += len;
                    }
                    None => i = scan_word(text, i, end, out),
                },
                Class::Punct => i = scan_punct(bytes, i, end, out),
                Class::Quote => {
                    i = scan_quote(text, i, end, out);
                }
                Class::Symbol => {
                    out.push(tok(i, i + 1, TokenKind::Symbol));
                    i += 1;
                }
            }
        } else {
            let (c, w) = char_at(text, i);
            match class_char(c) {
                Class::Space => i += w,
                Class::Alnum => i = scan_word(text, i, end, out),
                Class::Quote => i = scan_quote(text, i, end, out),
                Class::Punct => {
                    out.push(tok(i, i + w, TokenKind::Punct));
                    i += w;
                }
                Class::Symbol => {
                    out.push(tok(i, i + w, TokenKind::Symbol));
                    i += w;
                }
            }
        }
    }
}

/// Length of a web address starting at `i` ("http://", "https://" or "www."),
/// up to white space, without trailing punctuation.
fn url_len(text: &str, i: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !matches!(bytes[i], b'h' | b'H' | b'w' | b'W') {
        return None;
    }
    let rest = &bytes[i..end];
    let starts = |p: &[u8]| rest.len() > p.len() + 1 && rest[..p.len()].eq_ignore_ascii_case(p);
    if !(starts(b"http://") || starts(b"https://") || starts(b"www.")) {
        return None;
    }
    let mut len = text[i..end]
        .char_indices()
        .find(|&(_, c)| matches!(c, '"' | '<' | '>') || class_char(c) == Class::Space)
        .map_or(rest.len(), |(at, _)| at);
    // Drop trailing punctuation and closing quotes; a closing bracket only when
    // it has no opening one inside ("(see www.x.org)" but "wiki/Foo_(bar)").
    while let Some(&last) = rest[..len].last() {
        let unbalanced_close = (last == b')' || last == b']')
            && rest[..len]
                .iter()
                .filter(|&&b| b == b'(' || b == b'[')
                .count()
                < rest[..len]
                    .iter()
                    .filter(|&&b| b == b')' || b == b']')
                    .count();
        if matches!(last, b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'') || unbalanced_close {
            len -= 1;
        } else if len >= 3 && matches!(&rest[len - 3..len], [0xE2, 0x80, 0x99 | 0x9D]) {
            // ’ and ”
            len -= 3;
        } else {
            break;
        }
    }
    // Never end inside a multi-byte char.
    while len > 0 && i + len < bytes.len() && (bytes[i + len] & 0xC0) == 0x80 {
        len -= 1;
    }
    (len > 4).then_some(len)
}

/// The pieces of a hyphenated token, without the hyphens: `U.S.-led` → `U.S.`, `led`;
/// `ISIS-K` → `ISIS`, `K`. A token without a hyphen yields itself. Useful for
/// finding a name inside a compound ("Iranian-backed" → "Iranian").
///
/// ```
/// use parallax_core::token::hyphen_parts;
/// use parallax_core::Span;
///
/// let text = "U.S.-led";
/// let parts: Vec<&str> = hyphen_parts(text, Span::new(0, 8)).map(|s| s.slice(text)).collect();
/// assert_eq!(parts, ["U.S.", "led"]);
/// ```
pub fn hyphen_parts(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let span = clip(text, span);
    let bytes = text.as_bytes();
    let mut start = span.start;
    let mut i = span.start;
    let mut done = false;
    std::iter::from_fn(move || {
        if done {
            return None;
        }
        while i < span.end {
            if bytes[i] == b'-' {
                let piece = Span::new(start, i);
                i += 1;
                start = i;
                if !piece.is_empty() {
                    return Some(piece);
                }
            } else {
                i += 1;
            }
        }
        done = true;
        let piece = Span::new(start, span.end);
        (!piece.is_empty()).then_some(piece)
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    Alnum,
    Punct,
    Quote,
    Symbol,
}

const fn tok(start: usize, end: usize, kind: TokenKind) -> Token {
    Token {
        span: Span::new(start, end),
        kind,
    }
}

/// Clip a range to `text`, moving its ends inwards onto char boundaries.
pub(crate) fn clip(text: &str, range: Span) -> Span {
    let mut end = range.end.min(text.len());
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let mut start = range.start.min(end);
    while start < end && !text.is_char_boundary(start) {
        start += 1;
    }
    Span::new(start, end)
}

/// The char starting at byte `i` (which must be a char boundary) and its width.
#[inline]
fn char_at(text: &str, i: usize) -> (char, usize) {
    match text.get(i..).and_then(|s| s.chars().next()) {
        Some(c) => (c, c.len_utf8()),
        None => ('\u{FFFD}', 1),
    }
}

#[inline]
fn class_ascii(b: u8) -> Class {
    match b {
        b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => Class::Alnum,
        b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C => Class::Space,
        b'"' | b'\'' | b'`' => Class::Quote,
        b'.' | b',' | b';' | b':' | b'!' | b'?' | b'(' | b')' | b'[' | b']' | b'{' | b'}'
        | b'-' | b'/' | b'\\' | b'|' => Class::Punct,
        // Other control characters are treated as spaces: they never make a token.
        0..=0x1F | 0x7F => Class::Space,
        _ => Class::Symbol,
    }
}

#[inline]
fn class_char(c: char) -> Class {
    if c.is_ascii() {
        return class_ascii(c as u8);
    }
    if c.is_alphanumeric() || is_word_joiner(c) {
        return Class::Alnum;
    }
    if c.is_whitespace() || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}') || c.is_control() {
        return Class::Space;
    }
    match c {
        '‘' | '’' | '‚' | '‛' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '′' | '″' => {
            Class::Quote
        }
        '‐' | '‑' | '‒' | '–' | '—' | '―' | '…' | '¡' | '¿' | '·' | '•' | '‧' | '、' | '。'
        | '，' | '：' | '；' | '！' | '？' | '（' | '）' | '《' | '》' | '「' | '」' | '『'
        | '』' | '【' | '】' => Class::Punct,
        _ => Class::Symbol,
    }
}

/// Characters that are not alphanumeric but belong inside words: combining marks,
/// joiners, the soft hyphen.
#[inline]
fn is_word_joiner(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{200C}' | '\u{200D}'
        | '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

#[inline]
fn is_alnum_at(text: &str, i: usize, end: usize) -> bool {
    if i >= end {
        return false;
    }
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b.is_ascii_alphanumeric()
    } else {
        class_char(char_at(text, i).0) == Class::Alnum
    }
}

#[inline]
fn is_digit_at(bytes: &[u8], i: usize, end: usize) -> bool {
    i < end && bytes[i].is_ascii_digit()
}

#[inline]
fn is_apostrophe_at(text: &str, i: usize, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if i >= end {
        return None;
    }
    if bytes[i] == b'\'' {
        return Some(1);
    }
    // ’ is E2 80 99
    if bytes[i] == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 {
        return Some(3);
    }
    None
}

/// End of the run of alphanumeric characters starting at `i` (no joiners).
#[inline]
fn alnum_run(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while i < end {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        } else {
            let (c, w) = char_at(text, i);
            if class_char(c) == Class::Alnum {
                i += w;
            } else {
                break;
            }
        }
    }
    i
}

/// Clitics split off after an apostrophe, PTB style (lowercase; compared case-insensitively).
fn clitic_len(text: &str, after: usize, end: usize) -> Option<usize> {
    let run_end = alnum_run(text, after, end);
    let rest = text.get(after..run_end)?;
    let ok = ["s", "re", "ll", "ve", "d", "m"]
        .iter()
        .any(|c| rest.eq_ignore_ascii_case(c));
    ok.then_some(run_end - after)
}

/// Scan a word or number starting at `start`; push it (and any split-off clitic).
/// Returns the position after what was consumed.
fn scan_word(text: &str, start: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let bytes = text.as_bytes();
    let mut i = alnum_run(text, start, end);
    // Does the token so far contain an inner dot (U.S, e.g, 3.5)?
    let mut inner_dot = false;
    let mut has_letter = !bytes[start].is_ascii_digit();
    let mut all_digits_or_sep = bytes[start].is_ascii_digit();
    let mut segment_start = start;
    let mut max_segment = i - start;
    let mark = |s: &str, has_letter: &mut bool, all_digits: &mut bool| {
        if s.bytes().any(|b| !b.is_ascii_digit()) {
            *has_letter = true;
            *all_digits = false;
        }
    };
    mark(&text[start..i], &mut has_letter, &mut all_digits_or_sep);
    loop {
        if i >= end {
            break;
        }
        let b = bytes[i];
        let prev_digit = i > start && bytes[i - 1].is_ascii_digit();
        let joins = match b {
            // Hyphenated compounds and dates: ISIS-K, 19-year-old, 2024-01-15.
            b'-' => is_alnum_at(text, i + 1, end),
            // U.S, e.g, 3.5, example.com — a dot followed directly by a letter or
            // digit; but not "attack.The" (two sentences glued by a scraper), and
            // U.S.-led keeps going through the dot into the hyphen.
            b'.' => {
                (is_alnum_at(text, i + 1, end)
                    && (i - segment_start <= 2 || prev_digit || !bytes[i + 1].is_ascii_uppercase()))
                    || (inner_dot
                        && i - segment_start <= 3
                        && i + 1 < end
                        && bytes[i + 1] == b'-'
                        && is_alnum_at(text, i + 2, end))
            }
            // 1,000 and 10:30 and 1/2: only between digits.
            b',' | b':' | b'/' => prev_digit && is_digit_at(bytes, i + 1, end),
            // AT&T, S&P
            b'&' => {
                i > start
                    && bytes[i - 1].is_ascii_uppercase()
                    && i + 1 < end
                    && bytes[i + 1].is_ascii_uppercase()
            }
            _ => false,
        };
        if joins {
            if b == b'.' {
                inner_dot = true;
            }
            if !(b == b'.' || b == b',' || b == b':' || b == b'/' || b == b'-') {
                has_letter = true;
                all_digits_or_sep = false;
            }
            segment_start = i + 1;
            let next = alnum_run(text, i + 1, end);
            mark(&text[i + 1..next], &mut has_letter, &mut all_digits_or_sep);
            max_segment = max_segment.max(next - segment_start);
            i = next;
            continue;
        }
        if let Some(w) = is_apostrophe_at(text, i, end) {
            // n't: split before the n.
            let after = i + w;
            if i >= start + 2
                && matches!(bytes[i - 1], b'n' | b'N')
                && after < end
                && matches!(bytes[after], b't' | b'T')
                && !is_alnum_at(text, after + 1, end)
            {
                let word_end = i - 1;
                out.push(tok(start, word_end, kind_of(has_letter, all_digits_or_sep)));
                out.push(tok(word_end, after + 1, TokenKind::Word));
                return after + 1;
            }
            if is_alnum_at(text, after, end) {
                if let Some(len) = clitic_len(text, after, end) {
                    out.push(tok(start, i, kind_of(has_letter, all_digits_or_sep)));
                    out.push(tok(i, after + len, TokenKind::Word));
                    return after + len;
                }
                // O'Brien, Qur'an: the apostrophe stays inside the word.
                segment_start = after;
                let next = alnum_run(text, after, end);
                has_letter = true;
                all_digits_or_sep = false;
                max_segment = max_segment.max(next - segment_start);
                i = next;
                continue;
            }
        }
        break;
    }
    let _ = segment_start;
    // Abbreviation dot: U.S. / e.g. (inner dots, short pieces), single capital
    // initials (F.), and known abbreviations (Mr. Sept. Gen.).
    if i < end && bytes[i] == b'.' && has_letter {
        let word = &text[start..i];
        let attach = (inner_dot && max_segment <= 3 && !word.contains('-'))
            || (inner_dot
                && word
                    .rsplit('-')
                    .next()
                    .is_some_and(|last| last.contains('.')))
            || is_initial(word)
            || is_abbreviation(word)
            || (NUMBER_ABBREVIATIONS.contains(&word) && next_is_digit(bytes, i + 1, end));
        if attach {
            i += 1;
        }
    }
    out.push(tok(start, i, kind_of(has_letter, all_digits_or_sep)));
    i
}

fn kind_of(has_letter: bool, all_digits_or_sep: bool) -> TokenKind {
    if !has_letter && all_digits_or_sep {
        TokenKind::Number
    } else {
        TokenKind::Word
    }
}

/// A single letter, capital: the initial in "John F. Kennedy".
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase())
}

/// Abbreviations that take a dot, by group; compared case-sensitively.
const ABBREVIATIONS: &[&[&str]] = &[
    TITLE_ABBREVIATIONS,
    AFTER_NAME_ABBREVIATIONS,
    CALENDAR_ABBREVIATIONS,
    ORG_ABBREVIATIONS,
    STATE_ABBREVIATIONS,
    LOWER_ABBREVIATIONS,
];

/// Titles before names: their dot never ends a sentence ([`crate::sentence`]).
pub(crate) const TITLE_ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Rev", "Fr", "Hon", "Gen", "Maj", "Col", "Lt",
    "Sgt", "Capt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Gov", "Sen", "Rep", "Pres", "Amb",
    "Supt", "Det", "Insp", "Atty", "Lieut", "Msgr", "Sens", "Reps", "Messrs", "Mme", "Mlle",
];

/// Abbreviations after names ("Martin Luther King Jr."), whose dot may end a sentence.
const AFTER_NAME_ABBREVIATIONS: &[&str] = &["Sr", "Jr", "Esq"];

/// Months and days ("Mar", "Sun", "Wed" are left out: they are also words).
const CALENDAR_ABBREVIATIONS: &[&str] = &[
    "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Tue", "Tues",
    "Thu", "Thur", "Thurs",
];

/// Organisations and addresses.
const ORG_ABBREVIATIONS: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Bros", "Dept", "Univ", "Assn", "Mt", "Ft", "Ave", "Blvd", "Rd",
    "Intl",
];

/// US states as written in datelines (those that are not also words).
const STATE_ABBREVIATIONS: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Fla", "Kan", "Ky", "Md", "Mich", "Minn",
    "Mont", "Neb", "Nev", "Okla", "Tenn", "Va", "Vt", "Wis", "Wyo",
];

const LOWER_ABBREVIATIONS: &[&str] = &["etc", "vs", "approx", "esp", "al", "cf", "incl"];

/// Abbreviations that take a dot only before a number: "No. 2", but "said no."
const NUMBER_ABBREVIATIONS: &[&str] = &[
    "No", "Nos", "Vol", "Vols", "Fig", "Figs", "Art", "Sec", "Ch",
];

/// Whether the next non-space byte from `i` is a digit.
fn next_is_digit(bytes: &[u8], mut i: usize, end: usize) -> bool {
    while i < end && bytes[i] == b' ' {
        i += 1;
    }
    i < end && bytes[i].is_ascii_digit()
}

fn is_abbreviation(word: &str) -> bool {
    word.len() <= 7 && ABBREVIATIONS.iter().any(|group| group.contains(&word))
}

/// Punctuation: `...` and `--` stay together, everything else is one char.
fn scan_punct(bytes: &[u8], i: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let b = bytes[i];
    let mut j = i + 1;
    if b == b'.' || b == b'-' || b == b'!' || b == b'?' {
        while j < end && bytes[j] == b {
            j += 1;
        }
    }
    out.push(tok(i, j, TokenKind::Punct));
    j
}

/// A quote or apostrophe. `'s` after a closing quote or word boundary is still a
/// clitic only when glued to a word, which [`scan_word`] handles; here a quote is
/// a token of its own.
fn scan_quote(text: &str, i: usize, _end: usize, out: &mut Vec<Token>) -> usize {
    let (_, w) = char_at(text, i);
    out.push(tok(i, i + w, TokenKind::Quote));
    i + w
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.slice(text))
            .collect()
    }

    #[test]
    fn splits_like_conll() {
        struct Case {
            text: &'static str,
            want: &'static [&'static str],
        }
        let cases = [
            Case {
                text: "the U.S. Defense Secretary",
                want: &["the", "U.S.", "Defense", "Secretary"],
            },
            Case {
                text: "the U.K.",
                want: &["the", "U.K."],
            },
            Case {
                text: "U.S.-led coalition",
                want: &["U.S.-led", "coalition"],
            },
            Case {
                text: "ISIS-K claimed",
                want: &["ISIS-K", "claimed"],
            },
            Case {
                text: "a 19-year-old Austrian",
                want: &["a", "19-year-old", "Austrian"],
            },
            Case {
                text: "grew 3.5 percent",
                want: &["grew", "3.5", "percent"],
            },
            Case {
                text: "1,000 troops, 20 dead",
                want: &["1,000", "troops", ",", "20", "dead"],
            },
            Case {
                text: "China's assertiveness",
                want: &["China", "'s", "assertiveness"],
            },
            Case {
                text: "ISIS’s attempts",
                want: &["ISIS", "’s", "attempts"],
            },
            Case {
                text: "It’s something",
                want: &["It", "’s", "something"],
            },
            Case {
                text: "don't go",
                want: &["do", "n't", "go"],
            },
            Case {
                text: "They're here",
                want: &["They", "'re", "here"],
            },
            Case {
                text: "O'Brien said",
                want: &["O'Brien", "said"],
            },
            Case {
                text: "the states' rights",
                want: &["the", "states", "'", "rights"],
            },
            Case {
                text: "stating,“The rise.”",
                want: &["stating", ",", "“", "The", "rise", ".", "”"],
            },
            Case {
                text: "\"Hi,\" he said",
                want: &["\"", "Hi", ",", "\"", "he", "said"],
            },
            Case {
                text: "Maj. Gen. Pat Ryder.",
                want: &["Maj.", "Gen.", "Pat", "Ryder", "."],
            },
            Case {
                text: "Mr. Smith and Dr Jones",
                want: &["Mr.", "Smith", "and", "Dr", "Jones"],
            },
            Case {
                text: "Sept. 11, 2001",
                want: &["Sept.", "11", ",", "2001"],
            },
            Case {
                text: "John F. Kennedy",
                want: &["John", "F.", "Kennedy"],
            },
            Case {
                text: "No. 2 and No. Then",
                want: &["No.", "2", "and", "No", ".", "Then"],
            },
            Case {
                text: "Ph.D. from MIT.",
                want: &["Ph.D.", "from", "MIT", "."],
            },
            Case {
                text: "at 5 p.m. The",
                want: &["at", "5", "p.m.", "The"],
            },
            Case {
                text: "www.bbc.co.uk",
                want: &["www.bbc.co.uk"],
            },
            Case {
                text: "I.S.I.S. said",
                want: &["I.S.I.S.", "said"],
            },
            Case {
                text: "wait... what",
                want: &["wait", "...", "what"],
            },
            Case {
                text: "wait… what",
                want: &["wait", "…", "what"],
            },
            Case {
                text: "left. Then",
                want: &["left", ".", "Then"],
            },
            Case {
                text: "ISIS-K – could",
                want: &["ISIS-K", "–", "could"],
            },
            Case {
                text: "date 2024-01-15 Dina",
                want: &["date", "2024-01-15", "Dina"],
            },
            Case {
                text: "at 10:30 a.m. today",
                want: &["at", "10:30", "a.m.", "today"],
            },
            Case {
                text: "$5 or 5% at AT&T",
                want: &["$", "5", "or", "5", "%", "at", "AT&T"],
            },
            Case {
                text: "(SDF) in",
                want: &["(", "SDF", ")", "in"],
            },
            Case {
                text: "[underestimate]",
                want: &["[", "underestimate", "]"],
            },
            Case {
                text: "Sig 320FS, X5",
                want: &["Sig", "320FS", ",", "X5"],
            },
            Case {
                text: "café Zürich",
                want: &["café", "Zürich"],
            },
            Case {
                text: "Weather\u{a0} \u{a0}Live",
                want: &["Weather", "Live"],
            },
            Case {
                text: "--",
                want: &["--"],
            },
            Case {
                text: "Wow!! Really?",
                want: &["Wow", "!!", "Really", "?"],
            },
            Case {
                text: "example.com",
                want: &["example.com"],
            },
            Case {
                text: "",
                want: &[],
            },
            Case {
                text: "Al-Qaeda",
                want: &["Al-Qaeda"],
            },
            Case {
                text: "end.",
                want: &["end", "."],
            },
            Case {
                text: "-based",
                want: &["-", "based"],
            },
        ];
        for case in cases {
            assert_eq!(words(case.text), case.want, "tokenizing {:?}", case.text);
        }
    }

    #[test]
    fn kinds() {
        let text = "In 2019, 1,000 “people” left $";
        let kinds: Vec<TokenKind> = tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.kind)
            .collect();
        use TokenKind::*;
        assert_eq!(
            kinds,
            [Word, Number, Punct, Number, Quote, Word, Quote, Word, Symbol]
        );
    }

    #[test]
    fn range_is_respected_and_clipped() {
        let text = "one two three";
        let toks = tokenize(text, Span::new(4, 7));
        assert_eq!(toks.len(), 1);
        assert_eq!(toks[0].span, Span::new(4, 7));
        // Out of bounds and inside a multi-byte char: clipped, no panic.
        let text = "é é";
        let toks = tokenize(text, Span::new(1, 99));
        assert_eq!(toks.iter().map(|t| t.text(text)).collect::<Vec<_>>(), ["é"]);
    }

    #[test]
    fn hyphen_parts_pieces() {
        let cases = [
            ("Iranian-backed", vec!["Iranian", "backed"]),
            ("ISIS", vec!["ISIS"]),
            ("a--b", vec!["a", "b"]),
            ("-", vec![]),
        ];
        for (text, want) in cases {
            let got: Vec<&str> = hyphen_parts(text, Span::new(0, text.len()))
                .map(|s| s.slice(text))
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
