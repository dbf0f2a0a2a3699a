//! Character references: `&amp;`, `&#233;`, `&#xE9;` and every HTML5 name
//! (the generated [`entity_table`](super::entity_table)).

use super::entity_table::{OFFSETS, TABLE};

/// Append `s` to `out` with character references decoded. Unknown or malformed
/// references stay as written; numeric ones that name no character become U+FFFD.
pub(super) fn decode_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match reference(rest) {
            Some((value, len)) => {
                match value {
                    Value::Char(c) => out.push(c),
                    Value::Str(v) => out.push_str(v),
                }
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
}

/// `s` with character references decoded.
pub(super) fn decoded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_into(s, &mut out);
    out
}

enum Value {
    Char(char),
    Str(&'static str),
}

/// The characters `s` (starting with `&`) refers to, and the reference's length.
fn reference(s: &str) -> Option<(Value, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        return numeric(s).map(|(c, len)| (Value::Char(c), len));
    }
    // The longest name is 32 bytes with its `;`.
    let run = b[1..]
        .iter()
        .take(32)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if run == 0 {
        return None;
    }
    if b.get(1 + run) == Some(&b';') {
        if let Some(v) = lookup(&s[1..run + 2]) {
            return Some((Value::Str(v), run + 2));
        }
    }
    // Legacy names work without `;`, as the longest such prefix ("&notit" is "¬it").
    (2..=run.min(6))
        .rev()
        .find_map(|n| lookup(&s[1..1 + n]).map(|v| (Value::Str(v), n + 1)))
}

/// The value of an entity name as written in the table (with its `;` if any).
fn lookup(name: &str) -> Option<&'static str> {
    let entry = |i: usize| {
        let start = usize::from(OFFSETS[i]);
        let end = OFFSETS.get(i + 1).map_or(TABLE.len(), |&o| usize::from(o));
        TABLE.get(start..end).and_then(|e| e.split_once('\0'))
    };
    let (mut lo, mut hi) = (0, OFFSETS.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let (n, v) = entry(mid)?;
        match n.cmp(name) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return Some(v),
        }
    }
    None
}

fn numeric(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    let hex = matches!(b.get(2), Some(b'x' | b'X'));
    let start = if hex { 3 } else { 2 };
    let digits = b
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| {
            if hex {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        })
        .count();
    if digits == 0 {
        return None;
    }
    let end = start + digits;
    let value = if digits > 8 {
        None
    } else {
        u32::from_str_radix(&s[start..end], if hex { 16 } else { 10 }).ok()
    };
    let c = value
        .map(windows_1252)
        .filter(|&v| v != 0)
        .and_then(char::from_u32)
        .unwrap_or(char::REPLACEMENT_CHARACTER);
    let len = if b.get(end) == Some(&b';') {
        end + 1
    } else {
        end
    };
    Some((c, len))
}

/// Numeric references to C1 controls mean the Windows-1252 character, as in browsers.
fn windows_1252(v: u32) -> u32 {
    const C1: [u32; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match v {
        0x80..=0x9F => C1[(v - 0x80) as usize],
        _ => v,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        let cases = [
            ("a &amp; b", "a & b"),
            ("&lt;script&gt;", "<script>"),
            ("&#65;&#x42;&#X43;", "ABC"),
            ("&#0; &#xD800; &#99999999999;", "\u{FFFD} \u{FFFD} \u{FFFD}"),
            ("&unknown; & &amp", "&unknown; & &"),
            ("&#; &#x;", "&#; &#x;"),
            ("&mdash;&hellip;&rsquo;&nbsp;", "—…’\u{a0}"),
            ("café &eacute;&Eacute;&eacute", "café éÉé"),
            ("&notit; &notin;", "¬it; ∉"),
            ("&fjlig;&NewLine;&Tab;", "fj\n\t"),
            ("&zwnj;&ThickSpace;", "\u{200c}\u{205f}\u{200a}"),
            ("&#150; &#x80;", "– €"),
            ("&CounterClockwiseContourIntegral;", "∳"),
            ("Fran&ccedil;ois &Ccedil;a", "François Ça"),
        ];
        for (input, want) in cases {
            assert_eq!(decoded(input), want, "{input:?}");
        }
    }

    #[test]
    fn table_is_sorted_and_whole() {
        assert_eq!(OFFSETS.len(), 2231);
        let names: Vec<&str> = (0..OFFSETS.len())
            .map(|i| {
                let end = OFFSETS.get(i + 1).map_or(TABLE.len(), |&o| usize::from(o));
                TABLE[usize::from(OFFSETS[i])..end]
                    .split_once('\0')
                    .map_or("", |(n, _)| n)
            })
            .collect();
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        assert!(names.iter().all(|n| !n.is_empty()));
    }
}
