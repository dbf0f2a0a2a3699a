//! The JSON shapes of `parallax entities` and `parallax analyze`, shared by the
//! command line and the app's Export menu so both write the same schema.
//! Offsets are char offsets (Unicode scalar values) into each document's decoded
//! text; the schema is described in `crates/parallax-cli/README.md` and
//! `docs/analyze-schema.md`.
//!
//! ```
//! use parallax_core::export::json;
//! use parallax_core::{analyze, compare, Document};
//!
//! let analysis = analyze(vec![Document::parse("a.txt", "Café talks in Kabul.".as_bytes())]);
//! let out = json::to_string(&analysis, &compare(&analysis));
//! let value: serde_json::Value = serde_json::from_str(&out).unwrap();
//! assert_eq!(value["schema"], "parallax-analysis/1");
//! assert_eq!(value["documents"][0]["id"], "a.txt");
//! assert!(value["documents"][0].get("path").is_none()); // no file paths in the app
//! let kabul = &value["documents"][0]["mentions"][0];
//! assert_eq!((kabul["start"].as_u64(), kabul["text"].as_str()), (Some(14), Some("Kabul")));
//! ```

use super::offsets::CharIndex;
use crate::entities::Entity;
use crate::{Analysis, Comparison, Document, Extraction, Label, Source, Span};
use serde::Serialize;

/// One line of `parallax entities`: a mention with char offsets.
#[derive(Serialize)]
pub struct MentionLine<'a> {
    pub doc: &'a str,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub label: Label,
    pub entity: &'a str,
    pub confidence: f32,
    pub source: Source,
}

/// A piece of text with its char offsets.
#[derive(Serialize)]
pub struct TextSpan<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

fn text_span<'a>(doc: &'a Document, idx: &CharIndex<'_>, span: Span) -> TextSpan<'a> {
    TextSpan {
        start: idx.char_offset(span.start),
        end: idx.char_offset(span.end),
        text: span.slice(&doc.text),
    }
}

fn range(idx: &CharIndex<'_>, span: Span) -> [usize; 2] {
    [idx.char_offset(span.start), idx.char_offset(span.end)]
}

/// The lines of `parallax entities` for document `d` of `analysis`.
pub fn mention_lines<'a>(analysis: &'a Analysis, d: usize) -> Vec<MentionLine<'a>> {
    let (Some(doc), Some(ex)) = (analysis.documents.get(d), analysis.extractions.get(d)) else {
        return Vec::new();
    };
    let idx = CharIndex::new(&doc.text);
    let ids = analysis.mention_entity.get(d);
    ex.mentions
        .iter()
        .enumerate()
        .map(|(m, mention)| {
            let entity = ids
                .and_then(|ids| ids.get(m))
                .and_then(|&e| analysis.entities.get(e))
                .map_or("", |e| e.id.as_str());
            MentionLine {
                doc: &doc.id,
                start: idx.char_offset(mention.span.start),
                end: idx.char_offset(mention.span.end),
                text: mention.span.slice(&doc.text),
                label: mention.label,
                entity,
                confidence: mention.confidence,
                source: mention.source,
            }
        })
        .collect()
}

/// `documents` and `entities` of `parallax analyze`, with char offsets.
#[derive(Serialize)]
pub struct AnalysisOut<'a> {
    pub schema: &'static str,
    pub offsets: &'static str,
    pub documents: Vec<DocumentOut<'a>>,
    pub entities: &'a [Entity],
}

#[derive(Serialize)]
pub struct DocumentOut<'a> {
    pub id: &'a str,
    /// The file the document was read from; left out when there is none (the app).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    pub encoding: crate::decode::Encoding,
    pub word_count: usize,
    pub title: Option<TextSpan<'a>>,
    pub outlet: Option<TextSpan<'a>>,
    pub syndicator: Option<TextSpan<'a>>,
    pub authors: Vec<TextSpan<'a>>,
    pub date: Option<DateOut<'a>>,
    pub dateline: Option<TextSpan<'a>>,
    pub paragraphs: Vec<[usize; 2]>,
    pub body: Vec<[usize; 2]>,
    pub boilerplate: Vec<BoilerplateOut<'a>>,
    pub sentences: Vec<[usize; 2]>,
    pub mentions: Vec<MentionOut<'a>>,
    pub quantities: Vec<QuantityOut<'a>>,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct DateOut<'a> {
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

#[derive(Serialize)]
pub struct BoilerplateOut<'a> {
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    pub kind: crate::BoilerplateKind,
}

#[derive(Serialize)]
pub struct MentionOut<'a> {
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    pub label: Label,
    /// Index into `entities`.
    pub entity: Option<usize>,
    pub confidence: f32,
    pub source: Source,
}

#[derive(Serialize)]
pub struct QuantityOut<'a> {
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    pub number: TextSpan<'a>,
    pub value: Option<f64>,
    pub low: Option<f64>,
    pub high: Option<f64>,
    pub hedge: crate::mention::Hedge,
    pub noun: Option<TextSpan<'a>>,
}

