//! The model file: versioned little-endian bytes.
//!
//! ```text
//! magic      b"PXNER"
//! version    u16            (1)
//! n_tags     u8             (17: O + B/I/L/U × PER, ORG, LOC, MISC)
//! wbits      u8             (8: width of a quantised weight; other widths reserved)
//! scale      f32            (weight = quantised × scale)
//! temp       f32            (softmax temperature for confidences)
//! trans      f32 × n_tags²  (row = previous tag)
//! start, end f32 × n_tags each
//! n_feat     u32
//! keys       Rice-coded feature hash deltas (see below), strictly increasing
//! masks      n_feat × ceil(n_tags / 8) bytes: which tags have a nonzero weight
//! weights    one i8 per set mask bit, feature by feature
//! n_lex      u32, max_len u8
//! lex keys   Rice-coded deltas, strictly increasing
//! lex bits   n_lex × u16
//! checksum   u32 FNV-1a of every preceding byte
//! ```
//! Columns rather than records so gzip finds the repetition in masks and weights.
//! Sorted 32-bit hashes are close to uniform, so their gaps are geometric and a
//! Rice code stores them near the entropy bound (about 17 bits a key instead of the
//! 22 a varint takes); gzip cannot squeeze random bits. A Rice block is
//! `k: u8, len: u32` then `len` bytes of LSB-first bits: per gap, `gap >> k` in
//! unary (ones, then a zero) followed by the low `k` bits of the gap.

use super::decode::N_TAGS;
use super::hash::{fnv_byte, FNV_START};
use super::{ModelError, ModelErrorKind};

pub const MAGIC: &[u8; 5] = b"PXNER";
pub const VERSION: u16 = 3;
const MASK_BYTES: usize = N_TAGS.div_ceil(8);
// A row's mask is read as one `u32`.
const _: () = assert!(MASK_BYTES <= 4);

/// The decoded contents of a model file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawModel {
    pub wbits: u8,
    pub scale: f32,
    pub temperature: f32,
    pub trans: Vec<f32>,
    pub start: Vec<f32>,
    pub end: Vec<f32>,
    /// Sorted feature keys; row `i` of `weights` belongs to `keys[i]`.
    pub keys: Vec<u32>,
    pub weights: Vec<[i8; N_TAGS]>,
    pub lex: Vec<(u32, u16)>,
    pub lex_max_len: u8,
}

fn checksum(bytes: &[u8]) -> u32 {
    bytes.iter().fold(FNV_START, |h, &b| fnv_byte(h, b))
}

/// Rice-codes the gaps of strictly increasing keys.
fn put_keys(out: &mut Vec<u8>, keys: impl Iterator<Item = u32> + Clone) {
    let gaps = || {
        let mut prev = 0u32;
        keys.clone().map(move |k| {
            let d = k.wrapping_sub(prev);
            prev = k;
            d
        })
    };
    let cost = |k: u32| -> u64 { gaps().map(|d| u64::from(d >> k) + 1 + u64::from(k)).sum() };
    let k = (0..32).min_by_key(|&k| cost(k)).unwrap_or(0);
    let mut bits = BitWriter::default();
    for d in gaps() {
        for _ in 0..(d >> k) {
            bits.push(true);
        }
        bits.push(false);
        for b in 0..k {
            bits.push((d >> b) & 1 == 1);
        }
    }
    out.push(k as u8);
    out.extend_from_slice(&(bits.bytes.len() as u32).to_le_bytes());
    out.extend_from_slice(&bits.bytes);
}

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    n: usize,
}

impl BitWriter {
    fn push(&mut self, bit: bool) {
        if self.n.is_multiple_of(8) {
            self.bytes.push(0);
        }
        if bit {
            if let Some(last) = self.bytes.last_mut() {
                *last |= 1 << (self.n % 8);
            }
        }
        self.n += 1;
    }
}

