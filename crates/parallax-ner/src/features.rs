//! Token features, hashed without building strings.
//!
//! Each token is walked once to get its *atoms* ([`crate::atoms`]). A feature is a
//! template id mixed with one to three atoms; the model looks features up by that `u32`.

pub use super::atoms::{atoms, lower_hash, Atoms};
use super::atoms::{norm_char, F_ALLCAPS, F_ALPHA, F_CAP, F_LOWER};
use super::hash::{fnv_char, mix, FNV_START};
use super::lexicon::Lexicon;

// Template ids. Changing any of these, or the atoms, needs a retrain and a version bump.
const T_BIAS: u32 = 1;
const T_LOWER: u32 = 2;
const T_WORD: u32 = 3;
const T_LOWER_M1: u32 = 4;
const T_LOWER_P1: u32 = 5;
const T_LOWER_M2: u32 = 6;
const T_LOWER_P2: u32 = 7;
const T_BI_M1: u32 = 8;
const T_BI_P1: u32 = 9;
const T_SHAPE: u32 = 10;
const T_SHAPE_M1: u32 = 11;
const T_SHAPE_P1: u32 = 12;
const T_SHAPE_M1_0: u32 = 13;
const T_SHAPE_0_P1: u32 = 14;
const T_SHAPE_TRI: u32 = 15;
const T_PREFIX: u32 = 16; // +0..3
const T_SUFFIX: u32 = 20; // +0..3
const T_LOWER_M1_SHAPE: u32 = 24;
const T_SHAPE_LOWER_P1: u32 = 25;
const T_INIT_SHAPE: u32 = 26;
const T_INIT_LOWER: u32 = 27;
const T_CAPS_LOWER: u32 = 28;
const T_CAPS_SHAPE: u32 = 29;
const T_LAST_SHAPE: u32 = 30;
const T_GAZ: u32 = 31;
const T_GAZ_CAP: u32 = 32;
const T_GAZ_M1: u32 = 33;
const T_GAZ_P1: u32 = 34;
const T_TOKLEX: u32 = 35;
const T_LEN: u32 = 36;
const T_FLAGS: u32 = 37;
const T_WORD_M1: u32 = 38;
const T_WORD_P1: u32 = 39;
const T_GAZ_SHAPE_CLASS: u32 = 40;
const T_DOC_CASE: u32 = 41;
const T_DOC_PREV: u32 = 42;
const T_DOC_NEXT: u32 = 43;

/// Neighbours kept per word in a [`DocContext`].
const DOC_NEIGHBOURS: usize = 3;

/// How one word (by its lower-case hash) is written across a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct WordStats {
    /// Occurrences in title case ("Jordan"), in capitals ("JORDAN"), in lower case.
    title: u16,
    caps: u16,
    lower: u16,
    /// Distinct words before and after its capitalised occurrences, 0 for none.
    prev: [u32; DOC_NEIGHBOURS],
    next: [u32; DOC_NEIGHBOURS],
}

/// What the rest of a document says about each capitalised word: how often the word
/// is written in title case, in capitals and in lower case there, and which words
/// stand before and after it where it is capitalised. A headline in capitals, a
/// sentence's first word and a name met once in an unhelpful context read better
/// beside the word's other occurrences ("JORDAN" in a headline, "Mr Jordan" below).
/// Built in one pass and a sort; a sentence tagged alone is its own document.
///
/// ```
/// use parallax_ner::features::DocContext;
///
/// let mut doc = DocContext::builder();
/// doc.sentence(&["MORALES", "WINS"]);
/// doc.sentence(&["Mr", "Morales", "won", "."]);
/// let doc = doc.build();
/// assert_eq!(doc.words(), 5);
/// ```
#[derive(Clone, Debug, Default)]
pub struct DocContext {
    /// Sorted by word hash, one entry per word.
    words: Vec<(u32, WordStats)>,
}

/// Collects a document's sentences for a [`DocContext`].
#[derive(Clone, Debug, Default)]
pub struct DocContextBuilder {
    /// (word hash, class: 0 title, 1 capitals, 2 lower, 3 other; previous, next word).
    seen: Vec<(u32, u8, u32, u32)>,
}

