//! Finding the article in a page's tree, the way Reader View does it.
//!
//! Paragraph-like blocks (`<p>`, `<pre>`, cells, text-only `<div>`s, runs of
//! text between blocks) are scored by their length and commas; each score flows
//! to the block's parent in full, its grandparent by half and further ancestors
//! less. Containers start from their tag and from class/id hints (`content`,
//! `story`, `article` up; `comment`, `share`, `related`, `promo` down), and their
//! score is cut by their link density. The best container, with those of its
//! siblings that score near it or read like running text, is the article; inside
//! it, lists, tables and boxes that look like furniture (many links, few
//! paragraphs, forms, images without text) are taken out again.
//!
//! Page furniture is set aside before scoring: navigation, headers' menus,
//! footers, asides, share bars, comment threads, newsletter and cookie prompts,
//! promos and ads (by tag, ARIA role and class/id). When the result is short, the
//! search runs again with fewer of those rules, and the longest answer wins; a
//! page where no block scores is read whole.
//!
//! Every pass visits each node a bounded number of times (ancestors are looked
//! at five levels up at most), so the work is linear in the page.

use super::dom::{Data, Dom, NodeId};
use crate::BoilerplateKind;

/// What became of a node's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Status {
    /// Part of the article.
    Content,
    /// The article's byline: metadata, kept apart from the body.
    Byline,
    /// The headline, where the page repeats its title as a heading.
    Headline,
    /// Left out, and why.
    Dropped(BoilerplateKind),
}

/// A result shorter than this many characters makes the search run again with
/// fewer rules (Reader View's threshold).
const CHAR_THRESHOLD: usize = 500;

const NAV: BoilerplateKind = BoilerplateKind::Navigation;
const WIDGET: BoilerplateKind = BoilerplateKind::Widget;
const AD: BoilerplateKind = BoilerplateKind::Ad;

/// Class/id words that mark furniture, with what it is. Matched as parts of the
/// lowercased class and id ("related-links", "commentList").
const UNLIKELY: &[(&str, BoilerplateKind)] = &[
    ("banner", AD),
    ("breadcrumb", NAV),
    ("combx", NAV),
    ("comment", WIDGET),
    ("community", WIDGET),
    ("cover-wrap", NAV),
    ("disqus", WIDGET),
    ("extra", NAV),
    ("footer", NAV),
    ("gdpr", WIDGET),
    ("cookie", WIDGET),
    ("consent", WIDGET),
    ("newsletter", WIDGET),
    ("header", NAV),
    ("legends", NAV),
    ("menu", NAV),
    ("related", NAV),
    ("remark", WIDGET),
    ("replies", WIDGET),
    ("rss", NAV),
    ("shoutbox", WIDGET),
    ("sidebar", NAV),
    ("skyscraper", AD),
    ("social", WIDGET),
    ("sponsor", AD),
    ("supplemental", NAV),
    ("ad-break", AD),
    ("agegate", WIDGET),
    ("pagination", NAV),
    ("pager", NAV),
    ("popup", WIDGET),
    ("yom-remote", NAV),
];

/// Words that keep a node with an unlikely word ("main-sidebar-and-content").
const MAYBE: &[&str] = &[
    "and", "article", "body", "column", "content", "main", "shadow",
];

/// Class/id words that raise a container's score.
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];

/// Class/id words that lower it.
const NEGATIVE: &[&str] = &[
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
    "newsletter",
    "cookie",
];

/// ARIA roles of furniture.
const UNLIKELY_ROLES: &[(&str, BoilerplateKind)] = &[
    ("menu", NAV),
    ("menubar", NAV),
    ("complementary", NAV),
    ("navigation", NAV),
    ("alert", WIDGET),
    ("alertdialog", WIDGET),
    ("dialog", WIDGET),
];

/// Elements that are never article text.
const FURNITURE_TAGS: &[(&str, BoilerplateKind)] = &[
    ("nav", NAV),
    ("footer", NAV),
    ("aside", NAV),
    ("button", WIDGET),
    ("select", WIDGET),
    ("input", WIDGET),
    ("textarea", WIDGET),
    ("iframe", WIDGET),
    ("object", WIDGET),
    ("embed", WIDGET),
    ("dialog", WIDGET),
    ("menu", NAV),
];

