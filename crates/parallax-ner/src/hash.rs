//! Tiny 32-bit hashing and an open-addressed table keyed by those hashes.
//!
//! Feature strings are never built at inference: each token's atoms (lower-cased
//! word, shape, affixes) are hashed once while its characters are walked, and a
//! feature is a [`mix`] of a template id with one or two atom hashes.

/// FNV-1a offset basis.
pub const FNV_START: u32 = 0x811c_9dc5;

/// Feeds one byte into an FNV-1a state.
#[inline]
pub fn fnv_byte(h: u32, b: u8) -> u32 {
    (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
}

/// Feeds one char (as UTF-8 bytes) into an FNV-1a state.
#[inline]
pub fn fnv_char(mut h: u32, c: char) -> u32 {
    let mut buf = [0u8; 4];
    for &b in c.encode_utf8(&mut buf).as_bytes() {
        h = fnv_byte(h, b);
    }
    h
}

/// Combines a running hash with another value; order matters. Never returns 0,
/// which marks an empty slot in [`HashTable`].
#[inline]
pub fn mix(h: u32, v: u32) -> u32 {
    let x = ((u64::from(h) << 32) | u64::from(v)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let x = x ^ (x >> 29);
    let x = x.wrapping_mul(0xBF58_476D_1CE4_E5B9);
    let r = (x >> 32) as u32;
    if r == 0 {
        1
    } else {
        r
    }
}

/// Open-addressed (linear probing) map from a nonzero `u32` hash to a `u32` value.
/// Key and value share a slot so a probe touches one cache line.
#[derive(Clone, Debug, Default)]
pub struct HashTable {
    slots: Vec<(u32, u32)>,
    mask: usize,
    len: usize,
}

impl HashTable {
    /// A table with room for `n` keys at a load factor of at most 1/2.
    pub fn with_capacity(n: usize) -> Self {
        let cap = (n.max(4) * 2).next_power_of_two();
        HashTable {
            slots: vec![(0, 0); cap],
            mask: cap - 1,
            len: 0,
        }
    }

    /// Number of keys stored.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the table holds no keys.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    #[inline]
    fn slot(&self, key: u32) -> usize {
        // Keys are already well-mixed hashes; a cheap multiply spreads sequential ones.
        (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & self.mask
    }

    /// Inserts or overwrites; returns false (and stores nothing) for key 0 or a full table.
    pub fn insert(&mut self, key: u32, val: u32) -> bool {
        if key == 0 || self.len * 2 >= self.slots.len() {
            return false;
        }
        let mut i = self.slot(key);
        while let Some(slot) = self.slots.get_mut(i) {
            if slot.0 == 0 {
                *slot = (key, val);
                self.len += 1;
                return true;
            }
            if slot.0 == key {
                slot.1 = val;
                return true;
            }
            i = (i + 1) & self.mask;
        }
        false
    }

    /// The value stored for `key`, if any.
    #[inline]
    pub fn get(&self, key: u32) -> Option<u32> {
        if key == 0 {
            return None;
        }
        let mut i = self.slot(key);
        // The table is never more than half full, so an empty slot ends every probe.
        while let Some(&(k, v)) = self.slots.get(i) {
            if k == key {
                return Some(v);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
        None
    }
}

/// Open-addressed map from a nonzero `u32` hash to a row of `N` weights. Probing
/// reads only the dense key array (4 bytes a slot, so it mostly stays in cache);
/// the row, stored at the same slot index, is touched only on a hit.
#[derive(Clone, Debug, Default)]
pub struct RowTable<const N: usize> {
    keys: Vec<u32>,
    rows: Vec<[i8; N]>,
    mask: usize,
}

impl<const N: usize> RowTable<N> {
    /// Builds the table from keys and their rows (key 0 is skipped; a repeated key
    /// keeps its last row).
    pub fn new(keys: &[u32], rows: &[[i8; N]]) -> Self {
        let cap = (keys.len().max(4) * 2).next_power_of_two();
        let mut t = RowTable {
            keys: vec![0; cap],
            rows: vec![[0; N]; cap],
            mask: cap - 1,
        };
        for (&key, row) in keys.iter().zip(rows) {
            if key == 0 {
                continue;
            }
            let mut i = t.slot(key);
            while let Some(k) = t.keys.get_mut(i) {
                if *k == 0 || *k == key {
                    *k = key;
                    if let Some(r) = t.rows.get_mut(i) {
                        *r = *row;
                    }
                    break;
                }
                i = (i + 1) & t.mask;
            }
        }
        t
    }

    #[inline]
    fn slot(&self, key: u32) -> usize {
        (key.wrapping_mul(0x9E37_79B1) >> 7) as usize & self.mask
    }

    /// The row stored for `key`, if any.
    #[inline]
    pub fn get(&self, key: u32) -> Option<&[i8; N]> {
        if key == 0 {
            return None;
        }
        let mut i = self.slot(key);
        // Never more than half full, so an empty slot ends every probe.
        while let Some(&k) = self.keys.get(i) {
            if k == key {
                return self.rows.get(i);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
        None
    }
}

/// Rows [`sum_rows`] adds in 16-bit lanes before it moves them into `i32`s: a lane
/// takes at most 255 a row, and 256 × 255 < 2¹⁶.
pub const SPILL: usize = 256;

const LOW_BYTES: u64 = 0x00FF_00FF_00FF_00FF;
const BIAS: u64 = 0x8080_8080_8080_8080;

/// The sums of `rows` of `N` signed byte weights (`N` < 40), weight by weight.
///
/// Eight weights at a time in 64-bit words: each byte is biased to 0..=255 and the
/// even and odd bytes of a word are added into two words of four 16-bit lanes.
/// WebAssembly without SIMD adds a row in six word operations instead of one load
/// and one add per weight; looking up and adding the rows of a token's features was
/// a fifth of a helper's time in Chromium. The sums are exact: the lanes move into
/// `i32`s every [`SPILL`] rows, before they can overflow.
///
/// ```
/// use parallax_ner::hash::sum_rows;
/// let rows = [[-128i8, 127, 5, 0, 1, 2, 3, 4, -9], [1, 1, 1, 1, 1, 1, 1, 1, 1]];
/// assert_eq!(sum_rows(rows.iter()), [-127, 128, 6, 1, 2, 3, 4, 5, -8]);
/// ```
#[inline]
pub fn sum_rows<'a, const N: usize>(mut rows: impl Iterator<Item = &'a [i8; N]>) -> [i32; N] {
    const { assert!(N < 40) };
    let words = N / 8;
    let mut total = [0i32; N];
    loop {
        let (mut even, mut odd, mut rest) = ([0u64; 4], [0u64; 4], [0i32; 8]);
        let mut n = 0;
        for row in rows.by_ref().take(SPILL) {
            let (w, r) = row.split_at(words * 8);
            for ((e, o), w) in even.iter_mut().zip(&mut odd).zip(w.chunks_exact(8)) {
                let mut b = [0u8; 8];
                for (d, &x) in b.iter_mut().zip(w) {
                    *d = x as u8;
                }
                let x = u64::from_le_bytes(b) ^ BIAS;
                *e += x & LOW_BYTES;
                *o += (x >> 8) & LOW_BYTES;
            }
            for (t, &x) in rest.iter_mut().zip(r) {
                *t += i32::from(x);
            }
            n += 1;
        }
        let bias = 128 * n as i32;
        let (w, r) = total.split_at_mut(words * 8);
        for (word, (&e, &o)) in w.chunks_exact_mut(8).zip(even.iter().zip(&odd)) {
            for (lane, pair) in word.chunks_exact_mut(2).enumerate() {
                if let [even_tag, odd_tag] = pair {
                    let shift = 16 * lane;
                    *even_tag += ((e >> shift) & 0xFFFF) as i32 - bias;
                    *odd_tag += ((o >> shift) & 0xFFFF) as i32 - bias;
                }
            }
        }
        for (total, x) in r.iter_mut().zip(rest) {
            *total += x;
        }
        if n < SPILL {
            return total;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn row_table_round_trip() {
        let keys: Vec<u32> = (1..=50).map(|k| mix(3, k)).collect();
        let rows: Vec<[i8; 3]> = (1..=50).map(|k| [k as i8, -(k as i8), 0]).collect();
        let t = RowTable::new(&keys, &rows);
        for (k, r) in keys.iter().zip(&rows) {
            assert_eq!(t.get(*k), Some(r));
        }
        assert_eq!(t.get(mix(4, 1)), None);
        assert_eq!(t.get(0), None);
        assert_eq!(RowTable::<3>::default().get(5), None);
    }

    /// The word sums equal plain sums, at the extremes and past a spill.
    #[test]
    fn row_sums_are_exact() {
        let rows: Vec<[i8; 17]> = (0..700u32)
            .map(|k| {
                std::array::from_fn(|t| match (k + t as u32) % 5 {
                    0 => i8::MIN,
                    1 => i8::MAX,
                    2 => 0,
                    _ => (mix(k, t as u32) % 256) as u8 as i8,
                })
            })
            .collect();
        for n in [0, 1, 2, 255, 256, 257, 511, 512, 700] {
            let mut want = [0i32; 17];
            for row in &rows[..n] {
                for (w, &x) in want.iter_mut().zip(row) {
                    *w += i32::from(x);
                }
            }
            assert_eq!(sum_rows(rows[..n].iter()), want, "{n} rows");
        }
        // Every row at the lowest or the highest weight, past a spill.
        for x in [i8::MIN, i8::MAX] {
            let same = vec![[x; 17]; 2 * SPILL + 1];
            assert_eq!(sum_rows(same.iter()), [513 * i32::from(x); 17]);
        }
        assert_eq!(sum_rows([[-3i8, 4, 5]].iter()), [-3, 4, 5]);
    }

    use super::*;

    #[test]
    fn table_round_trip() {
        let mut t = HashTable::with_capacity(100);
        for k in 1..=100u32 {
            assert!(t.insert(mix(7, k), k));
        }
        assert_eq!(t.len(), 100);
        for k in 1..=100u32 {
            assert_eq!(t.get(mix(7, k)), Some(k));
        }
        assert_eq!(t.get(mix(8, 1)), None);
        assert_eq!(t.get(0), None);
        assert!(!t.insert(0, 5));
    }

    #[test]
    fn mix_is_order_sensitive_and_nonzero() {
        let cases = [(1u32, 2u32), (0, 0), (u32::MAX, 0), (12345, 67890)];
        for (a, b) in cases {
            assert_ne!(mix(a, b), 0);
            if a != b {
                assert_ne!(mix(a, b), mix(b, a));
            }
        }
    }
}
