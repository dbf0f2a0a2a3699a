//! View state of the Facts view and of the overview's story list: each story with
//! its figure tracks (kind in words, latest figure, stale reports, chart, claims
//! table), and the claim groups that are not tracks. Plain functions over the
//! engine's `Comparison`, tested natively.

use crate::state::chart::{self, day_number, Chart};
use crate::state::corpus::{article_name, day_text, ArticleName};
use crate::state::figures::{figure_text, point, status_text};
use parallax_core::compare::{ClaimGroup, ClaimStatus, GroupClaim, Story, Track, TrackKind};
use parallax_core::{Comparison, Document, Span};

/// A story as the overview lists it and the Facts view heads it.
#[derive(Clone, Debug, PartialEq)]
pub struct StoryView {
    pub index: usize,
    /// The element id the overview links to: "story-2".
    pub anchor: String,
    pub name: String,
    pub articles: usize,
    /// "2 May 2024 – 7 May 2024", "15 Jan 2024", when any article is dated.
    pub dates: Option<String>,
    /// The story in a sentence, from its main track; empty without one.
    pub summary: String,
    /// Indexes into `Comparison::tracks`.
    pub tracks: Vec<usize>,
}

impl StoryView {
    /// "4 articles · 2 May 2024 – 7 May 2024", "1 article".
    pub fn meta(&self) -> String {
        let articles = if self.articles == 1 {
            "1 article".to_owned()
        } else {
            format!("{} articles", self.articles)
        };
        match &self.dates {
            Some(d) => format!("{articles} · {d}"),
            None => articles,
        }
    }
}

pub fn story_anchor(index: usize) -> String {
    format!("story-{index}")
}

/// A date range as people read it.
pub fn date_range(first: Option<&str>, last: Option<&str>) -> Option<String> {
    match (first, last) {
        (Some(a), Some(b)) if a != b => Some(format!("{} – {}", day_text(a), day_text(b))),
        (Some(a), _) | (None, Some(a)) => Some(day_text(a)),
        (None, None) => None,
    }
}

/// A sentence ends with a full stop.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() || s.ends_with(['.', '!', '?']) {
        s.to_owned()
    } else {
        format!("{s}.")
    }
}

fn story_view(index: usize, s: &Story) -> StoryView {
    StoryView {
        index,
        anchor: story_anchor(index),
        name: s.name.clone(),
        articles: s.docs.len(),
        dates: date_range(s.first.as_deref(), s.last.as_deref()),
        summary: sentence(&s.summary),
        tracks: s.tracks.clone(),
    }
}

/// Every story, in the engine's order.
pub fn stories(cmp: &Comparison) -> Vec<StoryView> {
    cmp.stories
        .iter()
        .enumerate()
        .map(|(i, s)| story_view(i, s))
        .collect()
}

/// The overview's first sentence: how many articles and whether they tell one
/// story or several.
pub fn lead(articles: usize, stories: &[StoryView]) -> String {
    let a = if articles == 1 {
        "1 article".to_owned()
    } else {
        format!("{articles} articles")
    };
    match stories {
        [] => format!("{a}, compared in your browser."),
        [one] if one.name.is_empty() => format!("{a} about one story, compared in your browser."),
        [one] => format!(
            "{a} about one story ({}), compared in your browser.",
            one.name
        ),
        many => format!(
            "{a} telling {} stories, compared in your browser.",
            many.len()
        ),
    }
}

/// "Rising", "Revised down", "Sources conflict", "Stable". A track the engine calls
/// stable whose figures still have no common value (none of its articles is
/// dated, so it cannot say which came first) reads "Figures differ".
pub fn kind_text(kind: TrackKind, differ: bool) -> &'static str {
    match kind {
        TrackKind::Rising => "Rising",
        TrackKind::Revised => "Revised down",
        TrackKind::Conflicting => "Sources conflict",
        TrackKind::Stable if differ => "Figures differ",
        TrackKind::Stable => "Stable",
    }
}