/// Elements that make a `<div>` more than a paragraph.
const DIV_BLOCKS: &[&str] = &[
    "blockquote",
    "dl",
    "div",
    "img",
    "ol",
    "p",
    "pre",
    "table",
    "ul",
    "section",
    "article",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "main",
];

/// Elements that end a line of text.
pub(super) const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
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
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "tr",
    "ul",
    "body",
    "html",
    "legend",
    "option",
    "menu",
];

#[derive(Clone, Copy)]
struct Flags {
    strip_unlikely: bool,
    weight_classes: bool,
    clean: bool,
}

/// Per-node facts that do not change between attempts.
struct Facts {
    /// Lowercased `class` and `id`.
    class: Vec<String>,
    id: Vec<String>,
    /// Collapsed length of a text node's text; 0 for elements.
    own_len: Vec<usize>,
    own_commas: Vec<usize>,
    /// Collapsed length of all text under a node, nothing set aside.
    full_len: Vec<usize>,
    /// Text of this text node counts as link text, and with what weight (0, 0.3, 1).
    link_weight: Vec<f64>,
    /// Inside `<table>` or `<code>`: unlikely words are not trusted there.
    in_table_or_code: Vec<bool>,
    /// Inside a table that holds data (headers, caption, many rows).
    in_data_table: Vec<bool>,
    in_figure: Vec<bool>,
}

impl Facts {
    fn new(dom: &Dom) -> Self {
        let n = dom.nodes.len();
        let mut f = Facts {
            class: vec![String::new(); n],
            id: vec![String::new(); n],
            own_len: vec![0; n],
            own_commas: vec![0; n],
            full_len: vec![0; n],
            link_weight: vec![0.0; n],
            in_table_or_code: vec![false; n],
            in_data_table: vec![false; n],
            in_figure: vec![false; n],
        };
        // Tables that hold data: a caption or header cells, or ten rows.
        let mut rows = vec![0usize; n];
        let mut heads = vec![false; n];
        for id in (0..n).rev() {
            let name = dom.name(id);
            if name == "tr" {
                rows[id] += 1;
            }
            if matches!(name, "th" | "caption" | "thead") {
                heads[id] = true;
            }
            if let Some(p) = dom.nodes[id].parent {
                if name != "table" {
                    rows[p] += rows[id];
                    heads[p] |= heads[id];
                }
            }
        }
        for id in 0..n {
            let name = dom.name(id);
            let parent = dom.nodes[id].parent;
            let inherit = |v: &[bool]| parent.is_some_and(|p| v[p]);
            let parent_link = parent.map_or(0.0, |p| f.link_weight[p]);
            f.in_table_or_code[id] =
                inherit(&f.in_table_or_code) || matches!(name, "table" | "code");
            f.in_data_table[id] =
                inherit(&f.in_data_table) || (name == "table" && (heads[id] || rows[id] >= 10));
            f.in_figure[id] = inherit(&f.in_figure) || name == "figure";
            f.link_weight[id] = if name == "a" {
                if dom.attr(id, "href").is_some_and(|h| h.starts_with('#')) {
                    0.3
                } else {
                    1.0
                }
            } else {
                parent_link
            };
            match &dom.nodes[id].data {
                Data::Element { .. } => {
                    f.class[id] = dom.attr(id, "class").unwrap_or("").to_lowercase();
                    f.id[id] = dom.attr(id, "id").unwrap_or("").to_lowercase();
                }
                Data::Text(t) => {
                    f.own_len[id] = collapsed_len(t);
                    f.own_commas[id] = t
                        .chars()
                        .filter(|c| {
                            matches!(c, ',' | '،' | '﹐' | '︐' | '︑' | '⹁' | '⸴' | '⸲' | '，')
                        })
                        .count();
                }
                Data::Root => {}
            }
        }
        for id in (0..n).rev() {
            f.full_len[id] += f.own_len[id];
            if let Some(p) = dom.nodes[id].parent {
                f.full_len[p] += f.full_len[id];
            }
        }
        f
    }

