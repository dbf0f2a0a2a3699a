//! Importing: a user's file or pasted text in, [`Article`]s out.
//!
//! [`import_file`] picks the reader by the file name's extension (any case):
//! plain text (`.txt`), Markdown (`.md`, `.markdown`), web pages (`.html`,
//! `.htm`, `.xhtml`: the article found in the page, the rest kept as marked
//! boilerplate, metadata from the page's declarations), saved web archives
//! (`.mhtml`, `.mht`: the page inside, read the same way),
//! JSON (`.json`: a Parallax analysis export, an array of articles or one
//! article) and JSON Lines (`.jsonl`, `.ndjson`: one article a line). Any other
//! name is read as plain text unless the bytes look binary. [`paste`] builds an
//! article from the paste form. [`Article::to_document`] turns an article into
//! the [`Document`] the pipeline reads, with the given metadata in it.
//!
//! Nothing here panics, whatever the bytes; every refusal is an [`ImportError`]
//! whose [`ImportError::describe`] is a sentence a reader understands.
//!
//! ```
//! use parallax_core::import::{import_file, ImportError};
//!
//! let html = b"<html><head><title>Storm hits coast</title>\
//!              <script>alert(1)</script></head>\
//!              <body><p>The storm hit the coast on Monday.</p></body></html>";
//! let articles = import_file("storm.html", html).unwrap();
//! assert_eq!(articles[0].title.as_deref(), Some("Storm hits coast"));
//! assert_eq!(articles[0].text, "The storm hit the coast on Monday.");
//!
//! let err = import_file("photo.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap_err();
//! assert_eq!(err.describe("photo.png"), "photo.png looks like a binary file (PNG image), not text");
//! ```

mod html;
mod json;
mod markdown;
mod mhtml;

use crate::decode::decode;
use crate::document::Document;
use crate::metadata::{self, PublicationDate};
use crate::span::Span;
use crate::token::tokenize;
use crate::BoilerplateKind;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Files larger than this many bytes are refused before they are read: 20 MB.
pub const MAX_FILE_BYTES: u64 = 20 * 1000 * 1000;

/// One imported article: what the browser stores and what a line of `.jsonl` holds.
///
/// Only `text` is required when reading JSON; the metadata is optional and, where
/// given, wins over what [`Document::parse`] would find in the text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier; the file name unless the file gives one.
    #[serde(default)]
    pub id: String,
    /// The headline, when the source gives one apart from the text.
    #[serde(default)]
    pub title: Option<String>,
    /// The name of the outlet that published it, when given.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Publication date as given, usually `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// The article's web address, when given.
    #[serde(default)]
    pub url: Option<String>,
    /// Authors the source declares (a web page's JSON-LD or meta), in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// The article's text, as plain text.
    pub text: String,
    /// Parts of `text` the reader set aside as not the article (a web page's
    /// navigation, related links, comments), as spans into `text`: kept, and
    /// shown dimmed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub boilerplate: Vec<crate::Boilerplate>,
}

/// Why a file or a paste could not be imported.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ImportError {
    /// No text at all, or only white space.
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// The file's size in bytes.
        bytes: u64,
    },
    /// Not text: an image, archive, PDF, program, or bytes with NULs or control characters.
    Binary {
        /// What the bytes are, when they start with a known signature ("PNG image").
        format: Option<&'static str>,
    },
    /// A `.json` file that is not valid JSON.
    InvalidJson {
        /// Line of the error, from 1.
        line: usize,
        /// Column of the error on that line, counted in bytes.
        column: usize,
    },
    /// Valid JSON, but neither a Parallax export nor articles.
    NotParallax,
    /// A line of a `.jsonl` file that is not an article (1-based line number).
    BadLine {
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it, as a clause ("it is not valid JSON").
        reason: &'static str,
    },
    /// An `.mhtml`/`.mht` file with no HTML page in it.
    NoWebPage,
}

