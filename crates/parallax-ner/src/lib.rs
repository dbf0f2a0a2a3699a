//! Statistical named-entity tagger for PERSON, ORG and LOC.
//!
//! A linear model over hashed token features (word, shape, affixes, neighbours,
//! capitalisation, sentence position, and lexicon matches from gazetteers stored
//! in the model file), trained as an averaged structured perceptron over BILOU
//! tags and decoded with Viterbi under BILOU transition constraints. Each span's
//! confidence is its posterior probability under a softmax over tag sequences
//! (forward-backward with a temperature fitted on held-out data).
//!
//! The model is trained with CoNLL-2003's four labels; MISC is decoded (it keeps
//! nationalities and events from being read as places or organisations) but
//! [`NerModel::tag`] drops it. [`NerModel::tag_all`] keeps it as [`NerLabel::Misc`].
//!
//! ```
//! use parallax_ner::{NerLabel, NerModel};
//!
//! let model = NerModel::embedded();
//! let tokens = ["Defense", "Secretary", "Lloyd", "Austin", "arrived", "in", "Iran", "on", "Monday", "."];
//! let spans = model.tag(&tokens);
//! let found = |text: &str, label: NerLabel| {
//!     spans.iter().any(|s| tokens[s.start..s.end].join(" ") == text && s.label == label)
//! };
//! assert!(found("Lloyd Austin", NerLabel::Person));
//! assert!(found("Iran", NerLabel::Loc));
//! assert!(spans.iter().all(|s| (0.0..=1.0).contains(&s.confidence)));
//! ```

#![warn(missing_docs)]

pub mod atoms;
pub mod decode;
pub mod features;
mod format;
pub mod hash;
pub mod lexicon;

use std::fmt;
use std::sync::OnceLock;

use decode::{span_confidences, spans_from_tags, viterbi, ConfidenceTables, Transitions, N_TAGS};
use features::SentenceFeatures;
use hash::{sum_rows, RowTable};
pub use lexicon::{Lexicon, LexiconBuilder};

/// Entity labels the tagger produces.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NerLabel {
    /// A person (CoNLL's `PER`).
    Person,
    /// An organisation (CoNLL's `ORG`).
    Org,
    /// A location (CoNLL's `LOC`).
    Loc,
    /// CoNLL's miscellaneous class (nationalities, events, works). Only
    /// [`NerModel::tag_all`] reports it.
    Misc,
}

impl NerLabel {
    /// All labels in tag-index order.
    pub const ALL: [NerLabel; 4] = [
        NerLabel::Person,
        NerLabel::Org,
        NerLabel::Loc,
        NerLabel::Misc,
    ];

    /// Index used in the tag encoding (see [`decode`]).
    pub const fn index(self) -> usize {
        match self {
            NerLabel::Person => 0,
            NerLabel::Org => 1,
            NerLabel::Loc => 2,
            NerLabel::Misc => 3,
        }
    }

    /// The label with tag-encoding index `i` (see [`NerLabel::index`]); `None` past the last.
    pub fn from_index(i: usize) -> Option<NerLabel> {
        NerLabel::ALL.get(i).copied()
    }

    /// The CoNLL name: `PER`, `ORG`, `LOC`, `MISC`.
    pub const fn conll(self) -> &'static str {
        match self {
            NerLabel::Person => "PER",
            NerLabel::Org => "ORG",
            NerLabel::Loc => "LOC",
            NerLabel::Misc => "MISC",
        }
    }

    /// Parses a CoNLL-style label (`PER`, `PERSON`, `ORG`, `LOC`, `MISC`, any case).
    pub fn from_conll(s: &str) -> Option<NerLabel> {
        match s.to_ascii_uppercase().as_str() {
            "PER" | "PERSON" => Some(NerLabel::Person),
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Some(NerLabel::Org),
            "LOC" | "LOCATION" => Some(NerLabel::Loc),
            "MISC" => Some(NerLabel::Misc),
            _ => None,
        }
    }
}

/// An entity found by the tagger: tokens `start..end` of the input sentence.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NerSpan {
    /// Index of the first token.
    pub start: usize,
    /// Index one past the last token.
    pub end: usize,
    /// What kind of entity the span names.
    pub label: NerLabel,
    /// Posterior probability of exactly this span and label, in `[0, 1]`.
    pub confidence: f32,
}

/// Why a model file was rejected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModelError {
    kind: ModelErrorKind,
    offset: usize,
}

