//! Turning arbitrary bytes into text: UTF-8 (with or without BOM), UTF-16 with a
//! BOM or recognised without one, else Windows-1252 (a superset of Latin-1 for printable text).
//!
//! Decoding never fails and never panics. Line endings are kept as they are
//! (CRLF stays CRLF), so the decoded text has one char for every char of the
//! file and offsets into it are what a reader of the file expects.

use serde::{Deserialize, Serialize};

/// How the bytes were read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Encoding {
    /// Valid UTF-8 without a byte-order mark.
    #[default]
    Utf8,
    /// Valid UTF-8 after a byte-order mark (the mark is dropped).
    Utf8Bom,
    /// UTF-16, little or big endian: after a byte-order mark, or without one when
    /// nearly every character's other byte is zero (Latin text saved as UTF-16).
    Utf16,
    /// Mostly UTF-8; bytes that were not valid UTF-8 were read as Windows-1252.
    Mixed,
    /// No valid multi-byte UTF-8 at all: every byte read as Windows-1252.
    Windows1252,
}

/// Decoded text with how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without a byte-order mark; line ends kept as they were.
    pub text: String,
    /// How the bytes were read.
    pub encoding: Encoding,
}

/// Decode raw file bytes. Never fails: UTF-8 is taken as is (a leading BOM is
/// dropped); bytes that are not valid UTF-8 are read as Windows-1252, each on its
/// own, so a mostly-UTF-8 file with one stray Latin-1 byte keeps its UTF-8 text.
///
/// ```
/// use parallax_core::decode::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
/// assert_eq!(decode(b"caf\xE9 \xA35"), "café £5");
/// assert_eq!(decode(b"\x93Hi\x94 \xE2\x80\x94 ok"), "“Hi” — ok");
/// assert_eq!(decode(b"a\r\nb"), "a\r\nb");
/// ```
pub fn decode(bytes: &[u8]) -> String {
    decode_detailed(bytes).text
}

/// Like [`decode`], also saying which encoding was used.
///
/// ```
/// use parallax_core::decode::{decode_detailed, Encoding};
/// assert_eq!(decode_detailed(b"\xFF\xFEh\x00i\x00").encoding, Encoding::Utf16);
/// assert_eq!(decode_detailed(b"\xFF\xFEh\x00i\x00").text, "hi");
/// assert_eq!(decode_detailed(b"caf\xE9").encoding, Encoding::Windows1252);
/// ```
pub fn decode_detailed(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let mut d = decode_utf8_lossy_1252(rest);
        if d.encoding == Encoding::Utf8 {
            d.encoding = Encoding::Utf8Bom;
        }
        return d;
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Decoded {
            text: utf16(rest, u16::from_le_bytes),
            encoding: Encoding::Utf16,
        };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Decoded {
            text: utf16(rest, u16::from_be_bytes),
            encoding: Encoding::Utf16,
        };
    }
    if let Some(read) = utf16_without_bom(bytes) {
        return Decoded {
            text: utf16(bytes, read),
            encoding: Encoding::Utf16,
        };
    }
    decode_utf8_lossy_1252(bytes)
}

/// UTF-16 without a byte-order mark, as some Windows tools save text: an even
/// number of bytes where, in the first 4,096, at least 90% of the characters have
/// a zero high byte and a non-zero low byte (Latin-script text), always on the
/// same side. Binary data with NULs does not look like that.
fn utf16_without_bom(bytes: &[u8]) -> Option<fn([u8; 2]) -> u16> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let (mut le, mut be, mut pairs) = (0usize, 0usize, 0usize);
    for p in bytes.chunks_exact(2).take(2048) {
        pairs += 1;
        match (p[0], p[1]) {
            (a, 0) if a != 0 => le += 1,
            (0, b) if b != 0 => be += 1,
            _ => {}
        }
    }
    if le * 10 >= pairs * 9 {
        Some(u16::from_le_bytes)
    } else if be * 10 >= pairs * 9 {
        Some(u16::from_be_bytes)
    } else {
        None
    }
}

/// Whether `bytes` look like a binary file rather than text: NUL bytes outside a
/// UTF-16 file (with a byte-order mark or recognised without one). The command line refuses such files; [`decode`] still reads them.
///
/// ```
/// use parallax_core::decode::looks_binary;
/// assert!(looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"));
/// assert!(!looks_binary(b"plain text"));
/// assert!(!looks_binary(b"\xFF\xFEh\x00i\x00"));
/// ```
pub fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return false;
    }
    bytes.contains(&0) && utf16_without_bom(bytes).is_none()
}