/// The whole analysis with char offsets. `paths[d]`, when given, is document `d`'s file.
pub fn analysis_out<'a>(analysis: &'a Analysis, paths: Option<&[String]>) -> AnalysisOut<'a> {
    let documents = analysis
        .documents
        .iter()
        .enumerate()
        .map(|(d, doc)| {
            let empty = Extraction::default();
            let ex = analysis.extractions.get(d).unwrap_or(&empty);
            document_out(
                doc,
                ex,
                analysis.mention_entity.get(d),
                paths.map(|p| p.get(d).cloned().unwrap_or_default()),
            )
        })
        .collect();
    AnalysisOut {
        schema: "parallax-analysis/1",
        offsets: "unicode-scalar",
        documents,
        entities: &analysis.entities,
    }
}

/// One document of `parallax analyze` from its extraction alone (no entities
/// linked, so every mention's `entity` is `null`): what `parallax.extract` in
/// the Python package returns.
///
/// ```
/// use parallax_core::export::json::extraction_out;
/// use parallax_core::{extract, Document};
/// let doc = Document::parse("a.txt", "Café talks in Kabul.".as_bytes());
/// let out = serde_json::to_value(extraction_out(&doc, &extract(&doc))).unwrap();
/// assert_eq!(out["mentions"][0]["text"], "Kabul");
/// assert_eq!(out["mentions"][0]["start"], 14);
/// assert!(out["mentions"][0]["entity"].is_null());
/// ```
pub fn extraction_out<'a>(doc: &'a Document, ex: &Extraction) -> DocumentOut<'a> {
    document_out(doc, ex, None, None)
}

fn document_out<'a>(
    doc: &'a Document,
    ex: &Extraction,
    ids: Option<&Vec<usize>>,
    path: Option<String>,
) -> DocumentOut<'a> {
    let idx = CharIndex::new(&doc.text);
    let ts = |s: Span| text_span(doc, &idx, s);
    DocumentOut {
        id: &doc.id,
        path,
        encoding: doc.encoding,
        word_count: doc.word_count(),
        title: doc.title.map(ts),
        outlet: doc.outlet.map(ts),
        syndicator: doc.syndicator.map(ts),
        authors: doc.authors.iter().map(|&s| ts(s)).collect(),
        date: doc.date.map(|d| DateOut {
            span: ts(d.span),
            year: d.year,
            month: d.month,
            day: d.day,
        }),
        dateline: doc.dateline.map(ts),
        paragraphs: doc.paragraphs.iter().map(|&s| range(&idx, s)).collect(),
        body: doc.body.iter().map(|&s| range(&idx, s)).collect(),
        boilerplate: doc
            .boilerplate
            .iter()
            .map(|b| BoilerplateOut {
                span: ts(b.span),
                kind: b.kind,
            })
            .collect(),
        sentences: ex.sentences.iter().map(|&s| range(&idx, s)).collect(),
        mentions: ex
            .mentions
            .iter()
            .enumerate()
            .map(|(m, mention)| MentionOut {
                span: ts(mention.span),
                label: mention.label,
                entity: ids.and_then(|ids| ids.get(m)).copied(),
                confidence: mention.confidence,
                source: mention.source,
            })
            .collect(),
        quantities: ex
            .quantities
            .iter()
            .map(|q| QuantityOut {
                span: ts(q.span),
                number: ts(q.number),
                value: q.value,
                low: q.low,
                high: q.high,
                hedge: q.hedge,
                noun: q.noun.map(ts),
            })
            .collect(),
        text: &doc.text,
    }
}

/// The keys of an exported document that describe the document itself rather
/// than what was extracted from it: what importing an export must give back.
pub(crate) const LAYOUT_KEYS: [&str; 10] = [
    "text",
    "title",
    "outlet",
    "syndicator",
    "authors",
    "date",
    "dateline",
    "paragraphs",
    "body",
    "boilerplate",
];

/// `doc`'s [`LAYOUT_KEYS`] as they are exported, in key order.
pub(crate) fn layout(doc: &Document) -> Vec<serde_json::Value> {
    let out = serde_json::to_value(document_out(doc, &Extraction::default(), None, None))
        .unwrap_or_default();
    LAYOUT_KEYS
        .iter()
        .map(|k| out.get(k).cloned().unwrap_or_default())
        .collect()
}

/// The whole of `parallax analyze`: the analysis with the comparison beside it
/// (matrix, similarity, claims, timeline, quotes), all with char offsets.
#[derive(Serialize)]
pub struct AnalysisExport<'a> {
    #[serde(flatten)]
    pub analysis: AnalysisOut<'a>,
    #[serde(flatten)]
    pub comparison: Comparison,
}

/// What `parallax analyze` prints, as a serializable value. `paths` are the
/// documents' files (the command line); the app passes `None`. The comparison
/// is converted to char offsets if it is not already.
pub fn analysis_export<'a>(
    analysis: &'a Analysis,
    comparison: &Comparison,
    paths: Option<&[String]>,
) -> AnalysisExport<'a> {
    AnalysisExport {
        analysis: analysis_out(analysis, paths),
        comparison: comparison.clone().to_char_offsets(analysis),
    }
}

/// [`analysis_export`] without file paths, as compact JSON: the app's
/// "Export → JSON".
pub fn to_string(analysis: &Analysis, comparison: &Comparison) -> String {
    // Serializing these types cannot fail (string keys only, no fallible impls);
    // an empty string is the harmless answer if it ever did.
    serde_json::to_string(&analysis_export(analysis, comparison, None)).unwrap_or_default()
}