impl DocContextBuilder {
    /// Adds one sentence's tokens.
    pub fn sentence(&mut self, tokens: &[&str]) {
        // Only the lower-case hash and the case class: cheaper than full atoms, since
        // every token of the document passes here and only some get tagged.
        let start = self.seen.len();
        let mut prev = BOS;
        for t in tokens {
            let (lower, class) = lower_class(t);
            self.seen.push((lower, class, prev, EOS));
            prev = lower;
        }
        // Each token's next word is the following token's hash.
        for k in start + 1..self.seen.len() {
            let next = self.seen[k].0;
            self.seen[k - 1].3 = next;
        }
    }

    /// The context of every sentence added.
    pub fn build(mut self) -> DocContext {
        self.seen.sort_unstable();
        let mut words: Vec<(u32, WordStats)> = Vec::new();
        for (w, class, prev, next) in self.seen {
            if words.last().is_none_or(|l| l.0 != w) {
                words.push((w, WordStats::default()));
            }
            let Some((_, st)) = words.last_mut() else {
                continue;
            };
            match class {
                0 => st.title = st.title.saturating_add(1),
                1 => st.caps = st.caps.saturating_add(1),
                2 => st.lower = st.lower.saturating_add(1),
                _ => {}
            }
            if class <= 1 {
                keep_distinct(&mut st.prev, prev);
                keep_distinct(&mut st.next, next);
            }
        }
        DocContext { words }
    }
}

/// Puts `w` in the first free slot of `slots` unless it is there already.
fn keep_distinct(slots: &mut [u32; DOC_NEIGHBOURS], w: u32) {
    if w == 0 || slots.contains(&w) {
        return;
    }
    if let Some(free) = slots.iter_mut().find(|s| **s == 0) {
        *free = w;
    }
}

/// A token's [`Atoms::lower`] and [`word_class`], computed as [`atoms`] does but
/// without the shape and affixes.
fn lower_class(token: &str) -> (u32, u8) {
    let mut lower = FNV_START;
    let mut flags = 0u8;
    let mut first = true;
    for c in token.chars() {
        let c = norm_char(c);
        let c = if c.is_ascii_digit() { '0' } else { c };
        let upper = c.is_uppercase();
        if first && upper {
            flags |= F_CAP;
        }
        first = false;
        if upper {
            flags |= F_ALLCAPS;
        }
        if c.is_lowercase() {
            flags |= F_LOWER;
        }
        if c.is_alphabetic() {
            flags |= F_ALPHA;
        }
        for lc in c.to_lowercase() {
            lower = fnv_char(lower, lc);
        }
    }
    if flags & F_LOWER != 0 {
        flags &= !F_ALLCAPS;
    }
    (lower, word_class(flags))
}

/// 0 title case, 1 capitals, 2 lower case, 3 anything else (numbers, punctuation),
/// from a token's [`Atoms::flags`].
fn word_class(flags: u8) -> u8 {
    if flags & F_ALPHA == 0 {
        3
    } else if flags & F_ALLCAPS != 0 {
        1
    } else if flags & F_CAP != 0 {
        0
    } else {
        2
    }
}

impl DocContext {
    /// An empty builder; add the document's sentences in order, then build.
    pub fn builder() -> DocContextBuilder {
        DocContextBuilder::default()
    }

    /// One sentence as its own document.
    pub fn of_sentence(tokens: &[&str]) -> DocContext {
        let mut b = DocContext::builder();
        b.sentence(tokens);
        b.build()
    }

    /// Number of distinct words.
    pub fn words(&self) -> usize {
        self.words.len()
    }

    fn get(&self, lower: u32) -> Option<&WordStats> {
        let k = self.words.binary_search_by_key(&lower, |w| w.0).ok()?;
        self.words.get(k).map(|w| &w.1)
    }
}

const BOS: u32 = 0xB05B_05B0;
const EOS: u32 = 0xE05E_05E0;

#[inline]
fn f1(t: u32, a: u32) -> u32 {
    mix(t, a)
}

#[inline]
fn f2(t: u32, a: u32, b: u32) -> u32 {
    mix(mix(t, a), b)
}