    /// Class and id together, for the unlikely-word test.
    fn hint_kind(&self, id: NodeId) -> Option<BoilerplateKind> {
        let both = [self.class[id].as_str(), self.id[id].as_str()];
        let unlikely = both.iter().find_map(|s| unlikely_kind(s))?;
        if both.iter().any(|s| MAYBE.iter().any(|w| s.contains(w))) {
            None
        } else {
            Some(unlikely)
        }
    }

    /// What furniture a node's class or id names, whatever else they say.
    fn kind_word(&self, id: NodeId) -> Option<BoilerplateKind> {
        [self.class[id].as_str(), self.id[id].as_str()]
            .iter()
            .find_map(|s| {
                if s.contains("share") || s.contains("newsletter") || s.contains("subscribe") {
                    Some(WIDGET)
                } else if s.contains("promo") || s.contains("sponsor") {
                    Some(AD)
                } else {
                    unlikely_kind(s)
                }
            })
    }

    fn class_weight(&self, id: NodeId) -> f64 {
        let mut w = 0.0;
        for s in [&self.class[id], &self.id[id]] {
            if s.is_empty() {
                continue;
            }
            if matches_any(s, NEGATIVE) || has_word(s, "ad") || has_word(s, "hid") {
                w -= 25.0;
            }
            if matches_any(s, POSITIVE) {
                w += 25.0;
            }
        }
        w
    }
}

fn unlikely_kind(s: &str) -> Option<BoilerplateKind> {
    if s.is_empty() {
        return None;
    }
    if has_word(s, "ad") || has_word(s, "ads") || has_word(s, "advert") {
        return Some(AD);
    }
    UNLIKELY
        .iter()
        .find(|(w, _)| s.contains(w))
        .map(|&(_, k)| k)
}

fn matches_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

/// Whether `word` is a whole part of a class or id ("ad" in "top-ad", not in "head").
fn has_word(s: &str, word: &str) -> bool {
    s.split(|c: char| !c.is_ascii_alphanumeric())
        .any(|part| part == word)
}

fn collapsed_len(t: &str) -> usize {
    let mut n = 0;
    let mut space = false;
    for c in t.chars() {
        if c.is_whitespace() {
            space = true;
        } else {
            if space {
                n += 1;
                space = false;
            }
            n += 1;
        }
    }
    n + usize::from(space)
}

fn is_element(dom: &Dom, id: NodeId) -> bool {
    matches!(dom.nodes[id].data, Data::Element { .. })
}

/// Text totals over a subtree, without the parts set aside.
#[derive(Clone, Copy, Default)]
struct Totals {
    len: usize,
    link: f64,
    commas: usize,
    p: usize,
    img: usize,
    li: usize,
    input: usize,
    embed: usize,
    heading_len: usize,
    list_len: usize,
    block: bool,
}

impl Totals {
    fn add(&mut self, o: &Totals) {
        self.len += o.len;
        self.link += o.link;
        self.commas += o.commas;
        self.p += o.p;
        self.img += o.img;
        self.li += o.li;
        self.input += o.input;
        self.embed += o.embed;
        self.heading_len += o.heading_len;
        self.list_len += o.list_len;
        self.block |= o.block;
    }

    fn link_density(&self) -> f64 {
        if self.len == 0 {
            0.0
        } else {
            self.link / self.len as f64
        }
    }
}

/// Each node's [`Status`]: what the reader keeps as the article.
pub(super) fn extract(dom: &Dom, title: Option<&str>) -> Vec<Status> {
    let facts = Facts::new(dom);
    let all = Flags {
        strip_unlikely: true,
        weight_classes: true,
        clean: true,
    };
    let attempts = [
        all,
        Flags {
            strip_unlikely: false,
            ..all
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean: true,
        },
        Flags {
            strip_unlikely: false,
            weight_classes: false,
            clean: false,
        },
    ];
    let mut best: Option<(usize, Vec<Status>)> = None;
    for flags in attempts {
        let Some(status) = attempt(dom, &facts, flags, title) else {
            continue;
        };
        let len = content_len(dom, &facts, &status);
        if len >= CHAR_THRESHOLD {
            return status;
        }
        if best.as_ref().is_none_or(|(l, _)| len > *l) {
            best = Some((len, status));
        }
    }
    match best {
        Some((len, status)) if len > 0 => status,
        // Nothing reads as an article: the whole visible page is the text.
        _ => vec![Status::Content; dom.nodes.len()],
    }
}

