//! View state of the timeline: each event point as the page shows it — when, what
//! happened, who and where, the articles that report it by name, and the other
//! dates some articles give for it.

use crate::engine;
use crate::state::corpus::article_name;
use parallax_core::calendar::{date_words, CalendarValue, Granularity};
use parallax_core::compare::TimelinePoint;
use parallax_core::{Analysis, Comparison, Span};

/// A calendar value as people read it: "8 Aug 2023", "Mar 2024", "2019",
/// "week of 31 Jul 2023", "the 2010s".
pub fn when_text(v: &CalendarValue) -> String {
    match v.granularity {
        Granularity::Day => date_words(v.year, v.month, v.day),
        Granularity::Week => format!("week of {}", date_words(v.year, v.month, v.day)),
        Granularity::Month => date_words(v.year, v.month, None),
        Granularity::Year => v.year.to_string(),
        Granularity::Decade => format!("the {}s", v.year),
    }
}

/// A link to where an article says something.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The article by name: "Reuters (9 Aug 2023)".
    pub name: String,
    pub short_id: String,
    /// The sentence to mark in the reader, when there is one.
    pub at: Option<Span>,
}

/// Another date given for a point's happening.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherWhen {
    pub when: String,
    pub by: Vec<Source>,
}

/// One event of the timeline, ready to render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventRow {
    pub when: String,
    pub main: bool,
    pub what: String,
    /// Where `what` is written.
    pub statement: Source,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    /// The articles that report it, by name, each linked to where it says so.
    pub reported_by: Vec<Source>,
    pub disagreements: Vec<OtherWhen>,
}

/// The source for article `doc`, marking the sentence of its first date mention
/// among `mentions` (indexes into the comparison's dates).
fn source(analysis: &Analysis, cmp: &Comparison, doc: usize, mentions: &[usize]) -> Option<Source> {
    let d = analysis.documents.get(doc)?;
    let at = mentions
        .iter()
        .filter_map(|&i| cmp.dates.get(i))
        .find(|m| m.doc == doc)
        .map(|m| m.sentence);
    Some(Source {
        name: article_name(d).to_string(),
        short_id: engine::short_id(&d.id).to_owned(),
        at,
    })
}

fn row(analysis: &Analysis, cmp: &Comparison, p: &TimelinePoint) -> Option<EventRow> {
    let doc = analysis.documents.get(p.statement.doc)?;
    let statement = Source {
        name: article_name(doc).to_string(),
        short_id: engine::short_id(&doc.id).to_owned(),
        at: Some(Span::new(p.statement.start, p.statement.end)),
    };
    let reported_by = p
        .docs
        .iter()
        .filter_map(|&d| source(analysis, cmp, d, &p.mentions))
        .collect();
    let disagreements = p
        .disagreements
        .iter()
        .map(|o| OtherWhen {
            when: when_text(&o.date),
            by: o
                .docs
                .iter()
                .filter_map(|&d| source(analysis, cmp, d, &o.mentions))
                .collect(),
        })
        .collect();
    Some(EventRow {
        when: when_text(&p.date),
        main: p.main,
        what: p.what.clone(),
        statement,
        actors: p.actors.clone(),
        places: p.places.clone(),
        reported_by,
        disagreements,
    })
}

/// Every point of the timeline as a row, in date order.
pub fn event_rows(analysis: &Analysis, cmp: &Comparison) -> Vec<EventRow> {
    cmp.timeline
        .iter()
        .filter_map(|p| row(analysis, cmp, p))
        .collect()
}

/// "1 article", "3 articles".
pub fn articles_text(n: usize) -> String {
    if n == 1 {
        "1 article".to_owned()
    } else {
        format!("{n} articles")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::calendar::days_from_civil;
    use parallax_core::{analyze, compare, Document};

    #[test]
    fn dates_read_like_prose() {
        let day = |y, m, d, g| CalendarValue::day(days_from_civil(y, m, d), g);
        let cases = [
            (day(2023, 8, 8, Granularity::Day), "8 Aug 2023"),
            (day(2023, 7, 31, Granularity::Week), "week of 31 Jul 2023"),
            (CalendarValue::month(2024, 3), "Mar 2024"),
            (CalendarValue::year(2019), "2019"),
        ];
        for (v, want) in cases {
            assert_eq!(when_text(&v), want);
        }
        assert_eq!(articles_text(1), "1 article");
        assert_eq!(articles_text(8), "8 articles");
    }

    /// Three articles on one blast make one row naming all three (by headline here,
    /// as they state no outlet), linked to their sentences; a fourth giving another
    /// day is shown on the row.
    #[test]
    fn a_row_names_its_outlets_and_the_other_dates() {
        let texts = [
            ("Blast injures six at Tromsø terminal", "A blast struck the ferry terminal in Tromsø on 2 April 2025, injuring six passengers."),
            ("Six hurt in ferry terminal blast", "Six passengers were injured when a blast hit the ferry terminal in Tromsø on 2 April 2025."),
            ("Tromsø terminal hit by blast", "The blast struck the Tromsø ferry terminal on 2 April 2025 and injured six passengers."),
            ("Ferry terminal blast: six hurt", "A blast struck the ferry terminal in Tromsø on 3 April 2025, injuring six passengers."),
        ];
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, (title, body))| {
                let text = format!("{title}\nPublished: April 4, 2025\n\n{body}\n");
                Document::parse(format!("{i}.txt"), text.as_bytes())
            })
            .collect();
        let a = analyze(docs);
        let c = compare(&a);
        let rows = event_rows(&a, &c);
        let row = rows
            .iter()
            .find(|r| r.when == "2 Apr 2025")
            .unwrap_or_else(|| panic!("{rows:#?}"));
        let names: Vec<&str> = row.reported_by.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Blast injures six at Tromsø terminal (4 Apr 2025)",
                "Six hurt in ferry terminal blast (4 Apr 2025)",
                "Tromsø terminal hit by blast (4 Apr 2025)"
            ],
            "{row:#?}"
        );
        assert!(row.reported_by.iter().all(|s| s.at.is_some()));
        assert!(row.what.contains("Tromsø"), "{}", row.what);
        assert_eq!(row.disagreements.len(), 1, "{row:#?}");
        assert_eq!(row.disagreements[0].when, "3 Apr 2025");
        assert_eq!(
            row.disagreements[0].by[0].name,
            "Ferry terminal blast: six hurt (4 Apr 2025)"
        );
    }
}