/// The kinds of [`ModelError`].
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ModelErrorKind {
    /// The bytes do not start with `PXNER`.
    BadMagic,
    /// A version this build cannot read.
    UnsupportedVersion(u16),
    /// The file ends before its declared contents.
    Truncated,
    /// The checksum does not match the contents.
    Checksum,
    /// A structural problem, described.
    Corrupt(&'static str),
}

impl ModelError {
    /// What was wrong with the file.
    pub fn kind(&self) -> &ModelErrorKind {
        &self.kind
    }

    /// Byte offset in the model file where the problem was seen.
    pub fn offset(&self) -> usize {
        self.offset
    }
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match &self.kind {
            ModelErrorKind::BadMagic => "not a Parallax NER model (bad magic)".to_string(),
            ModelErrorKind::UnsupportedVersion(v) => {
                format!(
                    "unsupported model version {v} (this build reads {})",
                    format::VERSION
                )
            }
            ModelErrorKind::Truncated => "model file is truncated".to_string(),
            ModelErrorKind::Checksum => "model checksum mismatch".to_string(),
            ModelErrorKind::Corrupt(why) => format!("corrupt model: {why}"),
        };
        write!(f, "{what} at byte {}", self.offset)
    }
}

impl std::error::Error for ModelError {}

/// Trained parameters in floating point, as the training command produces them.
#[derive(Clone, Debug, Default)]
pub struct ModelParts {
    /// `(feature hash, N_TAGS weights)`; order does not matter, duplicates are summed.
    pub features: Vec<(u32, Vec<f32>)>,
    /// `N_TAGS * N_TAGS` transition scores, row = previous tag.
    pub trans: Vec<f32>,
    /// `N_TAGS` scores for the tag a sentence starts with.
    pub start: Vec<f32>,
    /// `N_TAGS` scores for the tag a sentence ends with.
    pub end: Vec<f32>,
    /// Softmax temperature for confidences, fitted on held-out data; not positive means 1.
    pub temperature: f32,
    /// The gazetteers to store in the model file; their matches are features.
    pub lexicon: Lexicon,
}

/// The NER model: feature weights, transitions and lexicons.
#[derive(Clone, Debug)]
pub struct NerModel {
    raw: format::RawModel,
    table: RowTable<N_TAGS>,
    tr: Transitions,
    conf: ConfidenceTables,
    lexicon: Lexicon,
}

static EMBEDDED_BYTES: &[u8] = include_bytes!("../../parallax-core/models/ner.bin");
static EMBEDDED: OnceLock<NerModel> = OnceLock::new();

impl NerModel {
    /// Parses a model file (see `models/README.md` for the layout). Bad bytes give an
    /// error, never a panic.
    pub fn from_bytes(bytes: &[u8]) -> Result<NerModel, ModelError> {
        format::read(bytes).map(NerModel::from_raw)
    }

