//! Exports: what the app's Export menu produces and the command line prints.
//!
//! - [`json`]: the `parallax analyze` JSON (documents, entities and comparison,
//!   char offsets);
//! - [`entities_csv`] and [`matrix_csv`]: spreadsheets of the entities and of
//!   the presence matrix;
//! - [`gexf`]: the entity co-occurrence network for Gephi;
//! - [`html_report`]: one self-contained, script-free HTML page of the comparison.
//!
//! Every function reads an [`Analysis`] (and [`Comparison`]) and returns text;
//! article text is always escaped for the format it lands in.

pub mod json;
mod offsets;
mod parts;
mod report;

pub use parts::{Parts, PART_BYTES};
pub use report::html_report;

use crate::{Analysis, Comparison, Label};
use std::fmt::Write as _;

/// The byte-order mark every CSV export starts with, so that Excel reads it as UTF-8.
pub const BOM: &str = "\u{feff}";

/// The entities as CSV (RFC 4180, CRLF line ends, a UTF-8 [`BOM`] first):
/// `id,name,type,mentions,articles,aliases`, one row per entity, `type` named as
/// the app's pages name it ("Person", "Place"), `aliases` being its surface forms
/// joined by `|`.
///
/// A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets
/// a leading `'`, so that a spreadsheet shows it instead of running it as a formula.
///
/// ```
/// use parallax_core::{analyze, Document};
/// use parallax_core::export::entities_csv;
/// let a = analyze(vec![Document::parse("a", b"Defense Secretary Lloyd Austin visited Kerman. Austin left.")]);
/// let csv = entities_csv(&a);
/// assert!(csv.starts_with("\u{feff}id,name,type,mentions,articles,aliases\r\n"));
/// assert!(csv.contains("person-lloyd-austin,Lloyd Austin,Person,2,1,Lloyd Austin|Austin\r\n"));
/// ```
pub fn entities_csv(analysis: &Analysis) -> String {
    let mut out = format!("{BOM}id,name,type,mentions,articles,aliases\r\n");
    for e in &analysis.entities {
        let row = [
            e.id.clone(),
            e.canonical.clone(),
            e.label.name().to_string(),
            e.mentions.len().to_string(),
            e.docs.len().to_string(),
            e.surfaces.join("|"),
        ];
        csv_row(&mut out, &row);
    }
    out
}

/// The presence matrix as CSV in long form (a UTF-8 [`BOM`] first, so spreadsheet
/// programs read it as UTF-8), `entity,name,type,article,mentions`: one row per
/// entity of [`crate::compare::Matrix`] (dates left out, most widely named first)
/// and article naming it, in article order, the article named as the app names it
/// ([`crate::names::unique_names`]: outlet and date, else a short title, else the
/// id). Only the cells that are not zero are written, so the file grows with the
/// mentions, not with names × articles (a pivot table makes the grid back).
///
/// ```
/// use parallax_core::{analyze, compare, Document};
/// use parallax_core::export::matrix_csv;
/// let a = analyze(vec![
///     Document::parse("a.txt", b"Talks in Kabul and Kabul again."),
///     Document::parse("b.txt", b"Nothing about that city here."),
/// ]);
/// let csv = matrix_csv(&a, &compare(&a));
/// assert_eq!(csv, "\u{feff}entity,name,type,article,mentions\r\nloc-kabul,Kabul,Place,Talks in Kabul and Kabul again.,2\r\n");
/// ```
pub fn matrix_csv(analysis: &Analysis, comparison: &Comparison) -> String {
    let names = crate::names::unique_names(&analysis.documents);
    let mut out = String::from(BOM);
    let header = ["entity", "name", "type", "article", "mentions"].map(String::from);
    csv_row(&mut out, &header);
    for row in &comparison.matrix.entities {
        for c in row.counts.iter().filter(|c| c.count > 0) {
            let cells = [
                row.entity.clone(),
                row.name.clone(),
                row.label.name().to_string(),
                names.get(c.doc).cloned().unwrap_or_default(),
                c.count.to_string(),
            ];
            csv_row(&mut out, &cells);
        }
    }
    out
}

fn csv_row(out: &mut String, fields: &[String]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

fn csv_field(out: &mut String, field: &str) {
    let guard = field.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let quote = field.contains([',', '"', '\r', '\n']);
    if quote {
        out.push('"');
    }
    if guard {
        out.push('\'');
    }
    for c in field.chars() {
        if c == '"' {
            out.push('"');
        }
        out.push(c);
    }
    if quote {
        out.push('"');
    }
}

/// The entity network as GEXF 1.3, for Gephi: one node per entity (dates left
/// out) with its label and a `type`, `mentions` and `documents` attribute; one
/// undirected edge per pair of entities named in the same sentence, weighted by
/// the number of such sentences ([`Analysis::co_occurrences`]).
///
/// ```
/// use parallax_core::{analyze, Document};
/// use parallax_core::export::gexf;
/// let a = analyze(vec![Document::parse("a", b"Defense Secretary Lloyd Austin visited Kerman.")]);
/// let xml = gexf(&a);
/// assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
/// assert!(xml.contains("label=\"Lloyd Austin\""));
/// assert!(xml.contains("weight=\"1\""));
/// ```
pub fn gexf(analysis: &Analysis) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n\
         <meta><creator>Parallax</creator><description>Entities named in the same sentence</description></meta>\n\
         <graph mode=\"static\" defaultedgetype=\"undirected\">\n\
         <attributes class=\"node\">\n\
         <attribute id=\"type\" title=\"type\" type=\"string\"/>\n\
         <attribute id=\"mentions\" title=\"mentions\" type=\"integer\"/>\n\
         <attribute id=\"documents\" title=\"documents\" type=\"integer\"/>\n\
         </attributes>\n<nodes>\n",
    );
    let shown = |e: usize| {
        analysis
            .entities
            .get(e)
            .is_some_and(|x| x.label != Label::Date)
    };
    for (i, e) in analysis.entities.iter().enumerate() {
        if !shown(i) {
            continue;
        }
        out.push_str("<node id=\"n");
        let _ = write!(out, "{i}");
        out.push_str("\" label=\"");
        escape(&mut out, &e.canonical);
        let _ = writeln!(
            out,
            "\"><attvalues><attvalue for=\"type\" value=\"{}\"/><attvalue for=\"mentions\" value=\"{}\"/><attvalue for=\"documents\" value=\"{}\"/></attvalues></node>",
            e.label.as_str(),
            e.mentions.len(),
            e.docs.len()
        );
    }
    out.push_str("</nodes>\n<edges>\n");
    let edges = analysis
        .co_occurrences()
        .into_iter()
        .filter(|&((a, b), _)| shown(a) && shown(b));
    for (k, ((a, b), weight)) in edges.enumerate() {
        let _ = writeln!(
            out,
            "<edge id=\"e{k}\" source=\"n{a}\" target=\"n{b}\" weight=\"{weight}\"/>"
        );
    }
    out.push_str("</edges>\n</graph>\n</gexf>\n");
    out
}

/// Append `s` escaped for XML and HTML text and attribute values. Control
/// characters XML forbids (all C0 but tab and line ends) are dropped.
pub(crate) fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() && c < ' ' => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests;
