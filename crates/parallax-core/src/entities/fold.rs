//! Name folding: the forms the linker compares names in.
//!
//! - [`compose`]: accents typed as a letter plus combining marks become the composed
//!   letter, so "Lāhainā" has one id however it was typed.
//! - [`words`]: case, accents, apostrophes, dots and hyphens folded away and British
//!   spellings written the American way ("Defence" → "defense",
//!   "Organisation" → "organization"), one string per word.
//! - [`skeleton`]: a word's consonants after common transliteration variants are folded
//!   ("Qaddafi", "Kadhafi" → "kdf"; "Bhubaneshwar", "Bhubaneswar" → "bnsvr"). Only used
//!   to find candidate pairs; the rules in [`super::resolve`] decide.
//!
//! ```
//! use parallax_core::entities::fold::{compose, skeleton, words};
//!
//! assert_eq!(compose("La\u{304}haina\u{304}"), "Lāhainā");
//! assert_eq!(words("Hawai'i"), ["hawaii"]);
//! assert_eq!(words("Israel Defence Forces"), ["israel", "defense", "forces"]);
//! assert_eq!(words("U.S."), ["us"]);
//! assert_eq!(skeleton("Qaddafi"), skeleton("Kadhafi"));
//! assert_eq!(skeleton("Marrakech"), skeleton("Marrakesh"));
//! assert_ne!(skeleton("Green"), skeleton("Grant"));
//! ```

use super::latin::{BY_DECOMPOSITION, BY_LETTER};
use std::borrow::Cow;

fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Letters followed by combining marks composed where a composed letter exists (NFC
/// for the Latin script); everything else unchanged. Borrowed when nothing changes.
pub fn compose(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_mark) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut pending = String::new();
    let flush = |pending: &mut String, out: &mut String| {
        if pending.chars().count() > 1 {
            if let Ok(i) = BY_DECOMPOSITION.binary_search_by(|(d, _)| (*d).cmp(pending.as_str())) {
                if let Some((_, c)) = BY_DECOMPOSITION.get(i) {
                    out.push(*c);
                    pending.clear();
                    return;
                }
            }
        }
        out.push_str(pending);
        pending.clear();
    };
    for c in s.chars() {
        if is_mark(c) && !pending.is_empty() {
            pending.push(c);
        } else {
            flush(&mut pending, &mut out);
            pending.push(c);
        }
    }
    flush(&mut pending, &mut out);
    Cow::Owned(out)
}

/// A letter without its accents, lower-cased: 'Ā' → "a", 'ß' → "ss"; marks → "".
fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if is_mark(c) {
        return;
    }
    if let Ok(i) = BY_LETTER.binary_search_by(|(l, _)| l.cmp(&c)) {
        if let Some(base) = BY_LETTER.get(i).and_then(|(_, d)| d.chars().next()) {
            out.push(base.to_ascii_lowercase());
            return;
        }
    }
    let s = match c {
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' => "d",
        'ß' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        _ => {
            out.extend(c.to_lowercase());
            return;
        }
    };
    out.push_str(s);
}

/// British spellings → American, so both spellings of a name fold alike.
fn american(w: &mut String) {
    const WHOLE: &[(&str, &str)] = &[
        ("defence", "defense"),
        ("offence", "offense"),
        ("licence", "license"),
        ("programme", "program"),
        ("programmes", "programs"),
        ("grey", "gray"),
        ("aluminium", "aluminum"),
        ("jewellery", "jewelry"),
        ("tyre", "tire"),
    ];
    if let Some((_, a)) = WHOLE.iter().find(|(b, _)| *b == w.as_str()) {
        *w = (*a).to_string();
        return;
    }
    const SUFFIX: &[(&str, &str)] = &[
        ("isation", "ization"),
        ("isations", "izations"),
        ("ised", "ized"),
        ("ising", "izing"),
        ("tre", "ter"),
        ("tres", "ters"),
        ("our", "or"),
        ("ours", "ors"),
        ("ogue", "og"),
    ];
    for (b, a) in SUFFIX {
        if let Some(stem) = w.strip_suffix(b) {
            // Short words keep theirs: "four", "hour", "tour", "ised" alone.
            if stem.len() >= 3 && !w.ends_with("hour") {
                *w = format!("{stem}{a}");
            }
            return;
        }
    }
}

/// The words of a name, folded: lower case, no accents, apostrophes and dots dropped
/// ("Hawai'i" → "hawaii", "U.S." → "us"), hyphens and slashes split words, "&"
/// is a word of its own, British spellings made American.
pub fn words(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    let end = |cur: &mut String, out: &mut Vec<String>| {
        if !cur.is_empty() {
            american(cur);
            out.push(std::mem::take(cur));
        }
    };
    for c in compose(name).chars() {
        match c {
            '\'' | '’' | '‘' | 'ʻ' | 'ʼ' | '`' | '.' => {}
            '&' => {
                end(&mut cur, &mut out);
                out.push("&".to_string());
            }
            c if c.is_alphanumeric() || is_mark(c) => fold_char(c, &mut cur),
            _ => end(&mut cur, &mut out),
        }
    }
    end(&mut cur, &mut out);
    out
}

