//! A token's *atoms*, from one walk over its chars: hashes of the lower-cased word
//! (digits folded to `0`, curly quotes and dashes folded to ASCII), the exact word,
//! the collapsed word shape (`Xx`, `X.X.`, `d-d`), prefixes and suffixes, its length
//! and shape flags. The features ([`crate::features`]) and the lexicon's keys
//! ([`crate::lexicon`]) are built from them.

use super::hash::{fnv_char, FNV_START};

/// Folds typographic variants onto the ASCII forms CoNLL-style text uses.
#[inline]
pub(crate) fn norm_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        _ => c,
    }
}

pub(crate) const F_CAP: u8 = 1; // first char upper-case
pub(crate) const F_ALLCAPS: u8 = 2; // has upper, no lower
pub(crate) const F_LOWER: u8 = 4; // has a lower-case letter
pub(crate) const F_DIGIT: u8 = 8;
pub(crate) const F_ALPHA: u8 = 16;

/// Per-token hashes computed in one pass over its chars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Atoms {
    /// Hash of the lower-cased word, digits folded to `0`, quotes and dashes to ASCII
    /// ([`lower_hash`]; the lexicon's key unit).
    pub lower: u32,
    /// Hash of the word as written, case kept, with the same folding of digits,
    /// quotes and dashes.
    pub word: u32,
    /// Hash of the word's shape: `X` for an upper-case letter, `x` for another
    /// letter, `d` for a digit, other chars as they are; a run of one symbol is
    /// written once, and only the first ten symbols count.
    pub shape: u32,
    /// Hash of the first 1..=4 lower-cased chars, 0 where the word is too short.
    pub prefix: [u32; 4],
    /// Hash of the last 1..=4 lower-cased chars, 0 where the word is too short.
    pub suffix: [u32; 4],
    /// Length of the lower-cased word in chars, at most 255.
    pub len: u8,
    /// Shape bits: 1 first char upper case, 2 upper case and no lower case, 4 has a
    /// lower-case letter, 8 has a digit, 16 has a letter.
    pub flags: u8,
}

/// Hash of the normalised lower-case form of a token (the lexicon key unit).
pub fn lower_hash(token: &str) -> u32 {
    atoms(token).lower
}

/// Computes a token's atoms.
pub fn atoms(token: &str) -> Atoms {
    let mut a = Atoms {
        lower: FNV_START,
        word: FNV_START,
        shape: FNV_START,
        ..Atoms::default()
    };
    let mut last_shape = '\0';
    let mut shape_len = 0u8;
    let mut ring = ['\0'; 4];
    let mut n = 0usize;
    let mut first = true;
    for c in token.chars() {
        let c = norm_char(c);
        let c = if c.is_ascii_digit() { '0' } else { c };
        a.word = fnv_char(a.word, c);
        let (upper, lower) = (c.is_uppercase(), c.is_lowercase());
        if first && upper {
            a.flags |= F_CAP;
        }
        first = false;
        if upper {
            a.flags |= F_ALLCAPS;
        }
        if lower {
            a.flags |= F_LOWER;
        }
        if c == '0' || c.is_numeric() {
            a.flags |= F_DIGIT;
        }
        if c.is_alphabetic() {
            a.flags |= F_ALPHA;
        }
        let sc = if upper {
            'X'
        } else if lower || c.is_alphabetic() {
            'x'
        } else if c == '0' || c.is_numeric() {
            'd'
        } else {
            c
        };
        if sc != last_shape && shape_len < 10 {
            a.shape = fnv_char(a.shape, sc);
            last_shape = sc;
            shape_len += 1;
        }
        for lc in c.to_lowercase() {
            a.lower = fnv_char(a.lower, lc);
            if n < 4 {
                a.prefix[n] = a.lower;
            }
            ring[n % 4] = lc;
            n += 1;
        }
    }
    if a.flags & F_LOWER != 0 {
        a.flags &= !F_ALLCAPS;
    }
    // Affixes of length k only for words longer than k: shorter words are their lower form.
    for k in 1..=4usize {
        if n <= k {
            a.prefix[k - 1] = 0;
            continue;
        }
        let mut h = FNV_START;
        for j in n - k..n {
            h = fnv_char(h, ring[j % 4]);
        }
        a.suffix[k - 1] = h;
    }
    a.len = n.min(255) as u8;
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_fold_case_digits_and_quotes() {
        struct Case {
            a: &'static str,
            b: &'static str,
            same_lower: bool,
            same_shape: bool,
        }
        let cases = [
            Case {
                a: "Austin",
                b: "AUSTIN",
                same_lower: true,
                same_shape: false,
            },
            Case {
                a: "1996",
                b: "2024",
                same_lower: true,
                same_shape: true,
            },
            Case {
                a: "\u{2019}s",
                b: "'s",
                same_lower: true,
                same_shape: true,
            },
            Case {
                a: "Moscow",
                b: "Berlin",
                same_lower: false,
                same_shape: true,
            },
            Case {
                a: "U.S.",
                b: "U.K.",
                same_lower: false,
                same_shape: true,
            },
            Case {
                a: "ISIS-K",
                b: "AL-QAEDA",
                same_lower: false,
                same_shape: true,
            },
            Case {
                a: "McCain",
                b: "Mccain",
                same_lower: true,
                same_shape: false,
            },
        ];
        for c in cases {
            let (x, y) = (atoms(c.a), atoms(c.b));
            assert_eq!(x.lower == y.lower, c.same_lower, "{} vs {} lower", c.a, c.b);
            assert_eq!(x.shape == y.shape, c.same_shape, "{} vs {} shape", c.a, c.b);
        }
    }

    #[test]
    fn flags_and_affixes() {
        struct Case {
            tok: &'static str,
            flags: u8,
            prefixes: usize,
            suffixes: usize,
        }
        let cases = [
            Case {
                tok: "Paris",
                flags: F_CAP | F_LOWER | F_ALPHA,
                prefixes: 4,
                suffixes: 4,
            },
            Case {
                tok: "NATO",
                flags: F_CAP | F_ALLCAPS | F_ALPHA,
                prefixes: 3,
                suffixes: 3,
            },
            Case {
                tok: "42",
                flags: F_DIGIT,
                prefixes: 1,
                suffixes: 1,
            },
            Case {
                tok: ",",
                flags: 0,
                prefixes: 0,
                suffixes: 0,
            },
            Case {
                tok: "",
                flags: 0,
                prefixes: 0,
                suffixes: 0,
            },
            Case {
                tok: "Ærø",
                flags: F_CAP | F_LOWER | F_ALPHA,
                prefixes: 2,
                suffixes: 2,
            },
        ];
        for c in cases {
            let a = atoms(c.tok);
            assert_eq!(a.flags, c.flags, "{}", c.tok);
            assert_eq!(
                a.prefix.iter().filter(|&&p| p != 0).count(),
                c.prefixes,
                "{}",
                c.tok
            );
            assert_eq!(
                a.suffix.iter().filter(|&&p| p != 0).count(),
                c.suffixes,
                "{}",
                c.tok
            );
        }
    }
}
