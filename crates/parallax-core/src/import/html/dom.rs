//! A forgiving HTML tree: one forward scan with a stack of open elements, the
//! end tags HTML lets authors leave out (`<p>`, `<li>`, cells) implied, stray end
//! tags ignored. Every step is constant work per byte or per element, so any
//! input builds in linear time; nesting deeper than [`MAX_DEPTH`] is flattened.
//!
//! Only what reading needs is kept: element names, the attributes in [`KEPT`],
//! decoded text, the `<title>`, and JSON-LD blocks. Scripts, styles and other
//! raw-text elements are skipped with their content; elements hidden with
//! `hidden` or `display:none` are marked so nothing inside them is read.

use super::entities::{decode_into, decoded};
use std::collections::HashMap;

pub(super) type NodeId = usize;

/// Nesting deeper than this is flattened: later elements become siblings.
const MAX_DEPTH: usize = 400;

/// Attributes the reader looks at.
const KEPT: &[&str] = &[
    "class",
    "id",
    "role",
    "itemprop",
    "itemtype",
    "style",
    "hidden",
    "aria-hidden",
    "rel",
    "href",
    "property",
    "name",
    "content",
    "datetime",
    "type",
    "charset",
    "http-equiv",
];

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen",
];

/// Elements whose content is raw text up to their end tag, not markup.
const RAW: &[&str] = &[
    "script",
    "style",
    "title",
    "textarea",
    "iframe",
    "noscript",
    "xmp",
    "noembed",
    "noframes",
    "plaintext",
];

/// Start tags that close an open `<p>`.
const CLOSES_P: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
];

pub(super) enum Data {
    /// The document itself: the root of the tree.
    Root,
    Element {
        name: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
}

pub(super) struct Node {
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
    pub data: Data,
    /// Hidden by the page (`hidden`, `display:none`, `visibility:hidden`), itself
    /// or through an ancestor: nobody sees it.
    pub hidden: bool,
}

pub(super) struct Dom {
    /// Nodes in document order: every node comes after its ancestors and before
    /// its following siblings. `nodes[0]` is the root.
    pub nodes: Vec<Node>,
    /// The `<title>` text, decoded.
    pub title: Option<String>,
    /// The text of each `<script type="application/ld+json">`.
    pub json_ld: Vec<String>,
}

impl Dom {
    pub fn name(&self, id: NodeId) -> &str {
        match &self.nodes[id].data {
            Data::Element { name, .. } => name,
            _ => "",
        }
    }

    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Text(t) => Some(t),
            _ => None,
        }
    }

    /// All text under `id`, in order, white space folded.
    pub fn inner_text(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            super::work(1);
            if let Some(t) = self.text(n) {
                out.push_str(t);
            }
            stack.extend(self.nodes[n].children.iter().rev());
        }
        out.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Build the tree of `html`. Never fails and never panics.
    pub fn parse(html: &str) -> Self {
        let mut b = Builder {
            dom: Dom {
                nodes: vec![Node {
                    parent: None,
                    children: Vec::new(),
                    data: Data::Root,
                    hidden: false,
                }],
                title: None,
                json_ld: Vec::new(),
            },
            stack: vec![0],
            open: HashMap::new(),
            foreign: 0,
        };
        b.run(html);
        b.dom
    }
}

struct Builder {
    dom: Dom,
    /// Open elements, the root first.
    stack: Vec<NodeId>,
    /// How many elements of each name are open: an end tag with none open is
    /// ignored without searching the stack.
    open: HashMap<String, usize>,
    /// Open `<svg>`/`<math>` elements: inside them `<title>` is not the page's.
    foreign: usize,
}

impl Builder {
    fn current(&self) -> NodeId {
        self.stack.last().copied().unwrap_or(0)
    }

    fn is_open(&self, name: &str) -> bool {
        self.open.get(name).is_some_and(|&n| n > 0)
    }

