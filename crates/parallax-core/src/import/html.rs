//! A small, forgiving HTML-to-text reader: the words a reader of the page sees,
//! one block element a line, and the page's metadata.
//!
//! It is a single forward scan with no tree and no recursion, so any input runs
//! in linear time. Scripts, styles, navigation, headers, footers, forms and
//! comments are dropped with their content; every other tag is removed. The
//! result is plain text: character references are decoded, so `&lt;b&gt;` in the
//! source becomes the text `<b>`, which the app shows as text, never as markup.

use super::Metadata;

/// Elements whose content is raw text up to their end tag.
const RAW: &[&str] = &[
    "script", "style", "title", "textarea", "iframe", "noscript", "xmp", "noembed", "noframes",
];

/// Elements dropped with everything inside them: page furniture, not the story.
const DROPPED: &[&str] = &[
    "nav", "header", "footer", "aside", "form", "svg", "template", "button", "select", "canvas",
    "object", "math",
];

/// Elements that start a new line.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
];

/// Table cells: a space between them, not a line.
const CELLS: &[&str] = &["td", "th"];

/// Metadata as the page states it, before choosing among the alternatives.
#[derive(Default)]
struct Found {
    title_tag: Option<String>,
    og_title: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    date_meta: Option<String>,
    time: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
}

/// One tag as read: lowercase name, attributes (lowercase names, decoded values)
/// for the few tags whose attributes matter, and where the scan goes on.
struct Tag {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
    end: usize,
}

impl Tag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// The page's text (the longest `<article>` when there is one with text) and metadata.
pub(crate) fn to_text(html: &str) -> (Metadata, String) {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut found = Found::default();
    let mut dropped = 0usize;
    let mut article_depth = 0usize;
    let mut article_start = 0usize;
    let mut articles: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let next = find_byte(bytes, i, b'<');
            if dropped == 0 {
                // Line ends in the source are white space; lines come from tags.
                let start = out.len();
                decode_entities(&html[i..next], &mut out);
                if out[start..].contains(['\n', '\r']) {
                    let spaced = out[start..].replace(['\n', '\r'], " ");
                    out.truncate(start);
                    out.push_str(&spaced);
                }
            }
            i = next;
            continue;
        }
        let rest = &bytes[i..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, i + 2, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find_byte(bytes, i, b'>').saturating_add(1).min(bytes.len());
            continue;
        }
        let Some(tag) = read_tag(html, i) else {
            if dropped == 0 {
                out.push('<');
            }
            i += 1;
            continue;
        };
        i = tag.end;
        let name = tag.name.as_str();
        if tag.closing {
            if DROPPED.contains(&name) {
                dropped = dropped.saturating_sub(1);
            } else if name == "article" && article_depth > 0 {
                article_depth -= 1;
                if article_depth == 0 {
                    articles.push((article_start, out.len()));
                }
            }
            if dropped == 0 && BLOCKS.contains(&name) {
                out.push('\n');
            }
            continue;
        }
        match name {
            "meta" => read_meta(&tag, &mut found),
            "link" => {
                let canonical = tag.attr("rel").is_some_and(|rel| {
                    rel.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    set_once(&mut found.canonical, tag.attr("href"));
                }
            }
            "time" => set_once(&mut found.time, tag.attr("datetime")),
            _ => {}
        }
        if RAW.contains(&name) {
            let (content, end) = raw_text(html, i, name);
            if name == "title" && dropped == 0 {
                set_once(&mut found.title_tag, Some(&decoded(content)));
            }
            i = end;
            continue;
        }
        if DROPPED.contains(&name) {
            if !tag.self_closing {
                dropped += 1;
            }
            continue;
        }
        if dropped > 0 {
            continue;
        }
        if name == "article" {
            if article_depth == 0 {
                article_start = out.len();
            }
            article_depth += 1;
        }
        if BLOCKS.contains(&name) {
            out.push('\n');
        } else if CELLS.contains(&name) {
            out.push(' ');
        }
    }
    if article_depth > 0 {
        articles.push((article_start, out.len()));
    }
    let chosen = articles
        .iter()
        .filter_map(|&(a, b)| out.get(a..b))
        .filter(|t| !t.trim().is_empty())
        .max_by_key(|t| t.len())
        .unwrap_or(&out);
    (metadata(found), paragraphs(chosen))
}

