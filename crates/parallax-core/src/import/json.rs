//! `.json` and `.jsonl`: Parallax's own analysis export, or articles.
//!
//! Read with `serde_json`, whose parser is strict and stops nesting at 128
//! levels, so no input can overflow the stack.

use super::{Article, ImportError};
use crate::{Boilerplate, BoilerplateKind, Span};
use serde_json::{Map, Value};

/// A `.json` file: an analysis export (`{"documents": [{"id", "text", …}]}`), an
/// array of articles, or one article.
pub(crate) fn articles(name: &str, text: &str) -> Result<Vec<Article>, ImportError> {
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::InvalidJson {
        line: e.line(),
        column: e.column(),
    })?;
    let found = match value {
        Value::Object(mut obj) => match obj.remove("documents") {
            Some(Value::Array(docs)) => docs
                .into_iter()
                .map(|d| match d {
                    Value::Object(d) => exported_document(d),
                    _ => None,
                })
                .collect::<Option<Vec<_>>>(),
            Some(_) => None,
            None => article(Value::Object(obj)).map(|a| vec![a]),
        },
        Value::Array(items) => items.into_iter().map(article).collect(),
        _ => None,
    };
    let found = found.ok_or(ImportError::NotParallax)?;
    finish(name, found.into_iter().enumerate().map(|(i, a)| (i + 1, a)))
}

/// A `.jsonl` file: one article a line; blank lines are skipped. The first bad
/// line refuses the file.
pub(crate) fn lines(name: &str, text: &str) -> Result<Vec<Article>, ImportError> {
    let mut found = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let bad = |reason| ImportError::BadLine {
            line: i + 1,
            reason,
        };
        let value: Value = serde_json::from_str(line).map_err(|_| bad("it is not valid JSON"))?;
        match &value {
            Value::Object(obj) if !obj.get("text").is_some_and(Value::is_string) => {
                return Err(bad("it has no \"text\""))
            }
            Value::Object(_) => {}
            _ => return Err(bad("it is not a JSON object")),
        }
        found.push((
            i + 1,
            article(value).ok_or_else(|| bad("a field has the wrong type"))?,
        ));
    }
    finish(name, found)
}

fn article(value: Value) -> Option<Article> {
    serde_json::from_value(value).ok()
}

/// Ids for articles without one (`name#N`, N the item's number or line), and
/// articles without text left out.
fn finish(
    name: &str,
    found: impl IntoIterator<Item = (usize, Article)>,
) -> Result<Vec<Article>, ImportError> {
    let out: Vec<Article> = found
        .into_iter()
        .filter(|(_, a)| !a.text.trim().is_empty())
        .map(|(n, mut a)| {
            if a.id.trim().is_empty() {
                a.id = format!("{name}#{n}");
            }
            a
        })
        .collect();
    if out.is_empty() {
        return Err(ImportError::Empty);
    }
    Ok(out)
}

/// One document of a `parallax analyze` export: `id` and `text` are required;
/// title, outlet and date are read from their `{start, end, text}` objects.
fn exported_document(doc: Map<String, Value>) -> Option<Article> {
    let string = |key: &str| doc.get(key).and_then(Value::as_str).map(str::to_string);
    let span_text = |key: &str| match doc.get(key) {
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Object(o)) => o.get("text").and_then(Value::as_str).map(str::to_string),
        _ => None,
    };
    let date = doc.get("date").and_then(|d| {
        let part = |k: &str| d.get(k).and_then(Value::as_u64);
        match (part("year"), part("month"), part("day")) {
            (Some(y), Some(m), Some(d)) => Some(format!("{y:04}-{m:02}-{d:02}")),
            (Some(y), Some(m), None) => Some(format!("{y:04}-{m:02}")),
            (Some(y), None, _) => Some(format!("{y:04}")),
            _ => span_text("date"),
        }
    });
    let given = Article {
        id: string("id")?,
        title: span_text("title"),
        outlet: span_text("outlet"),
        date,
        url: string("url"),
        text: string("text")?,
        ..Article::default()
    };
    Some(restore(&doc, &given).unwrap_or(given))
}

