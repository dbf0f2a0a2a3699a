//! The page's own declarations about itself: JSON-LD (`NewsArticle` and its
//! kin), Open Graph and `article:*` meta, Dublin Core and Parse.ly meta,
//! `<link rel=canonical>`, `<time datetime>`, and the `<title>` with the site's
//! name cut off. Where several sources state one thing, the more specific wins:
//! JSON-LD first, then meta, then the markup.

use super::super::Metadata;
use super::dom::Dom;
use serde_json::Value;

/// What each source says, before choosing.
#[derive(Default)]
struct Found {
    ld: Metadata,
    ld_modified: Option<String>,
    title: Option<String>,
    site_name: Option<String>,
    published: Option<String>,
    modified: Option<String>,
    date_meta: Option<String>,
    time: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    authors: Vec<String>,
}

pub(super) fn read(dom: &Dom) -> Metadata {
    let mut found = Found::default();
    // A browser notice in `<title>` ("Please turn on JavaScript …") is no headline,
    // nor is a bare date ("16 Sep 2023, 18:48 GMT+10").
    let page = dom
        .title
        .as_deref()
        .filter(|t| !crate::boilerplate::is_notice(t) && !crate::metadata::is_date_stamp(t))
        .map(|t| page_title(t, dom));
    for block in &dom.json_ld {
        json_ld(block, page.as_deref(), &mut found);
    }
    for id in 0..dom.nodes.len() {
        if dom.nodes[id].hidden && dom.name(id) == "time" {
            continue;
        }
        match dom.name(id) {
            "meta" => read_meta(dom, id, &mut found),
            "link" => {
                let canonical = dom.attr(id, "rel").is_some_and(|rel| {
                    rel.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("canonical"))
                });
                if canonical {
                    set_once(&mut found.canonical, dom.attr(id, "href"));
                }
            }
            "time" => {
                let published = dom
                    .attr(id, "itemprop")
                    .is_some_and(|p| p.contains("datePublished"))
                    || dom.attr(id, "class").is_some_and(|c| c.contains("publish"));
                if published {
                    found.time = None;
                }
                set_once(&mut found.time, dom.attr(id, "datetime"));
            }
            _ => {}
        }
    }
    let outlet = found.ld.outlet.take().or(found.site_name.take());
    let title = found.ld.title.take().or(found.title.take()).or(page);
    let date = found
        .ld
        .date
        .take()
        .or(found.published.take())
        .or(found.date_meta.take())
        .or(found.time.take())
        .or(found.ld_modified.take())
        .or(found.modified.take())
        .map(|d| iso_time(&d));
    let authors = if found.ld.authors.is_empty() {
        found.authors
    } else {
        found.ld.authors
    };
    Metadata {
        title,
        outlet,
        date,
        url: found.canonical.or(found.og_url).or(found.ld.url),
        authors,
    }
}

