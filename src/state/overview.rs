//! The overview's brief: what a reader needs above the fold. The story (or the
//! stories), the outlets and dates, each figure track in one line (latest figure,
//! how it moved, who is stale), the names some outlets leave out, and the points
//! the articles contest, each with the article and sentence that back it.
//! Plain functions over the corpus, tested natively.

use crate::state::corpus::Corpus;
use crate::state::facts::{kind_text, latest, stories, StoryView};
use crate::state::figures::{figure_text, point};
use parallax_core::compare::{ClaimStatus, TrackKind};
use parallax_core::Span;

/// A figure and where it is stated: the article and the sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Evidence {
    pub doc: usize,
    /// The article's name: "UPI (12 Aug 2023)".
    pub article: String,
    /// "93", "at least 143".
    pub figure: String,
    /// The sentence that states it (byte offsets), for the reader's `?at=`.
    pub sentence: Span,
}

/// One figure track in a line.
#[derive(Clone, Debug, PartialEq)]
pub struct TrackLine {
    /// Index into `Comparison::tracks`.
    pub track: usize,
    /// "Death toll", or "Death toll (Morocco earthquake)" when there are several stories.
    pub label: String,
    pub latest: Option<Evidence>,
    /// "rising from 6", "revised down from 120", "sources conflict", "stable".
    pub moved: String,
    /// The articles that still gave an older figure: "Geo News (36)".
    pub stale: Vec<String>,
}

/// A name most articles give that some leave out.
#[derive(Clone, Debug, PartialEq)]
pub struct LeftOut {
    pub entity: String,
    pub name: String,
    pub named_by: usize,
    /// The articles that leave it out, by name.
    pub left_out_by: Vec<String>,
}

/// A point the articles disagree on, with each side's evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Contested {
    /// "people killed — Moscow, Russia".
    pub title: String,
    pub claims: Vec<Evidence>,
    /// Claims beyond those listed.
    pub more: usize,
}

/// Everything the brief shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Brief {
    /// The heading: the story's name, "3 stories", or "No articles yet".
    pub title: String,
    /// "5 articles from Khaama Press, UPI and 3 others · 9 Aug 2023 – 17 Sep 2023".
    pub meta: String,
    /// The stories, when there are several.
    pub stories: Vec<StoryView>,
    pub tracks: Vec<TrackLine>,
    pub left_out: Vec<LeftOut>,
    pub contested: Vec<Contested>,
}

/// Most lines of each part of the brief; the full lists are one link away.
pub const TRACKS: usize = 4;
pub const LEFT_OUT: usize = 4;
pub const CONTESTED: usize = 3;
/// Claims listed per contested point.
const SIDES: usize = 3;
/// Outlets named in the meta line before "and N others".
const OUTLETS: usize = 3;

/// "1 article", "5 articles".
pub fn articles_text(n: usize) -> String {
    if n == 1 {
        "1 article".to_owned()
    } else {
        format!("{n} articles")
    }
}

/// "A", "A and B", "A, B and C", "A, B, C and 4 others".
pub fn list_text(names: &[String], up_to: usize) -> String {
    let up_to = up_to.max(1);
    match names {
        [] => String::new(),
        [one] => one.clone(),
        _ if names.len() <= up_to => {
            let (last, head) = names
                .split_last()
                .map_or((None, &[][..]), |(l, h)| (Some(l), h));
            format!(
                "{} and {}",
                head.join(", "),
                last.cloned().unwrap_or_default()
            )
        }
        _ => {
            let rest = names.len() - up_to;
            let others = if rest == 1 { "other" } else { "others" };
            format!("{} and {rest} {others}", names[..up_to].join(", "))
        }
    }
}

/// What a finished import added, by article name: "Added 1 article: Bay Herald
/// (2 May 2024)." or "Added 20 articles: A, B, C and 17 others."; nothing when none.
pub fn import_notice(names: &[String]) -> Option<String> {
    (!names.is_empty()).then(|| {
        format!(
            "Added {}: {}.",
            articles_text(names.len()),
            list_text(names, 3)
        )
    })
}

