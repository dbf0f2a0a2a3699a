//! Word and phrase lexicons (gazetteers) stored inside the model file.
//!
//! A phrase is keyed by the [`mix`]-chain of its tokens' lower-case hashes, so the
//! model carries no strings, only `u32` keys and class bits.

use super::atoms::lower_hash;
use super::hash::{mix, HashTable};

/// Class bits of lexicon entries. Phrase classes (bits 0–7 and 11–14) are matched over
/// token sequences and reported with their B/I/L/U position; token classes (bits 8–10)
/// describe a single word.
pub mod class {
    /// A given name (first-names-en).
    pub const FIRST_NAME: u16 = 1 << 0;
    /// A country name or alternative spelling (world-countries).
    pub const COUNTRY: u16 = 1 << 1;
    /// A demonym ("Iranian").
    pub const DEMONYM: u16 = 1 << 2;
    /// A city (GeoNames cities15000, cut by population) or capital.
    pub const CITY: u16 = 1 << 3;
    /// A US state or continent.
    pub const REGION: u16 = 1 << 4;
    /// A person name seen in WikiANN.
    pub const WIKI_PER: u16 = 1 << 5;
    /// An organisation name seen in WikiANN.
    pub const WIKI_ORG: u16 = 1 << 6;
    /// A location name seen in WikiANN.
    pub const WIKI_LOC: u16 = 1 << 7;
    /// A word seen inside a WikiANN person name.
    pub const TOK_PER: u16 = 1 << 8;
    /// A word seen inside a WikiANN organisation name.
    pub const TOK_ORG: u16 = 1 << 9;
    /// A word seen inside a WikiANN location name.
    pub const TOK_LOC: u16 = 1 << 10;
    /// A person name annotated in the training data.
    pub const TRAIN_PER: u16 = 1 << 11;
    /// An organisation name annotated in the training data.
    pub const TRAIN_ORG: u16 = 1 << 12;
    /// A location name annotated in the training data.
    pub const TRAIN_LOC: u16 = 1 << 13;
    /// A MISC name annotated in the training data.
    pub const TRAIN_MISC: u16 = 1 << 14;
    /// Mask of the token (single-word) classes.
    pub const TOKEN_MASK: u16 = TOK_PER | TOK_ORG | TOK_LOC;
    /// Mask of the phrase classes.
    pub const PHRASE_MASK: u16 = !TOKEN_MASK;
}

const PHRASE_SEED: u32 = 0x5EED_0001;

/// Longest phrase the lexicon matches, in tokens.
pub const MAX_PHRASE_TOKENS: usize = 6;

/// Key of a phrase given its tokens' lower-case hashes.
pub fn phrase_key(lower_hashes: &[u32]) -> u32 {
    lower_hashes.iter().fold(PHRASE_SEED, |h, &t| mix(h, t))
}

/// A compact phrase → class-bits table.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    table: HashTable,
    /// Sorted `(key, bits)`, the serialised form.
    entries: Vec<(u32, u16)>,
    max_len: u8,
}

/// Collects entries for a [`Lexicon`]; bits of repeated phrases are OR-ed.
#[derive(Clone, Debug, Default)]
pub struct LexiconBuilder {
    map: std::collections::BTreeMap<u32, u16>,
    max_len: u8,
}

impl LexiconBuilder {
    /// A builder with no phrases.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a phrase given as tokens (tokenised as the tagger's input will be).
    /// Empty phrases and phrases longer than [`MAX_PHRASE_TOKENS`] are ignored.
    pub fn add(&mut self, tokens: &[&str], bits: u16) {
        if tokens.is_empty() || tokens.len() > MAX_PHRASE_TOKENS || bits == 0 {
            return;
        }
        let hashes: Vec<u32> = tokens.iter().map(|t| lower_hash(t)).collect();
        *self.map.entry(phrase_key(&hashes)).or_insert(0) |= bits;
        self.max_len = self.max_len.max(tokens.len() as u8);
    }

