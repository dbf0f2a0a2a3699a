//! Averaged structured perceptron over BILOU tags, Viterbi-decoded with the same
//! constraints the engine uses.

use std::collections::HashMap;

use parallax_core::ner::decode::{viterbi, Transitions, N_TAGS};
use parallax_core::ner::features::SentenceFeatures;
use parallax_core::ner::{Lexicon, ModelParts};

use crate::data::Sentence;

/// Small deterministic PRNG (SplitMix64) for shuffling.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Training sentences with their features mapped to dense ids.
pub struct Encoded {
    /// Feature hash of each id.
    pub hashes: Vec<u32>,
    /// Per sentence: per token feature ids, flattened, with token offsets.
    pub feats: Vec<(Vec<u32>, Vec<usize>)>,
    pub gold: Vec<Vec<u8>>,
}

/// Extracts features for the training sentences, keeping those seen at least
/// `min_count` times. Ids follow first occurrence, so the result is deterministic.
/// Sentence `i` is read with lexicon `lexicon(i)` (see [`crate::lexicons`]).
pub fn encode<'a>(
    sents: &[Sentence],
    lexicon: &dyn Fn(usize) -> &'a Lexicon,
    min_count: u32,
) -> Encoded {
    let mut sf = SentenceFeatures::new();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for (si, s) in sents.iter().enumerate() {
        sf.extract_in(&s.token_refs(), lexicon(si), &s.doc);
        for &h in &sf.hashes {
            *counts.entry(h).or_insert(0) += 1;
        }
    }
    let mut ids: HashMap<u32, u32> = HashMap::new();
    let mut hashes = Vec::new();
    let mut feats = Vec::with_capacity(sents.len());
    for (si, s) in sents.iter().enumerate() {
        sf.extract_in(&s.token_refs(), lexicon(si), &s.doc);
        let mut flat = Vec::with_capacity(sf.hashes.len());
        let mut offs = vec![0];
        for i in 0..sf.len() {
            for &h in sf.token(i) {
                if counts.get(&h).copied().unwrap_or(0) < min_count {
                    continue;
                }
                let id = *ids.entry(h).or_insert_with(|| {
                    hashes.push(h);
                    hashes.len() as u32 - 1
                });
                flat.push(id);
            }
            offs.push(flat.len());
        }
        feats.push((flat, offs));
    }
    Encoded {
        hashes,
        feats,
        gold: sents.iter().map(|s| s.tags.clone()).collect(),
    }
}

/// Weights with the running sums needed for averaging (Daumé's trick:
/// average = w − u / c).
pub struct Perceptron {
    w: Vec<f32>,
    u: Vec<f64>,
    trans: Vec<f32>,
    trans_u: Vec<f64>,
    start: Vec<f32>,
    start_u: Vec<f64>,
    end: Vec<f32>,
    end_u: Vec<f64>,
    c: f64,
}

impl Perceptron {
    pub fn new(n_feat: usize) -> Self {
        Perceptron {
            w: vec![0.0; n_feat * N_TAGS],
            u: vec![0.0; n_feat * N_TAGS],
            trans: vec![0.0; N_TAGS * N_TAGS],
            trans_u: vec![0.0; N_TAGS * N_TAGS],
            start: vec![0.0; N_TAGS],
            start_u: vec![0.0; N_TAGS],
            end: vec![0.0; N_TAGS],
            end_u: vec![0.0; N_TAGS],
            c: 1.0,
        }
    }

    /// One pass over `order`; returns the number of sentences with an error.
    pub fn epoch(&mut self, data: &Encoded, order: &[usize]) -> usize {
        let mut errors = 0;
        let mut em = Vec::new();
        let mut pred = Vec::new();
        for &si in order {
            let (flat, offs) = &data.feats[si];
            let gold = &data.gold[si];
            let n = gold.len();
            em.clear();
            em.resize(n * N_TAGS, 0.0);
            for i in 0..n {
                let row = &mut em[i * N_TAGS..(i + 1) * N_TAGS];
                for &f in &flat[offs[i]..offs[i + 1]] {
                    let w = &self.w[f as usize * N_TAGS..(f as usize + 1) * N_TAGS];
                    for (r, x) in row.iter_mut().zip(w) {
                        *r += x;
                    }
                }
            }
            let tr = Transitions::new(&self.trans, &self.start, &self.end);
            viterbi(&em, &tr, &mut pred);
            if pred != *gold {
                errors += 1;
                self.update(flat, offs, gold, &pred);
            }
            self.c += 1.0;
        }
        errors
    }

    fn bump(w: &mut [f32], u: &mut [f64], i: usize, d: f32, c: f64) {
        w[i] += d;
        u[i] += c * f64::from(d);
    }