/// Serialises; `weights` must already fit `wbits`.
pub fn write(m: &RawModel) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.push(N_TAGS as u8);
    out.push(m.wbits);
    out.extend_from_slice(&m.scale.to_le_bytes());
    out.extend_from_slice(&m.temperature.to_le_bytes());
    for v in m.trans.iter().chain(&m.start).chain(&m.end) {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&(m.keys.len() as u32).to_le_bytes());
    put_keys(&mut out, m.keys.iter().copied());
    for row in &m.weights {
        let mut mask = [0u8; MASK_BYTES];
        for (t, &w) in row.iter().enumerate() {
            if w != 0 {
                mask[t / 8] |= 1 << (t % 8);
            }
        }
        out.extend_from_slice(&mask);
    }
    for &w in m.weights.iter().flatten() {
        if w != 0 {
            out.push(w as u8);
        }
    }
    out.extend_from_slice(&(m.lex.len() as u32).to_le_bytes());
    out.push(m.lex_max_len);
    put_keys(&mut out, m.lex.iter().map(|e| e.0));
    for &(_, b) in &m.lex {
        out.extend_from_slice(&b.to_le_bytes());
    }
    let sum = checksum(&out);
    out.extend_from_slice(&sum.to_le_bytes());
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn err(&self, kind: ModelErrorKind) -> ModelError {
        ModelError {
            kind,
            offset: self.pos,
        }
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        match end {
            Some(e) => {
                let s = &self.bytes[self.pos..e];
                self.pos = e;
                Ok(s)
            }
            None => Err(self.err(ModelErrorKind::Truncated)),
        }
    }

    fn u8(&mut self) -> Result<u8, ModelError> {
        Ok(self.take(1)?[0])
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }

    fn u16(&mut self) -> Result<u16, ModelError> {
        Ok(u16::from_le_bytes(self.array()?))
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        let v = f32::from_le_bytes(self.array()?);
        if v.is_finite() {
            Ok(v)
        } else {
            Err(self.err(ModelErrorKind::Corrupt("non-finite number")))
        }
    }

    /// A count of items that each need at least `min_bytes`, checked against what is left
    /// so corrupt counts cannot trigger huge allocations.
    fn count(&mut self, min_bytes: usize) -> Result<usize, ModelError> {
        let n = self.u32()? as usize;
        let left = self.bytes.len() - self.pos;
        if n.saturating_mul(min_bytes) > left {
            return Err(self.err(ModelErrorKind::Truncated));
        }
        Ok(n)
    }

    /// A Rice block's header and bits.
    fn rice_block(&mut self) -> Result<RiceBlock<'a>, ModelError> {
        let k = u32::from(self.u8()?);
        if k >= 32 {
            return Err(self.err(ModelErrorKind::Corrupt("rice parameter")));
        }
        let len = self.u32()? as usize;
        let offset = self.pos;
        let bits = self.take(len)?;
        Ok(RiceBlock { k, bits, offset })
    }

    /// Reads a Rice block of `n` strictly increasing nonzero keys. A word of bits at a
    /// time: each key's unary part is one count of trailing ones, its low part one mask,
    /// so loading the model costs a few steps per key rather than one per bit.
    fn sorted_keys(&mut self, n: usize) -> Result<Vec<u32>, ModelError> {
        let block = self.rice_block()?;
        let (k, bytes) = (block.k, block.bits);
        let corrupt = |what| block.corrupt(what);
        let total = bytes.len() * 8;
        let max_q = u64::from(u32::MAX >> k);
        let low_mask = (1u64 << k) - 1;
        let mut pos = 0usize;
        let mut keys = Vec::with_capacity(n.min(total));
        let mut prev = 0u32;
        for i in 0..n {
            let mut q = 0u64;
            loop {
                if pos >= total {
                    return Err(corrupt("key block ends early"));
                }
                // At least 57 bits from `pos`; zeros past the block's end.
                let valid = 64 - pos % 8;
                let ones = bits_at(bytes, pos).trailing_ones() as usize;
                q += ones as u64;
                if q > max_q {
                    return Err(corrupt("key gap too large"));
                }
                if ones < valid {
                    if pos + ones >= total {
                        return Err(corrupt("key block ends early"));
                    }
                    pos += ones + 1;
                    break;
                }
                pos += ones;
            }
            if pos + k as usize > total {
                return Err(corrupt("key block ends early"));
            }
            let low = bits_at(bytes, pos) & low_mask;
            pos += k as usize;
            prev = block.next_key(prev, low | (q << k), i)?;
            keys.push(prev);
        }
        Ok(keys)
    }
}

/// A Rice block: its parameter, its bits and where they start in the file.
struct RiceBlock<'a> {
    k: u32,
    bits: &'a [u8],
    offset: usize,
}

impl RiceBlock<'_> {
    fn corrupt(&self, what: &'static str) -> ModelError {
        ModelError {
            kind: ModelErrorKind::Corrupt(what),
            offset: self.offset,
        }
    }

    /// Key number `i`, `gap` after the key before it (`prev`): nonzero and, after the
    /// first, strictly greater than `prev`.
    fn next_key(&self, prev: u32, gap: u64, i: usize) -> Result<u32, ModelError> {
        let key = u64::from(prev) + gap;
        if key == 0 || key > u64::from(u32::MAX) || (i > 0 && gap == 0) {
            return Err(self.corrupt("keys not increasing"));
        }
        Ok(key as u32)
    }
}