/// Reusable per-sentence feature buffers. Features of token `i` are
/// `hashes[offsets[i]..offsets[i + 1]]`.
#[derive(Clone, Debug, Default)]
pub struct SentenceFeatures {
    /// The feature hashes of every token of the sentence, token after token.
    pub hashes: Vec<u32>,
    /// Where each token's features start in `hashes`, then where the last one's end:
    /// one entry more than there are tokens (none before the first extraction).
    pub offsets: Vec<usize>,
    atoms: Vec<Atoms>,
    lower: Vec<u32>,
    phrase: Vec<u64>,
    token: Vec<u16>,
}

impl SentenceFeatures {
    /// Empty buffers, to reuse for sentence after sentence.
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of tokens of the last extracted sentence.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Whether the last extracted sentence was empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Features of token `i` (empty when out of range).
    pub fn token(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&s), Some(&e)) => self.hashes.get(s..e).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Extracts the features of one sentence read alone, replacing the previous contents.
    pub fn extract(&mut self, tokens: &[&str], lexicon: &Lexicon) {
        self.extract_in(tokens, lexicon, &DocContext::of_sentence(tokens));
    }

    /// Extracts the features of one sentence of the document `doc` describes.
    pub fn extract_in(&mut self, tokens: &[&str], lexicon: &Lexicon, doc: &DocContext) {
        self.hashes.clear();
        self.offsets.clear();
        self.atoms.clear();
        self.atoms.extend(tokens.iter().map(|t| atoms(t)));
        self.lower.clear();
        self.lower.extend(self.atoms.iter().map(|a| a.lower));
        lexicon.annotate(&self.lower, &mut self.phrase, &mut self.token);
        let n = tokens.len();
        // A headline in capitals ("JAPAN GET LUCKY WIN"): casing says little there.
        let with_lower = self.atoms.iter().filter(|a| a.flags & F_LOWER != 0).count();
        let with_caps = self
            .atoms
            .iter()
            .filter(|a| a.flags & F_ALLCAPS != 0)
            .count();
        let caps_sentence = with_lower == 0 && with_caps >= 2;
        // About 35 features a token: one allocation a sentence rather than a dozen.
        self.hashes.reserve(n * 40);
        self.offsets.reserve(n + 1);
        self.offsets.push(0);
        let out = &mut self.hashes;
        for i in 0..n {
            let a = &self.atoms[i];
            let get = |j: isize, f: fn(&Atoms) -> u32, edge: u32| -> u32 {
                if j < 0 {
                    edge
                } else {
                    self.atoms.get(j as usize).map_or(EOS ^ edge, f)
                }
            };
            let ii = i as isize;
            let lm1 = get(ii - 1, |x| x.lower, BOS);
            let lm2 = get(ii - 2, |x| x.lower, BOS ^ 1);
            let lp1 = get(ii + 1, |x| x.lower, EOS);
            let lp2 = get(ii + 2, |x| x.lower, EOS ^ 1);
            let sm1 = get(ii - 1, |x| x.shape, BOS);
            let sp1 = get(ii + 1, |x| x.shape, EOS);
            let wm1 = get(ii - 1, |x| x.word, BOS);
            let wp1 = get(ii + 1, |x| x.word, EOS);
            out.push(f1(T_BIAS, 0));
            out.push(f1(T_LOWER, a.lower));
            out.push(f1(T_WORD, a.word));
            out.push(f1(T_LOWER_M1, lm1));
            out.push(f1(T_LOWER_P1, lp1));
            out.push(f1(T_LOWER_M2, lm2));
            out.push(f1(T_LOWER_P2, lp2));
            out.push(f2(T_BI_M1, lm1, a.lower));
            out.push(f2(T_BI_P1, a.lower, lp1));
            out.push(f1(T_WORD_M1, wm1));
            out.push(f1(T_WORD_P1, wp1));
            out.push(f1(T_SHAPE, a.shape));
            out.push(f1(T_SHAPE_M1, sm1));
            out.push(f1(T_SHAPE_P1, sp1));
            out.push(f2(T_SHAPE_M1_0, sm1, a.shape));
            out.push(f2(T_SHAPE_0_P1, a.shape, sp1));
            out.push(mix(f2(T_SHAPE_TRI, sm1, a.shape), sp1));
            for k in 0..4 {
                if a.prefix[k] != 0 {
                    out.push(f1(T_PREFIX + k as u32, a.prefix[k]));
                }
                if a.suffix[k] != 0 {
                    out.push(f1(T_SUFFIX + k as u32, a.suffix[k]));
                }
            }
            out.push(f2(T_LOWER_M1_SHAPE, lm1, a.shape));
            out.push(f2(T_SHAPE_LOWER_P1, a.shape, lp1));
            if i == 0 {
                out.push(f1(T_INIT_SHAPE, a.shape));
                out.push(f1(T_INIT_LOWER, a.lower));
            }
            if i + 1 == n {
                out.push(f1(T_LAST_SHAPE, a.shape));
            }
            if caps_sentence {
                out.push(f1(T_CAPS_LOWER, a.lower));
                out.push(f1(T_CAPS_SHAPE, a.shape));
            }
            out.push(f1(T_LEN, u32::from(a.len.min(12))));
            out.push(f2(T_FLAGS, u32::from(a.flags), u32::from(caps_sentence)));
            let cap = u32::from(a.flags & (F_CAP | F_ALLCAPS) != 0);
            let mut g = self.phrase[i];
            let mut classes = 0u32;
            while g != 0 {
                let bit = g.trailing_zeros();
                g &= g - 1;
                out.push(f1(T_GAZ, bit));
                out.push(f2(T_GAZ_CAP, bit, cap));
                classes |= 1 << (bit / 4);
            }
            if classes != 0 {
                out.push(f2(T_GAZ_SHAPE_CLASS, classes, a.shape));
            }
            // Which of the 16 four-bit groups have a bit set (most words have none).
            let class_bits = |p: u64| -> u32 {
                let (mut c, mut g) = (0u32, p);
                while g != 0 {
                    let k = g.trailing_zeros() / 4;
                    c |= 1 << k;
                    g &= !(0xf << (4 * k));
                }
                c
            };
            if i > 0 {
                let c = class_bits(self.phrase[i - 1]);
                if c != 0 {
                    out.push(f1(T_GAZ_M1, c));
                }
            }
            if i + 1 < n {
                let c = class_bits(self.phrase[i + 1]);
                if c != 0 {
                    out.push(f1(T_GAZ_P1, c));
                }
            }
            if a.flags & F_CAP != 0 {
                if let Some(st) = doc.get(a.lower) {
                    // The word's other occurrences: this one is left out of the counts.
                    let own = word_class(a.flags);
                    let others = |n: u16, class: u8| {
                        u32::from(n.saturating_sub(u16::from(own == class)).min(2))
                    };
                    let case = others(st.title, 0)
                        | others(st.caps, 1) << 2
                        | others(st.lower, 2) << 4
                        | u32::from(i == 0) << 6;
                    out.push(f2(T_DOC_CASE, case, u32::from(own)));
                    for &p in st.prev.iter().filter(|&&p| p != 0 && p != lm1) {
                        out.push(f1(T_DOC_PREV, p));
                    }
                    for &n in st.next.iter().filter(|&&n| n != 0 && n != lp1) {
                        out.push(f1(T_DOC_NEXT, n));
                    }
                }
            }
            let mut t = self.token[i];
            while t != 0 {
                let bit = u32::from(t.trailing_zeros() as u16);
                t &= t - 1;
                out.push(f2(T_TOKLEX, bit, cap));
            }
            self.offsets.push(out.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_pass_hashes_words_as_the_tagger_does() {
        for t in [
            "Austin",
            "AUSTIN",
            "austin",
            "1996",
            "\u{2019}s",
            "ISIS-K",
            "Ærø",
            "İstanbul",
            ",",
            "",
            "McCain",
            "ǅemal",
        ] {
            let a = atoms(t);
            assert_eq!(lower_class(t), (a.lower, word_class(a.flags)), "{t}");
        }
    }

    #[test]
    fn sentence_features_are_per_token_and_context_sensitive() {
        let lex = Lexicon::default();
        let mut f = SentenceFeatures::new();
        f.extract(&["Lloyd", "Austin", "said"], &lex);
        assert_eq!(f.len(), 3);
        let austin = f.token(1).to_vec();
        f.extract(&["Austin", "said"], &lex);
        assert_ne!(
            f.token(0),
            &austin[..],
            "sentence-initial and context features differ"
        );
        let shared = f.token(0).iter().filter(|h| austin.contains(h)).count();
        assert!(shared >= 5, "word-level features are shared: {shared}");
        f.extract(&[], &lex);
        assert!(f.is_empty());
        assert!(f.token(0).is_empty());
    }
}