/// The article an exported document was made from, when it can be found.
///
/// [`Article::to_document`] writes metadata the text does not state as header
/// lines above the text (title, outlet, date, byline, URL, a blank line), and the
/// export holds that composed text. Imported as it is, with its metadata beside
/// it, the header would be written a second time: the text would grow on every
/// round trip and corrections (byte spans) would no longer fit. So the header's
/// lines, recognised by the export's own spans, go back into the fields, the text
/// below them back into `text`, and the export's boilerplate back into marks; a
/// candidate is taken only if it makes the very document the export describes.
/// `None` when no candidate does (an export edited by hand, or from an older
/// version): the document is then imported as given.
fn restore(doc: &Map<String, Value>, given: &Article) -> Option<Article> {
    let text = given.text.as_str();
    // Char offset → byte offset.
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(i, _)| i)
        .chain([text.len()])
        .collect();
    let span = |v: &Value| -> Option<Span> {
        let (s, e) = match v {
            Value::Object(o) => (o.get("start")?.as_u64()?, o.get("end")?.as_u64()?),
            Value::Array(a) => (a.first()?.as_u64()?, a.get(1)?.as_u64()?),
            _ => return None,
        };
        let at = |c: u64| usize::try_from(c).ok().and_then(|c| bytes.get(c).copied());
        let (s, e) = (at(s)?, at(e)?);
        (s <= e).then(|| Span::new(s, e))
    };
    let field = |k: &str| doc.get(k).and_then(span);
    let list = |k: &str| {
        doc.get(k)
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
    };
    let (title, outlet, date) = (field("title"), field("outlet"), field("date"));
    let authors: Vec<Span> = list("authors").iter().filter_map(span).collect();
    let boilerplate: Vec<Boilerplate> = list("boilerplate")
        .iter()
        .filter_map(|b| {
            Some(Boilerplate {
                span: span(b)?,
                kind: serde_json::from_value(b.get("kind")?.clone()).ok()?,
            })
        })
        .collect();
    let marked = |line: Span, kind: BoilerplateKind| {
        boilerplate.iter().any(|b| b.span == line && b.kind == kind)
    };

    // The header: lines in the order `to_document` writes them, then a blank line.
    let mut header = Article::default();
    let mut rank = 0;
    let mut at = 0;
    let body_start = loop {
        let Some(len) = text.get(at..).and_then(|t| t.find('\n')) else {
            break 0;
        };
        let line = Span::new(at, at + len);
        let value = line.slice(text).to_string();
        if line.is_empty() {
            break if rank > 0 { at + 1 } else { 0 };
        }
        let byline = !authors.is_empty()
            && authors.iter().all(|a| line.contains(a))
            && authors
                .iter()
                .map(|a| a.slice(text))
                .collect::<Vec<_>>()
                .join(", ")
                == value;
        let r = if title == Some(line) {
            header.title = Some(value);
            1
        } else if outlet == Some(line) {
            header.outlet = Some(value);
            2
        } else if date.is_some_and(|d| d.start == line.start && line.contains(&d))
            && marked(line, BoilerplateKind::Byline)
        {
            header.date = Some(value);
            3
        } else if byline {
            header.authors = authors.iter().map(|a| a.slice(text).to_string()).collect();
            4
        } else if marked(line, BoilerplateKind::Navigation) {
            header.url = Some(value);
            5
        } else {
            break 0;
        };
        if r <= rank {
            break 0;
        }
        rank = r;
        at = line.end + 1;
    };
    if body_start == 0 {
        header = Article::default();
    }
    let spoken = |s: Option<Span>| s.map(|s| s.slice(text).to_string());
    let candidate = |header: Article, body_start: usize| {
        Some(Article {
            id: given.id.clone(),
            title: header.title.or_else(|| spoken(title)),
            outlet: header.outlet.or_else(|| spoken(outlet)),
            date: header.date,
            url: header.url,
            authors: header.authors,
            text: text.get(body_start..)?.to_string(),
            boilerplate: Vec::new(),
        })
    };
    // The reader's marks, when the article came from a web page: the boilerplate
    // below the header.
    let with_marks = |a: &Article, body_start: usize| Article {
        boilerplate: boilerplate
            .iter()
            .filter(|b| b.span.start >= body_start)
            .map(|b| Boilerplate {
                span: Span::new(b.span.start - body_start, b.span.end - body_start),
                kind: b.kind,
            })
            .collect(),
        ..a.clone()
    };
    let want: Vec<Value> = crate::export::json::LAYOUT_KEYS
        .iter()
        .map(|k| doc.get(*k).cloned().unwrap_or_default())
        .collect();
    let makes_it = |a: &Article| crate::export::json::layout(&a.to_document()) == want;
    // The text below a header first; then the whole text (a first line and a
    // blank line that only look like a header).
    let mut tried = Vec::new();
    for (header, start) in [(header, body_start), (Article::default(), 0)] {
        if tried.contains(&start) {
            continue;
        }
        tried.push(start);
        let plain = candidate(header, start)?;
        if makes_it(&plain) {
            return Some(plain);
        }
        let marked = with_marks(&plain, start);
        if !marked.boilerplate.is_empty() && makes_it(&marked) {
            return Some(marked);
        }
    }
    None
}