pub fn kind_class(kind: TrackKind, differ: bool) -> &'static str {
    match kind {
        TrackKind::Rising => "px-track__kind px-track__kind--rising",
        TrackKind::Revised => "px-track__kind px-track__kind--revised",
        TrackKind::Conflicting => "px-track__kind px-track__kind--conflict",
        TrackKind::Stable if differ => "px-track__kind px-track__kind--conflict",
        TrackKind::Stable => "px-track__kind px-track__kind--stable",
    }
}

fn current(c: &GroupClaim) -> bool {
    c.status == ClaimStatus::Reported && !c.stale
}

/// The track's latest figure (index into its claims). The engine looks only at the
/// last publication day; when that day brings only a stale report it names none,
/// and the latest is then the highest current figure of the last day that has one.
pub fn latest(track: &Track) -> Option<usize> {
    track.latest.or_else(|| {
        track
            .claims
            .iter()
            .enumerate()
            .filter(|(_, c)| current(c))
            .filter_map(|(i, c)| Some((i, c.published.as_deref().and_then(day_number)?, point(c)?)))
            .max_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)))
            .map(|(i, _, _)| i)
    })
}

/// The newer figure a stale report ignored: the current figure most recently out
/// before the report's day that differs from it (the highest of that day).
pub fn newer_than_stale(track: &Track, stale: usize) -> Option<usize> {
    let c = track.claims.get(stale)?;
    let day = c.published.as_deref().and_then(day_number)?;
    let own = point(c);
    track
        .claims
        .iter()
        .enumerate()
        .filter(|(_, x)| current(x) && point(x) != own)
        .filter_map(|(i, x)| Some((i, x.published.as_deref().and_then(day_number)?, point(x)?)))
        .filter(|(_, d, _)| *d < day)
        .max_by(|a, b| a.1.cmp(&b.1).then(a.2.total_cmp(&b.2)))
        .map(|(i, _, _)| i)
}

/// One row of a claims table.
#[derive(Clone, Debug, PartialEq)]
pub struct ClaimRow {
    pub doc: usize,
    /// The article's outlet, else its short title, else its id.
    pub article: String,
    /// "2 May 2024", or "undated".
    pub published: String,
    pub figure: String,
    pub status: &'static str,
    pub stale: bool,
    pub latest: bool,
    /// Who gives the figure, when the sentence says.
    pub source: Option<String>,
    /// The claim's sentence, to link to in the reader.
    pub sentence: Span,
    /// The sentence cut around the claim's words: before, the words, after.
    pub says: [String; 3],
}

/// Most characters of a sentence kept on either side of a claim's words; the
/// whole sentence is one link away, in the reader.
const AROUND: usize = 90;

/// The end of `s` in at most `max` characters, starting on a word, with "…".
fn keep_end(s: &str, max: usize) -> String {
    let n = s.chars().count();
    if n <= max {
        return s.to_owned();
    }
    let tail: String = s.chars().skip(n - max).collect();
    let tail = tail.split_once(' ').map_or(tail.as_str(), |(_, rest)| rest);
    format!("…{}", tail.trim_start())
}

/// The start of `s` in at most `max` characters, ending on a word, with "…".
fn keep_start(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let head: String = s.chars().take(max).collect();
    let head = head.rsplit_once(' ').map_or(head.as_str(), |(h, _)| h);
    format!("{}…", head.trim_end_matches([' ', ',', ';', ':']))
}

/// The sentence of `claim` in `text`, cut around the claim's own words (and
/// shortened to [`AROUND`] characters either side); the claim's words alone when
/// the offsets do not fit.
fn says(text: &str, sentence: Span, claim: Span, words: &str) -> [String; 3] {
    let inside = sentence.start <= claim.start && claim.end <= sentence.end;
    match (
        inside,
        text.get(sentence.start..claim.start),
        text.get(claim.start..claim.end),
        text.get(claim.end..sentence.end),
    ) {
        (true, Some(a), Some(b), Some(c)) => {
            [keep_end(a, AROUND), b.to_owned(), keep_start(c, AROUND)]
        }
        _ => [String::new(), words.to_owned(), String::new()],
    }
}

