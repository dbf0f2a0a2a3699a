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
    /// The document's id.
    pub doc: &'a str,
    /// Char offset of the mention's first character in the document's text.
    pub start: usize,
    /// Char offset one past the mention's last character.
    pub end: usize,
    /// The mention's text.
    pub text: &'a str,
    /// The mention's label.
    pub label: Label,
    /// Id of the entity the mention belongs to; `""` when it has none.
    pub entity: &'a str,
    /// How sure the layer that found it is, in `[0, 1]`.
    pub confidence: f32,
    /// The layer of the pipeline that found it.
    pub source: Source,
}

/// A piece of text with its char offsets.
#[derive(Serialize)]
pub struct TextSpan<'a> {
    /// Char offset of the first character.
    pub start: usize,
    /// Char offset one past the last character.
    pub end: usize,
    /// The text between them.
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
    /// The schema's name: `parallax-analysis/1`.
    pub schema: &'static str,
    /// The unit of every `start` and `end`: `unicode-scalar` (chars).
    pub offsets: &'static str,
    /// The documents, in the analysis's order.
    pub documents: Vec<DocumentOut<'a>>,
    /// The linked entities, as the engine serialises them; [`MentionOut::entity`] indexes them.
    pub entities: &'a [Entity],
}

/// One document of `parallax analyze`: its metadata and layout, what was
/// extracted from it, and its text, with char offsets.
#[derive(Serialize)]
pub struct DocumentOut<'a> {
    /// The document's id.
    pub id: &'a str,
    /// The file the document was read from; left out when there is none (the app).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// How the document's bytes were decoded.
    pub encoding: crate::decode::Encoding,
    /// Number of white-space-separated words in the text.
    pub word_count: usize,
    /// The headline, or the first sentence when the article has none.
    pub title: Option<TextSpan<'a>>,
    /// The outlet that published the article, where the text names it.
    pub outlet: Option<TextSpan<'a>>,
    /// The wire or site that carried it, where different from the outlet.
    pub syndicator: Option<TextSpan<'a>>,
    /// Authors named in bylines, in order.
    pub authors: Vec<TextSpan<'a>>,
    /// The publication date, where the text states one.
    pub date: Option<DateOut<'a>>,
    /// The place the article was filed from, where the text gives one.
    pub dateline: Option<TextSpan<'a>>,
    /// `[start, end]` of every non-empty line, trimmed, in order; `end` exclusive.
    pub paragraphs: Vec<[usize; 2]>,
    /// `[start, end]` of the article's own paragraphs; `end` exclusive.
    pub body: Vec<[usize; 2]>,
    /// Boilerplate, kept and marked, sorted by position.
    pub boilerplate: Vec<BoilerplateOut<'a>>,
    /// `[start, end]` of each sentence, in order; `end` exclusive.
    pub sentences: Vec<[usize; 2]>,
    /// Entity mentions, sorted by start.
    pub mentions: Vec<MentionOut<'a>>,
    /// Counted quantities, sorted by start.
    pub quantities: Vec<QuantityOut<'a>>,
    /// The decoded text every offset counts into.
    pub text: &'a str,
}

/// A publication date with char offsets: where it is written and the parts
/// that could be read.
#[derive(Serialize)]
pub struct DateOut<'a> {
    /// Where the date is written.
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    /// The year, in four digits.
    pub year: u16,
    /// The month, 1–12, when stated.
    pub month: Option<u8>,
    /// The day of the month, 1–31, when stated.
    pub day: Option<u8>,
}

/// One marked piece of boilerplate, with char offsets.
#[derive(Serialize)]
pub struct BoilerplateOut<'a> {
    /// Where it is, and its text.
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    /// What it is.
    pub kind: crate::BoilerplateKind,
}

/// One entity mention, with char offsets.
#[derive(Serialize)]
pub struct MentionOut<'a> {
    /// Where the mention is, and its text.
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    /// The mention's label.
    pub label: Label,
    /// Index into `entities`.
    pub entity: Option<usize>,
    /// How sure the layer that found it is, in `[0, 1]`.
    pub confidence: f32,
    /// The layer of the pipeline that found it.
    pub source: Source,
}

/// One counted quantity, with char offsets.
#[derive(Serialize)]
pub struct QuantityOut<'a> {
    /// The whole expression, hedge through noun.
    #[serde(flatten)]
    pub span: TextSpan<'a>,
    /// The number words or digits alone.
    pub number: TextSpan<'a>,
    /// The number as written, when it is one; `None` for "dozens".
    pub value: Option<f64>,
    /// The lower bound the text asserts, included; `None` when unbounded below.
    pub low: Option<f64>,
    /// The upper bound the text asserts, included; `None` when unbounded above.
    pub high: Option<f64>,
    /// How the number is hedged.
    pub hedge: crate::mention::Hedge,
    /// The counted noun, if one follows.
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
    /// The documents and entities.
    #[serde(flatten)]
    pub analysis: AnalysisOut<'a>,
    /// The comparison, converted to char offsets.
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
