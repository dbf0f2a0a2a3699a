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
/// Bits of a mask's last byte that lie beyond the last tag: always zero.
const SPARE_MASK_BITS: u8 = !(((1u16 << (N_TAGS - 8 * (MASK_BYTES - 1))) - 1) as u8);

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

    /// Reads a Rice block of `n` strictly increasing nonzero keys.
    fn sorted_keys(&mut self, n: usize) -> Result<Vec<u32>, ModelError> {
        let k = u32::from(self.u8()?);
        if k >= 32 {
            return Err(self.err(ModelErrorKind::Corrupt("rice parameter")));
        }
        let len = self.u32()? as usize;
        let block_start = self.pos;
        let bytes = self.take(len)?;
        let total = bytes.len() * 8;
        let mut pos = 0usize;
        let bit = |pos: usize| bytes[pos / 8] >> (pos % 8) & 1 == 1;
        let corrupt = |what| ModelError {
            kind: ModelErrorKind::Corrupt(what),
            offset: block_start,
        };
        let mut keys = Vec::with_capacity(n.min(total));
        let mut prev = 0u32;
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
            let d = u64::from(low) | (q << k);
            let key = u64::from(prev) + d;
            if key == 0 || key > u64::from(u32::MAX) || (i > 0 && d == 0) {
                return Err(corrupt("keys not increasing"));
            }
            prev = key as u32;
            keys.push(prev);
        }
        Ok(keys)
    }
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
    for (row, mask) in masks.chunks(MASK_BYTES).enumerate() {
        for t in 0..N_TAGS {
            if mask[t / 8] & (1 << (t % 8)) == 0 {
                continue;
            }
            weights[row][t] = r.u8()? as i8;
        }
        if mask[MASK_BYTES - 1] & SPARE_MASK_BITS != 0 {
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