/// The rows for a list of claims (a track's, or a group's).
pub fn claim_rows(
    cmp: &Comparison,
    docs: &[Document],
    claims: &[GroupClaim],
    latest: Option<usize>,
) -> Vec<ClaimRow> {
    claims
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let name = docs.get(c.doc).map(article_name).unwrap_or_default();
            let own = Span::new(c.start, c.end);
            let sentence = cmp.claims.get(c.claim).map_or(own, |x| x.sentence);
            let text = docs.get(c.doc).map_or("", |d| d.text.as_str());
            ClaimRow {
                doc: c.doc,
                article: name.label,
                published: c
                    .published
                    .as_deref()
                    .map_or_else(|| "undated".to_owned(), day_text),
                figure: figure_text(c.low, c.high),
                status: status_text(c.status),
                stale: c.stale,
                latest: latest == Some(i),
                source: c.source.clone().filter(|s| !s.is_empty()),
                sentence,
                says: says(text, sentence, own, &c.text),
            }
        })
        .collect()
}

/// A track, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackView {
    pub index: usize,
    pub label: String,
    pub kind: &'static str,
    pub kind_class: &'static str,
    pub summary: String,
    /// "Latest figure: 45, from River Times (6 May 2024)."
    pub latest: String,
    /// "Weekly Ledger (7 May 2024) still gave 30 after 45 was out."
    pub stale: Vec<String>,
    pub chart: Chart,
    /// "Not dated, so drawn apart at the right: Khaama Press (at least 143) …", when any is.
    pub undated: Option<String>,
    pub rows: Vec<ClaimRow>,
}

/// Track `index` of the comparison, named and laid out.
pub fn track_view(cmp: &Comparison, docs: &[Document], index: usize) -> Option<TrackView> {
    let track = cmp.tracks.get(index)?;
    let name = |doc: usize| docs.get(doc).map(article_name).unwrap_or_default();
    let differ = cmp.discrepancies.iter().any(|g| g.track == Some(index));
    let latest_i = latest(track);
    let latest = match latest_i.and_then(|i| track.claims.get(i)) {
        Some(c) => format!(
            "Latest figure: {}, from {}.",
            figure_text(c.low, c.high),
            name(c.doc)
        ),
        None if track.claims.iter().all(|c| c.published.is_none()) => {
            "No article here gives its date, so none of the figures can be called the latest."
                .to_owned()
        }
        None => "No current figure stands out as the latest.".to_owned(),
    };
    let stale = track
        .stale
        .iter()
        .filter_map(|&s| {
            let c = track.claims.get(s)?;
            let old = figure_text(c.low, c.high);
            Some(
                match newer_than_stale(track, s).and_then(|n| track.claims.get(n)) {
                    Some(n) => format!(
                        "{} still gave {old} after {} was out.",
                        name(c.doc),
                        figure_text(n.low, n.high)
                    ),
                    None => format!(
                        "{} still gave {old} after a newer figure was out.",
                        name(c.doc)
                    ),
                },
            )
        })
        .collect();
    let chart = chart::chart(track, &name, latest_i);
    let undated: Vec<String> = chart
        .marks
        .iter()
        .filter(|m| !m.dated)
        .filter_map(|m| track.claims.get(m.claim))
        .map(|c| format!("{} ({})", name(c.doc).label, figure_text(c.low, c.high)))
        .collect();
    Some(TrackView {
        index,
        label: track.label.clone(),
        kind: kind_text(track.kind, differ),
        kind_class: kind_class(track.kind, differ),
        summary: sentence(&track.summary),
        latest,
        stale,
        undated: (!undated.is_empty()).then(|| {
            let place = if chart.strip_from.is_some() {
                "drawn apart at the right"
            } else {
                "drawn side by side, not on a date axis"
            };
            format!("Not dated, so {place}: {}.", undated.join("; "))
        }),
        chart,
        rows: claim_rows(cmp, docs, &track.claims, latest_i),
    })
}

