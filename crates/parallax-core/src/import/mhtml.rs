//! MHTML (`.mhtml`, `.mht`): a page saved as one file, the way Chromium's "Save
//! page as… single file" and Internet Explorer's web archives write it. It is a
//! MIME message (RFC 2557): `multipart/related` with the page's HTML as one part,
//! usually quoted-printable or base64, beside its images and styles. The HTML
//! part is decoded by its transfer encoding and charset and read like an
//! `.html` file; the other parts are ignored.

use crate::decode::{decode, windows_1252};

/// The saved page's HTML, and the address it was saved from.
pub(crate) struct Saved {
    pub html: String,
    pub location: Option<String>,
}

/// The HTML part of an MHTML file, or `None` when the file has none.
pub(crate) fn html_part(bytes: &[u8]) -> Option<Saved> {
    let (headers, body) = split_headers(bytes);
    let content_type = header(&headers, "content-type").unwrap_or_default();
    let location = header(&headers, "snapshot-content-location")
        .or_else(|| header(&headers, "content-location"));
    if !content_type.to_ascii_lowercase().starts_with("multipart/") {
        // A single-part archive: the message is the page.
        if !content_type.to_ascii_lowercase().contains("text/html") {
            return None;
        }
        return Some(Saved {
            html: part_text(&headers, body),
            location,
        });
    }
    let boundary = param(&content_type, "boundary")?;
    let start = param(&content_type, "start");
    let delimiter = format!("--{boundary}");
    let mut first_html = None;
    for part in split_parts(body, delimiter.as_bytes()) {
        let (h, content) = split_headers(part);
        let ty = header(&h, "content-type")
            .unwrap_or_default()
            .to_ascii_lowercase();
        if !ty.starts_with("text/html") && !ty.starts_with("application/xhtml") {
            continue;
        }
        let id = header(&h, "content-id");
        let loc = header(&h, "content-location");
        let is_start = start.is_some() && start == id;
        let is_page = location.is_some() && location == loc;
        let saved = || Saved {
            html: part_text(&h, content),
            location: loc.clone().or_else(|| location.clone()),
        };
        if is_start || is_page {
            return Some(saved());
        }
        if first_html.is_none() {
            first_html = Some(saved());
        }
    }
    first_html
}

/// The part's bytes decoded by its transfer encoding, then as text by its charset.
fn part_text(headers: &[(String, String)], body: &[u8]) -> String {
    let encoding = header(headers, "content-transfer-encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    let raw = match encoding.trim() {
        "quoted-printable" => quoted_printable(body),
        "base64" => base64(body),
        _ => body.to_vec(),
    };
    let charset = header(headers, "content-type")
        .and_then(|t| param(&t, "charset"))
        .unwrap_or_default()
        .to_ascii_lowercase();
    match charset.as_str() {
        "iso-8859-1" | "latin1" | "windows-1252" | "cp1252" | "us-ascii"
            if std::str::from_utf8(&raw).is_err() =>
        {
            raw.iter().map(|&b| windows_1252(b)).collect()
        }
        // UTF-8 and anything else: the same reading as any other file.
        _ => decode(&raw),
    }
}

/// Headers (names lowercased, folded lines joined) and the body after the blank line.
fn split_headers(bytes: &[u8]) -> (Vec<(String, String)>, &[u8]) {
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    // Leading blank lines before a part's headers.
    while bytes.get(i).is_some_and(|&b| b == b'\r' || b == b'\n') {
        i += 1;
    }
    while i < bytes.len() {
        let end = bytes[i..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| i + p);
        let line = String::from_utf8_lossy(&bytes[i..end]);
        let line = line.trim_end_matches('\r');
        i = (end + 1).min(bytes.len());
        if line.is_empty() {
            return (headers, &bytes[i..]);
        }
        if line.starts_with([' ', '\t']) {
            if let Some((_, v)) = headers.last_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        match line.split_once(':') {
            Some((k, v)) if !k.contains(' ') => {
                headers.push((k.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
            // Not a header: there were none, and this is the body.
            _ if headers.is_empty() => return (headers, bytes),
            _ => {}
        }
    }
    (headers, &bytes[bytes.len()..])
}

fn header(headers: &[(String, String)], name: &str) -> Option<String> {
    headers
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
}

/// A parameter of a header value: `boundary="----x"` in `multipart/related; boundary="----x"`.
fn param(value: &str, name: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(name)
            .then(|| v.trim().trim_matches('"').to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The parts between delimiter lines, up to the closing `--boundary--`.
fn split_parts<'a>(body: &'a [u8], delimiter: &[u8]) -> Vec<&'a [u8]> {
    let mut starts = Vec::new();
    let mut i = 0;
    while let Some(p) = find(body, i, delimiter) {
        let at_line_start = p == 0 || body[p - 1] == b'\n';
        i = p + delimiter.len();
        if at_line_start {
            starts.push(p);
        }
    }
    let mut parts = Vec::new();
    for (k, &s) in starts.iter().enumerate() {
        let after = s + delimiter.len();
        if body[after..].starts_with(b"--") {
            break;
        }
        let end = starts.get(k + 1).copied().unwrap_or(body.len());
        parts.push(&body[after..end]);
    }
    parts
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

fn quoted_printable(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut i = 0;
    while i < body.len() {
        let b = body[i];
        if b != b'=' {
            out.push(b);
            i += 1;
            continue;
        }
        // A soft line break joins lines; `=XX` is a byte.
        match (body.get(i + 1), body.get(i + 2)) {
            (Some(b'\r'), Some(b'\n')) => i += 3,
            (Some(b'\n'), _) => i += 2,
            (Some(&h), Some(&l)) if h.is_ascii_hexdigit() && l.is_ascii_hexdigit() => {
                out.push(hex(h) << 4 | hex(l));
                i += 3;
            }
            _ => {
                out.push(b'=');
                i += 1;
            }
        }
    }
    out
}

fn hex(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 0,
    }
}

fn base64(body: &[u8]) -> Vec<u8> {
    let value = |b: u8| match b {
        b'A'..=b'Z' => Some(b - b'A'),
        b'a'..=b'z' => Some(b - b'a' + 26),
        b'0'..=b'9' => Some(b - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let mut acc = 0u32;
    let mut bits = 0;
    for &b in body {
        if b == b'=' {
            break;
        }
        let Some(v) = value(b) else { continue };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transfer_encodings() {
        assert_eq!(
            quoted_printable(b"caf=C3=A9 =\r\nau lait=3D=\nok="),
            "café au lait=ok=".as_bytes()
        );
        assert_eq!(base64(b"Y2Fm\r\nw6k="), "café".as_bytes());
        assert_eq!(base64(b"!!"), b"");
    }
}
