//! Reading a saved web page: the article, its metadata, and what was left out.
//!
//! [`read`] builds a forgiving tree of the page ([`dom`]), reads the page's own
//! declarations of title, outlet, date, authors and address ([`meta`]: JSON-LD,
//! Open Graph and `article:*` meta, `<link rel=canonical>`, `<time>`), and finds
//! the article ([`extract`]). The result is the page's visible text, one block a
//! line, with every line that is not the article marked as boilerplate, so the
//! reader shows the whole page and dims what was dropped.
//!
//! The text is plain text: character references are decoded, so `&lt;b&gt;` in
//! the source becomes the text `<b>`, which the app shows as text, never markup.
//! Every pass is linear in the page's size, and nothing here panics.

mod dom;
mod entities;
mod entity_table;
mod extract;
mod meta;

use super::Metadata;
use crate::{Boilerplate, BoilerplateKind, Span};
use dom::{Data, Dom, NodeId};
use extract::{Status, BLOCKS};

/// A page as read: metadata, the visible text and the marks on it.
pub(crate) struct Page {
    pub meta: Metadata,
    pub text: String,
    /// Lines of `text` that are not the article, sorted.
    pub boilerplate: Vec<Boilerplate>,
}

#[cfg(test)]
thread_local! {
    /// Steps of work done by the reader on this thread (tests only): bytes scanned,
    /// stack entries looked at, ancestors and children visited. Deterministic, so
    /// a test can tell linear from quadratic growth without a clock.
    pub(super) static WORK: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Count `steps` of work (nothing outside tests).
#[inline]
pub(super) fn work(steps: usize) {
    #[cfg(test)]
    WORK.with(|w| w.set(w.get().saturating_add(steps as u64)));
    #[cfg(not(test))]
    let _ = steps;
}

/// Read a page (see the [module docs](self)).
pub(crate) fn read(html: &str) -> Page {
    let dom = Dom::parse(html);
    let mut meta = meta::read(&dom);
    let status = extract::extract(&dom, meta.title.as_deref());
    let (text, boilerplate, byline) = lay_out(&dom, &status);
    if meta.authors.is_empty() {
        if let Some(line) = byline {
            meta.authors = meta::byline_names(&line);
        }
    }
    Page {
        meta,
        text,
        boilerplate,
    }
}

/// The visible text, a line per block (and a new line wherever the article
/// starts or stops), the boilerplate marks, and the byline's text.
fn lay_out(dom: &Dom, status: &[Status]) -> (String, Vec<Boilerplate>, Option<String>) {
    let mut out = Layout::default();
    // (node, leaving): an iterative walk, so deep pages cannot overflow the stack.
    let mut stack: Vec<(NodeId, bool)> = vec![(0, false)];
    let mut pre = 0usize;
    while let Some((id, leaving)) = stack.pop() {
        work(1);
        let node = &dom.nodes[id];
        if node.hidden {
            continue;
        }
        match &node.data {
            Data::Text(t) => {
                if pre > 0 {
                    for (k, piece) in t.split('\n').enumerate() {
                        if k > 0 {
                            out.flush();
                        }
                        out.push(piece, status[id]);
                    }
                } else {
                    out.push(t, status[id]);
                }
            }
            Data::Root => stack.extend(node.children.iter().rev().map(|&c| (c, false))),
            Data::Element { name, .. } => {
                let block = BLOCKS.contains(&name.as_str());
                if leaving {
                    if name == "pre" {
                        pre = pre.saturating_sub(1);
                    }
                    if block {
                        out.flush();
                    }
                    continue;
                }
                if block {
                    out.flush();
                } else if matches!(name.as_str(), "td" | "th") {
                    out.space();
                }
                if name == "pre" {
                    pre += 1;
                }
                stack.push((id, true));
                stack.extend(node.children.iter().rev().map(|&c| (c, false)));
            }
        }
    }
    out.flush();
    (out.text, out.marks, out.byline)
}

#[derive(Default)]
struct Layout {
    text: String,
    marks: Vec<Boilerplate>,
    byline: Option<String>,
    /// The line being built, white space folded, and whose it is.
    line: String,
    status: Option<Status>,
    pending_space: bool,
}

impl Layout {
    fn push(&mut self, t: &str, status: Status) {
        for (k, word) in t.split(char::is_whitespace).enumerate() {
            if k > 0 {
                self.pending_space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.status.is_some_and(|s| s != status) && !self.line.is_empty() {
                self.flush();
            }
            self.status = Some(status);
            if self.pending_space && !self.line.is_empty() {
                self.line.push(' ');
            }
            self.pending_space = false;
            self.line.push_str(word);
        }
    }

    fn space(&mut self) {
        self.pending_space = true;
    }

    fn flush(&mut self) {
        self.pending_space = false;
        let status = self.status.take();
        if self.line.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(&self.line);
        let span = Span::new(start, self.text.len());
        let kind = match status {
            Some(Status::Dropped(kind)) => Some(kind),
            Some(Status::Byline) => {
                if self.byline.is_none() {
                    self.byline = Some(self.line.clone());
                }
                Some(BoilerplateKind::Byline)
            }
            _ => None,
        };
        if let Some(kind) = kind {
            self.marks.push(Boilerplate { span, kind });
        }
        self.line.clear();
    }
}

/// How much of `b`'s words `a` also has, from 0 to 1 (Reader View's measure of
/// a heading repeating the title).
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let (wa, wb) = (words(a), words(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let joined_b = wb.join(" ").chars().count();
    let unique: Vec<&str> = wb
        .iter()
        .filter(|w| !wa.contains(w))
        .map(String::as_str)
        .collect();
    let distance = unique.join(" ").chars().count() as f64 / joined_b as f64;
    1.0 - distance
}

/// The text of `html` the way `score.py` reads a reference: block tags
/// (`score.py`'s list) break words, other tags do not, scripts and styles are skipped.
#[cfg(test)]
pub(crate) fn reference_text(html: &str) -> String {
    const SCORE_BLOCKS: &[&str] = &[
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "section",
        "article",
        "figcaption",
        "dd",
        "dt",
        "table",
        "ul",
        "ol",
        "hr",
    ];
    let bytes = html.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let next = dom::find_byte(bytes, i, b'<');
            entities::decode_into(&html[i..next], &mut out);
            i = next;
            continue;
        }
        if bytes[i..].starts_with(b"<!--") {
            i = dom::find(bytes, i + 2, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        if bytes[i..].starts_with(b"<!") || bytes[i..].starts_with(b"<?") {
            i = dom::find_byte(bytes, i, b'>')
                .saturating_add(1)
                .min(bytes.len());
            continue;
        }
        let Some(tag) = dom::read_tag(html, i) else {
            out.push('<');
            i += 1;
            continue;
        };
        i = tag.end;
        if SCORE_BLOCKS.contains(&tag.name.as_str()) {
            out.push('\n');
        }
        if !tag.closing && matches!(tag.name.as_str(), "script" | "style") {
            i = dom::raw_text(html, i, &tag.name).1;
        }
    }
    out
}

#[cfg(test)]
mod tests;