/// The bits of `bytes` from bit `pos` on, least significant first: at least 57 of
/// them, then zeros (also past the end of `bytes`).
fn bits_at(bytes: &[u8], pos: usize) -> u64 {
    let i = pos / 8;
    let word = match bytes
        .get(i..i + 8)
        .and_then(|w| <[u8; 8]>::try_from(w).ok())
    {
        Some(w) => u64::from_le_bytes(w),
        // The block's last few bytes.
        None => bytes
            .get(i..)
            .unwrap_or_default()
            .iter()
            .rev()
            .fold(0, |w, &b| w << 8 | u64::from(b)),
    };
    word >> (pos % 8)
}

/// Parses a model file; never panics.
pub fn read(bytes: &[u8]) -> Result<RawModel, ModelError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(MAGIC.len())
        .map_err(|_| r.err(ModelErrorKind::BadMagic))?
        != MAGIC
    {
        return Err(ModelError {
            kind: ModelErrorKind::BadMagic,
            offset: 0,
        });
    }
    let version = r.u16()?;
    if version != VERSION {
        return Err(ModelError {
            kind: ModelErrorKind::UnsupportedVersion(version),
            offset: MAGIC.len(),
        });
    }
    if bytes.len() < 4 + r.pos {
        return Err(r.err(ModelErrorKind::Truncated));
    }
    let body = bytes.len() - 4;
    let stored = bytes.get(body..).map(|s| {
        let mut a = [0u8; 4];
        a.copy_from_slice(s);
        u32::from_le_bytes(a)
    });
    if stored != Some(checksum(&bytes[..body])) {
        return Err(ModelError {
            kind: ModelErrorKind::Checksum,
            offset: body,
        });
    }
    let mut r = Reader {
        bytes: &bytes[..body],
        pos: r.pos,
    };
    if usize::from(r.u8()?) != N_TAGS {
        return Err(r.err(ModelErrorKind::Corrupt("unexpected tag count")));
    }
    let wbits = r.u8()?;
    if wbits != 8 {
        return Err(r.err(ModelErrorKind::Corrupt("weight width")));
    }
    let scale = r.f32()?;
    let temperature = r.f32()?;
    let mut floats =
        |n: usize| -> Result<Vec<f32>, ModelError> { (0..n).map(|_| r.f32()).collect() };
    let trans = floats(N_TAGS * N_TAGS)?;
    let start = floats(N_TAGS)?;
    let end = floats(N_TAGS)?;
    let n = r.count(1 + MASK_BYTES)?;
    let keys = r.sorted_keys(n)?;
    let masks = r.take(n * MASK_BYTES)?;
    let mut weights = vec![[0i8; N_TAGS]; n];
    for (row, mask) in weights.iter_mut().zip(masks.chunks(MASK_BYTES)) {
        // The row's mask as one number (bits beyond the last tag always zero): its set
        // bits, lowest first, take the row's weights in order.
        let mut bits = mask.iter().rev().fold(0u32, |m, &b| m << 8 | u32::from(b));
        let spare = bits >> N_TAGS;
        bits &= (1 << N_TAGS) - 1;
        let values = r.take(bits.count_ones() as usize)?;
        for &v in values {
            if let Some(w) = row.get_mut(bits.trailing_zeros() as usize) {
                *w = v as i8;
            }
            bits &= bits - 1;
        }
        if spare != 0 {
            return Err(r.err(ModelErrorKind::Corrupt("mask bits beyond tag count")));
        }
    }
    let n_lex = r.count(2)?;
    let lex_max_len = r.u8()?;
    let lex_keys = r.sorted_keys(n_lex)?;
    let mut lex = Vec::with_capacity(n_lex);
    for k in lex_keys {
        lex.push((k, r.u16()?));
    }
    if r.pos != r.bytes.len() {
        return Err(r.err(ModelErrorKind::Corrupt("trailing bytes")));
    }
    Ok(RawModel {
        wbits,
        scale,
        temperature,
        trans,
        start,
        end,
        keys,
        weights,
        lex,
        lex_max_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The decoder as first written, one bit at a time: the reference the word-wise
    /// reader must agree with, error for error.
    fn keys_bit_by_bit(block: &[u8], n: usize) -> Result<Vec<u32>, ModelError> {
        let mut r = Reader {
            bytes: block,
            pos: 0,
        };
        let block = r.rice_block()?;
        let (k, bytes) = (block.k, block.bits);
        let corrupt = |what| block.corrupt(what);
        let total = bytes.len() * 8;
        let bit = |pos: usize| bytes[pos / 8] >> (pos % 8) & 1 == 1;
        let (mut pos, mut prev, mut keys) = (0usize, 0u32, Vec::new());
        for i in 0..n {
            let mut q = 0u64;
            loop {
                if pos >= total {
                    return Err(corrupt("key block ends early"));
                }
                let b = bit(pos);
                pos += 1;
                if !b {
                    break;
                }
                q += 1;
                if q > u64::from(u32::MAX >> k) {
                    return Err(corrupt("key gap too large"));
                }
            }
            if pos + k as usize > total {
                return Err(corrupt("key block ends early"));
            }
            let mut low = 0u32;
            for b in 0..k {
                if bit(pos) {
                    low |= 1 << b;
                }
                pos += 1;
            }
            prev = block.next_key(prev, u64::from(low) | (q << k), i)?;
            keys.push(prev);
        }
        Ok(keys)
    }

    fn keys_word_wise(block: &[u8], n: usize) -> Result<Vec<u32>, ModelError> {
        Reader {
            bytes: block,
            pos: 0,
        }
        .sorted_keys(n)
    }

    /// A deterministic stream of pseudo-random numbers (xorshift).
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    #[test]
    fn word_wise_rice_reader_agrees_with_the_bit_reader() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        let mut agreed_ok = 0;
        for round in 0..3000 {
            // Well-formed blocks of every size and spread, then the same blocks cut,
            // with bits flipped, or read for more keys than they hold.
            let n = (rng.next() % 300) as usize;
            let spread = 1 + rng.next() % (1 << (rng.next() % 32));
            let mut keys = Vec::with_capacity(n);
            let mut key = 0u64;
            for _ in 0..n {
                key += 1 + rng.next() % spread;
                if key > u64::from(u32::MAX) {
                    break;
                }
                keys.push(key as u32);
            }
            let mut block = Vec::new();
            put_keys(&mut block, keys.iter().copied());
            let mut want = keys.len();
            match round % 5 {
                1 if block.len() > 5 => {
                    let cut = 5 + (rng.next() as usize) % (block.len() - 5);
                    block.truncate(cut);
                }
                2 if block.len() > 5 => {
                    let at = 5 + (rng.next() as usize) % (block.len() - 5);
                    block[at] ^= 1 << (rng.next() % 8);
                }
                3 => want += 1 + (rng.next() % 3) as usize,
                4 => {
                    // Noise: any parameter (some out of range), any bits.
                    let len = (rng.next() % 40) as usize;
                    block = vec![(rng.next() % 34) as u8];
                    block.extend_from_slice(&(len as u32).to_le_bytes());
                    block.extend((0..len).map(|_| rng.next() as u8 | rng.next() as u8));
                    want = (rng.next() % 40) as usize;
                }
                _ => {}
            }
            let fast = keys_word_wise(&block, want);
            assert_eq!(fast, keys_bit_by_bit(&block, want), "round {round}");
            if round % 5 == 0 {
                assert_eq!(fast.as_ref(), Ok(&keys), "round {round}");
                agreed_ok += 1;
            }
        }
        assert!(agreed_ok > 0);
    }

    #[test]
    fn rice_blocks_of_long_runs_and_every_parameter_read_back() {
        // Gaps far wider than 2^k make unary runs longer than a word of bits.
        for k in [0u8, 1, 5, 17, 31] {
            let mut block = vec![k];
            let mut bits = BitWriter::default();
            let gaps = [1u32, 200, 3, 1000, 64, 65, 57];
            for &d in &gaps {
                for _ in 0..(d >> k) {
                    bits.push(true);
                }
                bits.push(false);
                for b in 0..k {
                    bits.push((d >> b) & 1 == 1);
                }
            }
            block.extend_from_slice(&(bits.bytes.len() as u32).to_le_bytes());
            block.extend_from_slice(&bits.bytes);
            let mut want = Vec::new();
            let mut prev = 0u32;
            for d in gaps {
                prev += d;
                want.push(prev);
            }
            assert_eq!(keys_word_wise(&block, gaps.len()), Ok(want), "k {k}");
            assert_eq!(
                keys_word_wise(&block, gaps.len()),
                keys_bit_by_bit(&block, gaps.len())
            );
        }
    }
}