fn content_len(dom: &Dom, facts: &Facts, status: &[Status]) -> usize {
    (0..dom.nodes.len())
        .filter(|&i| status[i] == Status::Content && !dom.nodes[i].hidden)
        .map(|i| facts.own_len[i])
        .sum()
}

fn attempt(dom: &Dom, facts: &Facts, flags: Flags, title: Option<&str>) -> Option<Vec<Status>> {
    let n = dom.nodes.len();
    // 1. Furniture, top-down: a node inherits its parent's removal.
    let mut removed: Vec<Option<Status>> = vec![None; n];
    let mut byline_found = false;
    for id in 0..n {
        let node = &dom.nodes[id];
        if let Some(p) = node.parent {
            if removed[p].is_some() {
                removed[id] = removed[p];
                continue;
            }
        }
        if node.hidden {
            removed[id] = Some(Status::Dropped(WIDGET));
            continue;
        }
        if !is_element(dom, id) {
            continue;
        }
        let name = dom.name(id);
        if let Some(&(_, kind)) = FURNITURE_TAGS.iter().find(|(t, _)| *t == name) {
            removed[id] = Some(Status::Dropped(kind));
            continue;
        }
        if dom.attr(id, "aria-hidden") == Some("true") {
            removed[id] = Some(Status::Dropped(WIDGET));
            continue;
        }
        if !byline_found && is_byline(dom, facts, id) {
            byline_found = true;
            removed[id] = Some(Status::Byline);
            continue;
        }
        if is_title_heading(dom, facts, id, title) {
            removed[id] = Some(Status::Headline);
            continue;
        }
        if flags.strip_unlikely {
            if let Some(role) = dom.attr(id, "role") {
                if let Some(&(_, kind)) = UNLIKELY_ROLES.iter().find(|(r, _)| *r == role) {
                    removed[id] = Some(Status::Dropped(kind));
                    continue;
                }
            }
            let exempt = matches!(name, "body" | "a" | "html" | "article" | "main")
                || facts.in_table_or_code[id];
            if !exempt {
                if let Some(kind) = facts.hint_kind(id) {
                    removed[id] = Some(Status::Dropped(kind));
                    continue;
                }
            }
        }
    }
    let kept = |id: NodeId| removed[id].is_none();

    // 2. Totals, bottom-up, over what is kept.
    let mut totals = vec![Totals::default(); n];
    for id in (0..n).rev() {
        if !kept(id) {
            continue;
        }
        let mut t = totals[id];
        t.len += facts.own_len[id];
        t.commas += facts.own_commas[id];
        t.link += facts.own_len[id] as f64 * facts.link_weight[id];
        if DIV_BLOCKS.contains(&dom.name(id)) {
            t.block = true;
        }
        totals[id] = t;
        if let Some(p) = dom.nodes[id].parent {
            totals[p].add(&t);
        }
    }
    // `block` counts the node itself, so this is "has a block descendant".
    let has_block_child = |id: NodeId| {
        dom.nodes[id]
            .children
            .iter()
            .any(|&c| kept(c) && totals[c].block)
    };

    // 3. Scores.
    let mut score: Vec<Option<f64>> = vec![None; n];
    let body = (0..n).find(|&i| dom.name(i) == "body");
    let init = |id: NodeId, score: &mut [Option<f64>]| {
        if score[id].is_none() {
            let base = match dom.name(id) {
                "div" => 5.0,
                "pre" | "td" | "blockquote" => 3.0,
                "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
                _ => 0.0,
            };
            let weight = if flags.weight_classes {
                facts.class_weight(id)
            } else {
                0.0
            };
            score[id] = Some(base + weight);
        }
    };
    // A `<div>` holding just one paragraph stands aside: the paragraph counts
    // as its parent's. Decided once per node, so scoring stays linear.
    let single_p: Vec<bool> = (0..n)
        .map(|id| {
            kept(id) && dom.name(id) == "div" && {
                let mut elems = dom.nodes[id]
                    .children
                    .iter()
                    .filter(|&&c| kept(c) && (is_element(dom, c) || facts.own_len[c] > 0));
                match (elems.next(), elems.next()) {
                    (Some(&c), None) => dom.name(c) == "p" && totals[id].link_density() < 0.25,
                    _ => false,
                }
            }
        })
        .collect();
    let add_score = |parent: NodeId, len: usize, commas: usize, score: &mut [Option<f64>]| {
        if len < 25 {
            return;
        }
        let value = 1.0 + commas as f64 + (len / 100).min(3) as f64;
        let mut ancestor = Some(parent);
        let mut level = 0usize;
        while let Some(a) = ancestor {
            super::work(1);
            if level >= 5 || dom.nodes[a].parent.is_none() || dom.name(a) == "html" {
                break;
            }
            if single_p[a] && level > 0 {
                ancestor = dom.nodes[a].parent;
                continue;
            }
            init(a, score);
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f64 * 3.0,
            };
            if let Some(s) = score[a].as_mut() {
                *s += value / divider;
            }
            level += 1;
            ancestor = dom.nodes[a].parent;
        }
    };
    for id in 0..n {
        if !kept(id) || !is_element(dom, id) {
            continue;
        }
        let name = dom.name(id);
        let paragraph = matches!(
            name,
            "p" | "pre" | "td" | "section" | "h2" | "h3" | "h4" | "h5" | "h6"
        ) || (name == "div" && !has_block_child(id));
        if paragraph {
            if let Some(p) = dom.nodes[id].parent {
                add_score(p, totals[id].len, totals[id].commas, &mut score);
            }
        }
        if matches!(
            name,
            "div" | "section" | "article" | "main" | "td" | "blockquote" | "body" | "form"
        ) && has_block_child(id)
        {
            // Runs of text between the blocks, split at `<br><br>`, are paragraphs too.
            let mut run = (0usize, 0usize);
            let mut brs = 0;
            for &c in &dom.nodes[id].children {
                super::work(1);
                if !kept(c) {
                    continue;
                }
                let cname = dom.name(c);
                if cname == "br" {
                    brs += 1;
                    if brs >= 2 {
                        add_score(id, run.0, run.1, &mut score);
                        run = (0, 0);
                    }
                    continue;
                }
                if facts.own_len[c] == 0 && dom.text(c).is_some() {
                    continue;
                }
                brs = 0;
                if totals[c].block || BLOCKS.contains(&cname) {
                    add_score(id, run.0, run.1, &mut score);
                    run = (0, 0);
                } else {
                    run.0 += totals[c].len;
                    run.1 += totals[c].commas;
                }
            }
            add_score(id, run.0, run.1, &mut score);
        }
    }
    for id in 0..n {
        if let Some(s) = score[id].as_mut() {
            *s *= 1.0 - totals[id].link_density();
        }
    }

    // 4. The top candidate.
    let mut ranked: Vec<(f64, NodeId)> = (0..n).filter_map(|i| score[i].map(|s| (s, i))).collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranked.truncate(5);
    let mut status = vec![Status::Dropped(NAV); n];
    let whole = body.unwrap_or(0);
    let roots = match ranked.first() {
        Some(&(top_score, first)) if first != whole => top_candidate(
            dom, facts, &kept, &totals, &mut score, &init, &ranked, top_score, first, whole,
        ),
        // No block scores, or the body itself wins: the page is the article.
        _ => vec![whole],
    };
    let mut is_root = vec![false; n];
    for &r in &roots {
        is_root[r] = true;
    }
    let mut in_content = vec![false; n];
    for id in 0..n {
        in_content[id] = is_root[id] || dom.nodes[id].parent.is_some_and(|p| in_content[p]);
    }

    // 6. Cleaning inside the article, bottom-up on what is left.
    let mut cleaned: Vec<Option<BoilerplateKind>> = vec![None; n];
    let mut left = vec![Totals::default(); n];
    for id in (0..n).rev() {
        if !kept(id) {
            continue;
        }
        let name = dom.name(id);
        let mut t = left[id];
        t.len += facts.own_len[id];
        t.commas += facts.own_commas[id];
        t.link += facts.own_len[id] as f64 * facts.link_weight[id];
        match name {
            "p" => t.p += 1,
            "img" => t.img += 1,
            "li" => t.li += 1,
            "input" | "select" | "textarea" | "button" => t.input += 1,
            "object" | "embed" | "iframe" => t.embed += 1,
            _ => {}
        }
        if matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
            t.heading_len = t.len;
        }
        if matches!(name, "ul" | "ol") {
            t.list_len = t.len;
        }
        if in_content[id] && is_element(dom, id) && !is_root[id] {
            cleaned[id] = clean_reason(dom, facts, flags, id, &t);
        }
        left[id] = t;
        if cleaned[id].is_none() {
            if let Some(p) = dom.nodes[id].parent {
                let t = left[id];
                left[p].add(&t);
            }
        }
    }

    // 7. Each node's status, top-down.
    for id in 0..n {
        let inherited = dom.nodes[id].parent.map(|p| status[p]);
        status[id] = if let Some(r) = removed[id] {
            r
        } else if let Some(kind) = cleaned[id] {
            Status::Dropped(kind)
        } else if is_root[id] {
            Status::Content
        } else {
            match inherited {
                // Outside the article: say what the part is where its class does.
                Some(Status::Dropped(kind)) => Status::Dropped(facts.kind_word(id).unwrap_or(kind)),
                Some(s) => s,
                None => Status::Dropped(NAV),
            }
        };
    }
    Some(status)
}