fn evidence(corpus: &Corpus, c: &parallax_core::compare::GroupClaim) -> Evidence {
    let cmp = corpus.comparison();
    let own = Span::new(c.start, c.end);
    Evidence {
        doc: c.doc,
        article: corpus.article_name(c.doc).to_string(),
        figure: figure_text(c.low, c.high),
        sentence: cmp.claims.get(c.claim).map_or(own, |x| x.sentence),
    }
}

fn track_line(corpus: &Corpus, index: usize, prefix: Option<&str>) -> Option<TrackLine> {
    let cmp = corpus.comparison();
    let track = cmp.tracks.get(index)?;
    let differ = cmp.discrepancies.iter().any(|g| g.track == Some(index));
    let latest_i = latest(track);
    let current = |(i, c): &(usize, &parallax_core::compare::GroupClaim)| {
        c.status == ClaimStatus::Reported
            && !c.stale
            && Some(*i) != latest_i
            && c.published.is_some()
    };
    // Rising: from the first report. Revised down: from the highest figure before.
    let from = match track.kind {
        TrackKind::Revised => track
            .claims
            .iter()
            .enumerate()
            .filter(current)
            .max_by(|a, b| {
                point(a.1)
                    .unwrap_or(0.0)
                    .total_cmp(&point(b.1).unwrap_or(0.0))
            }),
        _ => track.claims.iter().enumerate().find(current),
    };
    let latest_point = latest_i.and_then(|i| track.claims.get(i)).and_then(point);
    let moved = match (track.kind, from) {
        (TrackKind::Rising | TrackKind::Revised, Some((_, c))) if point(c) != latest_point => {
            format!(
                "{} from {}",
                kind_text(track.kind, differ).to_lowercase(),
                figure_text(c.low, c.high)
            )
        }
        _ => kind_text(track.kind, differ).to_lowercase(),
    };
    let stale = track
        .stale
        .iter()
        .filter_map(|&s| track.claims.get(s))
        .map(|c| {
            format!(
                "{} ({})",
                corpus.article_name(c.doc).label,
                figure_text(c.low, c.high)
            )
        })
        .collect();
    Some(TrackLine {
        track: index,
        label: match prefix {
            Some(p) if !p.is_empty() => format!("{} ({p})", track.label),
            _ => track.label.clone(),
        },
        latest: latest_i
            .and_then(|i| track.claims.get(i))
            .map(|c| evidence(corpus, c)),
        moved,
        stale,
    })
}

/// The brief of the whole corpus.
pub fn brief(corpus: &Corpus) -> Brief {
    let cmp = corpus.comparison();
    let docs = corpus.documents();
    let stories = stories(cmp);
    let several = stories.len() > 1;
    let title = match stories.as_slice() {
        _ if docs.is_empty() => "No articles yet".to_owned(),
        [one] if !one.name.is_empty() => capitalised(&one.name),
        [_] | [] => "Articles".to_owned(),
        many => format!("{} stories", many.len()),
    };
    // Outlets, each once, in the order articles are loaded.
    let mut outlets: Vec<String> = Vec::new();
    for d in docs {
        if let Some(o) = d.outlet() {
            if !outlets.iter().any(|x| x == o) {
                outlets.push(o.to_owned());
            }
        }
    }
    let dates = {
        let mut all: Vec<String> = docs.iter().filter_map(crate::engine::date).collect();
        all.sort();
        crate::state::facts::date_range(
            all.first().map(String::as_str),
            all.last().map(String::as_str),
        )
    };
    let mut meta = articles_text(docs.len());
    if !outlets.is_empty() {
        meta.push_str(&format!(" from {}", list_text(&outlets, OUTLETS)));
    }
    if let Some(d) = dates {
        meta.push_str(&format!(" · {d}"));
    }
    let tracks = stories
        .iter()
        .flat_map(|s| {
            let prefix = several.then_some(s.name.as_str());
            s.tracks.iter().map(move |&t| (t, prefix))
        })
        .filter_map(|(t, prefix)| track_line(corpus, t, prefix))
        .take(TRACKS)
        .collect();
    Brief {
        title,
        meta,
        stories: if several { stories } else { Vec::new() },
        tracks,
        left_out: left_out(corpus),
        contested: contested(corpus),
    }
}