fn read_meta(dom: &Dom, id: usize, found: &mut Found) {
    let content = dom.attr(id, "content");
    if content.is_none_or(|c| c.trim().is_empty()) {
        return;
    }
    for key in [
        dom.attr(id, "property"),
        dom.attr(id, "name"),
        dom.attr(id, "itemprop"),
    ]
    .into_iter()
    .flatten()
    {
        // `property` may list several names: "og:title twitter:title".
        for key in key.split_ascii_whitespace() {
            let key = key.to_ascii_lowercase();
            let slot = match key.as_str() {
                "dc:title"
                | "dcterm:title"
                | "og:title"
                | "twitter:title"
                | "parsely-title"
                | "title"
                | "headline"
                | "weibo:article:title" => &mut found.title,
                "og:site_name" | "application-name" => &mut found.site_name,
                "article:published_time"
                | "datepublished"
                | "parsely-pub-date"
                | "og:article:published_time"
                | "article.published"
                | "publishdate" => &mut found.published,
                "article:modified_time" | "datemodified" | "og:updated_time" => &mut found.modified,
                "date" | "pubdate" | "publish-date" | "dc.date" | "dcterms.date"
                | "dc.date.issued" | "sailthru.date" => &mut found.date_meta,
                "og:url" => &mut found.og_url,
                "author" | "dc:creator" | "dcterm:creator" | "parsely-author"
                | "article:author" | "sailthru.author" | "byl" => {
                    if found.authors.is_empty() {
                        if let Some(c) = content {
                            found.authors = names(c);
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            set_once(slot, content);
        }
    }
}

/// Keep the first non-empty value, white space folded.
fn set_once(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = fold(value);
    }
}

fn fold(value: Option<&str>) -> Option<String> {
    value
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}

/// Names in an author field: "A, B and C"; addresses and handles are no names.
fn names(field: &str) -> Vec<String> {
    let field = field.trim();
    if field.contains("://") || field.starts_with('@') || field.starts_with('/') {
        return Vec::new();
    }
    byline_names(field)
}

/// The names in a byline's text: "By Jane Doe and John Roe, Staff Writers".
pub(super) fn byline_names(line: &str) -> Vec<String> {
    let mut line = line.trim();
    for prefix in [
        "By ",
        "by ",
        "BY ",
        "Written by ",
        "Posted by ",
        "Von ",
        "Par ",
        "Por ",
    ] {
        if let Some(rest) = line.strip_prefix(prefix) {
            line = rest.trim_start();
            break;
        }
    }
    // A date or a role after a bar, a bullet or a line of its own is no name.
    let line = line.split(['|', '•', '·', '\n', '—']).next().unwrap_or("");
    let mut out = Vec::new();
    for part in line.split([',', ';', '&']).flat_map(|p| p.split(" and ")) {
        let part = part.trim().trim_end_matches('.');
        let words = part.split_whitespace().count();
        let name_like = (1..=5).contains(&words)
            && part.chars().next().is_some_and(char::is_uppercase)
            && !part.chars().any(|c| c.is_ascii_digit());
        if name_like && !out.iter().any(|n: &String| n == part) {
            out.push(part.to_string());
        }
    }
    out
}

/// "2015-07-10 09:53:00" as "2015-07-10T09:53:00": one way to write a timestamp.
fn iso_time(d: &str) -> String {
    let b = d.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    if digits(0..4)
        && b.get(4) == Some(&b'-')
        && b.get(10) == Some(&b' ')
        && digits(11..13)
        && b.get(13) == Some(&b':')
    {
        format!("{}T{}", &d[..10], &d[11..])
    } else {
        d.to_string()
    }
}

/// The `<title>` without the site's name: "Storm hits coast | The Bugle" is
/// "Storm hits coast", unless what is left is too short to be a headline.
fn page_title(title: &str, dom: &Dom) -> String {
    const SEPARATORS: &[&str] = &[
        " | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " :: ",
    ];
    let words = |s: &str| s.split_whitespace().count();
    let last = SEPARATORS
        .iter()
        .filter_map(|sep| title.rfind(sep).map(|i| (i, sep.len())))
        .max_by_key(|&(i, _)| i);
    let Some((at, _)) = last else {
        return title.to_string();
    };
    let mut cut = title[..at].trim().to_string();
    if words(&cut) < 3 {
        // "The Bugle | Storm hits coast": the site comes first.
        let first = SEPARATORS
            .iter()
            .filter_map(|sep| title.find(sep).map(|i| (i, sep.len())))
            .min_by_key(|&(i, _)| i);
        if let Some((i, l)) = first {
            cut = title[i + l..].trim().to_string();
        }
    }
    // A short remainder is more likely part of the headline than a headline.
    if words(&cut) <= 4 {
        return single_h1(dom)
            .filter(|h| title.contains(h.as_str()) && words(h) > 4)
            .unwrap_or_else(|| title.to_string());
    }
    cut
}

fn single_h1(dom: &Dom) -> Option<String> {
    let mut h1s = (0..dom.nodes.len()).filter(|&i| dom.name(i) == "h1");
    let first = h1s.next()?;
    h1s.next().is_none().then(|| dom.inner_text(first))
}

/// JSON-LD types that describe an article.
fn is_article_type(t: &str) -> bool {
    let t = t.rsplit('/').next().unwrap_or(t);
    t.ends_with("Article")
        || matches!(
            t,
            "BlogPosting" | "LiveBlogPosting" | "SocialMediaPosting" | "Report" | "NewsArticle"
        )
}

fn json_ld(block: &str, page_title: Option<&str>, found: &mut Found) {
    let mut text = block.trim();
    for (open, close) in [
        ("<!--", "-->"),
        ("//<![CDATA[", "//]]>"),
        ("<![CDATA[", "]]>"),
    ] {
        text = text.trim_start_matches(open).trim_end_matches(close).trim();
    }
    let Ok(value) = serde_json::from_str::<Value>(text.trim()) else {
        return;
    };
    // The article may sit in a list or an `@graph`, one level down.
    let mut candidates: Vec<&Value> = Vec::new();
    match &value {
        Value::Array(items) => candidates.extend(items),
        v => {
            candidates.push(v);
            if let Some(Value::Array(items)) = v.get("@graph") {
                candidates.extend(items);
            }
        }
    }
    let typed = |v: &Value| match v.get("@type") {
        Some(Value::String(t)) => is_article_type(t),
        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(is_article_type)),
        _ => false,
    };
    let Some(article) = candidates.into_iter().find(|v| typed(v)) else {
        return;
    };
    let ld = &mut found.ld;
    if ld.title.is_none() {
        // `name` is sometimes the site's and `headline` sometimes a summary:
        // the headline wins only where it reads like the page's title and the
        // name does not (Reader View's choice).
        let headline = fold(article.get("headline").and_then(Value::as_str));
        let name = fold(article.get("name").and_then(Value::as_str));
        let like_title = |t: &Option<String>| {
            t.as_deref()
                .zip(page_title)
                .is_some_and(|(t, p)| super::similarity(t, p) > 0.75)
        };
        ld.title = if like_title(&headline) && !like_title(&name) {
            headline
        } else {
            name.or(headline)
        };
    }
    if ld.date.is_none() {
        ld.date = fold(article.get("datePublished").and_then(Value::as_str));
    }
    if found.ld_modified.is_none() {
        found.ld_modified = fold(article.get("dateModified").and_then(Value::as_str));
    }
    if ld.authors.is_empty() {
        ld.authors = ld_names(article.get("author"));
    }
    if ld.outlet.is_none() {
        ld.outlet = article
            .get("publisher")
            .and_then(|p| p.get("name").or(Some(p)))
            .and_then(Value::as_str)
            .and_then(|s| fold(Some(s)));
    }
    if ld.url.is_none() {
        ld.url = article
            .get("url")
            .and_then(Value::as_str)
            .or_else(|| {
                article
                    .get("mainEntityOfPage")
                    .and_then(|m| m.as_str().or_else(|| m.get("@id").and_then(Value::as_str)))
            })
            .and_then(|s| fold(Some(s)))
            .filter(|u| u.starts_with("http"));
    }
}

/// Author names from a JSON-LD `author`: a name, a person, or a list of either.
fn ld_names(author: Option<&Value>) -> Vec<String> {
    let one = |v: &Value| -> Option<String> {
        let name = match v {
            Value::String(s) => s.as_str(),
            Value::Object(_) => v.get("name").and_then(Value::as_str)?,
            _ => return None,
        };
        let name = fold(Some(name))?;
        (!name.contains("://")).then_some(name)
    };
    match author {
        Some(Value::Array(items)) => {
            let mut out: Vec<String> = Vec::new();
            for n in items.iter().filter_map(one) {
                if !out.contains(&n) {
                    out.push(n);
                }
            }
            out
        }
        Some(v) => one(v).into_iter().collect(),
        None => Vec::new(),
    }
}
