//! The pipeline's own word scanner: byte-offset tokens with shape flags.
//!
//! The rule and lexicon layers match on token sequences. They need a few things a
//! general tokenizer does not promise: a possessive `'s` split off ("China's"), hyphens
//! as their own tokens so "U.S.-led" and "counter-ISIS" expose the name, and dotted
//! abbreviations kept whole ("U.S.", "D.C.").

use crate::span::Span;

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
    /// Word classes from [`super::words::classify`] (0 for non-words).
    pub class: u32,
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

/// Scan `text` into tokens. Never panics; every token lies on char boundaries.
pub(crate) fn scan(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    let mut line_start = true;
    let mut space = true;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c.is_whitespace() {
            if c == '\n' {
                line_start = true;
            }
            space = true;
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut flags = 0u8;
        if line_start {
            flags |= LINE_START;
        }
        if space {
            flags |= SPACE_BEFORE;
        }
        line_start = false;
        space = false;
        if c.is_alphanumeric() {
            let mut j = i;
            let mut seg_len = 0usize; // chars since the last internal dot
            let mut dotted = false;
            while let Some(d) = text[j..].chars().next() {
                if d.is_alphanumeric() {
                    seg_len += 1;
                    j += d.len_utf8();
                    continue;
                }
                let next = text[j + d.len_utf8()..].chars().next();
                let prev_digit = j > 0 && bytes[j - 1].is_ascii_digit();
                match (d, next) {
                    // Possessive 's stays a token of its own.
                    (a, Some('s' | 'S')) if is_apostrophe(a) => {
                        let after = text[j + a.len_utf8() + 1..].chars().next();
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
            if dotted && text[j..].starts_with('.') && seg_len == 1 {
                j += 1;
            }
            let word = &text[start..j];
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
                super::words::classify(word)
            } else {
                0
            };
            out.push(Tok {
                start: start as u32,
                end: j as u32,
                flags,
                class,
            });
            i = j;
        } else if is_apostrophe(c)
            && text[i + c.len_utf8()..].starts_with(['s', 'S'])
            && !text[i + c.len_utf8() + 1..]
                .chars()
                .next()
                .is_some_and(|x| x.is_alphanumeric())
            && !space_before(text, i)
        {
            let j = i + c.len_utf8() + 1;
            out.push(Tok {
                start: i as u32,
                end: j as u32,
                flags,
                class: 0,
            });
            i = j;
        } else {
            let j = i + c.len_utf8();
            out.push(Tok {
                start: i as u32,
                end: j as u32,
                flags,
                class: 0,
            });
            i = j;
        }
    }
    out
}

fn space_before(text: &str, i: usize) -> bool {
    text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace())
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
        ];
        for (text, want) in cases {
            let got: Vec<&str> = scan(text).iter().map(|t| t.text(text)).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