/// The article's top-level blocks: the best candidate, moved up where its
/// ancestors hold more of the article, with the siblings that belong with it.
#[allow(clippy::too_many_arguments)]
fn top_candidate(
    dom: &Dom,
    facts: &Facts,
    kept: &dyn Fn(NodeId) -> bool,
    totals: &[Totals],
    score: &mut [Option<f64>],
    init: &dyn Fn(NodeId, &mut [Option<f64>]),
    ranked: &[(f64, NodeId)],
    top_score: f64,
    first: NodeId,
    whole: NodeId,
) -> Vec<NodeId> {
    let mut top = first;
    let parent_of = |id: NodeId| dom.nodes[id].parent.filter(|&p| p != whole && p != 0);
    // Several strong candidates under one ancestor: that ancestor is the article.
    let alternatives: Vec<NodeId> = ranked[1..]
        .iter()
        .filter(|(s, _)| top_score > 0.0 && s / top_score >= 0.75)
        .map(|&(_, i)| i)
        .collect();
    if alternatives.len() >= 3 {
        let mut ancestor = parent_of(top);
        while let Some(a) = ancestor {
            super::work(1);
            let holds = alternatives
                .iter()
                .filter(|&&alt| is_ancestor(dom, a, alt))
                .count();
            if holds >= 3 {
                top = a;
                break;
            }
            ancestor = parent_of(a);
        }
    }
    init(top, score);
    // A parent scoring higher than its child holds more of the article.
    let mut last = score[top].unwrap_or(0.0);
    let threshold = last / 3.0;
    let mut ancestor = parent_of(top);
    while let Some(a) = ancestor {
        super::work(1);
        match score[a] {
            None => {}
            Some(s) if s < threshold => break,
            Some(s) if s > last => {
                top = a;
                break;
            }
            Some(s) => last = s,
        }
        ancestor = parent_of(a);
    }
    // An only child stands for its parent.
    while let Some(p) = parent_of(top) {
        super::work(dom.nodes[p].children.len());
        let elems = dom.nodes[p]
            .children
            .iter()
            .filter(|&&c| kept(c) && is_element(dom, c))
            .count();
        if elems != 1 {
            break;
        }
        top = p;
    }
    init(top, score);
    let top_score = score[top].unwrap_or(0.0);

    // 5. The top candidate and the siblings that belong with it.
    let mut roots = Vec::new();
    match dom.nodes[top].parent {
        Some(parent) => {
            let threshold = (top_score * 0.2).max(10.0);
            for &s in &dom.nodes[parent].children {
                super::work(1);
                if !kept(s) || !is_element(dom, s) {
                    continue;
                }
                let keep = s == top || {
                    let bonus =
                        if !facts.class[top].is_empty() && facts.class[s] == facts.class[top] {
                            top_score * 0.2
                        } else {
                            0.0
                        };
                    if score[s].is_some_and(|sc| sc + bonus >= threshold) {
                        true
                    } else if dom.name(s) == "p" {
                        let t = &totals[s];
                        let ld = t.link_density();
                        if t.len > 80 {
                            ld < 0.25
                        } else {
                            t.len > 0 && ld == 0.0 && ends_sentence(&dom.inner_text(s))
                        }
                    } else {
                        false
                    }
                };
                if keep {
                    roots.push(s);
                }
            }
        }
        None => roots.push(top),
    }
    roots
}