    /// Number of distinct phrases so far.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether no phrase was added.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The lexicon of every phrase added.
    pub fn build(self) -> Lexicon {
        Lexicon::from_sorted(self.map.into_iter().collect(), self.max_len)
    }
}

impl Lexicon {
    /// `entries` must be sorted by key without duplicates (the reader checks).
    pub(crate) fn from_sorted(entries: Vec<(u32, u16)>, max_len: u8) -> Self {
        let mut table = HashTable::with_capacity(entries.len());
        for (i, &(k, _)) in entries.iter().enumerate() {
            table.insert(k, i as u32);
        }
        Lexicon {
            table,
            entries,
            max_len: max_len.min(MAX_PHRASE_TOKENS as u8),
        }
    }

    pub(crate) fn entries(&self) -> &[(u32, u16)] {
        &self.entries
    }

    pub(crate) fn max_len(&self) -> u8 {
        self.max_len
    }

    /// Number of phrases.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Class bits of a phrase key, 0 if absent.
    #[inline]
    pub fn bits(&self, key: u32) -> u16 {
        self.table
            .get(key)
            .and_then(|i| self.entries.get(i as usize))
            .map_or(0, |e| e.1)
    }

    /// Marks every lexicon match in a sentence. For each token, `phrase[i]` gets bit
    /// `4 * class + pos` (class = bit index in [`class`], pos B = 0, I = 1, L = 2,
    /// U = 3) for each phrase class of each match covering it; `token[i]` gets the
    /// token classes of the word itself.
    pub fn annotate(&self, lower: &[u32], phrase: &mut Vec<u64>, token: &mut Vec<u16>) {
        phrase.clear();
        phrase.resize(lower.len(), 0);
        token.clear();
        token.resize(lower.len(), 0);
        if self.entries.is_empty() {
            return;
        }
        let max_len = usize::from(self.max_len.max(1));
        for start in 0..lower.len() {
            let mut key = PHRASE_SEED;
            for len in 1..=max_len.min(lower.len() - start) {
                key = mix(key, lower[start + len - 1]);
                let bits = self.bits(key);
                if bits == 0 {
                    continue;
                }
                if len == 1 {
                    token[start] |= bits & class::TOKEN_MASK;
                }
                let pbits = bits & class::PHRASE_MASK;
                for c in 0..16u32 {
                    if pbits & (1 << c) == 0 {
                        continue;
                    }
                    if len == 1 {
                        phrase[start] |= 1u64 << (4 * c + 3);
                    } else {
                        phrase[start] |= 1u64 << (4 * c);
                        for p in phrase.iter_mut().take(start + len - 1).skip(start + 1) {
                            *p |= 1u64 << (4 * c + 1);
                        }
                        phrase[start + len - 1] |= 1u64 << (4 * c + 2);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotate_marks_positions() {
        let mut b = LexiconBuilder::new();
        b.add(&["New", "York"], class::CITY);
        b.add(&["York"], class::CITY | class::TOK_LOC);
        b.add(&["Lloyd"], class::FIRST_NAME);
        let lex = b.build();
        assert_eq!(lex.len(), 3);
        let toks = ["lloyd", "went", "to", "NEW", "YORK", "."];
        let lower: Vec<u32> = toks.iter().map(|t| lower_hash(t)).collect();
        let (mut phrase, mut token) = (Vec::new(), Vec::new());
        lex.annotate(&lower, &mut phrase, &mut token);
        let city = 3; // class index of CITY
        struct Case {
            i: usize,
            phrase: u64,
            token: u16,
        }
        let cases = [
            Case {
                i: 0,
                phrase: 1 << 3,
                token: 0,
            },
            Case {
                i: 1,
                phrase: 0,
                token: 0,
            },
            Case {
                i: 3,
                phrase: 1 << (4 * city),
                token: 0,
            },
            Case {
                i: 4,
                phrase: (1 << (4 * city + 2)) | (1 << (4 * city + 3)),
                token: class::TOK_LOC,
            },
        ];
        for c in cases {
            assert_eq!(phrase[c.i], c.phrase, "token {}", c.i);
            assert_eq!(token[c.i], c.token, "token {}", c.i);
        }
    }
}