impl ImportError {
    /// The error as one sentence naming the file, ready for the page.
    ///
    /// ```
    /// use parallax_core::import::ImportError;
    /// let e = ImportError::BadLine { line: 3, reason: "it is not valid JSON" };
    /// assert_eq!(e.describe("feed.jsonl"), "Line 3 of feed.jsonl is not an article: it is not valid JSON");
    /// ```
    pub fn describe(&self, name: &str) -> String {
        match self {
            Self::Empty => format!("{name} is empty: there is no text to import"),
            Self::TooLarge { bytes } => format!(
                "{name} is too large ({}); files up to {} can be imported",
                megabytes(*bytes),
                megabytes(MAX_FILE_BYTES)
            ),
            Self::Binary { format: Some(f) } => {
                format!("{name} looks like a binary file ({f}), not text")
            }
            Self::Binary { format: None } => format!("{name} looks like a binary file, not text"),
            Self::InvalidJson { line, column } => format!(
                "{name} is not valid JSON (the error is at line {line}, column {column})"
            ),
            Self::NotParallax => format!(
                "{name} is not a Parallax export: expected an analysis export or a list of articles with a \"text\" field"
            ),
            Self::BadLine { line, reason } => {
                format!("Line {line} of {name} is not an article: {reason}")
            }
            Self::NoWebPage => {
                format!("{name} is not a saved web page: it holds no HTML page to read")
            }
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.describe("the file"))
    }
}

impl std::error::Error for ImportError {}

fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_add(50_000) / 100_000;
    if tenths.is_multiple_of(10) {
        format!("{} MB", tenths / 10)
    } else {
        format!("{}.{} MB", tenths / 10, tenths % 10)
    }
}

