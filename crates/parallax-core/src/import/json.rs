//! `.json` and `.jsonl`: Parallax's own analysis export, or articles.
//!
//! Read with `serde_json`, whose parser is strict and stops nesting at 128
//! levels, so no input can overflow the stack.

use super::{Article, ImportError};
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
    Some(Article {
        id: string("id")?,
        title: span_text("title"),
        outlet: span_text("outlet"),
        date,
        url: string("url"),
        text: string("text")?,
        ..Article::default()
    })
}