/// "earthquake, Morocco" → "Earthquake, Morocco" (a name may open on its event word).
fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Names most articles give that some leave out, most widely named first.
pub fn left_out(corpus: &Corpus) -> Vec<LeftOut> {
    let cmp = corpus.comparison();
    // Who leaves out what, in one pass over the omissions.
    let mut by: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for o in &cmp.matrix.omissions {
        for e in &o.omits {
            by.entry(e.as_str()).or_default().push(o.doc);
        }
    }
    let mut out: Vec<(&parallax_core::compare::Presence, &Vec<usize>)> = cmp
        .matrix
        .entities
        .iter()
        .filter(|p| p.label != parallax_core::Label::Date)
        .filter_map(|p| Some((p, by.get(p.entity.as_str())?)))
        .collect();
    out.sort_by(|a, b| {
        b.0.counts
            .len()
            .cmp(&a.0.counts.len())
            .then(a.1.len().cmp(&b.1.len()))
    });
    out.into_iter()
        .take(LEFT_OUT)
        .map(|(p, docs)| LeftOut {
            entity: p.entity.clone(),
            name: p.name.clone(),
            named_by: p.counts.len(),
            left_out_by: docs.iter().map(|&d| corpus.article_name(d).label).collect(),
        })
        .collect()
}