/// The consonant skeleton of a folded word (or words run together): digraphs and
/// letters that transliterations swap folded together, then vowels, "h", "y" and
/// doubled letters dropped. Cheap enough to key a hash map with.
pub fn skeleton(name: &str) -> String {
    let folded: String = words(name).concat();
    let b = folded.as_bytes();
    let mut out = String::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let next = b.get(i + 1).copied();
        let (mapped, step) = match (c, next) {
            (b's' | b'c' | b'z', Some(b'h')) => (Some('s'), 2),
            (b'k' | b'q' | b'g', Some(b'h')) => (Some(if c == b'g' { 'g' } else { 'k' }), 2),
            (b'p', Some(b'h')) => (Some('f'), 2),
            (b't' | b'd' | b'b', Some(b'h')) => (Some(c as char), 2),
            (b'c', Some(b'e' | b'i' | b'y')) => (Some('s'), 1),
            (b'c' | b'q', _) => (Some('k'), 1),
            (b'z', _) => (Some('s'), 1),
            (b'w', _) => (Some('v'), 1),
            (b'x', _) => (Some('k'), 1),
            (b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'h', _) => (None, 1),
            _ => (Some(c as char), 1),
        };
        if let Some(m) = mapped {
            if !out.ends_with(m) {
                out.push(m);
            }
        }
        i += step;
    }
    out
}

/// A name written in capitals ("GAZA", "NEW DELHI"): more than three letters, none
/// lower case. Such a form is looked up in title case and is never a group's name.
pub fn in_capitals(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() > 3 && !s.chars().any(char::is_lowercase)
}

/// Whether two short strings are at most `max` single-character edits apart.
/// Names longer than 64 characters are only equal to themselves.
pub fn within_edits(a: &str, b: &str, max: usize) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > max || la > 64 || lb > 64 {
        return false;
    }
    let mut prev = [0usize; 65];
    let mut cur = [0usize; 65];
    for (j, slot) in prev.iter_mut().enumerate().take(lb + 1) {
        *slot = j;
    }
    for (i, ca) in a.chars().enumerate() {
        cur[0] = i + 1;
        let mut row_min = cur[0];
        for (j, cb) in b.chars().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            row_min = row_min.min(cur[j + 1]);
        }
        if row_min > max {
            return false;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[lb] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_and_decomposed_accents_are_one_form() {
        let cases = [
            ("Lāhainā", "La\u{304}haina\u{304}"),
            ("Côte d'Ivoire", "Co\u{302}te d'Ivoire"),
            ("Nguyễn", "Nguye\u{302}\u{303}n"),
            ("François", "Franc\u{327}ois"),
        ];
        for (composed, decomposed) in cases {
            assert_eq!(compose(decomposed), composed);
            assert_eq!(compose(composed), composed);
            assert_eq!(words(decomposed), words(composed));
        }
    }

    #[test]
    fn spellings_fold_alike() {
        let same = [
            ("Ministry of Defence", "Ministry of Defense"),
            ("World Health Organisation", "World Health Organization"),
            ("Labour Party", "Labor Party"),
            ("Lincoln Centre", "Lincoln Center"),
            ("São Paulo", "Sao Paulo"),
            ("Hawai'i", "Hawaii"),
            ("Al-Jazeera", "Al Jazeera"),
            ("Łódź", "Lodz"),
        ];
        for (a, b) in same {
            assert_eq!(words(a), words(b), "{a} / {b}");
        }
        let different = [
            ("Four Seasons", "For Seasons"),
            ("Tour de France", "Tor de France"),
        ];
        for (a, b) in different {
            assert_ne!(words(a), words(b), "{a} / {b}");
        }
    }

    #[test]
    fn transliterations_share_a_skeleton() {
        let same = [
            ("Qaddafi", "Kadhafi"),
            ("Zelensky", "Zelenskyy"),
            ("Bhubaneswar", "Bhubaneshwar"),
            ("Ibrahim", "Brahim"),
            ("Moulay", "Mulay"),
            ("Mohammed", "Muhammad"),
            ("Tinmal", "Tinmel"),
        ];
        for (a, b) in same {
            assert_eq!(skeleton(a), skeleton(b), "{a} / {b}");
        }
        for (a, b) in [("Green", "Grant"), ("Iran", "Iraq"), ("Paris", "Peru")] {
            assert_ne!(skeleton(a), skeleton(b), "{a} / {b}");
        }
    }

    #[test]
    fn edits() {
        assert!(within_edits("roy", "ray", 1));
        assert!(!within_edits("josh", "jonathan", 2));
        assert!(within_edits("odisha", "odisaha", 1));
        assert!(!within_edits("abc", "abcdef", 2));
    }
}