fn metadata(found: Found) -> Metadata {
    let date = found
        .published
        .or(found.date_meta)
        .or(found.time)
        .map(|d| date_prefix(&d));
    Metadata {
        title: found.og_title.or(found.title_tag),
        outlet: found.site_name,
        date,
        url: found.og_url.or(found.canonical),
    }
}

/// `YYYY-MM-DD` from the start of an ISO timestamp; other text as it is.
fn date_prefix(d: &str) -> String {
    let b = d.as_bytes();
    let iso = b.len() >= 10
        && b[..10].iter().enumerate().all(|(k, c)| {
            if k == 4 || k == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if iso {
        d[..10].to_string()
    } else {
        d.chars().take(64).collect()
    }
}

fn read_meta(tag: &Tag, found: &mut Found) {
    let key = tag
        .attr("property")
        .or_else(|| tag.attr("name"))
        .or_else(|| tag.attr("itemprop"))
        .unwrap_or("")
        .to_ascii_lowercase();
    let content = tag.attr("content");
    let slot = match key.as_str() {
        "og:title" => &mut found.og_title,
        "og:site_name" => &mut found.site_name,
        "article:published_time" | "datepublished" => &mut found.published,
        "date" | "pubdate" | "publish-date" | "dc.date" | "dcterms.date" => &mut found.date_meta,
        "og:url" => &mut found.og_url,
        _ => return,
    };
    set_once(slot, content);
}

/// Keep the first non-empty value, white space folded.
fn set_once(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = value
            .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|v| !v.is_empty());
    }
}

/// Lines with white space folded, empty ones dropped, one blank line between.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split('\n') {
        let mut words = line.split_whitespace();
        let Some(first) = words.next() else { continue };
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(first);
        for w in words {
            out.push(' ');
            out.push_str(w);
        }
    }
    out
}

fn find_byte(bytes: &[u8], from: usize, b: u8) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&x| x == b))
        .map_or(bytes.len(), |p| from + p)
}

fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p)
}

/// The tag starting at `at` (a `<`), or `None` when the `<` does not open one
/// (`a < b`, `<3`): then it is text.
fn read_tag(html: &str, at: usize) -> Option<Tag> {
    let bytes = html.as_bytes();
    let mut i = at + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_start = i;
    while bytes
        .get(i)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
    {
        i += 1;
    }
    let name = html[name_start..i].to_ascii_lowercase();
    let wants_attrs = !closing && matches!(name.as_str(), "meta" | "link" | "time");
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        match bytes.get(i) {
            None => break,
            Some(b'>') => {
                i += 1;
                break;
            }
            Some(b'/') => {
                i += 1;
                self_closing = bytes.get(i) == Some(&b'>');
                continue;
            }
            Some(_) => {}
        }
        let attr_start = i;
        while bytes
            .get(i)
            .is_some_and(|&b| !b.is_ascii_whitespace() && !matches!(b, b'=' | b'>' | b'/'))
        {
            i += 1;
        }
        let attr_name = &html[attr_start..i];
        if i == attr_start {
            // A stray `=`: step over it.
            i += 1;
            continue;
        }
        while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            match bytes.get(i) {
                Some(&q @ (b'"' | b'\'')) => {
                    let end = find_byte(bytes, i + 1, q);
                    value = &html[i + 1..end];
                    i = (end + 1).min(bytes.len());
                }
                _ => {
                    let start = i;
                    while bytes
                        .get(i)
                        .is_some_and(|&b| !b.is_ascii_whitespace() && b != b'>')
                    {
                        i += 1;
                    }
                    value = &html[start..i];
                }
            }
        }
        if wants_attrs {
            attrs.push((attr_name.to_ascii_lowercase(), decoded(value)));
        }
    }
    Some(Tag {
        name,
        closing,
        self_closing,
        attrs,
        end: i,
    })
}

/// The raw content of a `name` element whose start tag ends at `from`, and where
/// the scan goes on: after its end tag, or at the end of the input without one.
fn raw_text<'a>(html: &'a str, from: usize, name: &str) -> (&'a str, usize) {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(lt) = find(bytes, i, b"</") {
        let after = lt + 2 + name.len();
        let matches = bytes
            .get(lt + 2..after)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()))
            && bytes
                .get(after)
                .is_none_or(|&b| b == b'>' || b == b'/' || b.is_ascii_whitespace());
        if matches {
            let end = find_byte(bytes, after, b'>')
                .saturating_add(1)
                .min(bytes.len());
            return (&html[from..lt], end);
        }
        i = lt + 2;
    }
    (&html[from.min(html.len())..], html.len())
}