/// Why a block inside the article is furniture after all, if it is.
fn clean_reason(
    dom: &Dom,
    facts: &Facts,
    flags: Flags,
    id: NodeId,
    t: &Totals,
) -> Option<BoilerplateKind> {
    let name = dom.name(id);
    let kind = || facts.kind_word(id).unwrap_or(NAV);
    let both = [facts.class[id].as_str(), facts.id[id].as_str()];
    if both.iter().any(|s| {
        has_word(s, "share")
            || has_word(s, "sharedaddy")
            || s.contains("share-")
            || s.contains("-share")
    }) && t.len < CHAR_THRESHOLD
    {
        return Some(WIDGET);
    }
    let weight = if flags.weight_classes {
        facts.class_weight(id)
    } else {
        0.0
    };
    if matches!(name, "h1" | "h2") && weight < 0.0 {
        return Some(kind());
    }
    if !flags.clean
        || !matches!(name, "form" | "fieldset" | "table" | "ul" | "div")
        || facts.in_data_table[id]
    {
        return None;
    }
    if weight < 0.0 {
        return Some(kind());
    }
    if t.commas >= 10 {
        return None;
    }
    let is_list = name == "ul" || (t.len > 0 && t.list_len as f64 / t.len as f64 > 0.9);
    let p = t.p as f64;
    let img = t.img as f64;
    let li = t.li as f64 - 100.0;
    let heading_density = if t.len == 0 {
        0.0
    } else {
        t.heading_len as f64 / t.len as f64
    };
    let ld = t.link_density();
    let figure = facts.in_figure[id];
    let remove = (img > 1.0 && p / img < 0.5 && !figure)
        || (!is_list && li > p)
        || (t.input as f64 > (p / 3.0).floor())
        || (!is_list
            && heading_density < 0.9
            && t.len < 25
            && (t.img == 0 || t.img > 2)
            && !figure)
        || (!is_list && weight < 25.0 && ld > 0.2)
        || (weight >= 25.0 && ld > 0.5)
        || ((t.embed == 1 && t.len < 75) || t.embed > 1);
    remove.then(kind)
}

