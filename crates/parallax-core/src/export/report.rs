//! The comparison as one self-contained HTML page: inline style, no scripts, a
//! Content-Security-Policy that forbids everything but that style, and every
//! piece of article text escaped.

use super::escape;
use crate::compare::ClaimGroup;
use crate::{Analysis, Comparison};
use std::fmt::Write as _;

const STYLE: &str = "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}\
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}\
td.n{text-align:right}td.z{color:#bbb;text-align:right}blockquote{margin:.3rem 0 .3rem 1rem;color:#444}\
.src{color:#666;font-size:.9em}h2{margin-top:2rem;border-bottom:1px solid #ddd}\
@media(prefers-color-scheme:dark){body{background:#111;color:#eee}th,td{border-color:#444}blockquote{color:#bbb}}";

/// The comparison of `analysis` as a standalone HTML page: the articles (title,
/// outlet, date, words), the presence matrix, the discrepancies and agreements
/// between claims (with the article, its sentence and the figure), the timeline
/// and the quotes. It works offline and runs no script; all article text is
/// escaped.
///
/// The page stays small at any size (a few MB for thousands of articles): past
/// 40 articles or 300 names the matrix becomes the
/// names found in the most articles with their counts, and every list keeps its
/// first entries (see the `MAX_` limits), each saying how many it left out and
/// where the rest is (the CSV and JSON exports hold everything).
///
/// ```
/// use parallax_core::{analyze, compare, Document};
/// use parallax_core::export::html_report;
/// let a = analyze(vec![
///     Document::parse("a", b"Attack in Moscow\nGunmen attacked a concert hall in Moscow, Russia, and killed at least 143 people."),
///     Document::parse("b", b"Moscow attack toll\nThe attack on a concert hall in Moscow, Russia, killed 137 people, officials said."),
/// ]);
/// let html = html_report(&a, &compare(&a));
/// assert!(html.contains("Attack in Moscow") && html.contains("at least 143"));
/// assert!(html.contains("<h2>Stories</h2>"));
/// assert!(!html.contains("<script"));
/// ```
pub fn html_report(analysis: &Analysis, comparison: &Comparison) -> String {
    let mut r = Report {
        out: String::with_capacity(16 * 1024),
        analysis,
        comparison,
    };
    r.head();
    r.stories();
    r.articles();
    r.matrix();
    r.claims(
        "Discrepancies",
        "Figures that cannot all be true.",
        &comparison.discrepancies,
    );
    r.claims(
        "Agreements",
        "Figures that several articles agree on.",
        &comparison.agreements,
    );
    r.timeline();
    r.quotes();
    r.out.push_str("</body>\n</html>\n");
    r.out
}

/// Up to this many articles, and [`MATRIX_NAMES`] names, the report shows the
/// whole matrix (one column per article); past either, the most named names.
const MATRIX_ARTICLES: usize = 40;
/// See [`MATRIX_ARTICLES`].
const MATRIX_NAMES: usize = 300;
/// Names listed when the matrix is too large to show whole.
const MAX_TOP_NAMES: usize = 100;
/// Articles listed in "Left out", and names per article.
const MAX_OMITTING: usize = 50;
const MAX_OMITTED_NAMES: usize = 12;
/// Rows of the article table, stories, groups of figures, timeline dates,
/// dating disagreements and quote groups; figures and variants per group.
const MAX_ARTICLES: usize = 1000;
const MAX_STORIES: usize = 100;
const MAX_GROUPS: usize = 100;
const MAX_IN_GROUP: usize = 20;
const MAX_DATES: usize = 200;
const MAX_QUOTES: usize = 100;
const MAX_VARIANTS: usize = 10;

struct Report<'a> {
    out: String,
    analysis: &'a Analysis,
    comparison: &'a Comparison,
}

