//! The exports of the five seed articles: the HTML report shows every article
//! and the 143/137 discrepancy; the CSV and GEXF exports have one row or node per
//! entity.

mod common;

use parallax_core::export::{entities_csv, gexf, html_report, matrix_csv};
use parallax_core::{analyze, compare, Label};

#[test]
fn seed_exports() {
    let analysis = analyze(common::seed_documents());
    let cmp = compare(&analysis);
    let html = html_report(&analysis, &cmp);
    assert!(!html.contains("<script"));
    for doc in &analysis.documents {
        let title = doc.title().unwrap_or(&doc.id);
        let mut escaped = String::new();
        for c in title.chars() {
            match c {
                '&' => escaped.push_str("&amp;"),
                '<' => escaped.push_str("&lt;"),
                '>' => escaped.push_str("&gt;"),
                '"' => escaped.push_str("&quot;"),
                '\'' => escaped.push_str("&#39;"),
                c => escaped.push(c),
            }
        }
        assert!(html.contains(&escaped), "title {title:?} missing");
    }
    let discrepancies = &html[html.find("<h2>Discrepancies</h2>").expect("discrepancies")..];
    let section_end = discrepancies[4..]
        .find("<h2>")
        .map_or(discrepancies.len(), |e| e + 4);
    let discrepancies = &discrepancies[..section_end];
    assert!(
        discrepancies.contains("<strong>at least 143</strong>"),
        "{discrepancies}"
    );
    assert!(
        discrepancies.contains("<strong>137</strong>"),
        "{discrepancies}"
    );

    let csv = entities_csv(&analysis);
    assert_eq!(csv.lines().count(), analysis.entities.len() + 1);
    let matrix = matrix_csv(&analysis, &cmp);
    let cells: usize = cmp.matrix.entities.iter().map(|e| e.counts.len()).sum();
    assert_eq!(matrix.lines().count(), cells + 1);
    let xml = gexf(&analysis);
    let nodes = analysis
        .entities
        .iter()
        .filter(|e| e.label != Label::Date)
        .count();
    assert_eq!(xml.matches("<node ").count(), nodes);
    assert!(xml.matches("<edge ").count() > 0);
}