    /// The model shipped with this crate, parsed on first use. If the embedded file
    /// were ever unreadable this returns a model that finds nothing rather than panic.
    pub fn embedded() -> &'static NerModel {
        EMBEDDED.get_or_init(|| {
            NerModel::from_bytes(EMBEDDED_BYTES).unwrap_or_else(|_| NerModel::empty())
        })
    }

    /// A model with no features: tags nothing.
    pub fn empty() -> NerModel {
        NerModel::from_raw(format::RawModel {
            wbits: 8,
            scale: 1.0,
            temperature: 1.0,
            trans: vec![0.0; N_TAGS * N_TAGS],
            start: vec![0.0; N_TAGS],
            end: vec![0.0; N_TAGS],
            ..format::RawModel::default()
        })
    }

    fn from_raw(raw: format::RawModel) -> NerModel {
        let table = RowTable::new(&raw.keys, &raw.weights);
        let tr = Transitions::new(&raw.trans, &raw.start, &raw.end);
        let conf = ConfidenceTables::new(&tr, raw.temperature);
        let lexicon = Lexicon::from_sorted(raw.lex.clone(), raw.lex_max_len);
        NerModel {
            raw,
            table,
            tr,
            conf,
            lexicon,
        }
    }

    /// Quantises trained weights to `i8` (one scale for the model), zeroing weights
    /// whose quantised magnitude is below `min_q` and dropping features left with no
    /// weight. Eight bits lose nothing measurable against sixteen on CoNLL and keep
    /// a row of weights in 17 bytes, which matters because tagging speed is bound by
    /// cache misses on those rows.
    pub fn from_parts(parts: &ModelParts, min_q: i8) -> NerModel {
        let mut feats: Vec<(u32, &[f32])> = parts
            .features
            .iter()
            .filter(|(k, w)| *k != 0 && w.len() == N_TAGS)
            .map(|(k, w)| (*k, w.as_slice()))
            .collect();
        feats.sort_by_key(|f| f.0);
        let max = feats
            .iter()
            .flat_map(|f| f.1.iter())
            .fold(0f32, |m, w| m.max(w.abs()));
        let qmax = 127.0;
        let scale = if max > 0.0 { max / qmax } else { 1.0 };
        let mut keys = Vec::new();
        let mut weights = Vec::new();
        let mut i = 0;
        while i < feats.len() {
            let key = feats[i].0;
            let mut row = [0f32; N_TAGS];
            while i < feats.len() && feats[i].0 == key {
                for (r, w) in row.iter_mut().zip(feats[i].1) {
                    *r += w;
                }
                i += 1;
            }
            let q: [i8; N_TAGS] = row.map(|w| {
                let q = (w / scale).round().clamp(-qmax, qmax) as i8;
                if q.abs() < min_q {
                    0
                } else {
                    q
                }
            });
            if q.iter().any(|&w| w != 0) {
                keys.push(key);
                weights.push(q);
            }
        }
        let fix = |v: &[f32], n: usize| -> Vec<f32> {
            (0..n)
                .map(|i| v.get(i).copied().filter(|x| x.is_finite()).unwrap_or(0.0))
                .collect()
        };
        NerModel::from_raw(format::RawModel {
            wbits: 8,
            scale,
            temperature: if parts.temperature > 0.0 {
                parts.temperature
            } else {
                1.0
            },
            trans: fix(&parts.trans, N_TAGS * N_TAGS),
            start: fix(&parts.start, N_TAGS),
            end: fix(&parts.end, N_TAGS),
            keys,
            weights,
            lex: parts.lexicon.entries().to_vec(),
            lex_max_len: parts.lexicon.max_len(),
        })
    }

    /// The model file bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        format::write(&self.raw)
    }

    /// Number of features with at least one weight.
    pub fn feature_count(&self) -> usize {
        self.raw.keys.len()
    }

    /// The lexicon stored in the model.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Softmax temperature used for confidences.
    pub fn temperature(&self) -> f32 {
        self.raw.temperature
    }

    /// The same model with another confidence temperature (used when calibrating).
    pub fn with_temperature(mut self, temperature: f32) -> NerModel {
        if temperature.is_finite() && temperature > 0.0 {
            self.raw.temperature = temperature;
            self.conf = ConfidenceTables::new(&self.tr, temperature);
        }
        self
    }

    /// Finds PERSON, ORG and LOC spans in one sentence's tokens.
    pub fn tag(&self, tokens: &[&str]) -> Vec<NerSpan> {
        let mut spans = self.tag_all(tokens);
        spans.retain(|s| s.label != NerLabel::Misc);
        spans
    }

    /// Finds PERSON, ORG and LOC spans in one sentence (or a window of one) of the
    /// document `doc` describes: a word's other occurrences there are evidence too.
    ///
    /// ```
    /// use parallax_ner::{features::DocContext, NerLabel, NerModel};
    ///
    /// let model = NerModel::embedded();
    /// let headline = ["HALE", "BACK", "FOR", "CHELSEA"];
    /// let body = ["Midfielder", "Tom", "Hale", "returns", "for", "Chelsea", "on", "Sunday", "."];
    /// let mut doc = DocContext::builder();
    /// doc.sentence(&headline);
    /// doc.sentence(&body);
    /// let doc = doc.build();
    /// let spans = model.tag_in(&body, &doc);
    /// assert!(spans.iter().any(|s| body[s.start..s.end] == ["Tom", "Hale"] && s.label == NerLabel::Person));
    /// ```
    pub fn tag_in(&self, tokens: &[&str], doc: &features::DocContext) -> Vec<NerSpan> {
        let mut spans = self.tag_all_in(tokens, doc);
        spans.retain(|s| s.label != NerLabel::Misc);
        spans
    }

    /// Like [`NerModel::tag`], but also reports [`NerLabel::Misc`] spans.
    pub fn tag_all(&self, tokens: &[&str]) -> Vec<NerSpan> {
        self.tag_all_in(tokens, &features::DocContext::of_sentence(tokens))
    }

    /// Like [`NerModel::tag_in`], but also reports [`NerLabel::Misc`] spans.
    pub fn tag_all_in(&self, tokens: &[&str], doc: &features::DocContext) -> Vec<NerSpan> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let mut feats = SentenceFeatures::new();
        feats.extract_in(tokens, &self.lexicon, doc);
        let emissions = self.emissions(&feats);
        let mut tags = Vec::new();
        viterbi(&emissions, &self.tr, &mut tags);
        let spans = spans_from_tags(&tags);
        let conf = span_confidences(&emissions, &self.conf, &spans);
        spans
            .iter()
            .zip(conf)
            .map(|(s, c)| NerSpan {
                start: s.start,
                end: s.end,
                label: s.label,
                confidence: c,
            })
            .collect()
    }

    /// Emission scores, `N_TAGS` per token.
    fn emissions(&self, feats: &SentenceFeatures) -> Vec<f32> {
        let n = feats.len();
        let mut out = vec![0f32; n * N_TAGS];
        for i in 0..n {
            let rows = feats.token(i).iter().filter_map(|&h| self.table.get(h));
            for (o, a) in out[i * N_TAGS..(i + 1) * N_TAGS]
                .iter_mut()
                .zip(sum_rows(rows))
            {
                *o = a as f32 * self.raw.scale;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests;