impl Report<'_> {
    fn text(&mut self, s: &str) {
        escape(&mut self.out, s);
    }

    fn raw(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// "Showing the first 100 of 2,300 stories." when a list was cut.
    fn left_out(&mut self, shown: usize, total: usize, what: &str) {
        if total > shown {
            let _ = writeln!(
                self.out,
                "<p class=\"src\">Showing the first {} of {} {what}; the {} others are in the JSON export.</p>",
                thousands(shown),
                thousands(total),
                thousands(total - shown)
            );
        }
    }

    /// The article's name as the app shows it: outlet and date, else a short title, else its id.
    fn name(&self, d: usize) -> String {
        self.analysis.documents.get(d).map_or_else(
            || "?".to_owned(),
            |doc| crate::names::article_name(doc).to_string(),
        )
    }

    /// "A2 Reuters (2 May 2024)" for an article.
    fn article_ref(&mut self, d: usize) {
        let _ = write!(self.out, "<b>A{}</b> ", d + 1);
        let name = self.name(d);
        self.text(&name);
    }

    /// The text of `[start, end)` of document `d`, in the comparison's offset unit.
    fn excerpt(&self, d: usize, start: usize, end: usize) -> String {
        let Some(doc) = self.analysis.documents.get(d) else {
            return String::new();
        };
        if self.comparison.offset_unit == "char" {
            doc.text
                .chars()
                .skip(start)
                .take(end.saturating_sub(start))
                .collect()
        } else {
            doc.text.get(start..end).unwrap_or("").to_string()
        }
    }

    fn head(&mut self) {
        let n = self.analysis.documents.len();
        self.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        let _ = writeln!(
            self.out,
            "<title>Parallax: comparison of {n} article{}</title>",
            plural(n)
        );
        let _ = writeln!(self.out, "<style>{STYLE}</style>\n</head>\n<body>");
        let _ = writeln!(
            self.out,
            "<h1>Comparison of {n} article{}</h1>\n<p class=\"src\">Made with Parallax. Figures and names were found automatically; check them against the articles.</p>",
            plural(n)
        );
    }

    /// Each story: its name, articles, dates and what its figures did.
    fn stories(&mut self) {
        let comparison = self.comparison;
        if comparison.stories.is_empty() {
            return;
        }
        self.raw("<h2>Stories</h2>\n");
        self.left_out(MAX_STORIES, comparison.stories.len(), "stories");
        self.raw("<ul>\n");
        for story in comparison.stories.iter().take(MAX_STORIES) {
            self.raw("<li><b>");
            self.text(&story.name);
            let n = story.docs.len();
            let _ = write!(self.out, "</b> — {n} article{}", plural(n));
            match (&story.first, &story.last) {
                (Some(a), Some(b)) if a != b => {
                    let _ = write!(self.out, ", {a} to {b}");
                }
                (Some(a), _) => {
                    let _ = write!(self.out, ", {a}");
                }
                _ => {}
            }
            if !story.summary.is_empty() {
                self.raw(". ");
                self.text(&story.summary);
            }
            self.raw("</li>\n");
        }
        self.raw("</ul>\n");
    }

    fn articles(&mut self) {
        self.raw("<h2>Articles</h2>\n<table>\n<tr><th>#</th><th>Title</th><th>Outlet</th><th>Date</th><th>Words</th></tr>\n");
        let analysis = self.analysis;
        let docs = &analysis.documents;
        for (d, doc) in docs.iter().enumerate().take(MAX_ARTICLES) {
            let _ = write!(self.out, "<tr><td>A{}</td><td>", d + 1);
            self.text(doc.title().unwrap_or(&doc.id));
            self.raw("</td><td>");
            self.text(doc.outlet().unwrap_or(""));
            self.raw("</td><td>");
            if let Some(date) = doc.date {
                let _ = write!(self.out, "{:04}", date.year);
                if let Some(m) = date.month {
                    let _ = write!(self.out, "-{m:02}");
                }
                if let Some(day) = date.day {
                    let _ = write!(self.out, "-{day:02}");
                }
            }
            let _ = writeln!(
                self.out,
                "</td><td class=\"n\">{}</td></tr>",
                doc.word_count()
            );
        }
        self.raw("</table>\n");
        self.left_out(MAX_ARTICLES, docs.len(), "articles");
    }

    fn matrix(&mut self) {
        let comparison = self.comparison;
        let m = &comparison.matrix;
        if m.entities.is_empty() {
            return;
        }
        if m.documents > MATRIX_ARTICLES || m.entities.len() > MATRIX_NAMES {
            self.top_names();
        } else {
            self.whole_matrix();
        }
        self.omissions();
    }

    /// The names found in the most articles, with counts: the matrix of a large set.
    fn top_names(&mut self) {
        let m = &self.comparison.matrix;
        let shown = m.entities.len().min(MAX_TOP_NAMES);
        let _ = writeln!(
            self.out,
            "<h2>Who is named where</h2>\n<p>The {} names found in the most articles, of {} names in {} articles; \
             the presence matrix CSV has every name in every article.</p>",
            thousands(shown),
            thousands(m.entities.len()),
            thousands(m.documents)
        );
        self.raw(
            "<table>\n<tr><th>Name</th><th>Type</th><th>Articles</th><th>Mentions</th></tr>\n",
        );
        for row in m.entities.iter().take(MAX_TOP_NAMES) {
            self.raw("<tr><td>");
            self.text(&row.name);
            let mentions: usize = row.counts.iter().map(|c| c.count).sum();
            let _ = writeln!(
                self.out,
                "</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
                row.label.as_str(),
                thousands(row.counts.len()),
                thousands(mentions)
            );
        }
        self.raw("</table>\n");
    }

    fn whole_matrix(&mut self) {
        let m = &self.comparison.matrix;
        self.raw("<h2>Who is named where</h2>\n<p>Mentions of each name in each article.</p>\n<table>\n<tr><th>Name</th><th>Type</th>");
        for d in 0..m.documents {
            let _ = write!(self.out, "<th>A{}</th>", d + 1);
        }
        self.raw("</tr>\n");
        for row in &m.entities {
            self.raw("<tr><td>");
            self.text(&row.name);
            let _ = write!(self.out, "</td><td>{}</td>", row.label.name());
            for d in 0..m.documents {
                let count: usize = row
                    .counts
                    .iter()
                    .filter(|c| c.doc == d)
                    .map(|c| c.count)
                    .sum();
                if count == 0 {
                    self.raw("<td class=\"z\">·</td>");
                } else {
                    let _ = write!(self.out, "<td class=\"n\">{count}</td>");
                }
            }
            self.raw("</tr>\n");
        }
        self.raw("</table>\n");
    }

    /// What each article leaves out that its peers name: the articles leaving
    /// out the most first, when there are too many to list.
    fn omissions(&mut self) {
        let m = &self.comparison.matrix;
        let names: std::collections::HashMap<&str, &str> = m
            .entities
            .iter()
            .map(|p| (p.entity.as_str(), p.name.as_str()))
            .collect();
        let mut omissions: Vec<_> = m.omissions.iter().filter(|o| !o.omits.is_empty()).collect();
        if omissions.is_empty() {
            return;
        }
        self.raw("<h3>Left out</h3>\n");
        let total = omissions.len();
        if total > MAX_OMITTING {
            omissions.sort_by_key(|o| (std::cmp::Reverse(o.omits.len()), o.doc));
            let _ = writeln!(
                self.out,
                "<p class=\"src\">The {MAX_OMITTING} articles that leave out the most, of {} that leave out a name their closest articles give.</p>",
                thousands(total)
            );
        }
        self.raw("<ul>\n");
        for o in omissions.into_iter().take(MAX_OMITTING) {
            self.raw("<li>");
            self.article_ref(o.doc);
            let _ = write!(self.out, " does not name {}: ", o.omits.len());
            let list: Vec<&str> = o
                .omits
                .iter()
                .take(MAX_OMITTED_NAMES)
                .map(|id| names.get(id.as_str()).copied().unwrap_or(id))
                .collect();
            self.text(&list.join(", "));
            if o.omits.len() > MAX_OMITTED_NAMES {
                let _ = write!(
                    self.out,
                    " and {} more",
                    thousands(o.omits.len() - MAX_OMITTED_NAMES)
                );
            }
            self.raw("</li>\n");
        }
        self.raw("</ul>\n");
    }

    fn claims(&mut self, heading: &str, intro: &str, groups: &[ClaimGroup]) {
        if groups.is_empty() {
            return;
        }
        let _ = writeln!(self.out, "<h2>{heading}</h2>\n<p>{intro}</p>");
        self.left_out(MAX_GROUPS, groups.len(), "groups");
        for g in groups.iter().take(MAX_GROUPS) {
            self.raw("<section>\n<h3>");
            self.text(&g.measure);
            if !g.event.is_empty() {
                self.raw(": ");
                self.text(&g.event);
            }
            self.raw("</h3>\n");
            if g.likely_update {
                self.raw("<p class=\"src\">The figures only grow with publication date: likely an updated toll.</p>\n");
            }
            self.raw("<ul>\n");
            for c in g.claims.iter().take(MAX_IN_GROUP) {
                self.raw("<li>");
                self.article_ref(c.doc);
                if let Some(p) = &c.published {
                    self.raw(" <span class=\"src\">(");
                    self.text(p);
                    self.raw(")</span>");
                }
                self.raw(": <strong>");
                self.text(&interval(c.low, c.high));
                self.raw("</strong> <span class=\"src\">(“");
                self.text(&c.text);
                self.raw("”)</span>");
                let sentence = self
                    .comparison
                    .claims
                    .get(c.claim)
                    .map(|claim| self.excerpt(claim.doc, claim.sentence.start, claim.sentence.end))
                    .unwrap_or_default();
                if !sentence.is_empty() {
                    self.raw("<blockquote>");
                    self.text(&sentence);
                    self.raw("</blockquote>");
                }
                self.raw("</li>\n");
            }
            if g.claims.len() > MAX_IN_GROUP {
                let _ = writeln!(
                    self.out,
                    "<li class=\"src\">and {} more figures</li>",
                    thousands(g.claims.len() - MAX_IN_GROUP)
                );
            }
            self.raw("</ul>\n</section>\n");
        }
    }

    fn timeline(&mut self) {
        let comparison = self.comparison;
        let points = &comparison.timeline;
        if points.is_empty() {
            return;
        }
        self.raw("<h2>Timeline</h2>\n");
        self.left_out(MAX_DATES, points.len(), "dates");
        self.raw("<table>\n<tr><th>Date</th><th>What happened</th><th>Articles</th></tr>\n");
        for p in points.iter().take(MAX_DATES) {
            self.raw("<tr><td>");
            self.text(&p.label);
            self.raw("</td><td>");
            self.text(&p.what);
            self.raw("</td><td>");
            let docs: Vec<String> = p
                .docs
                .iter()
                .take(MAX_IN_GROUP)
                .map(|d| format!("A{}", d + 1))
                .collect();
            self.raw(&docs.join(", "));
            if p.docs.len() > MAX_IN_GROUP {
                let _ = write!(
                    self.out,
                    " and {} more",
                    thousands(p.docs.len() - MAX_IN_GROUP)
                );
            }
            self.raw("</td></tr>\n");
        }
        self.raw("</table>\n");
        let disagreements = &comparison.timing_disagreements;
        if disagreements.is_empty() {
            return;
        }
        self.raw("<h3>Dated differently</h3>\n");
        self.left_out(MAX_GROUPS, disagreements.len(), "disagreements");
        self.raw("<ul>\n");
        for t in disagreements.iter().take(MAX_GROUPS) {
            self.raw("<li>");
            self.text(&t.event);
            self.raw(": ");
            self.text(&t.values.join(" / "));
            self.raw("</li>\n");
        }
        self.raw("</ul>\n");
    }

    fn quotes(&mut self) {
        let comparison = self.comparison;
        let groups = &comparison.quotes;
        if groups.is_empty() {
            return;
        }
        self.raw("<h2>Quotes</h2>\n");
        self.left_out(MAX_QUOTES, groups.len(), "quotes");
        for q in groups.iter().take(MAX_QUOTES) {
            self.raw("<section>\n<h3>");
            self.text(q.name.as_deref().unwrap_or("Unattributed"));
            self.raw("</h3>\n<ul>\n");
            for v in q.variants.iter().take(MAX_VARIANTS) {
                self.raw("<li>");
                self.article_ref(v.doc);
                self.raw(": <blockquote>“");
                self.text(&v.text);
                self.raw("”</blockquote></li>\n");
            }
            if q.variants.len() > MAX_VARIANTS {
                let _ = writeln!(
                    self.out,
                    "<li class=\"src\">and {} more articles</li>",
                    thousands(q.variants.len() - MAX_VARIANTS)
                );
            }
            self.raw("</ul>\n</section>\n");
        }
    }
}

/// 12755 → "12,755".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A claim's interval in words: "137", "at least 143", "at most 25", "90 to 100".
fn interval(low: Option<f64>, high: Option<f64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => number(l),
        (Some(l), Some(h)) => format!("{} to {}", number(l), number(h)),
        (Some(l), None) => format!("at least {}", number(l)),
        (None, Some(h)) => format!("at most {}", number(h)),
        (None, None) => "unknown".to_string(),
    }
}

fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