/// The discrepancies (`conflict`) or agreements that are not a story's track.
pub fn other_groups(cmp: &Comparison, conflict: bool) -> Vec<&ClaimGroup> {
    let list = if conflict {
        &cmp.discrepancies
    } else {
        &cmp.agreements
    };
    list.iter().filter(|g| g.track.is_none()).collect()
}

/// A claim group's title: a story's track by its label, story and kind ("Death
/// toll — flood, Porto Alegre, Brazil (rising)"), any other group by what it
/// counts and the event ("people killed — Iran, bombing").
pub fn group_title(cmp: &Comparison, g: &ClaimGroup) -> String {
    match g.track.and_then(|i| Some((i, cmp.tracks.get(i)?))) {
        Some((i, t)) => {
            let differ = cmp.discrepancies.iter().any(|d| d.track == Some(i));
            format!(
                "{} — {} ({})",
                t.label,
                g.event,
                kind_text(t.kind, differ).to_lowercase()
            )
        }
        None => format!("{} — {}", g.measure, g.event),
    }
}

/// How many items a paged list must show so that item `at` is among them.
pub fn shown_for(at: Option<usize>, step: usize) -> usize {
    let step = step.max(1);
    at.map_or(step, |i| (i / step + 1) * step)
}

/// The story a `#story-N` fragment points at.
pub fn anchored_story(hash: &str) -> Option<usize> {
    hash.trim_start_matches('#')
        .strip_prefix("story-")?
        .parse()
        .ok()
}