/// The figures the articles disagree on, each with up to three claims and their
/// sentences: tracks whose sources conflict, and figures that are not a track (a
/// rising or revised track is a figure that moved, shown in its own line).
pub fn contested(corpus: &Corpus) -> Vec<Contested> {
    let cmp = corpus.comparison();
    cmp.discrepancies
        .iter()
        .filter(|g| {
            g.track
                .and_then(|t| cmp.tracks.get(t))
                .is_none_or(|t| t.kind == TrackKind::Conflicting)
        })
        .take(CONTESTED)
        .map(|g| {
            // One claim per distinct figure first, so both sides show.
            let mut shown: Vec<&parallax_core::compare::GroupClaim> = Vec::new();
            for c in &g.claims {
                if shown.len() < SIDES && !shown.iter().any(|s| s.low == c.low && s.high == c.high)
                {
                    shown.push(c);
                }
            }
            Contested {
                title: crate::state::facts::group_title(cmp, g),
                claims: shown.iter().map(|c| evidence(corpus, c)).collect(),
                more: g.claims.len().saturating_sub(shown.len()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use parallax_core::Document;

    #[test]
    fn lists_read_as_prose() {
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        for (names, text) in [
            (s(&[]), ""),
            (s(&["Bay Herald"]), "Bay Herald"),
            (s(&["A", "B"]), "A and B"),
            (s(&["A", "B", "C"]), "A, B and C"),
            (s(&["A", "B", "C", "D"]), "A, B, C and 1 other"),
            (s(&["A", "B", "C", "D", "E"]), "A, B, C and 2 others"),
        ] {
            assert_eq!(list_text(&names, 3), text, "{names:?}");
        }
        assert_eq!(articles_text(1), "1 article");
        assert_eq!(articles_text(0), "0 articles");
        assert_eq!(
            import_notice(&s(&["Bay Herald (2 May 2024)"])).as_deref(),
            Some("Added 1 article: Bay Herald (2 May 2024).")
        );
        assert_eq!(
            import_notice(&s(&["A", "B", "C", "D", "E"])).as_deref(),
            Some("Added 5 articles: A, B, C and 2 others.")
        );
        assert_eq!(import_notice(&[]), None);
    }

    /// Four outlets on one rising toll; the last still gives an old figure and
    /// leaves out the agency the others name.
    fn flood() -> Corpus {
        let docs = [
            ("a.txt", "Floods sweep through Porto Alegre", "Harbour Gazette", "May 2, 2024", "Floods in Porto Alegre, Brazil, have killed 12 people, the civil defence agency said on Thursday. Governor Eduardo Leite visited shelters."),
            ("b.txt", "Toll climbs as water keeps rising in Porto Alegre", "Coastal Courier", "May 4, 2024", "The death toll from the floods in Porto Alegre, Brazil, rose to 30 on Saturday, the civil defence agency said. Governor Eduardo Leite asked for help."),
            ("c.txt", "Porto Alegre counts its dead as the rain stops", "River Times", "May 6, 2024", "Floods in Porto Alegre, Brazil, have killed 45 people, the civil defence agency said on Monday. Governor Eduardo Leite spoke to reporters."),
            ("d.txt", "Businesses in Porto Alegre face a long clean-up", "Weekly Ledger", "May 7, 2024", "Shop owners in Porto Alegre, Brazil, began to sweep mud out of their stores this week. The floods killed 30 people, the civil defence agency said."),
        ]
        .iter()
        .map(|(id, title, outlet, date, body)| {
            Document::parse(*id, format!("{title}\nBy Ana Souza | {outlet}\n{date}\n\n{body}\n").as_bytes())
        })
        .collect();
        Corpus::new(docs)
    }

    #[test]
    fn the_brief_names_the_story_outlets_dates_and_the_toll_in_one_line() {
        let b = brief(&flood());
        assert!(b.title.to_lowercase().contains("flood"), "{b:#?}");
        assert_eq!(
            b.meta,
            "4 articles from Harbour Gazette, Coastal Courier, River Times and 1 other · 2 May 2024 – 7 May 2024"
        );
        assert!(b.stories.is_empty(), "one story is not listed as a list");
        let toll = b.tracks.first().expect("the death toll is a track");
        assert_eq!(toll.label, "Death toll");
        let latest = toll.latest.as_ref().expect("a latest figure");
        assert_eq!(
            (latest.figure.as_str(), latest.article.as_str()),
            ("45", "River Times (6 May 2024)")
        );
        assert_eq!(toll.moved, "rising from 12");
        assert_eq!(toll.stale, ["Weekly Ledger (30)"]);
        let sentence = latest
            .sentence
            .slice(&flood().documents()[latest.doc].text)
            .to_owned();
        assert!(sentence.contains("killed 45 people"), "{sentence}");
    }

    #[test]
    fn names_left_out_say_by_whom() {
        let b = brief(&flood());
        let leite = b.left_out.iter().find(|l| l.name.contains("Leite"));
        if let Some(l) = leite {
            assert_eq!(l.left_out_by, ["Weekly Ledger"], "{b:#?}");
            assert_eq!(l.named_by, 3);
        }
        for l in &b.left_out {
            assert!(!l.left_out_by.is_empty() && l.named_by > 0, "{l:?}");
        }
    }

    #[test]
    fn an_empty_corpus_says_so() {
        let b = brief(&Corpus::new(Vec::new()));
        assert_eq!(b.title, "No articles yet");
        assert_eq!(b.meta, "0 articles");
        assert!(b.tracks.is_empty() && b.left_out.is_empty() && b.contested.is_empty());
    }

    #[test]
    fn the_seed_brief_shows_the_moscow_figures_as_contested_with_both_sides() {
        let corpus = Corpus::new(crate::engine::bundled_documents());
        let b = brief(&corpus);
        let moscow = b
            .contested
            .iter()
            .find(|c| c.claims.iter().any(|e| e.figure == "at least 143"))
            .expect("the Moscow toll is contested");
        assert!(
            moscow.claims.iter().any(|e| e.figure == "137"),
            "{moscow:#?}"
        );
        assert!(
            moscow.claims.iter().any(|e| e.article == "Khaama Press"),
            "{moscow:#?}"
        );
        assert!(
            b.meta.starts_with("5 articles from Khaama Press"),
            "{}",
            b.meta
        );
    }
}