fn decoded(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    decode_entities(s, &mut out);
    out
}

/// The named character references worth knowing in news pages.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("hellip", '…'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("bull", '•'),
    ("middot", '·'),
    ("copy", '©'),
    ("euro", '€'),
    ("pound", '£'),
];

/// Append `s` to `out` with character references decoded. Unknown or malformed
/// references stay as written; numeric ones that name no character become U+FFFD.
fn decode_entities(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
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

/// The character `s` (starting with `&`) refers to, and the reference's length.
fn reference(s: &str) -> Option<(char, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let hex = matches!(b.get(2), Some(b'x' | b'X'));
        let start = if hex { 3 } else { 2 };
        let digits = b[start.min(b.len())..]
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
            .filter(|&v| v != 0)
            .and_then(char::from_u32)
            .unwrap_or(char::REPLACEMENT_CHARACTER);
        let len = if b.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        return Some((c, len));
    }
    let name_len = b[1..]
        .iter()
        .take(8)
        .take_while(|c| c.is_ascii_alphanumeric())
        .count();
    if b.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let name = &s[1..1 + name_len];
    NAMED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|&(_, c)| (c, name_len + 2))
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
            ("&unknown; & &amp", "&unknown; & &amp"),
            ("&#; &#x;", "&#; &#x;"),
            ("&mdash;&hellip;&rsquo;&nbsp;", "—…’\u{a0}"),
            ("café &eacute;", "café &eacute;"),
        ];
        for (input, want) in cases {
            assert_eq!(decoded(input), want, "{input:?}");
        }
    }

    #[test]
    fn text_and_metadata() {
        struct Case {
            name: &'static str,
            html: &'static str,
            text: &'static str,
            title: Option<&'static str>,
            date: Option<&'static str>,
        }
        let cases = [
            Case {
                name: "blocks and inline",
                html: "<p>One <b>bold</b>\n  word.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul>",
                text: "One bold word.\n\nTwo\n\nlines\n\na\n\nb",
                title: None,
                date: None,
            },
            Case {
                name: "dropped furniture",
                html: "<nav><a href=/>Home</a></nav><header>Site</header><p>Body.</p><footer>(c)</footer><!-- note --><aside>Ad</aside><form><input name=q></form>",
                text: "Body.",
                title: None,
                date: None,
            },
            Case {
                name: "article preferred, metadata",
                html: "<html><head><title>Page | Site</title><meta property=\"og:title\" content=\"Real title\"><meta property='article:published_time' content='2024-03-22T10:00:00Z'></head><body><div>Menu</div><article><h1>Real title</h1><p>Story text.</p></article><div>Related</div></body></html>",
                text: "Real title\n\nStory text.",
                title: Some("Real title"),
                date: Some("2024-03-22"),
            },
            Case {
                name: "title tag and time",
                html: "<title>Only &amp; title</title><p>Text <time datetime=\"2023-01-02\">Jan 2</time></p>",
                text: "Text Jan 2",
                title: Some("Only & title"),
                date: Some("2023-01-02"),
            },
            Case {
                name: "stray angle brackets",
                html: "<p>a < b and 3<4, <3</p>",
                text: "a < b and 3<4, <3",
                title: None,
                date: None,
            },
            Case {
                name: "unclosed everything",
                html: "<p>Start <a href=\"x",
                text: "Start",
                title: None,
                date: None,
            },
            Case {
                name: "script with tags inside",
                html: "<script>if (a</b) document.write('</p>')</script><p>Fine</p><SCRIPT>x</SCRIPT >",
                text: "Fine",
                title: None,
                date: None,
            },
        ];
        for case in cases {
            let (meta, text) = to_text(case.html);
            assert_eq!(text, case.text, "{}", case.name);
            assert_eq!(meta.title.as_deref(), case.title, "{}", case.name);
            assert_eq!(meta.date.as_deref(), case.date, "{}", case.name);
        }
    }

    #[test]
    fn outlet_and_url() {
        let (meta, _) = to_text(
            "<meta property=og:site_name content=\"The Bugle\"><link rel=\"Canonical\" href=\"https://bugle.example/a\"><meta name=date content=\"March 3, 2024\">",
        );
        assert_eq!(meta.outlet.as_deref(), Some("The Bugle"));
        assert_eq!(meta.url.as_deref(), Some("https://bugle.example/a"));
        assert_eq!(meta.date.as_deref(), Some("March 3, 2024"));
    }
}