/// An article's name with its date, for lists: "Khaama Press", "River Times (6 May 2024)".
pub fn named(docs: &[Document], doc: usize) -> ArticleName {
    docs.get(doc).map(article_name).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine;

    /// Four articles on one rising toll, the last still giving an old figure.
    fn flood() -> (Comparison, Vec<Document>) {
        let docs: Vec<Document> = [
            ("a.txt", "Floods sweep through Porto Alegre", "Harbour Gazette", "May 2, 2024", "Floods in Porto Alegre, Brazil, have killed 12 people, the civil defence agency said on Thursday."),
            ("b.txt", "Toll climbs as water keeps rising in Porto Alegre", "Coastal Courier", "May 4, 2024", "The death toll from the floods in Porto Alegre, Brazil, rose to 30 on Saturday, the civil defence agency said."),
            ("c.txt", "Porto Alegre counts its dead as the rain stops", "River Times", "May 6, 2024", "Floods in Porto Alegre, Brazil, have killed 45 people, the civil defence agency said on Monday."),
            ("d.txt", "Businesses in Porto Alegre face a long clean-up", "Weekly Ledger", "May 7, 2024", "Shop owners in Porto Alegre, Brazil, began to sweep mud out of their stores this week. The floods killed 30 people, the civil defence agency said."),
        ]
        .iter()
        .map(|(id, title, outlet, date, body)| {
            Document::parse(*id, format!("{title}\nBy Ana Souza | {outlet}\n{date}\n\n{body}\n").as_bytes())
        })
        .collect();
        let a = parallax_core::analyze(docs);
        let cmp = parallax_core::compare(&a);
        (cmp, a.documents)
    }

    #[test]
    fn a_rising_toll_reads_as_rising_with_its_latest_figure_and_stale_report() {
        let (cmp, docs) = flood();
        assert_eq!(cmp.tracks.len(), 1, "{:#?}", cmp.tracks);
        let t = track_view(&cmp, &docs, 0).expect("track 0");
        assert_eq!(t.label, "Death toll");
        assert_eq!(t.kind, "Rising");
        assert_eq!(
            t.latest,
            "Latest figure: 45, from River Times (6 May 2024)."
        );
        assert_eq!(
            t.stale,
            ["Weekly Ledger (7 May 2024) still gave 30 after 45 was out."]
        );
        assert_eq!(t.chart.marks.len(), 4);
        assert_eq!(t.undated, None);
        let articles: Vec<&str> = t.rows.iter().map(|r| r.article.as_str()).collect();
        assert!(articles.contains(&"River Times") && articles.contains(&"Weekly Ledger"));
        let stale: Vec<&ClaimRow> = t.rows.iter().filter(|r| r.stale).collect();
        assert_eq!(stale.len(), 1);
        assert_eq!(stale[0].published, "7 May 2024");
        assert_eq!(stale[0].figure, "30");
        assert_eq!(stale[0].says[1], "killed 30 people");
        assert!(stale[0].says[2].starts_with(", the civil defence agency said"));
        assert!(t
            .rows
            .iter()
            .any(|r| r.latest && r.article == "River Times"));
        assert!(t.summary.ends_with('.'));
        let s = stories(&cmp);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].meta(), "4 articles · 2 May 2024 – 7 May 2024");
        assert_eq!(
            lead(4, &s),
            format!(
                "4 articles about one story ({}), compared in your browser.",
                s[0].name
            )
        );
    }

    #[test]
    fn the_seed_tolls_name_their_articles_and_the_moscow_figures_differ() {
        let a = parallax_core::analyze(engine::bundled_documents());
        let cmp = parallax_core::compare(&a);
        let docs = &a.documents;
        // The seed story's track: the Kerman bombing's "nearly 100" and "about 100".
        let t = track_view(&cmp, docs, 0).expect("the seed story has a death-toll track");
        assert_eq!(t.label, "Death toll");
        assert_eq!(t.chart.marks.len(), t.rows.len(), "one mark per claim");
        assert!(
            t.rows.iter().all(|r| r.article.len() > 3),
            "never a three-letter id: {:#?}",
            t.rows
        );
        // The Moscow toll: at least 143 against 137, a discrepancy whose rows name
        // the outlet, or the headline when the outlet is unknown.
        let moscow = other_groups(&cmp, true)
            .into_iter()
            .find(|g| g.claims.iter().any(|c| c.low == Some(143.0)))
            .expect("the Moscow toll is a discrepancy");
        let rows = claim_rows(&cmp, docs, &moscow.claims, None);
        let named = |article: &str, figure: &str| {
            rows.iter()
                .any(|r| r.article == article && r.figure == figure)
        };
        assert!(named("Khaama Press", "at least 143"), "{rows:#?}");
        assert!(
            named("ISIS-K Claims Responsibility for Moscow…", "137"),
            "{rows:#?}"
        );
        let row = rows
            .iter()
            .find(|r| r.figure == "137")
            .expect("the 137 row");
        assert_eq!(row.says[1], "137 unarmed lives");
        assert!(row.says[0].contains("resulted in the tragic loss of"));
        assert_eq!(
            group_title(&cmp, moscow),
            format!("people killed — {}", moscow.event)
        );
    }

    #[test]
    fn an_all_undated_track_names_no_latest_figure_and_draws_side_by_side() {
        let docs = vec![
            Document::parse("a.txt", "(MENAFN- Khaama Press) Gunmen attacked a concert hall in Moscow, Russia, and killed at least 143 people, officials said.".as_bytes()),
            Document::parse("b.txt", "Moscow attack\nThe attack on a concert hall in Moscow, Russia, killed 137 people, officials said.".as_bytes()),
        ];
        let a = parallax_core::analyze(docs);
        let cmp = parallax_core::compare(&a);
        let t = track_view(&cmp, &a.documents, 0).expect("a track");
        assert!(
            t.latest.starts_with("No article here gives its date"),
            "{}",
            t.latest
        );
        assert!(t
            .undated
            .as_deref()
            .is_some_and(|u| u.starts_with("Not dated, so drawn side by side")));
        assert_eq!(t.chart.strip_from, None);
        let iran = Comparison {
            agreements: vec![ClaimGroup {
                measure: "people killed".to_owned(),
                event: "Iran, bombing".to_owned(),
                entities: Vec::new(),
                claims: Vec::new(),
                dated: false,
                likely_update: false,
                story: 0,
                track: None,
            }],
            ..Comparison::default()
        };
        assert_eq!(
            group_title(&iran, &iran.agreements[0]),
            "people killed — Iran, bombing"
        );
    }

    fn gc(low: f64, published: &str, status: ClaimStatus, stale: bool) -> GroupClaim {
        GroupClaim {
            doc: 0,
            text: String::new(),
            low: Some(low),
            high: Some(low),
            start: 0,
            end: 0,
            claim: 0,
            published: Some(published.to_owned()),
            status,
            source: None,
            stale,
        }
    }

    #[test]
    fn latest_and_newer_figures_skip_stale_and_other_claims() {
        use ClaimStatus::*;
        struct Case {
            claims: Vec<GroupClaim>,
            engine_latest: Option<usize>,
            latest: Option<usize>,
            /// (stale claim, the newer figure it ignored)
            newer: Option<(usize, Option<usize>)>,
        }
        let cases = [
            Case {
                claims: vec![
                    gc(12.0, "2024-05-02", Reported, false),
                    gc(45.0, "2024-05-06", Reported, false),
                    gc(30.0, "2024-05-07", Reported, true),
                ],
                engine_latest: None,
                latest: Some(1),
                newer: Some((2, Some(1))),
            },
            Case {
                claims: vec![
                    gc(12.0, "2024-05-02", Reported, false),
                    gc(45.0, "2024-05-06", Reported, false),
                ],
                engine_latest: Some(0),
                latest: Some(0),
                newer: None,
            },
            Case {
                claims: vec![
                    gc(12.0, "2024-05-02", Reported, false),
                    gc(60.0, "2024-05-06", Projected, false),
                    gc(20.0, "2024-05-06", Earlier, false),
                ],
                engine_latest: None,
                latest: Some(0),
                newer: None,
            },
            Case {
                // Two figures before the stale one: the most recent counts.
                claims: vec![
                    gc(50.0, "2024-05-01", Reported, false),
                    gc(40.0, "2024-05-03", Reported, false),
                    gc(50.0, "2024-05-04", Reported, true),
                ],
                engine_latest: None,
                latest: Some(1),
                newer: Some((2, Some(1))),
            },
        ];
        for (n, case) in cases.into_iter().enumerate() {
            let track = Track {
                claims: case.claims,
                latest: case.engine_latest,
                ..Track::default()
            };
            assert_eq!(latest(&track), case.latest, "case {n}");
            if let Some((s, want)) = case.newer {
                assert_eq!(newer_than_stale(&track, s), want, "case {n}");
            }
        }
    }

    #[test]
    fn words_for_kinds_statuses_figures_and_dates() {
        for (kind, differ, text) in [
            (TrackKind::Rising, false, "Rising"),
            (TrackKind::Revised, false, "Revised down"),
            (TrackKind::Conflicting, true, "Sources conflict"),
            (TrackKind::Stable, false, "Stable"),
            (TrackKind::Stable, true, "Figures differ"),
        ] {
            assert_eq!(kind_text(kind, differ), text);
        }
        for (status, text) in [
            (ClaimStatus::Reported, "Reported"),
            (ClaimStatus::Earlier, "Earlier figure"),
            (ClaimStatus::Projected, "Projected"),
            (ClaimStatus::OtherSource, "Another source's figure"),
            (ClaimStatus::Partial, "Part of the total"),
        ] {
            assert_eq!(status_text(status), text);
        }
        for (low, high, text) in [
            (Some(45.0), Some(45.0), "45"),
            (Some(143.0), None, "at least 143"),
            (Some(90.0), Some(100.0), "nearly 100"),
            (Some(90.0), Some(110.0), "about 100"),
            (Some(200.0), Some(300.0), "200–300"),
            (None, Some(25.0), "up to 25"),
            (Some(0.0), Some(25.0), "up to 25"),
            (Some(1500.0), Some(1500.0), "1,500"),
            (None, None, "no figure"),
        ] {
            assert_eq!(figure_text(low, high), text);
        }
        for (first, last, text) in [
            (
                Some("2024-05-02"),
                Some("2024-05-07"),
                Some("2 May 2024 – 7 May 2024"),
            ),
            (Some("2024-01-15"), Some("2024-01-15"), Some("15 Jan 2024")),
            (None, Some("2024-01"), Some("Jan 2024")),
            (None, None, None),
        ] {
            assert_eq!(date_range(first, last).as_deref(), text);
        }
    }

    #[test]
    fn the_lead_says_one_story_or_several() {
        let story = |name: &str| StoryView {
            index: 0,
            anchor: story_anchor(0),
            name: name.to_owned(),
            articles: 1,
            dates: None,
            summary: String::new(),
            tracks: Vec::new(),
        };
        assert_eq!(story("x").meta(), "1 article");
        for (n, list, text) in [
            (
                5,
                vec![story("attack, Moscow")],
                "5 articles about one story (attack, Moscow), compared in your browser.",
            ),
            (
                1,
                vec![story("")],
                "1 article about one story, compared in your browser.",
            ),
            (
                7,
                vec![story("a"), story("b"), story("c")],
                "7 articles telling 3 stories, compared in your browser.",
            ),
            (0, vec![], "0 articles, compared in your browser."),
        ] {
            assert_eq!(lead(n, &list), text);
        }
    }

    #[test]
    fn paging_reaches_an_anchored_story() {
        for (hash, at) in [
            ("#story-3", Some(3)),
            ("story-45", Some(45)),
            ("#track-1", None),
            ("", None),
            ("#story-x", None),
        ] {
            assert_eq!(anchored_story(hash), at, "{hash}");
        }
        for (at, step, shown) in [
            (None, 30, 30),
            (Some(0), 30, 30),
            (Some(29), 30, 30),
            (Some(30), 30, 60),
            (Some(75), 30, 90),
            (Some(3), 0, 4),
        ] {
            assert_eq!(shown_for(at, step), shown, "{at:?}");
        }
    }

    #[test]
    fn says_falls_back_to_the_claim_words_when_offsets_do_not_fit() {
        let text = "Floods killed 12 people on Monday.";
        assert_eq!(
            says(
                text,
                Span::new(0, text.len()),
                Span::new(7, 23),
                "killed 12 people"
            ),
            [
                "Floods ".to_owned(),
                "killed 12 people".to_owned(),
                " on Monday.".to_owned()
            ]
        );
        assert_eq!(
            says(text, Span::new(0, 5), Span::new(7, 23), "killed 12 people"),
            [String::new(), "killed 12 people".to_owned(), String::new()]
        );
        assert_eq!(
            says("é", Span::new(0, 2), Span::new(1, 2), "x"),
            [String::new(), "x".to_owned(), String::new()]
        );
        // A long sentence keeps about 90 characters either side, cut on words.
        let long = format!(
            "{}killed 5 people{}",
            "word ".repeat(40),
            " more".repeat(40)
        );
        let at = long.find("killed").unwrap_or(0);
        let [before, words, after] =
            says(&long, Span::new(0, long.len()), Span::new(at, at + 15), "");
        assert_eq!(words, "killed 5 people");
        assert!(
            before.starts_with("…word") && before.ends_with("word "),
            "{before:?}"
        );
        assert!(before.chars().count() <= 91);
        assert!(
            after.starts_with(" more") && after.ends_with("more…"),
            "{after:?}"
        );
        assert!(after.chars().count() <= 91);
    }
}