    fn run(&mut self, html: &str) {
        let bytes = html.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            super::work(1);
            if bytes[i] != b'<' {
                let next = find_byte(bytes, i, b'<');
                self.text(&html[i..next]);
                i = next;
                continue;
            }
            let rest = &bytes[i..];
            if rest.starts_with(b"<!--") {
                i = find(bytes, i + 4, b"-->").map_or(bytes.len(), |e| e + 3);
                continue;
            }
            if rest.starts_with(b"<![CDATA[") {
                let end = find(bytes, i + 9, b"]]>").unwrap_or(bytes.len());
                self.text(&html[i + 9..end]);
                i = (end + 3).min(bytes.len());
                continue;
            }
            if rest.starts_with(b"<!") || rest.starts_with(b"<?") || rest.starts_with(b"</>") {
                i = find_byte(bytes, i, b'>').saturating_add(1).min(bytes.len());
                continue;
            }
            let Some(tag) = read_tag(html, i) else {
                self.text("<");
                i += 1;
                continue;
            };
            i = tag.end;
            if tag.closing {
                self.close(&tag.name);
                continue;
            }
            if RAW.contains(&tag.name.as_str()) {
                let (content, end) = raw_text(html, i, &tag.name);
                i = end;
                self.raw(&tag, content);
                continue;
            }
            self.start(tag);
        }
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let parent = self.current();
        if let Some(&last) = self.dom.nodes[parent].children.last() {
            if let Data::Text(t) = &mut self.dom.nodes[last].data {
                decode_into(raw, t);
                return;
            }
        }
        let t = decoded(raw);
        self.push(parent, Data::Text(t));
    }

    fn push(&mut self, parent: NodeId, data: Data) -> NodeId {
        let id = self.dom.nodes.len();
        let hidden = self.dom.nodes[parent].hidden
            || matches!(&data, Data::Element { name, attrs } if hides(name, attrs));
        self.dom.nodes.push(Node {
            parent: Some(parent),
            children: Vec::new(),
            data,
            hidden,
        });
        self.dom.nodes[parent].children.push(id);
        id
    }

    fn raw(&mut self, tag: &Tag, content: &str) {
        match tag.name.as_str() {
            "title" if self.foreign == 0 && self.dom.title.is_none() => {
                let t = decoded(content);
                let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
                if !t.is_empty() {
                    self.dom.title = Some(t);
                }
            }
            "script" => {
                let json = tag.attrs.iter().any(|(k, v)| {
                    k == "type" && v.trim().eq_ignore_ascii_case("application/ld+json")
                });
                if json {
                    self.dom.json_ld.push(content.to_string());
                }
            }
            "textarea" | "iframe" => {
                // Kept as empty elements: the reader counts them as form and embeds.
                let parent = self.current();
                self.push(
                    parent,
                    Data::Element {
                        name: tag.name.clone(),
                        attrs: Vec::new(),
                    },
                );
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag) {
        let name = tag.name.as_str();
        if matches!(name, "html" | "body" | "head") && self.is_open(name) {
            return;
        }
        if self.foreign == 0 {
            self.imply_end_tags(name);
        }
        let void = VOID.contains(&name) || (self.foreign > 0 && tag.self_closing);
        let parent = self.current();
        let foreign = matches!(name, "svg" | "math");
        let id = self.push(
            parent,
            Data::Element {
                name: tag.name.clone(),
                attrs: tag.attrs,
            },
        );
        if void || self.stack.len() >= MAX_DEPTH {
            return;
        }
        *self.open.entry(tag.name).or_insert(0) += 1;
        if foreign {
            self.foreign += 1;
        }
        self.stack.push(id);
    }

    /// The end tags HTML implies when `name` starts.
    fn imply_end_tags(&mut self, name: &str) {
        if CLOSES_P.contains(&name) && self.is_open("p") {
            self.close("p");
        }
        let (same, scope): (&[&str], &[&str]) = match name {
            "li" => (&["li"], &["ul", "ol", "menu", "table"]),
            "dd" | "dt" => (&["dd", "dt"], &["dl", "table"]),
            "tr" => (&["tr", "td", "th"], &["table", "tbody", "thead", "tfoot"]),
            "td" | "th" => (&["td", "th"], &["tr", "table"]),
            "tbody" | "thead" | "tfoot" => {
                (&["tbody", "thead", "tfoot", "tr", "td", "th"], &["table"])
            }
            "option" => (&["option"], &["select", "datalist"]),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let top = self.current();
                if matches!(self.dom.name(top), "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
                    self.pop_to(self.stack.len() - 1);
                }
                return;
            }
            "a" => (&["a"], &[]),
            _ => return,
        };
        // Look a few elements down the stack: far enough for real pages, and
        // constant work per start tag.
        let len = self.stack.len();
        for k in (len.saturating_sub(12)..len).rev() {
            super::work(1);
            let n = self.dom.name(self.stack[k]);
            if same.contains(&n) {
                self.pop_to(k);
                return;
            }
            if scope.contains(&n) || k == 0 {
                return;
            }
        }
    }

    fn close(&mut self, name: &str) {
        if name == "br" {
            let parent = self.current();
            self.push(
                parent,
                Data::Element {
                    name: "br".into(),
                    attrs: Vec::new(),
                },
            );
            return;
        }
        if !self.is_open(name) || matches!(name, "html" | "body" | "head") {
            return;
        }
        if let Some(k) = self.stack.iter().rposition(|&id| {
            super::work(1);
            self.dom.name(id) == name
        }) {
            self.pop_to(k);
        }
    }

    /// Close the element at stack position `k` and everything opened inside it.
    fn pop_to(&mut self, k: usize) {
        while self.stack.len() > k.max(1) {
            super::work(1);
            let Some(id) = self.stack.pop() else { break };
            let name = self.dom.name(id).to_string();
            if matches!(name.as_str(), "svg" | "math") {
                self.foreign = self.foreign.saturating_sub(1);
            }
            if let Some(n) = self.open.get_mut(&name) {
                *n = n.saturating_sub(1);
            }
        }
    }
}