fn decode_utf8_lossy_1252(bytes: &[u8]) -> Decoded {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Decoded {
            text: s.to_owned(),
            encoding: Encoding::Utf8,
        };
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut any_multibyte_utf8 = false;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        any_multibyte_utf8 |= !valid.is_ascii();
        text.push_str(valid);
        text.extend(chunk.invalid().iter().map(|&b| windows_1252(b)));
    }
    let encoding = if any_multibyte_utf8 {
        Encoding::Mixed
    } else {
        Encoding::Windows1252
    };
    if encoding == Encoding::Windows1252 {
        // Pure single-byte text: decode every byte the same way, so a byte that
        // happened to pair up into valid UTF-8 is not read differently from its
        // neighbours.
        text = bytes.iter().map(|&b| windows_1252(b)).collect();
    }
    Decoded { text, encoding }
}

fn utf16(bytes: &[u8], read: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| read([p[0], p[1]]));
    let mut text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 {
        text.push(char::REPLACEMENT_CHARACTER);
    }
    text
}

pub(crate) fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_cases() {
        struct Case {
            name: &'static str,
            bytes: &'static [u8],
            text: &'static str,
            encoding: Encoding,
        }
        let cases = [
            Case {
                name: "empty",
                bytes: b"",
                text: "",
                encoding: Encoding::Utf8,
            },
            Case {
                name: "utf8",
                bytes: "Zürich’s".as_bytes(),
                text: "Zürich’s",
                encoding: Encoding::Utf8,
            },
            Case {
                name: "bom only",
                bytes: b"\xEF\xBB\xBF",
                text: "",
                encoding: Encoding::Utf8Bom,
            },
            Case {
                name: "bom",
                bytes: b"\xEF\xBB\xBFa",
                text: "a",
                encoding: Encoding::Utf8Bom,
            },
            Case {
                name: "latin1",
                bytes: b"Z\xFCrich",
                text: "Zürich",
                encoding: Encoding::Windows1252,
            },
            Case {
                name: "cp1252 quotes",
                bytes: b"\x93ISIS\x92s\x94",
                text: "“ISIS’s”",
                encoding: Encoding::Windows1252,
            },
            Case {
                name: "mixed",
                bytes: b"caf\xC3\xA9 \xE9",
                text: "café é",
                encoding: Encoding::Mixed,
            },
            Case {
                name: "crlf kept",
                bytes: b"a\r\nb\r\n",
                text: "a\r\nb\r\n",
                encoding: Encoding::Utf8,
            },
            Case {
                name: "utf16le",
                bytes: b"\xFF\xFEa\x00\xE9\x00",
                text: "aé",
                encoding: Encoding::Utf16,
            },
            Case {
                name: "utf16be",
                bytes: b"\xFE\xFF\x00a",
                text: "a",
                encoding: Encoding::Utf16,
            },
            Case {
                name: "utf16 odd",
                bytes: b"\xFF\xFEa\x00b",
                text: "a\u{FFFD}",
                encoding: Encoding::Utf16,
            },
            Case {
                name: "utf16 lone surrogate",
                bytes: b"\xFF\xFE\x00\xD8a\x00",
                text: "\u{FFFD}a",
                encoding: Encoding::Utf16,
            },
            Case {
                name: "utf16le without bom",
                bytes: b"M\x00a\x00y\x00o\x00r\x00 \x00L\x00\xE9\x00a\x00",
                text: "Mayor Léa",
                encoding: Encoding::Utf16,
            },
            Case {
                name: "utf16be without bom",
                bytes: b"\x00P\x00a\x00r\x00i\x00s",
                text: "Paris",
                encoding: Encoding::Utf16,
            },
            Case {
                name: "NULs here and there are not utf16",
                bytes: b"ab\x00\x00cd\x00\x01",
                text: "ab\u{0}\u{0}cd\u{0}\u{1}",
                encoding: Encoding::Utf8,
            },
            Case {
                name: "truncated utf8 at end",
                bytes: b"ok \xE2\x80",
                text: "ok â€",
                encoding: Encoding::Windows1252,
            },
        ];
        for case in cases {
            let d = decode_detailed(case.bytes);
            assert_eq!(d.text, case.text, "{}", case.name);
            assert_eq!(d.encoding, case.encoding, "{}", case.name);
        }
    }

    #[test]
    fn enormous_line() {
        let bytes = vec![b'a'; 5_000_000];
        assert_eq!(decode(&bytes).len(), 5_000_000);
    }
}
