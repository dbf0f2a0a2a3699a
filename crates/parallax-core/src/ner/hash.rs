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
#[derive(Clone, Debug, Default)]
pub struct HashTable {
    keys: Vec<u32>,
    vals: Vec<u32>,
    mask: usize,
    len: usize,
}

impl HashTable {
    /// A table with room for `n` keys at a load factor of at most 1/2.
    pub fn with_capacity(n: usize) -> Self {
        let cap = (n.max(4) * 2).next_power_of_two();
        HashTable {
            keys: vec![0; cap],
            vals: vec![0; cap],
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
        (key.wrapping_mul(0x9E37_79B1) as usize ^ (key as usize >> 7)) & self.mask
    }

    /// Inserts or overwrites; returns false (and stores nothing) for key 0 or a full table.
    pub fn insert(&mut self, key: u32, val: u32) -> bool {
        if key == 0 || self.len * 2 >= self.keys.len() {
            return false;
        }
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == 0 {
                self.keys[i] = key;
                self.vals[i] = val;
                self.len += 1;
                return true;
            }
            if k == key {
                self.vals[i] = val;
                return true;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The value stored for `key`, if any.
    #[inline]
    pub fn get(&self, key: u32) -> Option<u32> {
        if key == 0 || self.keys.is_empty() {
            return None;
        }
        let mut i = self.slot(key);
        loop {
            let k = self.keys[i];
            if k == key {
                return Some(self.vals[i]);
            }
            if k == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
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