/// Refuse a file of `bytes` bytes before reading it when it is over [`MAX_FILE_BYTES`].
/// [`import_file`] calls it first; the app can call it with a file's size before
/// loading the file at all.
///
/// ```
/// use parallax_core::import::{check_size, ImportError};
/// assert!(check_size(1_000).is_ok());
/// assert_eq!(check_size(50_000_000), Err(ImportError::TooLarge { bytes: 50_000_000 }));
/// ```
pub fn check_size(bytes: u64) -> Result<(), ImportError> {
    if bytes > MAX_FILE_BYTES {
        Err(ImportError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// The check every input passes, in the app's import ([`import_file`]) and in
/// the command line alike, so both refuse the same files with the same
/// sentence ([`ImportError::describe`]): over [`MAX_FILE_BYTES`]; a known binary
/// format (PNG, PDF, ZIP…); NUL bytes outside UTF-16 (UTF-16 without a
/// byte-order mark is read as UTF-16, see [`crate::decode`]); no text at all,
/// only white space or a lone byte-order mark; more than one control character
/// in twenty (random bytes decode to that, NULs or not). Returns the decoded text.
///
/// ```
/// use parallax_core::import::{check_text, ImportError};
/// assert_eq!(check_text(b"Storm hits coast").unwrap(), "Storm hits coast");
/// assert_eq!(check_text(b" \n\t"), Err(ImportError::Empty));
/// assert_eq!(check_text(b"\xEF\xBB\xBF"), Err(ImportError::Empty));
/// assert_eq!(check_text(b"%PDF-1.7"), Err(ImportError::Binary { format: Some("PDF document") }));
/// assert_eq!(check_text(b"\x01\x02\x03\x04abc\x05\x06"), Err(ImportError::Binary { format: None }));
/// assert_eq!(check_text(b"H\x00i\x00 \x00t\x00h\x00e\x00r\x00e\x00").unwrap(), "Hi there");
/// ```
pub fn check_text(bytes: &[u8]) -> Result<String, ImportError> {
    check_size(bytes.len() as u64)?;
    if let Some(format) = binary_signature(bytes) {
        return Err(ImportError::Binary {
            format: Some(format),
        });
    }
    if crate::decode::looks_binary(bytes) {
        return Err(ImportError::Binary { format: None });
    }
    let text = decode(bytes);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if mostly_control(&text) {
        return Err(ImportError::Binary { format: None });
    }
    Ok(text)
}

/// The readers, by extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Mhtml,
    Json,
    JsonLines,
}

fn format_of(name: &str) -> Format {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" | "xhtml" => Format::Html,
        "mhtml" | "mht" => Format::Mhtml,
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::JsonLines,
        _ => Format::Text,
    }
}

/// The app's rule for article ids: an empty id is `article`; an id already in `taken`
/// gets `-2`, `-3`, … until it is free. The id returned is added to `taken`.
///
/// ```
/// use parallax_core::import::unique_id;
/// use std::collections::HashSet;
/// let mut taken = HashSet::new();
/// assert_eq!(unique_id("a".into(), &mut taken), "a");
/// assert_eq!(unique_id("a".into(), &mut taken), "a-2");
/// assert_eq!(unique_id(String::new(), &mut taken), "article");
/// ```
pub fn unique_id(id: String, taken: &mut std::collections::HashSet<String>) -> String {
    let base = if id.is_empty() { "article".into() } else { id };
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// Import a file by its name's extension (see the [module docs](self)).
///
/// Every format is refused when it is over [`MAX_FILE_BYTES`], binary, or holds
/// no text. Single-article formats give one article whose id is `name`;
/// `.json` and `.jsonl` give the ids they hold, or `name#N` (N from 1) where an
/// article has none. In `.json`/`.jsonl`, articles with only white space as text
/// are skipped. A `.jsonl` file with a bad line is refused as a whole, with that
/// line's number: a partial import would be easy to miss.
///
/// ```
/// use parallax_core::import::import_file;
/// let a = import_file("cafe.txt", b"Caf\xe9 in M\xfcnchen").unwrap();
/// assert_eq!(a[0].text, "Café in München");
/// assert_eq!(a[0].id, "cafe.txt");
/// ```
pub fn import_file(name: &str, bytes: &[u8]) -> Result<Vec<Article>, ImportError> {
    let text = check_text(bytes)?;
    let single = |title: Option<String>, text: String, meta: Metadata| {
        if text.trim().is_empty() {
            return Err(ImportError::Empty);
        }
        Ok(vec![Article {
            id: name.to_string(),
            title: title.or(meta.title),
            outlet: meta.outlet,
            date: meta.date,
            url: meta.url,
            authors: meta.authors,
            text,
            boilerplate: Vec::new(),
        }])
    };
    match format_of(name) {
        Format::Text => single(None, text, Metadata::default()),
        Format::Markdown => {
            let (title, text) = markdown::to_text(&text);
            single(title, text, Metadata::default())
        }
        Format::Html => html_article(name, &text),
        Format::Mhtml => {
            let saved = mhtml::html_part(bytes).ok_or(ImportError::NoWebPage)?;
            let mut articles = html_article(name, &saved.html)?;
            for a in &mut articles {
                if a.url.is_none() {
                    a.url.clone_from(&saved.location);
                }
            }
            Ok(articles)
        }
        Format::Json => json::articles(name, &text),
        Format::JsonLines => json::lines(name, &text),
    }
}

/// A web page's article: its visible text with what is not the article marked.
fn html_article(name: &str, html: &str) -> Result<Vec<Article>, ImportError> {
    let page = html::read(html);
    if page.text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(vec![Article {
        id: name.to_string(),
        title: page.meta.title,
        outlet: page.meta.outlet,
        date: page.meta.date,
        url: page.meta.url,
        authors: page.meta.authors,
        text: page.text,
        boilerplate: page.boilerplate,
    }])
}

/// Metadata a reader found beside the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Metadata {
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// As the source states it: an ISO timestamp keeps its time of day.
    pub date: Option<String>,
    pub url: Option<String>,
    pub authors: Vec<String>,
}

/// The kind of file `bytes` starts like, for the formats people drop by mistake.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive or Office document"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\0asm", "WebAssembly module"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, what)| what)
}

/// Whether the start of `text` has more than one control character in twenty
/// (tabs, line ends and form feeds are text): what binary data decodes to.
fn mostly_control(text: &str) -> bool {
    let mut chars = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        chars += 1;
        if c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0C') {
            control += 1;
        }
    }
    control * 20 > chars
}

