//! Byte offsets (what the engine's spans hold) to char offsets (what the JSON
//! export holds: Unicode scalar values, so `text == chars[start..end]`).
//!
//! [`CharIndex::new`] walks the text once and keeps the char count at every
//! 64-byte block boundary; each conversion then counts at most 63 bytes. So
//! converting k spans of an n-byte text costs O(n + k), not O(n · k).

const BLOCK_BITS: usize = 6;
const BLOCK: usize = 1 << BLOCK_BITS;

/// Converts byte offsets into one text to char offsets.
pub(crate) struct CharIndex<'a> {
    bytes: &'a [u8],
    /// `blocks[k]` = number of chars that start before byte `k * BLOCK`, for every
    /// `k <= len / BLOCK` (so the end of the text has an entry even when its length
    /// is a multiple of `BLOCK`); empty for ASCII text.
    blocks: Vec<u32>,
    ascii: bool,
}

/// Whether `b` starts a char (is not a UTF-8 continuation byte).
const fn starts_char(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

impl<'a> CharIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            blocks.reserve(bytes.len() / BLOCK + 1);
            let mut count = 0u32;
            for chunk in bytes.chunks(BLOCK) {
                blocks.push(count);
                count += chunk.iter().filter(|&&b| starts_char(b)).count() as u32;
            }
            if bytes.len().is_multiple_of(BLOCK) {
                // The end of the text starts a block of its own.
                blocks.push(count);
            }
        }
        Self {
            bytes,
            blocks,
            ascii,
        }
    }

    /// The char offset of byte offset `byte` (clamped to the text's length). For an
    /// offset inside a char, the offset of the char after it.
    pub(crate) fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        let block = byte >> BLOCK_BITS;
        // `byte <= len`, so `block <= len / BLOCK` has an entry; were one ever
        // missing, counting from the start is slow but still right.
        let (base, from) = match self.blocks.get(block) {
            Some(&base) => (base as usize, block << BLOCK_BITS),
            None => (0, 0),
        };
        base + self
            .bytes
            .get(from..byte)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| starts_char(b))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_naive_count_everywhere() {
        let texts = [
            "",
            "plain ascii",
            "Zürich’s “quotes” — and emoji 🙂 then more text that is long enough to cross a block or two of sixty-four bytes, é",
            &"é🙂a".repeat(100),
            // Non-ASCII texts of exactly 64·k bytes: the end falls on a block boundary.
            &"é".repeat(32),
            &format!("{}🙂", "a".repeat(124)),
            &"€".repeat(64),
        ];
        for text in texts {
            let idx = CharIndex::new(text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    idx.char_offset(byte),
                    text[..byte].chars().count(),
                    "{text:?} at {byte}"
                );
            }
            assert_eq!(idx.char_offset(text.len() + 10), text.chars().count());
        }
    }
}
