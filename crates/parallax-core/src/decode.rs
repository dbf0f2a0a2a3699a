//! Turning arbitrary bytes into text: UTF-8 (with or without BOM), else Windows-1252.

/// Decode raw file bytes. Never fails: UTF-8 is taken as is (a leading BOM is
/// dropped); anything that is not valid UTF-8 is read as Windows-1252, which is a
/// superset of Latin-1 for printable text.
///
/// ```
/// use parallax_core::decode::decode;
/// assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
/// assert_eq!(decode(b"caf\xE9 \xA35"), "café £5");
/// ```
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

fn windows_1252(b: u8) -> char {
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