/// Build an article from the paste form. Empty fields are `None`; the id is the
/// title, or the start of the text when there is no title.
///
/// ```
/// use parallax_core::import::{paste, ImportError};
/// let a = paste("Storm hits coast", "", "2024-03-04", "", "The storm hit the coast.").unwrap();
/// assert_eq!(a.id, "Storm hits coast");
/// assert_eq!(a.outlet, None);
/// assert_eq!(paste("A title", "", "", "", "  \n"), Err(ImportError::Empty));
/// ```
pub fn paste(
    title: &str,
    outlet: &str,
    date: &str,
    url: &str,
    text: &str,
) -> Result<Article, ImportError> {
    check_size(text.len() as u64)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let title = clean_field(Some(title));
    let id = title.clone().unwrap_or_else(|| {
        let first = text.trim_start().lines().next().unwrap_or("");
        let cut: String = first.chars().take(60).collect();
        cut.trim().to_string()
    });
    Ok(Article {
        id,
        title,
        outlet: clean_field(Some(outlet)),
        date: clean_field(Some(date)),
        url: clean_field(Some(url)),
        text: text.to_string(),
        ..Article::default()
    })
}

/// One line of metadata: white space (line ends included) folded to single
/// spaces and trimmed; `None` when nothing is left.
fn clean_field(field: Option<&str>) -> Option<String> {
    let joined = field?.split_whitespace().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

impl Article {
    /// The [`Document`] the pipeline reads.
    ///
    /// Without metadata this is `Document::parse(id, text)`. Metadata that the
    /// text does not already state is written as header lines above the text
    /// (title; outlet; date; URL), so every span indexes [`Document::text`]: the
    /// title line is the headline, the outlet line a
    /// [`SourceTag`](BoilerplateKind::SourceTag), the date line a
    /// [`Byline`](BoilerplateKind::Byline) and the URL line
    /// [`Navigation`](BoilerplateKind::Navigation) (a link is no part of the story,
    /// so names in it are not mentions). Authors the text does not name are a
    /// byline line after the date.
    ///
    /// The article's [`boilerplate`](Article::boilerplate) marks win over what the
    /// text reader finds: marked lines leave the body, and a headline, byline or
    /// date found inside navigation is not the article's. Among the first body
    /// lines, one that repeats the title is the headline.
    ///
    /// ```
    /// use parallax_core::import::Article;
    /// let a = Article {
    ///     id: "a".into(),
    ///     title: Some("Storm hits coast".into()),
    ///     outlet: Some("The Daily Bugle".into()),
    ///     date: Some("2024-03-04".into()),
    ///     url: None,
    ///     text: "The storm hit the coast on Monday.".into(),
    ///     ..Default::default()
    /// };
    /// let doc = a.to_document();
    /// assert_eq!(doc.title(), Some("Storm hits coast"));
    /// assert_eq!(doc.outlet(), Some("The Daily Bugle"));
    /// assert_eq!(doc.date.map(|d| (d.year, d.month, d.day)), Some((2024, Some(3), Some(4))));
    /// assert_eq!(doc.body_paragraphs().collect::<Vec<_>>(), ["The storm hit the coast on Monday."]);
    /// ```
    pub fn to_document(&self) -> Document {
        let mut body = Document::parse(self.id.clone(), self.text.as_bytes());
        if !self.boilerplate.is_empty() {
            apply_marks(&mut body, &self.boilerplate, self.title.as_deref());
        }
        // Declared authors win over names the text reader took from lines that
        // look like bylines (a citation's "Review by …"), unless they agree.
        let declared: Vec<String> = self
            .authors
            .iter()
            .filter_map(|a| clean_field(Some(a)))
            .collect();
        let found = body.author_names();
        let agree = !found.is_empty() && found.iter().all(|f| declared.iter().any(|d| d == f));
        let authors = if agree { Vec::new() } else { declared };
        let title = clean_field(self.title.as_deref()).filter(|t| body.title() != Some(t));
        let outlet = clean_field(self.outlet.as_deref()).filter(|o| body.outlet() != Some(o));
        let date = clean_field(self.date.as_deref()).filter(|d| {
            let given = parse_date(d, Span::new(0, d.len()));
            given.is_none() || given.map(ymd) != body.date.map(ymd)
        });
        let url = clean_field(self.url.as_deref());
        if title.is_none()
            && outlet.is_none()
            && date.is_none()
            && url.is_none()
            && authors.is_empty()
        {
            return body;
        }
        compose(
            body,
            Header {
                title,
                outlet,
                date,
                url,
                authors,
            },
        )
    }
}

/// Lay an article's own boilerplate marks over what [`Document::parse`] found.
fn apply_marks(doc: &mut Document, marks: &[crate::Boilerplate], title: Option<&str>) {
    // Marks come from storage too: keep those that index the text, sorted and apart.
    let mut own: Vec<crate::Boilerplate> = marks
        .iter()
        .filter(|b| b.span.start < b.span.end && doc.text.get(b.span.start..b.span.end).is_some())
        .copied()
        .collect();
    own.sort_by_key(|b| b.span.start);
    let mut end = 0;
    own.retain(|b| {
        let apart = b.span.start >= end;
        if apart {
            end = b.span.end;
        }
        apart
    });
    let hit = |s: Span, any_kind: bool| {
        let first = own.partition_point(|b| b.span.end <= s.start);
        own[first..]
            .iter()
            .take_while(|b| b.span.start < s.end.max(s.start + 1))
            .any(|b| (any_kind || !b.kind.is_metadata()) && b.span.overlaps(&s))
    };
    doc.boilerplate.retain(|b| !hit(b.span, true));
    doc.boilerplate.extend(own.iter().copied());
    doc.boilerplate.sort_by_key(|b| b.span.start);
    // A headline the text reader chose outside the marks goes back to the body
    // unless it repeats the title; the title's own line is found below.
    if let Some(t) = doc.title.take() {
        let in_body = doc.body.iter().any(|b| b.contains(&t));
        if !hit(t, true) && !in_body && doc.paragraphs.contains(&t) {
            let at = doc.body.partition_point(|b| b.start < t.start);
            doc.body.insert(at, t);
        }
    }
    doc.body.retain(|&p| !hit(p, true));
    if let Some(title) = title {
        let headline = doc.body.iter().take(3).position(|p| {
            html::similarity(title, p.slice(&doc.text)) > 0.75
                && html::similarity(p.slice(&doc.text), title) > 0.75
        });
        if let Some(i) = headline {
            doc.title = Some(doc.body.remove(i));
        }
    }
    doc.authors.retain(|&a| !hit(a, false));
    for span in [&mut doc.outlet, &mut doc.syndicator, &mut doc.dateline] {
        if span.is_some_and(|s| hit(s, false)) {
            *span = None;
        }
    }
    if doc.date.is_some_and(|d| hit(d.span, false)) {
        doc.date = None;
    }
}

/// Header lines to write above a text.
struct Header {
    title: Option<String>,
    outlet: Option<String>,
    date: Option<String>,
    url: Option<String>,
    authors: Vec<String>,
}

fn ymd(d: PublicationDate) -> (u16, Option<u8>, Option<u8>) {
    (d.year, d.month, d.day)
}

/// Append `value` as a line of `text`; its span, without the line break.
fn push_line(text: &mut String, value: Option<String>) -> Option<Span> {
    value.map(|v| {
        let start = text.len();
        text.push_str(&v);
        text.push('\n');
        Span::new(start, start + v.len())
    })
}

/// `body` with header lines above its text and every span moved below them.
fn compose(body: Document, header: Header) -> Document {
    let Header {
        title,
        outlet,
        date,
        url,
        authors,
    } = header;
    let mut text = String::new();
    let title_span = push_line(&mut text, title);
    let outlet_span = push_line(&mut text, outlet);
    let date_span = push_line(&mut text, date);
    let mut author_spans = Vec::new();
    let byline_span = if authors.is_empty() {
        None
    } else {
        let start = text.len();
        for (k, a) in authors.iter().enumerate() {
            if k > 0 {
                text.push_str(", ");
            }
            author_spans.push(Span::new(text.len(), text.len() + a.len()));
            text.push_str(a);
        }
        let span = Span::new(start, text.len());
        text.push('\n');
        Some(span)
    };
    let url_span = push_line(&mut text, url);
    text.push('\n');
    let shift = text.len();
    let header = text.clone();
    text.push_str(&body.text);

    let mv = |s: Span| Span::new(s.start + shift, s.end + shift);
    let mut doc = Document {
        id: body.id,
        text,
        encoding: body.encoding,
        title: body.title.map(mv),
        paragraphs: Vec::new(),
        body: body.body.iter().copied().map(mv).collect(),
        outlet: body.outlet.map(mv),
        syndicator: body.syndicator.map(mv),
        authors: body.authors.iter().copied().map(mv).collect(),
        date: body.date.map(|d| PublicationDate {
            span: mv(d.span),
            ..d
        }),
        dateline: body.dateline.map(mv),
        boilerplate: Vec::new(),
    };
    let header_lines = [title_span, outlet_span, date_span, byline_span, url_span];
    doc.paragraphs = header_lines.iter().flatten().copied().collect();
    doc.paragraphs
        .extend(body.paragraphs.iter().copied().map(mv));
    let marked = [
        (outlet_span, BoilerplateKind::SourceTag),
        (date_span, BoilerplateKind::Byline),
        (byline_span, BoilerplateKind::Byline),
        (url_span, BoilerplateKind::Navigation),
    ];
    for (span, kind) in marked {
        if let Some(span) = span {
            doc.boilerplate.push(crate::Boilerplate { span, kind });
        }
    }
    doc.boilerplate
        .extend(body.boilerplate.iter().map(|b| crate::Boilerplate {
            span: mv(b.span),
            kind: b.kind,
        }));
    if title_span.is_some() {
        doc.title = title_span;
    }
    if outlet_span.is_some() {
        doc.outlet = outlet_span;
    }
    if !author_spans.is_empty() {
        doc.authors = author_spans;
    }
    if let Some(span) = date_span {
        if let Some(d) = parse_date(&header, span) {
            doc.date = Some(d);
        }
    }
    doc
}

/// A publication date written in `span` of `text`: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`
/// (with the time of day when `T09:30` or ` 09:30` follows), or what the byline reader finds
/// ("March 3, 2024").
fn parse_date(text: &str, span: Span) -> Option<PublicationDate> {
    let s = span.slice(text);
    let head = s.split(['T', ' ']).next().unwrap_or("");
    let mut parts = head.split('-');
    let num = |p: Option<&str>, len: usize| {
        p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u16>().ok())
    };
    if let Some(year) = num(parts.next(), 4).filter(|y| (1000..=2999).contains(y)) {
        let rest: Vec<&str> = parts.collect();
        let month = num(rest.first().copied(), 2).filter(|m| (1..=12).contains(m));
        let day = num(rest.get(1).copied(), 2).filter(|d| (1..=31).contains(d));
        let valid = match rest.len() {
            0 => true,
            1 => month.is_some(),
            2 => month.is_some() && day.is_some(),
            _ => false,
        };
        if valid {
            // "T09:30:00Z", " 09:30": the time of day, as written.
            let time = s
                .get(head.len() + 1..)
                .filter(|_| day.is_some())
                .and_then(|t| {
                    let mut hm = t.split(':');
                    let h = num(hm.next(), 2).filter(|h| *h < 24)?;
                    let m =
                        num(hm.next().map(|m| m.get(..2).unwrap_or(m)), 2).filter(|m| *m < 60)?;
                    Some((u8::try_from(h).ok()?, u8::try_from(m).ok()?))
                });
            return Some(PublicationDate {
                span: Span::new(span.start, span.start + head.len()),
                year,
                month: month.and_then(|m| u8::try_from(m).ok()),
                day: day.and_then(|d| u8::try_from(d).ok()),
                time,
            });
        }
    }
    metadata::find_date(text, &tokenize(text, span))
}

#[cfg(test)]
mod dev_set;
#[cfg(test)]
mod tests;