    fn update(&mut self, flat: &[u32], offs: &[usize], gold: &[u8], pred: &[u8]) {
        let c = self.c;
        let n = gold.len();
        for i in 0..n {
            let (g, p) = (gold[i] as usize, pred[i] as usize);
            if g != p {
                for &f in &flat[offs[i]..offs[i + 1]] {
                    let base = f as usize * N_TAGS;
                    Self::bump(&mut self.w, &mut self.u, base + g, 1.0, c);
                    Self::bump(&mut self.w, &mut self.u, base + p, -1.0, c);
                }
            }
            if i > 0 {
                let gt = gold[i - 1] as usize * N_TAGS + g;
                let pt = pred[i - 1] as usize * N_TAGS + p;
                if gt != pt {
                    Self::bump(&mut self.trans, &mut self.trans_u, gt, 1.0, c);
                    Self::bump(&mut self.trans, &mut self.trans_u, pt, -1.0, c);
                }
            }
        }
        if n > 0 {
            let (g0, p0) = (gold[0] as usize, pred[0] as usize);
            if g0 != p0 {
                Self::bump(&mut self.start, &mut self.start_u, g0, 1.0, c);
                Self::bump(&mut self.start, &mut self.start_u, p0, -1.0, c);
            }
            let (gl, pl) = (gold[n - 1] as usize, pred[n - 1] as usize);
            if gl != pl {
                Self::bump(&mut self.end, &mut self.end_u, gl, 1.0, c);
                Self::bump(&mut self.end, &mut self.end_u, pl, -1.0, c);
            }
        }
    }

    fn avg(w: &[f32], u: &[f64], c: f64) -> Vec<f32> {
        w.iter()
            .zip(u)
            .map(|(&w, &u)| (f64::from(w) - u / c) as f32)
            .collect()
    }

    /// The averaged weights as model parts.
    pub fn parts(&self, hashes: &[u32], lexicon: &Lexicon, temperature: f32) -> ModelParts {
        let avg = Self::avg(&self.w, &self.u, self.c);
        let features = hashes
            .iter()
            .enumerate()
            .map(|(i, &h)| (h, avg[i * N_TAGS..(i + 1) * N_TAGS].to_vec()))
            .collect();
        ModelParts {
            features,
            trans: Self::avg(&self.trans, &self.trans_u, self.c),
            start: Self::avg(&self.start, &self.start_u, self.c),
            end: Self::avg(&self.end, &self.end_u, self.c),
            temperature,
            lexicon: lexicon.clone(),
        }
    }
}

/// The mean of models over the same features (in the same order): one model whose
/// scores are the average of theirs.
pub fn mean_parts(parts: impl Iterator<Item = ModelParts>) -> ModelParts {
    let mut n = 0f32;
    let mut acc: Option<ModelParts> = None;
    for p in parts {
        n += 1.0;
        match acc.as_mut() {
            None => acc = Some(p),
            Some(a) => {
                for ((_, w), (_, x)) in a.features.iter_mut().zip(&p.features) {
                    w.iter_mut().zip(x).for_each(|(w, x)| *w += x);
                }
                for (w, x) in [
                    (&mut a.trans, &p.trans),
                    (&mut a.start, &p.start),
                    (&mut a.end, &p.end),
                ] {
                    w.iter_mut().zip(x).for_each(|(w, x)| *w += x);
                }
            }
        }
    }
    let Some(mut a) = acc else {
        return ModelParts {
            features: Vec::new(),
            trans: Vec::new(),
            start: Vec::new(),
            end: Vec::new(),
            temperature: 1.0,
            lexicon: Default::default(),
        };
    };
    let scale = |v: &mut Vec<f32>| v.iter_mut().for_each(|w| *w /= n);
    a.features.iter_mut().for_each(|(_, w)| scale(w));
    scale(&mut a.trans);
    scale(&mut a.start);
    scale(&mut a.end);
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(w: f32) -> ModelParts {
        ModelParts {
            features: vec![(7, vec![w; N_TAGS]), (9, vec![-w; N_TAGS])],
            trans: vec![w; N_TAGS * N_TAGS],
            start: vec![w; N_TAGS],
            end: vec![-w; N_TAGS],
            temperature: 1.0,
            lexicon: Default::default(),
        }
    }

    #[test]
    fn an_ensemble_scores_as_the_mean_of_its_members() {
        let m = mean_parts([parts(1.0), parts(3.0), parts(8.0)].into_iter());
        assert_eq!(m.features.len(), 2);
        assert!(m.features[0].1.iter().all(|&w| w == 4.0));
        assert!(m.features[1].1.iter().all(|&w| w == -4.0));
        assert!(m.trans.iter().chain(&m.start).all(|&w| w == 4.0));
        assert!(m.end.iter().all(|&w| w == -4.0));
        // No members: an empty model, not a panic.
        assert!(mean_parts(std::iter::empty()).features.is_empty());
    }
}