/// Whether an element, by its kind or its own attributes, shows no text to a
/// reader: drawings (`<svg>` labels and icons), templates, hidden elements.
fn hides(name: &str, attrs: &[(String, String)]) -> bool {
    matches!(name, "svg" | "template" | "canvas")
        || attrs.iter().any(|(k, v)| match k.as_str() {
            "hidden" => true,
            "style" => {
                let s: String = v
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                s.contains("display:none") || s.contains("visibility:hidden")
            }
            _ => false,
        })
}

pub(super) fn find_byte(bytes: &[u8], from: usize, b: u8) -> usize {
    let at = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&x| x == b))
        .map_or(bytes.len(), |p| from + p);
    super::work(at.saturating_sub(from) + 1);
    at
}

pub(super) fn find(bytes: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let at = bytes
        .get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| from + p);
    super::work(at.unwrap_or(bytes.len()).saturating_sub(from) + 1);
    at
}

/// One tag as read: lowercase name, kept attributes (lowercase names, decoded
/// values), and where the scan goes on.
pub(super) struct Tag {
    pub name: String,
    pub closing: bool,
    pub self_closing: bool,
    pub attrs: Vec<(String, String)>,
    pub end: usize,
}

/// The tag starting at `at` (a `<`), or `None` when the `<` does not open one
/// (`a < b`, `<3`): then it is text.
pub(super) fn read_tag(html: &str, at: usize) -> Option<Tag> {
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
        .is_some_and(|&b| !b.is_ascii_whitespace() && !matches!(b, b'/' | b'>'))
    {
        i += 1;
    }
    let name = html[name_start..i].to_ascii_lowercase();
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
        if !closing {
            let key = attr_name.to_ascii_lowercase();
            if KEPT.contains(&key.as_str()) && !attrs.iter().any(|(k, _)| *k == key) {
                attrs.push((key, decoded(value)));
            }
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
pub(super) fn raw_text<'a>(html: &'a str, from: usize, name: &str) -> (&'a str, usize) {
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