fn ends_sentence(s: &str) -> bool {
    s.contains(". ") || s.ends_with('.')
}

fn is_ancestor(dom: &Dom, a: NodeId, mut b: NodeId) -> bool {
    // Bounded: real pages are not this deep, and the walk must stay cheap.
    for _ in 0..64 {
        super::work(1);
        match dom.nodes[b].parent {
            Some(p) if p == a => return true,
            Some(p) => b = p,
            None => return false,
        }
    }
    false
}

/// An element that holds the article's byline: `rel="author"`, `itemprop="author"`
/// or a byline class, with a short text.
fn is_byline(dom: &Dom, facts: &Facts, id: NodeId) -> bool {
    let rel_author = dom.attr(id, "rel") == Some("author");
    let itemprop = dom
        .attr(id, "itemprop")
        .is_some_and(|p| p.contains("author"));
    let class = [facts.class[id].as_str(), facts.id[id].as_str()]
        .iter()
        .any(|s| {
            ["byline", "author", "dateline", "writtenby", "p-author"]
                .iter()
                .any(|w| s.contains(w))
        });
    if !(rel_author || itemprop || class) {
        return false;
    }
    (1..100).contains(&facts.full_len[id])
}

/// A `<h1>`/`<h2>` that repeats the page's title.
fn is_title_heading(dom: &Dom, facts: &Facts, id: NodeId, title: Option<&str>) -> bool {
    let (Some(title), true) = (title, matches!(dom.name(id), "h1" | "h2")) else {
        return false;
    };
    facts.full_len[id] < 500 && super::similarity(title, &dom.inner_text(id)) > 0.75
}
