//! A large export written in parts of about [`PART_BYTES`] each, so that no
//! single string holds the whole file: the worker sends the parts to the page
//! one message at a time and the page hands them to a `Blob` as they are.

use std::io;

/// The size a part grows to before the next one starts (a part may end a few
/// bytes short, to end on a character boundary).
pub const PART_BYTES: usize = 1 << 20;

/// A writer that keeps what it is given as UTF-8 text in parts of at most
/// [`PART_BYTES`], each ending on a character boundary. `serde_json::to_writer`
/// writes into it; [`Parts::into_parts`] returns the parts.
///
/// ```
/// use parallax_core::export::{Parts, PART_BYTES};
/// use std::io::Write;
/// let mut parts = Parts::default();
/// let text = "é".repeat(PART_BYTES); // two bytes a character
/// parts.write_all(text.as_bytes()).unwrap();
/// let parts = parts.into_parts();
/// assert_eq!(parts.len(), 2);
/// assert!(parts.iter().all(|p| p.len() <= PART_BYTES));
/// assert_eq!(parts.concat(), text);
/// ```
#[derive(Debug, Default)]
pub struct Parts {
    done: Vec<String>,
    current: String,
    /// The bytes of a character cut by the end of a write.
    pending: Vec<u8>,
}

impl Parts {
    /// Append text.
    pub fn push_str(&mut self, mut s: &str) {
        while !s.is_empty() {
            let room = PART_BYTES.saturating_sub(self.current.len());
            if room == 0 {
                self.done.push(std::mem::take(&mut self.current));
                continue;
            }
            let mut cut = room.min(s.len());
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            if cut == 0 {
                // Not even one character fits: start the next part.
                self.done.push(std::mem::take(&mut self.current));
                continue;
            }
            let (head, tail) = s.split_at(cut);
            self.current.push_str(head);
            s = tail;
        }
    }

    /// The parts, in order (none for nothing written); bytes that were not
    /// UTF-8 come out as U+FFFD.
    pub fn into_parts(mut self) -> Vec<String> {
        if !self.pending.is_empty() {
            let rest = String::from_utf8_lossy(&std::mem::take(&mut self.pending)).into_owned();
            self.push_str(&rest);
        }
        if !self.current.is_empty() {
            self.done.push(self.current);
        }
        self.done
    }
}

impl io::Write for Parts {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let bytes: Vec<u8>;
        let data = if self.pending.is_empty() {
            buf
        } else {
            let mut joined = std::mem::take(&mut self.pending);
            joined.extend_from_slice(buf);
            bytes = joined;
            &bytes
        };
        let valid = match std::str::from_utf8(data) {
            Ok(s) => s,
            Err(e) if e.error_len().is_none() => {
                // A character cut at the end: keep its bytes for the next write.
                let (head, tail) = data.split_at(e.valid_up_to());
                self.pending = tail.to_vec();
                std::str::from_utf8(head).unwrap_or_default()
            }
            Err(_) => {
                let text = String::from_utf8_lossy(data).into_owned();
                self.push_str(&text);
                return Ok(buf.len());
            }
        };
        self.push_str(valid);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn parts_reassemble_whatever_the_writes() {
        // (text, size of each write in bytes)
        let mixed = "Zürich — 東京 😀 ".repeat(PART_BYTES / 8);
        let cases: [(&str, usize); 4] = [
            ("", 7),
            ("short", 1),
            (mixed.as_str(), 3),
            (mixed.as_str(), 4096),
        ];
        for (text, step) in cases {
            let mut parts = Parts::default();
            for chunk in text.as_bytes().chunks(step) {
                parts.write_all(chunk).expect("write");
            }
            let parts = parts.into_parts();
            assert_eq!(parts.concat(), text, "step {step}");
            assert!(parts.iter().all(|p| !p.is_empty() && p.len() <= PART_BYTES));
            // Every part but the last is full, up to the end of a character.
            assert!(
                parts.len() <= text.len() / (PART_BYTES - 3) + 1,
                "{} parts",
                parts.len()
            );
        }
    }
}
